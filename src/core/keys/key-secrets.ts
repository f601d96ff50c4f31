/**
 * Gateway key secrets: 32 random bytes, shown once; the store keeps their SHA-256 and a short prefix.
 * SHA-256 without salt is the right hash here: the secrets are random, not passwords, so there is nothing
 * to guess, and a lookup must be one hash, not a slow KDF, on every request.
 */
import { randomBytes } from 'node:crypto';
import type { LimitsConfig } from '../../config/schema.js';
import type { StoredKey } from '../../spec/store.js';
import { hashKey } from '../runtime.js';

export const KEY_PREFIX = 'rung_sk_';

export interface NewKey {
  /** The secret, to print once. */
  secret: string;
  key: StoredKey;
}

export interface NewKeyInput {
  name: string;
  tenant: string;
  plan: string;
  mode?: string | null;
  routes?: string[] | null;
  limits?: LimitsConfig;
  rotatedFrom?: string | null;
  now?: number;
}

export function newKey(input: NewKeyInput): NewKey {
  const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return {
    secret,
    key: {
      id: `key_${randomBytes(6).toString('hex')}`,
      hash: hashKey(secret),
      prefix: secret.slice(0, KEY_PREFIX.length + 4),
      name: input.name,
      tenant: input.tenant,
      plan: input.plan,
      mode: input.mode ?? null,
      routes: input.routes ?? null,
      limits: input.limits ?? {},
      created_at: input.now ?? Date.now(),
      revoked_at: null,
      rotated_from: input.rotatedFrom ?? null,
    },
  };
}

/** Whether a stored key may be used at `now` (a rotated key stays valid until its grace period ends). */
export function keyActive(key: StoredKey, now: number): boolean {
  return key.revoked_at === null || key.revoked_at > now;
}
