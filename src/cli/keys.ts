/**
 * `rung keys create | list | revoke | rotate`: gateway keys in the configured store. A new key's secret is
 * printed once; the store keeps only its hash. A running gateway sees a new or revoked key within seconds.
 */
import type { RungConfig } from '../config/schema.js';
import { createKey, listKeys, type PublicKey, revokeKey, rotateKey } from '../core/keys/manage-keys.js';
import { RungError } from '../spec/errors.js';
import type { KeyStore } from '../spec/store.js';
import { formatTable } from './check.js';

export interface KeysOptions {
  tenant?: string | undefined;
  plan?: string | undefined;
  mode?: string | undefined;
  name?: string | undefined;
  routes?: string | undefined;
  budget?: string | undefined;
  dailyBudget?: string | undefined;
  rpm?: string | undefined;
  tpm?: string | undefined;
  grace?: string | undefined;
  includeRevoked?: boolean | undefined;
  json?: boolean | undefined;
}

const KEYS_USAGE = `rung keys create --tenant T --plan P [--name N] [--mode M] [--routes a,b] [--budget USD/month]
                 [--daily-budget USD] [--rpm N] [--tpm N]
rung keys list [--tenant T] [--include-revoked] [--json]
rung keys revoke KEY_ID
rung keys rotate KEY_ID [--grace SECONDS]`;

function positive(flag: string, text: string | undefined, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new RungError(
      'RUNG_INVALID_REQUEST',
      `--${flag}: expected a positive ${integer ? 'integer' : 'number'}, got "${text}"`,
    );
  }
  return value;
}

export async function runKeys(
  store: KeyStore,
  config: RungConfig,
  args: readonly string[],
  options: KeysOptions,
): Promise<string> {
  const [action, id] = args;
  switch (action) {
    case 'create': {
      if (options.tenant === undefined || options.plan === undefined) {
        throw new RungError('RUNG_INVALID_REQUEST', `keys create needs --tenant and --plan\n\n${KEYS_USAGE}`);
      }
      const limits = Object.fromEntries(
        Object.entries({
          monthly_usd: positive('budget', options.budget, false),
          daily_usd: positive('daily-budget', options.dailyBudget, false),
          rpm: positive('rpm', options.rpm, true),
          tpm: positive('tpm', options.tpm, true),
        }).filter(([, value]) => value !== undefined),
      );
      const created = await createKey(store, config, {
        tenant: options.tenant,
        plan: options.plan,
        ...(options.name === undefined ? {} : { name: options.name }),
        ...(options.mode === undefined ? {} : { mode: options.mode }),
        ...(options.routes === undefined ? {} : { routes: options.routes.split(',').map((route) => route.trim()) }),
        ...(Object.keys(limits).length === 0 ? {} : { limits }),
      });
      if (options.json) return JSON.stringify(created, null, 2);
      return [
        `created ${describe(created.key)}`,
        '',
        'secret (shown once; only its hash is stored):',
        `  ${created.secret}`,
        '',
        'use it as: Authorization: Bearer <secret>',
      ].join('\n');
    }
    case 'list': {
      const keys = await listKeys(store, {
        ...(options.tenant === undefined ? {} : { tenant: options.tenant }),
        includeRevoked: options.includeRevoked === true,
      });
      if (options.json) return JSON.stringify(keys, null, 2);
      if (keys.length === 0) return 'no keys (create one with `rung keys create --tenant T --plan P`)';
      const rows = [['id', 'name', 'prefix', 'tenant', 'plan', 'routes', 'limits', 'created', 'state']];
      for (const key of keys) {
        rows.push([
          key.id,
          key.name,
          `${key.prefix}…`,
          key.tenant,
          key.plan,
          key.routes?.join(',') ?? 'all',
          limitsText(key) || '-',
          new Date(key.created_at).toISOString().slice(0, 16).replace('T', ' '),
          stateOf(key),
        ]);
      }
      return formatTable(rows);
    }
    case 'revoke': {
      if (id === undefined) throw new RungError('RUNG_INVALID_REQUEST', `keys revoke needs a key id\n\n${KEYS_USAGE}`);
      const key = await revokeKey(store, id);
      return options.json ? JSON.stringify(key, null, 2) : `revoked ${describe(key)}`;
    }
    case 'rotate': {
      if (id === undefined) throw new RungError('RUNG_INVALID_REQUEST', `keys rotate needs a key id\n\n${KEYS_USAGE}`);
      const grace = options.grace === undefined ? 0 : Number(options.grace);
      if (!Number.isFinite(grace) || grace < 0) {
        throw new RungError('RUNG_INVALID_REQUEST', `--grace: expected seconds ≥ 0, got "${options.grace}"`);
      }
      const rotated = await rotateKey(store, id, grace);
      if (options.json) return JSON.stringify(rotated, null, 2);
      return [
        `rotated ${describe(rotated.replaced)} → ${rotated.key.id}`,
        grace > 0 ? `the old secret keeps working for ${grace} s` : 'the old secret stopped working now',
        '',
        'new secret (shown once):',
        `  ${rotated.secret}`,
      ].join('\n');
    }
    default:
      throw new RungError('RUNG_INVALID_REQUEST', `unknown keys action "${action ?? ''}"\n\n${KEYS_USAGE}`);
  }
}

function describe(key: PublicKey): string {
  const limits = limitsText(key);
  return `key ${key.id} "${key.name}" (tenant ${key.tenant}, plan ${key.plan}${key.routes === null ? '' : `, routes ${key.routes.join(',')}`}${limits === '' ? '' : `, ${limits}`})`;
}

function limitsText(key: PublicKey): string {
  const { monthly_usd, daily_usd, rpm, tpm } = key.limits;
  return [
    monthly_usd === undefined ? '' : `$${monthly_usd}/month`,
    daily_usd === undefined ? '' : `$${daily_usd}/day`,
    rpm === undefined ? '' : `${rpm} rpm`,
    tpm === undefined ? '' : `${tpm} tpm`,
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function stateOf(key: PublicKey): string {
  if (key.revoked_at === null) return 'active';
  if (key.active) return `rotating until ${new Date(key.revoked_at).toISOString().slice(11, 19)}`;
  return 'revoked';
}
