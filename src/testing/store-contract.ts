/**
 * The store contracts, written once and run against every implementation (embedded SQLite, PostgreSQL):
 * `runStoreContract` for request records, `runKeyStoreContract` for gateway keys, `runLedgerContract` for the
 * spend ledger. Each implementation's test file calls them.
 *
 * A backend may keep its data between tests (one SQLite file, one Postgres schema per run), so every test
 * works in its own tenant, user or time window and never counts rows it did not write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyStore, LedgerEntry, LedgerStore, RecordStore, RequestRecord, StoredKey } from '../spec/store.js';

let sequence = 0;

export function sampleRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  sequence++;
  return {
    id: `req-${process.pid}-${sequence}-${Math.random().toString(36).slice(2)}`,
    ts: 1_790_000_000_000 + sequence,
    endpoint: '/v1/chat/completions',
    route: 'chat',
    plan: 'free',
    mode: 'natural',
    user: 'user-1',
    tenant: 'tenant-a',
    key_name: 'key-a',
    stream: false,
    status: 200,
    error_code: null,
    attempts: [
      {
        model: 'qwen',
        provider: 'sim',
        outcome: 'silent_refusal',
        status: 200,
        ms: 12.5,
        ttft_ms: null,
        detail: 'empty',
      },
      { model: 'deepseek', provider: 'sim', outcome: 'ok', status: 200, ms: 30.25, ttft_ms: 10.5 },
    ],
    model: 'deepseek',
    provider: 'sim',
    attempt: 1,
    used_fallback: true,
    usage: {
      prompt_tokens: 100,
      completion_tokens: 20,
      cached_tokens: 64,
      cache_write_tokens: 0,
      reasoning_tokens: 3,
      estimated: false,
    },
    cost_usd: 0.0000123,
    ttft_ms: 22.5,
    total_ms: 45.75,
    ...overrides,
  };
}

/** What the record contract needs: a whole `Stores`, or just a record store with a way to close it. */
export interface RecordStoreHarness {
  records: RecordStore;
  close(): Promise<void>;
}

/** A store under test and how to close it (its connection, its file). */
export interface StoreHarness<T> {
  store: T;
  close(): Promise<void> | void;
}

/**
 * @example
 * runStoreContract('sqlite in memory', () => openSqliteStores({ path: ':memory:' }));
 */
export function runStoreContract(
  name: string,
  createStores: () => Promise<RecordStoreHarness> | RecordStoreHarness,
): void {
  describe(`store contract: ${name}`, () => {
    let stores: RecordStoreHarness;
    beforeEach(async () => {
      stores = await createStores();
    });
    afterEach(async () => {
      await stores.close();
    });

    it('keeps every field of a record', async () => {
      const record = sampleRecord();
      stores.records.append(record);
      await stores.records.flush();
      const [found] = await stores.records.recent({ limit: 1, user: 'user-1', since: record.ts });
      expect(found).toEqual(record);
    });

    it('keeps the refusal and gating flags', async () => {
      const record = sampleRecord({
        flags: {
          character: 'mira',
          salvaged: true,
          in_character: true,
          gated: { level: 'explicit', ceiling: 'suggestive', allowed_by: 'premium' },
          rescued: false,
          degraded: 1,
          cache: { kind: 'exact', result: 'hit' },
          memory: { summaries: 2, facts: 3, recent: 10, tokens: 900 },
        },
      });
      stores.records.append(record);
      await stores.records.flush();
      const [found] = await stores.records.recent({ limit: 1, user: 'user-1', since: record.ts });
      expect(found).toEqual(record);
    });

    it('keeps nulls and a failed request with no answer', async () => {
      const record = sampleRecord({
        route: null,
        plan: null,
        mode: null,
        user: null,
        tenant: null,
        key_name: null,
        status: 503,
        error_code: 'RUNG_ALL_RUNGS_FAILED',
        model: null,
        provider: null,
        attempt: null,
        used_fallback: false,
        usage: null,
        cost_usd: null,
        ttft_ms: null,
      });
      stores.records.append(record);
      const [found] = await stores.records.recent({ limit: 1, failed: true, since: record.ts });
      expect(found).toEqual(record);
    });

    it('returns newest first, honours the limit and the filters', async () => {
      const user = `user-${Math.random()}`;
      const records = [0, 1, 2, 3].map((index) =>
        sampleRecord({ user, route: index % 2 === 0 ? 'chat' : 'other', status: index === 3 ? 502 : 200 }),
      );
      for (const record of records) stores.records.append(record);
      const newest = await stores.records.recent({ limit: 2, user });
      expect(newest.map((record) => record.id)).toEqual([records[3]?.id, records[2]?.id]);
      const chat = await stores.records.recent({ limit: 10, user, route: 'chat' });
      expect(chat.map((record) => record.id)).toEqual([records[2]?.id, records[0]?.id]);
      const failed = await stores.records.recent({ limit: 10, user, failed: true });
      expect(failed.map((record) => record.id)).toEqual([records[3]?.id]);
      const since = await stores.records.recent({ limit: 10, user, since: records[2]?.ts ?? 0 });
      expect(since).toHaveLength(2);
    });

    it('writes a record once even if appended twice', async () => {
      const record = sampleRecord();
      stores.records.append(record);
      stores.records.append({ ...record, status: 500 });
      const found = await stores.records.recent({ limit: 10, user: 'user-1', since: record.ts });
      expect(found.filter((item) => item.id === record.id)).toEqual([record]);
    });

    it('takes a burst of appends without losing any', async () => {
      const user = `burst-${Math.random()}`;
      for (let index = 0; index < 2000; index++) stores.records.append(sampleRecord({ user }));
      await stores.records.flush();
      expect(await stores.records.recent({ limit: 5000, user })).toHaveLength(2000);
    });
  });
}

const DAY = 86_400_000;
let window = 0;

/** A stretch of time no other test in this process writes to: ledger sums over it count only this test's rows. */
function freshWindow(): number {
  window++;
  return Date.UTC(2031, 0, 1) + window * 30 * DAY;
}

function uniqueName(label: string): string {
  return `${label}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

export function sampleKey(overrides: Partial<StoredKey> = {}): StoredKey {
  sequence++;
  const suffix = `${process.pid}${sequence}${Math.random().toString(36).slice(2, 10)}`;
  return {
    id: `key_${suffix}`,
    hash: suffix.padEnd(64, '0'),
    prefix: `rung_sk_${suffix.slice(0, 4)}`,
    name: 'ci pipeline',
    tenant: 'tenant-a',
    plan: 'pro',
    mode: 'strict',
    routes: ['chat', 'summarise'],
    limits: { monthly_usd: 250.5, daily_usd: 12.25, rpm: 600, tpm: 120_000 },
    created_at: 1_790_000_000_000 + sequence,
    revoked_at: null,
    rotated_from: null,
    ...overrides,
  };
}

/**
 * @example
 * runKeyStoreContract('sqlite', () => {
 *   const db = new Database(':memory:');
 *   return { store: createSqliteKeyStore(db), close: () => db.close() };
 * });
 */
export function runKeyStoreContract(
  name: string,
  create: () => Promise<StoreHarness<KeyStore>> | StoreHarness<KeyStore>,
): void {
  describe(`key store contract: ${name}`, () => {
    let harness: StoreHarness<KeyStore>;
    let keys: KeyStore;
    beforeEach(async () => {
      harness = await create();
      keys = harness.store;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('keeps every field of a key, found by hash and by id', async () => {
      const key = sampleKey({ rotated_from: 'key_older', revoked_at: 1_900_000_000_000 });
      await keys.create(key);
      expect(await keys.byHash(key.hash)).toEqual(key);
      expect(await keys.byId(key.id)).toEqual(key);
    });

    it('keeps nulls, all routes and a key with no limits of its own', async () => {
      const key = sampleKey({ mode: null, routes: null, limits: {}, rotated_from: null });
      await keys.create(key);
      expect(await keys.byId(key.id)).toEqual(key);
      const noRoutes = sampleKey({ routes: [] });
      await keys.create(noRoutes);
      expect((await keys.byId(noRoutes.id))?.routes).toEqual([]);
    });

    it('answers null for an unknown hash or id', async () => {
      expect(await keys.byHash('f'.repeat(64))).toBeNull();
      expect(await keys.byId('key_unknown')).toBeNull();
    });

    it('rejects a second key with the same id or the same hash, keeping the first', async () => {
      const key = sampleKey();
      await keys.create(key);
      await expect(keys.create(sampleKey({ id: key.id }))).rejects.toThrow();
      await expect(keys.create(sampleKey({ hash: key.hash }))).rejects.toThrow();
      expect(await keys.byId(key.id)).toEqual(key);
      expect(await keys.byHash(key.hash)).toEqual(key);
    });

    it('lists a tenant newest first, revoked keys only when asked', async () => {
      const tenant = uniqueName('tenant');
      const now = Date.now();
      const oldest = sampleKey({ tenant, created_at: now - 3000 });
      const revoked = sampleKey({ tenant, created_at: now - 2000, revoked_at: now - 1000 });
      const newest = sampleKey({ tenant, created_at: now - 1000 });
      // A rotated key in its grace period: revoked_at is set but still ahead, so it still works and is listed.
      const rotating = sampleKey({ tenant, created_at: now - 1500, revoked_at: now + 3_600_000 });
      const elsewhere = sampleKey({ tenant: uniqueName('other'), created_at: now });
      for (const key of [revoked, newest, elsewhere, oldest, rotating]) await keys.create(key);

      const active = await keys.list({ tenant });
      expect(active.map((key) => key.id)).toEqual([newest.id, rotating.id, oldest.id]);
      const all = await keys.list({ tenant, includeRevoked: true });
      expect(all.map((key) => key.id)).toEqual([newest.id, rotating.id, revoked.id, oldest.id]);
      expect(all[2]).toEqual(revoked);
    });

    it('lists every tenant, newest first, when no tenant is named', async () => {
      const base = Date.now() + 10 * DAY;
      const first = sampleKey({ tenant: uniqueName('a'), created_at: base });
      const second = sampleKey({ tenant: uniqueName('b'), created_at: base + 1 });
      await keys.create(first);
      await keys.create(second);
      const listed = await keys.list({});
      const ids = listed.map((key) => key.id);
      expect(ids.indexOf(second.id)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
      const times = listed.map((key) => key.created_at);
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('honours a limit: the newest keys only', async () => {
      const tenant = uniqueName('limited');
      const base = Date.now() + 20 * DAY;
      for (let index = 0; index < 3; index++) await keys.create(sampleKey({ tenant, created_at: base + index }));
      const listed = await keys.list({ tenant, limit: 2 });
      expect(listed.map((key) => key.created_at)).toEqual([base + 2, base + 1]);
    });

    it('revokes once: an earlier revocation stays, a later one does not move it, unknown ids answer false', async () => {
      const key = sampleKey();
      await keys.create(key);
      expect(await keys.revoke(key.id, 1_800_000_000_000)).toBe(true);
      expect((await keys.byId(key.id))?.revoked_at).toBe(1_800_000_000_000);
      expect(await keys.revoke(key.id, 1_800_000_999_999)).toBe(true);
      expect((await keys.byId(key.id))?.revoked_at).toBe(1_800_000_000_000);
      expect(await keys.revoke(key.id, 1_799_999_999_999)).toBe(true);
      expect((await keys.byId(key.id))?.revoked_at).toBe(1_799_999_999_999);
      // Still found by hash: the caller checks revoked_at.
      expect((await keys.byHash(key.hash))?.revoked_at).toBe(1_799_999_999_999);
      expect(await keys.revoke('key_unknown')).toBe(false);
    });

    it('revokes now when no time is given, and ends a grace period early', async () => {
      const plain = sampleKey();
      const rotating = sampleKey({ revoked_at: Date.now() + 3_600_000 });
      await keys.create(plain);
      await keys.create(rotating);
      const before = Date.now();
      expect(await keys.revoke(plain.id)).toBe(true);
      expect(await keys.revoke(rotating.id)).toBe(true);
      const after = Date.now();
      for (const id of [plain.id, rotating.id]) {
        const revokedAt = (await keys.byId(id))?.revoked_at ?? 0;
        expect(revokedAt).toBeGreaterThanOrEqual(before);
        expect(revokedAt).toBeLessThanOrEqual(after);
      }
      const listed = await keys.list({ tenant: plain.tenant });
      expect(listed.map((key) => key.id)).not.toContain(plain.id);
      expect(listed.map((key) => key.id)).not.toContain(rotating.id);
    });
  });
}

export function sampleLedgerEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  sequence++;
  return {
    id: `req-${process.pid}-${sequence}-${Math.random().toString(36).slice(2)}`,
    ts: 1_790_000_000_000 + sequence,
    tenant: 'tenant-a',
    user: 'user-1',
    key_id: 'key_a',
    plan: 'pro',
    route: 'chat',
    model: 'deepseek',
    cost_usd: 0.0125,
    fallback_usd: 0.0025,
    rescue_usd: 0,
    aux_usd: 0.0005,
    cache_savings_usd: 0,
    prompt_tokens: 1200,
    completion_tokens: 300,
    cached_tokens: 600,
    estimated: false,
    ...overrides,
  };
}

/**
 * @example
 * runLedgerContract('sqlite', () => {
 *   const db = new Database(':memory:');
 *   const ledger = createSqliteLedgerStore(db);
 *   return { store: ledger, close: () => { ledger.close(); db.close(); } };
 * });
 */
export function runLedgerContract(
  name: string,
  create: () => Promise<StoreHarness<LedgerStore>> | StoreHarness<LedgerStore>,
): void {
  describe(`ledger contract: ${name}`, () => {
    let harness: StoreHarness<LedgerStore>;
    let ledger: LedgerStore;
    beforeEach(async () => {
      harness = await create();
      ledger = harness.store;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('totals what was appended once flushed', async () => {
      const tenant = uniqueName('tenant');
      const start = freshWindow();
      ledger.append(sampleLedgerEntry({ tenant, ts: start, cost_usd: 0.25 }));
      ledger.append(sampleLedgerEntry({ tenant, ts: start + 1000, cost_usd: 0.5 }));
      ledger.append(sampleLedgerEntry({ tenant, ts: start + 2000, cost_usd: 0.125 }));
      await ledger.flush();
      expect(await ledger.total({ tenant })).toEqual({ requests: 3, cost_usd: 0.875 });
      expect(await ledger.total({ tenant, since: start + 1000 })).toEqual({ requests: 2, cost_usd: 0.625 });
      expect(await ledger.total({ tenant: uniqueName('nobody') })).toEqual({ requests: 0, cost_usd: 0 });
    });

    it('counts an entry once when its id is appended twice, keeping the first', async () => {
      const tenant = uniqueName('tenant');
      const entry = sampleLedgerEntry({ tenant, ts: freshWindow(), cost_usd: 0.5 });
      ledger.append(entry);
      ledger.append({ ...entry, cost_usd: 9 });
      await ledger.flush();
      ledger.append({ ...entry, cost_usd: 7 });
      await ledger.flush();
      expect(await ledger.total({ tenant })).toEqual({ requests: 1, cost_usd: 0.5 });
    });

    it('sums usage per UTC day, tenant and model, largest cost first', async () => {
      const start = freshWindow();
      const tenantA = uniqueName('a');
      const tenantB = uniqueName('b');
      const lastMsOfDay = start + DAY - 1;
      const nextDay = start + DAY;
      const day1 = new Date(start).toISOString().slice(0, 10);
      const day2 = new Date(nextDay).toISOString().slice(0, 10);
      const entries = [
        sampleLedgerEntry({ tenant: tenantA, model: 'qwen', ts: start, cost_usd: 0.1, fallback_usd: 0.05 }),
        sampleLedgerEntry({
          tenant: tenantA,
          model: 'qwen',
          ts: lastMsOfDay,
          cost_usd: 0.2,
          rescue_usd: 0.125,
          aux_usd: 0.01,
          cache_savings_usd: 0.03,
          prompt_tokens: 10,
          completion_tokens: 5,
          estimated: true,
        }),
        sampleLedgerEntry({ tenant: tenantA, model: 'qwen', ts: nextDay, cost_usd: 0.05 }),
        sampleLedgerEntry({ tenant: tenantB, model: 'deepseek', ts: start + 5, cost_usd: 1.5, prompt_tokens: 7 }),
        sampleLedgerEntry({ tenant: tenantB, model: null, ts: start + 6, cost_usd: 0.004, estimated: true }),
      ];
      for (const entry of entries) ledger.append(entry);
      await ledger.flush();

      const rows = await ledger.usage({ since: start, until: start + 2 * DAY, by: ['day', 'tenant', 'model'] });
      expect(rows.map((row) => row.group)).toEqual([
        [day1, tenantB, 'deepseek'],
        [day1, tenantA, 'qwen'],
        [day2, tenantA, 'qwen'],
        [day1, tenantB, null],
      ]);
      const [deepseek, qwenDay1, qwenDay2, unanswered] = rows;
      expect(deepseek).toMatchObject({ requests: 1, prompt_tokens: 7, completion_tokens: 300, estimated: 0 });
      expect(deepseek?.cost_usd).toBeCloseTo(1.5, 12);
      expect(qwenDay1).toMatchObject({ requests: 2, prompt_tokens: 1210, completion_tokens: 305, estimated: 1 });
      expect(qwenDay1?.cost_usd).toBeCloseTo(0.3, 12);
      expect(qwenDay1?.fallback_usd).toBeCloseTo(0.0525, 12);
      expect(qwenDay1?.rescue_usd).toBeCloseTo(0.125, 12);
      expect(qwenDay1?.aux_usd).toBeCloseTo(0.0105, 12);
      expect(qwenDay1?.cache_savings_usd).toBeCloseTo(0.03, 12);
      expect(qwenDay2).toMatchObject({ requests: 1, prompt_tokens: 1200, completion_tokens: 300, estimated: 0 });
      expect(qwenDay2?.cost_usd).toBeCloseTo(0.05, 12);
      expect(unanswered).toMatchObject({ requests: 1, estimated: 1 });
      expect(unanswered?.cost_usd).toBeCloseTo(0.004, 12);

      const byTenant = await ledger.usage({ since: start, until: start + 2 * DAY, by: ['tenant'] });
      expect(byTenant.map((row) => [row.group, row.requests])).toEqual([
        [[tenantB], 2],
        [[tenantA], 3],
      ]);
      expect(byTenant[0]?.cost_usd).toBeCloseTo(1.504, 12);
      expect(byTenant[1]?.cost_usd).toBeCloseTo(0.35, 12);
    });

    it('filters usage by since (inclusive), until (exclusive) and tenant', async () => {
      const start = freshWindow();
      const tenant = uniqueName('tenant');
      const other = uniqueName('other');
      ledger.append(sampleLedgerEntry({ tenant, ts: start - 1, cost_usd: 100 }));
      ledger.append(sampleLedgerEntry({ tenant, ts: start, cost_usd: 1 }));
      ledger.append(sampleLedgerEntry({ tenant, ts: start + 10, cost_usd: 2 }));
      ledger.append(sampleLedgerEntry({ tenant, ts: start + 20, cost_usd: 1000 }));
      ledger.append(sampleLedgerEntry({ tenant: other, ts: start + 5, cost_usd: 4 }));
      await ledger.flush();

      const mine = await ledger.usage({ since: start, until: start + 20, tenant, by: ['tenant'] });
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ group: [tenant], requests: 2, cost_usd: 3 });

      const everyone = await ledger.usage({ since: start, until: start + 20, by: ['tenant', 'plan', 'route'] });
      expect(everyone.map((row) => [row.group, row.cost_usd])).toEqual([
        [[other, 'pro', 'chat'], 4],
        [[tenant, 'pro', 'chat'], 3],
      ]);

      const open = await ledger.usage({ since: start, tenant, by: ['user', 'key_id'] });
      expect(open.map((row) => [row.group, row.requests, row.cost_usd])).toEqual([[['user-1', 'key_a'], 3, 1003]]);
    });

    it('answers one total row when grouped by nothing, and no rows when nothing matched', async () => {
      const start = freshWindow();
      const tenant = uniqueName('tenant');
      ledger.append(sampleLedgerEntry({ tenant, ts: start, cost_usd: 0.5 }));
      ledger.append(sampleLedgerEntry({ tenant, ts: start + 1, cost_usd: 0.25 }));
      await ledger.flush();
      const [row, ...rest] = await ledger.usage({ since: start, tenant, by: [] });
      expect(rest).toEqual([]);
      expect(row).toMatchObject({ group: [], requests: 2, cost_usd: 0.75, prompt_tokens: 2400 });
      expect(await ledger.usage({ since: start, tenant: uniqueName('nobody'), by: [] })).toEqual([]);
      expect(await ledger.usage({ since: start, tenant: uniqueName('nobody'), by: ['day'] })).toEqual([]);
    });

    it('takes a batch of 1000 entries without losing any', async () => {
      const start = freshWindow();
      const tenant = uniqueName('batch');
      for (let index = 0; index < 1000; index++) {
        ledger.append(
          sampleLedgerEntry({ tenant, ts: start + index * 120_000, cost_usd: 0.001, prompt_tokens: index }),
        );
      }
      await ledger.flush();
      const total = await ledger.total({ tenant });
      expect(total.requests).toBe(1000);
      expect(total.cost_usd).toBeCloseTo(1, 10);
      // One entry every two minutes: 720 on the first UTC day, 280 on the second.
      const days = await ledger.usage({ since: start, tenant, by: ['day'] });
      expect(days.map((row) => [row.group, row.requests])).toEqual([
        [[new Date(start).toISOString().slice(0, 10)], 720],
        [[new Date(start + DAY).toISOString().slice(0, 10)], 280],
      ]);
      expect(days[0]?.prompt_tokens).toBe((719 * 720) / 2);
      expect(days[0]?.cost_usd).toBeCloseTo(0.72, 10);
    });
  });
}
