import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../spec/chat.js';
import type { CharacterSpec } from './character-spec.js';
import { personaMessage, withPersona } from './persona.js';

const mia: CharacterSpec = {
  id: 'mia',
  name: 'Mia',
  persona: 'You are {name}, a barista in Lisbon.',
  languages: ['en'],
  soft_refusals: {},
  upsell: {},
};

describe('personaMessage', () => {
  it('is a system message with the name filled in', () => {
    expect(personaMessage(mia)).toEqual({ role: 'system', content: 'You are Mia, a barista in Lisbon.' });
  });

  it('is null without a persona', () => {
    expect(personaMessage({ ...mia, persona: undefined })).toBeNull();
    expect(personaMessage({ ...mia, persona: '  ' })).toBeNull();
  });
});

describe('withPersona', () => {
  const messages: ChatMessage[] = [
    { role: 'system', content: 'Keep answers short.' },
    { role: 'user', content: 'hi' },
  ];

  it("puts the persona first, before the client's own system messages", () => {
    expect(withPersona(messages, mia)).toEqual([
      { role: 'system', content: 'You are Mia, a barista in Lisbon.' },
      { role: 'system', content: 'Keep answers short.' },
      { role: 'user', content: 'hi' },
    ]);
  });

  it('never changes the input', () => {
    const frozen = Object.freeze([...messages]);
    const result = withPersona(frozen, mia);
    expect(frozen).toHaveLength(2);
    expect(result).not.toBe(frozen);
  });

  it('returns a copy when there is no persona or no character', () => {
    const withoutPersona = withPersona(messages, { ...mia, persona: undefined });
    expect(withoutPersona).toEqual(messages);
    expect(withoutPersona).not.toBe(messages);
    expect(withPersona(messages, null)).toEqual(messages);
  });

  it('does not add the same persona twice', () => {
    const once = withPersona(messages, mia);
    expect(withPersona(once, mia)).toEqual(once);
  });
});
