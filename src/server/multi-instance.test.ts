/**
 * Three `rung serve` processes sharing Redis (counters, reservations, rate limits) and PostgreSQL (keys,
 * records, ledger): a tenant budget that fits exactly 100 calls holds against 300 concurrent requests spread
 * over all three; a per-key RPM limit holds globally; and when Redis dies, budgeted requests fail closed with
 * a clear error while unbudgeted ones keep working, until Redis is back — no restarts.
 *
 * Redis is a private redis-server this test starts and kills; PostgreSQL is the machine's, in a schema of
 * this run's own, dropped at the end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimatePromptTokensUpperBound } from '../catalogue/count-tokens.js';
import type { CounterStore } from '../spec/limits.js';
import { createRedisCounterStore } from '../stores/redis/redis-counter-store.js';
import {
  type GatewayProcess,
  gatewayBuilt,
  type PrivateRedis,
  startGatewayProcess,
  startPrivateRedis,
} from '../testing/processes.js';

const POSTGRES = process.env.RUNG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PREFIX = `rt_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const RACE_KEY = 'sk-race-0123456789abcdef';
const LIMITED_KEY = 'sk-limited-0123456789abcdef';
const FREE_KEY = 'sk-free-tenant-0123456789abcdef';
const MESSAGES = [{ role: 'user' as const, content: 'Tell me something nice.' }];
const CAP = 20;
const PRICE = 1000; // USD per million tokens, in and out

// What one request reserves: its prompt upper bound plus the output cap, at the model's price.
const WORST_USD = ((estimatePromptTokensUpperBound(MESSAGES) + CAP) * PRICE) / 1_000_000;

let redis: PrivateRedis;
let gateways: GatewayProcess[] = [];
let directory: string;
let counters: CounterStore;

function config(redisUrl: string): string {
  return `
log: { level: warn }
store: { kind: redis-postgres, redis_url: "${redisUrl}", postgres_url: "${POSTGRES}", prefix: ${PREFIX}, timeout_ms: 300 }
auth:
  keys:
    - { key: ${RACE_KEY}, name: race, tenant: acme, plan: free }
    - { key: ${LIMITED_KEY}, name: limited, tenant: other, plan: free, limits: { rpm: 30 } }
    - { key: ${FREE_KEY}, name: unbudgeted, tenant: nobudget, plan: free }
tenants:
  acme: { daily_usd: ${WORST_USD * 100} }
providers: { sim: { kind: simulator, seed: 3 } }
models:
  priced:
    provider: sim
    id: vendor/priced
    price: { input: ${PRICE}, output: ${PRICE} }
    max_output_tokens: ${CAP}
    sim: { behavior: answer, reply: "A nice thing.", first_token_ms: [600, 600] }
plans: { free: { paid: false } }
routes:
  chat: { chain: [priced] }
`;
}

const available = gatewayBuilt();

beforeAll(async () => {
  if (!available) return;
  directory = mkdtempSync(join(tmpdir(), 'rung-multi-'));
  redis = await startPrivateRedis();
  const path = join(directory, 'rung.yaml');
  writeFileSync(path, config(redis.url));
  // The first one migrates the schema; the other two start together against it.
  gateways = [await startGatewayProcess(path)];
  gateways.push(...(await Promise.all([startGatewayProcess(path), startGatewayProcess(path)])));
  counters = createRedisCounterStore({ url: redis.url, prefix: PREFIX });
}, 60_000);

afterAll(async () => {
  await Promise.allSettled(gateways.map((gateway) => gateway.stop()));
  await counters?.close();
  await redis?.kill();
  if (available) {
    const client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${PREFIX}" CASCADE`);
    await client.end();
  }
  if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
}, 60_000);

async function chat(index: number, key: string) {
  const gateway = gateways[index % gateways.length] as GatewayProcess;
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'chat', messages: MESSAGES }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!available)('three gateways sharing Redis + PostgreSQL', () => {
  it('a tenant budget that fits 100 calls: at most 100 of 300 concurrent requests succeed, and the ledger matches', async () => {
    const results = await Promise.all(Array.from({ length: 300 }, (_, index) => chat(index, RACE_KEY)));
    const served = results.filter((result) => result.status === 200);
    expect(served.length).toBeLessThanOrEqual(100);
    expect(served.length).toBeGreaterThanOrEqual(90);
    for (const result of results) {
      if (result.status !== 200) expect(result.body.error.code).toBe('RUNG_BUDGET_EXCEEDED');
    }
    const spent = served.reduce((sum, result) => sum + result.body.rung.cost_usd, 0);

    // Settles and ledger writes are asynchronous: wait for them to land.
    expect(
      await eventually(
        () => counters.openReservations(),
        (open) => open === 0,
      ),
    ).toBe(0);
    const client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
    try {
      const ledger = await eventually(
        async () =>
          (
            await client.query<{ requests: string; cost: number }>(
              `SELECT count(*) AS requests, coalesce(sum(cost_usd), 0)::float8 AS cost FROM "${PREFIX}".ledger WHERE tenant = 'acme'`,
            )
          ).rows[0],
        (row) => Number(row?.requests) === served.length,
      );
      expect(Number(ledger?.requests)).toBe(served.length);
      expect(ledger?.cost).toBeCloseTo(spent, 9);
      // Whatever the timing, what was spent never passes the ceiling.
      expect(ledger?.cost).toBeLessThanOrEqual(WORST_USD * 100 + 1e-9);
    } finally {
      await client.end();
    }
  }, 60_000);

  it('a per-key RPM limit holds across the three', async () => {
    const results = await Promise.all(Array.from({ length: 90 }, (_, index) => chat(index, LIMITED_KEY)));
    const served = results.filter((result) => result.status === 200).length;
    // 30 a minute with a burst of 30; the refill (one every 2 s) may add one while the 90 are in flight.
    expect(served).toBeGreaterThanOrEqual(30);
    expect(served).toBeLessThanOrEqual(32);
    const refused = results.find((result) => result.status === 429);
    expect(refused?.body.error.code).toBe('RUNG_RATE_LIMITED');
  }, 60_000);

  it('Redis gone: budgeted requests fail closed with a clear error, unbudgeted ones keep working; then it all recovers', async () => {
    await redis.kill();
    const started = Date.now();
    const budgeted = await chat(0, RACE_KEY);
    expect(budgeted.status).toBe(503);
    expect(budgeted.body.error.code).toBe('RUNG_BUDGET_UNAVAILABLE');
    expect(budgeted.body.error.message).toContain('cannot be reached');
    expect(Date.now() - started).toBeLessThan(5_000);
    for (let index = 0; index < 3; index++) expect((await chat(index, FREE_KEY)).status).toBe(200);

    await redis.start();
    const recovered = await eventually(
      () => Promise.all([0, 1, 2].map((index) => chat(index, RACE_KEY))),
      (all) => all.every((result) => result.status !== 503),
      15_000,
    );
    // The restarted Redis kept nothing: the tenant's counter starts again and the calls are served.
    for (const result of recovered) expect(result.status).toBe(200);
  }, 60_000);
});
