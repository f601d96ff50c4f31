import { describe, expect, it } from 'vitest';
import type { MemoryFact } from '../../spec/memory.js';
import { factsInForce, parseFacts } from './conversation-memory.js';

function fact(overrides: Partial<MemoryFact>): MemoryFact {
  return {
    id: 'f',
    tenant: 't',
    user: 'u',
    character: 'c',
    scope: 'global',
    session: null,
    key: 'drink',
    value: 'tea',
    sourceTurn: 'turn',
    createdAt: 1,
    supersededBy: null,
    supersededAt: null,
    ...overrides,
  };
}

describe('facts in force', () => {
  it('a session fact overrides a global one with the same key; superseded facts never count', () => {
    const facts = [
      fact({ id: 'g', value: 'tea', createdAt: 1 }),
      fact({ id: 's', scope: 'session', session: 'evening', value: 'cocoa', createdAt: 2 }),
      fact({ id: 'old', key: 'city', value: 'Porto', supersededBy: 'new', supersededAt: 3 }),
      fact({ id: 'new', key: 'city', value: 'Lisbon', createdAt: 3 }),
    ];
    expect(factsInForce(facts).map((item) => `${item.key}=${item.value}`)).toEqual(['city=Lisbon', 'drink=cocoa']);
  });

  it('of two facts in the same scope, the newer wins', () => {
    expect(
      factsInForce([fact({ id: 'a', createdAt: 1 }), fact({ id: 'b', value: 'coffee', createdAt: 5 })])[0]?.value,
    ).toBe('coffee');
  });
});

describe('parsing the facts route', () => {
  it('reads JSON lines, normalises keys, and ignores everything else', () => {
    const text = [
      'Here are the facts:',
      '{"key": "Pet Name", "value": "Biscuit", "scope": "global"}',
      '{"key": "mood_today", "value": "tired", "scope": "session"},',
      '{"key": "1bad", "value": "x"}',
      '{"key": "empty", "value": "  "}',
      'not json {',
    ].join('\n');
    expect(parseFacts(text)).toEqual([
      { key: 'pet_name', value: 'Biscuit', scope: 'global' },
      { key: 'mood_today', value: 'tired', scope: 'session' },
    ]);
    expect(parseFacts('')).toEqual([]);
  });
});
