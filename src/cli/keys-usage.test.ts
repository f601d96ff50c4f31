import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load-config.js';
import { hashKey } from '../core/runtime.js';
import type { Stores } from '../spec/store.js';
import { openSqliteStores } from '../stores/sqlite/sqlite-stores.js';
import { sampleLedgerEntry } from '../testing/store-contract.js';
import { runKeys } from './keys.js';
import { parseSince, runUsage } from './usage.js';

const { config } = parseConfig(
  {
    providers: { sim: { kind: 'simulator' } },
    models: { m: { provider: 'sim', id: 'v/m' } },
    plans: { free: {}, premium: { paid: true } },
    routes: { chat: { chain: ['m'] } },
  },
  { env: {} },
);

let stores: Stores;
beforeEach(() => {
  stores = openSqliteStores({ path: ':memory:' });
});
afterEach(async () => {
  await stores.close();
});

describe('rung keys', () => {
  it('create prints the secret once and stores only its hash; list, rotate and revoke', async () => {
    const created = await runKeys(stores.keys, config, ['create'], {
      tenant: 'acme',
      plan: 'premium',
      budget: '5',
      rpm: '60',
    });
    const secret = /\n {2}(rung_sk_\S+)\n/.exec(created)?.[1] as string;
    expect(created).toMatch(
      /^created key key_[0-9a-f]+ "acme-premium" \(tenant acme, plan premium, \$5\/month 60 rpm\)/,
    );
    const stored = await stores.keys.byHash(hashKey(secret));
    expect(stored).toMatchObject({ tenant: 'acme', plan: 'premium', limits: { monthly_usd: 5, rpm: 60 } });
    expect(JSON.stringify(stored)).not.toContain(secret);

    const listed = await runKeys(stores.keys, config, ['list'], {});
    expect(listed).toContain(`${secret.slice(0, 12)}…`);
    expect(listed).not.toContain(secret);

    const id = stored?.id as string;
    const rotated = await runKeys(stores.keys, config, ['rotate', id], { grace: '60' });
    expect(rotated).toMatch(/the old secret keeps working for 60 s/);
    const revoked = await runKeys(stores.keys, config, ['revoke', id], {});
    expect(revoked).toMatch(/^revoked key /);
    expect(await runKeys(stores.keys, config, ['list'], {})).not.toContain(id);
  });

  it('names what is wrong', async () => {
    await expect(runKeys(stores.keys, config, ['create'], { tenant: 'acme' })).rejects.toThrow(
      /needs --tenant and --plan/,
    );
    await expect(runKeys(stores.keys, config, ['create'], { tenant: 'acme', plan: 'gold' })).rejects.toThrow(
      'plan: unknown plan "gold"; known: free, premium',
    );
    await expect(
      runKeys(stores.keys, config, ['create'], { tenant: 'acme', plan: 'free', rpm: 'lots' }),
    ).rejects.toThrow('--rpm: expected a positive integer, got "lots"');
    await expect(runKeys(stores.keys, config, ['revoke', 'key_nope'], {})).rejects.toThrow('no key with id "key_nope"');
    await expect(runKeys(stores.keys, config, ['frobnicate'], {})).rejects.toThrow('unknown keys action "frobnicate"');
  });
});

describe('rung usage', () => {
  it('sums the ledger by dimension with fallback and rescue shares', async () => {
    const now = Date.UTC(2026, 10, 27, 12);
    stores.ledger.append(
      sampleLedgerEntry({ id: 'a', ts: now - 1000, tenant: 'acme', model: 'm', cost_usd: 0.3, fallback_usd: 0.1 }),
    );
    stores.ledger.append(
      sampleLedgerEntry({
        id: 'b',
        ts: now - 2000,
        tenant: 'acme',
        model: 'm',
        cost_usd: 0.1,
        rescue_usd: 0.1,
        fallback_usd: 0,
      }),
    );
    await stores.ledger.flush();
    const text = await runUsage(stores.ledger, { since: '1d', by: 'tenant', now });
    expect(text).toMatch(/^spend since 2026-11-26T12:00Z: \$0\.4000 over 2 requests · fallback 25\.0% · rescue 25\.0%/);
    expect(text).toMatch(/\nacme +2 +0\.4000 +25\.0% +25\.0%/);
  });

  it('reads --since as days, hours or a date, and refuses anything else', () => {
    const now = Date.UTC(2026, 10, 27);
    expect(parseSince('7d', now)).toBe(now - 7 * 86_400_000);
    expect(parseSince('24h', now)).toBe(now - 86_400_000);
    expect(parseSince('2026-11-01', now)).toBe(Date.UTC(2026, 10, 1));
    expect(() => parseSince('last week', now)).toThrow(
      '--since: expected 7d, 24h or a date like 2026-11-01, got "last week"',
    );
  });
});
