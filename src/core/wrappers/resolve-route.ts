/**
 * Pipeline wrapper: finds the chain of rungs for the turn, and checks the caller may use it.
 */
import { RungError } from '../../spec/errors.js';
import { resolveChain } from '../resolve-chain.js';
import type { Wrapper } from '../turn.js';

export const resolveRoute: Wrapper = (next) => async (turn) => {
  const { identity } = turn;
  const allowed = identity.allowedRoutes;
  if (allowed !== null && !allowed.has(turn.request.model)) {
    throw new RungError(
      'RUNG_ROUTE_FORBIDDEN',
      `the key "${identity.keyName}" may not use "${turn.request.model}"; allowed: ${[...allowed].join(', ')}`,
    );
  }
  turn.chain = resolveChain(turn.runtime, {
    model: turn.request.model,
    plan: identity.plan,
    mode: identity.mode,
    primary: turn.primary,
  });
  return next(turn);
};
