import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, OUTCOME_ERROR } from './errors.js';
import { OUTCOME_DECISION, OUTCOMES } from './outcome.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

/** Rows of the docs table: | `CODE` | status | falls through | summary | */
function documentedCodes(): Map<string, { status: number; fallThrough: boolean }> {
  const rows = new Map<string, { status: number; fallThrough: boolean }>();
  for (const match of doc.matchAll(/^\|\s*`(RUNG_[A-Z_]+)`\s*\|\s*(\d{3})\s*\|\s*(yes|no)\s*\|/gm)) {
    rows.set(match[1] as string, { status: Number(match[2]), fallThrough: match[3] === 'yes' });
  }
  return rows;
}

describe('error codes', () => {
  it('docs/errors.md lists exactly the codes in ERROR_CODES, with the same status and fall-through', () => {
    const documented = documentedCodes();
    expect([...documented.keys()].sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const [code, spec] of Object.entries(ERROR_CODES)) {
      expect(documented.get(code), code).toEqual({ status: spec.status, fallThrough: spec.fallThrough });
    }
  });

  it('every outcome class that falls through maps to a code that falls through', () => {
    for (const outcome of OUTCOMES) {
      if (outcome === 'ok' || outcome === 'skipped') continue;
      const code = OUTCOME_ERROR[outcome];
      expect(ERROR_CODES[code].fallThrough, `${outcome} → ${code}`).toBe(OUTCOME_DECISION[outcome] === 'fall_through');
    }
  });

  it('docs/errors.md describes every outcome class', () => {
    for (const outcome of OUTCOMES) expect(doc, outcome).toContain(`\`${outcome}\``);
  });
});
