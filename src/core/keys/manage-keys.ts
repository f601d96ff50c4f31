/**
 * Creating, listing, revoking and rotating stored gateway keys: one implementation behind `rung keys` and
 * the admin API. Input is checked against the running config (the plan, mode and routes must exist), and
 * what leaves here never holds a hash or a secret, except the secret of a new key, returned once.
 */
import { z } from 'zod';
import { limitsSchema, type RungConfig } from '../../config/schema.js';
import { RungError } from '../../spec/errors.js';
import type { KeyStore, StoredKey } from '../../spec/store.js';
import { keyActive, newKey } from './key-secrets.js';

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-", up to 64');

export const createKeySchema = z.strictObject({
  name: name.optional(),
  tenant: name,
  plan: name,
  mode: name.optional(),
  routes: z.array(name).min(1).optional(),
  limits: limitsSchema.optional(),
});

export type CreateKeyInput = z.input<typeof createKeySchema>;

/** A key as people and the admin API see it: no hash. */
export type PublicKey = Omit<StoredKey, 'hash'> & { active: boolean };

export function publicKey(key: StoredKey, now = Date.now()): PublicKey {
  const { hash: _hash, ...rest } = key;
  return { ...rest, active: keyActive(key, now) };
}

function known(values: Iterable<string>): string {
  return `known: ${[...values].join(', ') || '(none)'}`;
}

function tasksOf(config: RungConfig): Set<string> {
  const tasks = new Set<string>();
  for (const [routeName, route] of Object.entries(config.routes)) tasks.add(route.task ?? routeName);
  return tasks;
}

/** Checks a key's terms against the config; throws RUNG_INVALID_REQUEST naming the field. */
export function checkKeyInput(config: RungConfig, raw: unknown): z.output<typeof createKeySchema> {
  const parsed = createKeySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RungError('RUNG_INVALID_REQUEST', `${issue?.path.join('.') || 'body'}: ${issue?.message}`);
  }
  const input = parsed.data;
  if (!(input.plan in config.plans)) {
    throw new RungError(
      'RUNG_INVALID_REQUEST',
      `plan: unknown plan "${input.plan}"; ${known(Object.keys(config.plans))}`,
    );
  }
  if (input.mode !== undefined && !config.modes.includes(input.mode)) {
    throw new RungError('RUNG_INVALID_REQUEST', `mode: unknown mode "${input.mode}"; ${known(config.modes)}`);
  }
  const tasks = tasksOf(config);
  for (const route of input.routes ?? []) {
    if (!tasks.has(route))
      throw new RungError('RUNG_INVALID_REQUEST', `routes: unknown route "${route}"; ${known(tasks)}`);
  }
  return input;
}

export async function createKey(
  store: KeyStore,
  config: RungConfig,
  raw: unknown,
): Promise<{ secret: string; key: PublicKey }> {
  const input = checkKeyInput(config, raw);
  const made = newKey({
    name: input.name ?? `${input.tenant}-${input.plan}`,
    tenant: input.tenant,
    plan: input.plan,
    mode: input.mode ?? null,
    routes: input.routes ?? null,
    ...(input.limits === undefined ? {} : { limits: input.limits }),
  });
  await store.create(made.key);
  return { secret: made.secret, key: publicKey(made.key) };
}

async function existing(store: KeyStore, id: string): Promise<StoredKey> {
  const key = await store.byId(id);
  if (key === null) throw new RungError('RUNG_NOT_FOUND', `no key with id "${id}"; \`rung keys list\` shows them`);
  return key;
}

export async function revokeKey(store: KeyStore, id: string): Promise<PublicKey> {
  await existing(store, id);
  await store.revoke(id);
  return publicKey(await existing(store, id));
}

/**
 * A new secret with the same terms; the old key keeps working for `graceSeconds` (default 0: at once) so
 * clients can switch without an outage.
 */
export async function rotateKey(
  store: KeyStore,
  id: string,
  graceSeconds = 0,
): Promise<{ secret: string; key: PublicKey; replaced: PublicKey }> {
  const old = await existing(store, id);
  const now = Date.now();
  if (!keyActive(old, now)) throw new RungError('RUNG_INVALID_REQUEST', `key "${id}" is revoked; create a new one`);
  const made = newKey({
    name: old.name,
    tenant: old.tenant,
    plan: old.plan,
    mode: old.mode,
    routes: old.routes,
    limits: old.limits,
    rotatedFrom: old.id,
    now,
  });
  await store.create(made.key);
  await store.revoke(old.id, now + Math.max(0, graceSeconds) * 1000);
  return { secret: made.secret, key: publicKey(made.key), replaced: publicKey(await existing(store, id)) };
}

export async function listKeys(
  store: KeyStore,
  query: { tenant?: string; includeRevoked?: boolean },
): Promise<PublicKey[]> {
  return (await store.list(query)).map((key) => publicKey(key));
}
