/**
 * Who is calling and on what terms. Precedence (documented in docs/routing.md):
 * - plan: the key's plan > x-rung-plan > defaults.plan (a client cannot raise its own plan when its key fixes one)
 * - mode: x-rung-mode > the key's mode > defaults.mode (the mode describes the turn, so the turn may set it)
 * - user: x-rung-user > the body's `user` field (see applyBodyUser)
 * - tenant: the key's tenant, else none
 */
import type { LimitsConfig } from '../config/schema.js';
import { RungError } from '../spec/errors.js';
import type { KeyResolver } from './keys/key-resolver.js';
import { keyActive } from './keys/key-secrets.js';
import { hashKey, type Runtime } from './runtime.js';
import type { Identity } from './turn.js';

export interface IdentifyInput {
  authorization: string | undefined;
  /** Anthropic clients send x-api-key. */
  apiKeyHeader: string | undefined;
  plan: string | undefined;
  mode: string | undefined;
  user: string | undefined;
  /** x-rung-session: the conversation session, for per-session token budgets. */
  session?: string | undefined;
}

interface KeyTerms {
  name: string;
  id: string | null;
  tenant: string;
  plan?: string | undefined;
  mode?: string | undefined;
  routes: readonly string[] | null | undefined;
  limits: LimitsConfig | null;
}

/**
 * The key's terms: a key from the config file, else a stored one (`rung keys create`). A gateway with keys of
 * either kind refuses requests without a valid one; a gateway with none is open.
 */
async function keyTerms(runtime: Runtime, input: IdentifyInput, stored: KeyResolver | null): Promise<KeyTerms | null> {
  const secret = bearer(input.authorization) ?? nonEmpty(input.apiKeyHeader);
  const enforced = runtime.keys.size > 0 || (stored?.enforced() ?? false);
  if (secret !== undefined) {
    // No configured keys, nothing to hash the secret for.
    const configured = runtime.keys.size === 0 ? undefined : runtime.keys.get(hashKey(secret));
    if (configured !== undefined) {
      return {
        name: configured.name,
        id: null,
        tenant: configured.tenant,
        plan: configured.plan,
        mode: configured.mode,
        routes: configured.routes,
        limits: configured.limits ?? null,
      };
    }
    if (stored !== null && enforced) {
      let key: Awaited<ReturnType<KeyResolver['lookup']>>;
      try {
        key = await stored.lookup(secret);
      } catch (error) {
        throw new RungError(
          'RUNG_STORE_UNAVAILABLE',
          'the key store cannot be reached to check this API key; try again shortly',
          {
            cause: error,
            retryAfterSeconds: 5,
          },
        );
      }
      if (key !== null && keyActive(key, Date.now())) {
        return {
          name: key.name,
          id: key.id,
          tenant: key.tenant,
          plan: key.plan,
          mode: key.mode ?? undefined,
          routes: key.routes,
          limits: key.limits,
        };
      }
      if (key !== null) throw new RungError('RUNG_UNAUTHORIZED', `the API key ${key.prefix}… was revoked`);
    }
  }
  if (!enforced) return null;
  throw new RungError(
    'RUNG_UNAUTHORIZED',
    secret === undefined
      ? 'this gateway needs an API key: send "Authorization: Bearer <key>"'
      : 'the API key is not valid for this gateway',
  );
}

export async function identify(
  runtime: Runtime,
  input: IdentifyInput,
  stored: KeyResolver | null = null,
): Promise<Identity> {
  const { config } = runtime;
  const key = await keyTerms(runtime, input, stored);
  const keyPlan = key?.plan;
  const plan = keyPlan ?? nonEmpty(input.plan) ?? config.defaults.plan;
  if (!runtime.plans.has(plan)) {
    throw new RungError(
      'RUNG_UNKNOWN_PLAN',
      keyPlan === undefined
        ? `x-rung-plan: unknown plan "${plan}"; known: ${[...runtime.plans].join(', ')}`
        : `the key "${key?.name}" is on plan "${plan}", which this gateway's config does not define; known: ${[...runtime.plans].join(', ')}`,
    );
  }
  const mode = nonEmpty(input.mode) ?? key?.mode ?? config.defaults.mode;
  if (!runtime.modes.has(mode)) {
    throw new RungError(
      'RUNG_UNKNOWN_MODE',
      `x-rung-mode: unknown mode "${mode}"; known: ${[...runtime.modes].join(', ')}`,
    );
  }
  return {
    keyName: key?.name ?? null,
    keyId: key?.id ?? null,
    limits: key?.limits ?? null,
    session: nonEmpty(input.session)?.slice(0, 256) ?? null,
    tenant: key?.tenant ?? null,
    plan,
    mode,
    user: nonEmpty(input.user) ?? null,
    allowedRoutes: key?.routes === undefined || key.routes === null ? null : new Set(key.routes),
  };
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
