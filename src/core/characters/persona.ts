/**
 * Puts the character's persona in front of the conversation as a system message, so every model on the
 * ladder speaks as the same character. It goes first, before the client's own system messages: the persona
 * sets who is speaking, and the client's instructions for this turn refine it rather than being buried
 * under it.
 */

import type { ChatMessage } from '../../spec/chat.js';
import { type CharacterSpec, withName } from './character-spec.js';

/**
 * The system message carrying the persona (with `{name}` filled in), or null when the character has none.
 * @example personaMessage({ ...mia, persona: 'You are {name}, a barista in Lisbon.' })
 * // { role: 'system', content: 'You are Mia, a barista in Lisbon.' }
 */
export function personaMessage(character: CharacterSpec): ChatMessage | null {
  const persona = character.persona?.trim() ?? '';
  if (persona === '') return null;
  return { role: 'system', content: withName(persona, character.name) };
}

/**
 * A new message list with the persona first; the input is never changed. Without a character or persona the
 * list is copied as is. When the list already starts with the very same persona message (a request passing
 * through twice, say) it is not added again.
 * @example withPersona([{ role: 'user', content: 'hi' }], mia)
 * // [{ role: 'system', content: 'You are Mia…' }, { role: 'user', content: 'hi' }]
 */
export function withPersona(messages: readonly ChatMessage[], character: CharacterSpec | null): ChatMessage[] {
  const persona = character === null ? null : personaMessage(character);
  if (persona === null) return [...messages];
  const first = messages[0];
  if (first?.role === 'system' && first.content === persona.content) return [...messages];
  return [persona, ...messages];
}
