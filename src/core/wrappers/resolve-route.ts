/**
 * Pipeline wrapper: finds the chain of rungs for the turn, and checks the caller may use it.
 */
import { RungError } from '../../spec/errors.js';
import { resolveChain } from '../resolve-chain.js';
import type { Runtime } from '../runtime.js';
import type { Wrapper } from '../turn.js';

export const resolveRoute: Wrapper = (next) => (turn) => {
  const { identity } = turn;
  const allowed = identity.allowedRoutes;
  if (allowed !== null && !allowed.has(turn.request.model)) {
    throw new RungError(
      'RUNG_ROUTE_FORBIDDEN',
      `the key "${identity.keyName}" may not use "${turn.request.model}"; allowed: ${[...allowed].join(', ')}`,
    );
  }
  checkPrimary(turn.runtime, identity.allowedRoutes, turn.primary);
  turn.chain = resolveChain(turn.runtime, {
    model: turn.request.model,
    plan: identity.plan,
    mode: identity.mode,
    primary: turn.primary,
  });
  const kind = turn.embedding === null ? 'chat' : 'embedding';
  const served = turn.chain.rungs.find((rung) => rung.modelConfig !== null)?.modelConfig?.type;
  if (served !== undefined && served !== kind) {
    throw new RungError(
      'RUNG_INVALID_REQUEST',
      kind === 'embedding'
        ? `"${turn.request.model}" serves chat, not embeddings; name an embedding route or model`
        : `"${turn.request.model}" serves embeddings; use POST /v1/embeddings, or name a chat route or model`,
    );
  }
  return next(turn);
};

/** A primary override must not let a caller reach models its plan of routes does not include. */
function checkPrimary(runtime: Runtime, allowed: ReadonlySet<string> | null, primary: string | undefined): void {
  if (primary === undefined || primary === '') return;
  const policy = runtime.config.defaults.primary_override;
  const configured = runtime.models.has(primary);
  if (policy === 'off') {
    throw new RungError(
      'RUNG_ROUTE_FORBIDDEN',
      'this gateway does not accept a primary override (defaults.primary_override: off)',
    );
  }
  if (!configured && (policy === 'configured' || allowed !== null)) {
    throw new RungError(
      'RUNG_ROUTE_FORBIDDEN',
      `primary "${primary}" is not a configured model; this gateway accepts only configured models as a primary override`,
    );
  }
  if (allowed !== null && configured && !allowed.has(primary) && !reachable(runtime, allowed, primary)) {
    throw new RungError('RUNG_ROUTE_FORBIDDEN', `this key may not use model "${primary}" as a primary override`);
  }
}

function reachable(runtime: Runtime, allowed: ReadonlySet<string>, model: string): boolean {
  for (const task of allowed) {
    for (const route of runtime.tasks.get(task) ?? []) {
      if (route.config.chain.some((entry) => (typeof entry === 'string' ? entry : entry.model) === model)) return true;
    }
  }
  return false;
}
