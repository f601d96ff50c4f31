import { describe, expect, it } from 'vitest';
import type { RungMeta } from '../turn.js';
import { withRung } from '../turn.js';

const meta = { request_id: 'r1', attempt: 0 } as unknown as RungMeta;

describe('withRung', () => {
  it('adds the rung report to the upstream text, which stays valid JSON', () => {
    const text = withRung('{"id":"x","choices":[]}\n', meta);
    expect(JSON.parse(text ?? '')).toEqual({ id: 'x', choices: [], rung: { request_id: 'r1', attempt: 0 } });
  });

  it('overrides a rung field the upstream already sent (a Rung behind a Rung)', () => {
    expect(JSON.parse(withRung('{"rung":{"old":true}}', meta) ?? '').rung).toEqual({ request_id: 'r1', attempt: 0 });
  });

  it('declines text that does not end like an object', () => {
    expect(withRung('{"id":"x"', meta)).toBeUndefined();
  });
});
