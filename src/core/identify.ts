/**
 * Who is calling and on what terms. Precedence (documented in docs/routing.md):
 * - plan: the key's plan > x-rung-plan > defaults.plan (a client cannot raise its own plan when its key fixes one)
 * - mode: x-rung-mode > the key's mode > defaults.mode (the mode describes the turn, so the turn may set it)
 * - user: x-rung-user > the body's `user` field (see applyBodyUser)
 * - tenant: the key's tenant, else none
 */
import { RungError } from '../spec/errors.js';
import { hashKey, type Runtime } from './runtime.js';
import type { Identity } from './turn.js';

export interface IdentifyInput {
  authorization: string | undefined;
  /** Anthropic clients send x-api-key. */
  apiKeyHeader: string | undefined;
  plan: string | undefined;
  mode: string | undefined;
  user: string | undefined;
}

export function identify(runtime: Runtime, input: IdentifyInput): Identity {
  const { config } = runtime;
  let keyName: string | null = null;
  let tenant: string | null = null;
  let keyPlan: string | undefined;
  let keyMode: string | undefined;
  let allowedRoutes: ReadonlySet<string> | null = null;
  if (runtime.keys.size > 0) {
    const secret = bearer(input.authorization) ?? input.apiKeyHeader;
    const key = secret === undefined ? undefined : runtime.keys.get(hashKey(secret));
    if (key === undefined) {
      throw new RungError(
        'RUNG_UNAUTHORIZED',
        secret === undefined
          ? 'this gateway needs an API key: send "Authorization: Bearer <key>"'
          : 'the API key is not valid for this gateway',
      );
    }
    keyName = key.name;
    tenant = key.tenant;
    keyPlan = key.plan;
    keyMode = key.mode;
    allowedRoutes = key.routes === undefined ? null : new Set(key.routes);
  }
  const plan = keyPlan ?? nonEmpty(input.plan) ?? config.defaults.plan;
  if (!runtime.plans.has(plan)) {
    throw new RungError(
      'RUNG_UNKNOWN_PLAN',
      `x-rung-plan: unknown plan "${plan}"; known: ${[...runtime.plans].join(', ')}`,
    );
  }
  const mode = nonEmpty(input.mode) ?? keyMode ?? config.defaults.mode;
  if (!runtime.modes.has(mode)) {
    throw new RungError(
      'RUNG_UNKNOWN_MODE',
      `x-rung-mode: unknown mode "${mode}"; known: ${[...runtime.modes].join(', ')}`,
    );
  }
  return { keyName, tenant, plan, mode, user: nonEmpty(input.user) ?? null, allowedRoutes };
}

function bearer(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1]?.trim();
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * The body's `user` field counts when no x-rung-user header named one. Applied once the body has been read,
 * which happens after identification so that a request without a valid key is refused before its body is.
 */
export function applyBodyUser(identity: Identity, bodyUser: unknown): void {
  if (identity.user === null && typeof bodyUser === 'string' && bodyUser !== '') identity.user = bodyUser;
}
