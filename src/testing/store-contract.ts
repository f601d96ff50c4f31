/**
 * The store contract, written once and run against every Stores implementation (embedded SQLite now;
 * Redis + PostgreSQL later). Each implementation's test file calls `runStoreContract`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestRecord, Stores } from '../spec/store.js';

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

export function runStoreContract(name: string, createStores: () => Promise<Stores> | Stores): void {
  describe(`store contract: ${name}`, () => {
    let stores: Stores;
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
