/**
 * Pipeline wrapper: the turn's character speaks through its persona, which goes first in the system prompt the
 * models see (after a rung's own system prefix, which requestForRung puts before everything).
 */
import { withPersona } from '../characters/persona.js';
import type { Wrapper } from '../turn.js';

export const persona: Wrapper = (next) => (turn) => {
  if (turn.character !== null && turn.embedding === null) {
    turn.request = { ...turn.request, messages: withPersona(turn.request.messages, turn.character) };
  }
  return next(turn);
};
