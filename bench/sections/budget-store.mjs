/**
 * Budget store cost: µs per reserve + settle (three budget lines, the shape of a real turn: tenant day, user day,
 * key month) and per rate-limit check (two lines), on the SQLite file store and on Redis over loopback, timed one
 * operation at a time with hrtime after a warm-up. Redis is the machine's (RUNG_BENCH_REDIS_URL, default
 * redis://127.0.0.1:6379) under a prefix of its own, whose keys are deleted afterwards; no Redis, no Redis row.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table, times } from '../lib/format.mjs';
import { deleteRedisKeys } from '../lib/limit-stores.mjs';
import { quantile } from '../lib/measure.mjs';
import { scratchDirectory } from '../lib/processes.mjs';

export const description = 'µs per reserve+settle and per rate-limit check: SQLite file vs Redis on loopback';

const HOUR = 3_600_000;

/** Times `operation(index)` one call at a time: `warmup` untimed calls, then `iterations` timed ones. */
async function timeEach(operation, { warmup, iterations }) {
  for (let index = 0; index < warmup; index++) await operation(index);
  const samplesUs = new Float64Array(iterations);
  for (let index = 0; index < iterations; index++) {
    const start = process.hrtime.bigint();
    await operation(warmup + index);
    samplesUs[index] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return { p50Us: quantile(samplesUs, 0.5), p99Us: quantile(samplesUs, 0.99), iterations };
}

/** The two workloads, on one store. Limits are far away: every reservation is held, none refused. */
async function measureStore(store, shape) {
  const run = randomUUID().slice(0, 8);
  const expiresAt = Date.now() + 24 * HOUR;
  const keys = [`usd:day:tenant:${run}`, `usd:day:user:${run}`, `usd:month:key:${run}`];
  const lines = keys.map((key) => ({ key, limit: 1e15, amount: 2_000_000, expiresAt }));
  const actual = Object.fromEntries(keys.map((key) => [key, 1_234_567]));
  const reserveSettle = await timeEach(async (index) => {
    const id = `bench-${run}-${index}`;
    const result = await store.reserve({ id, holdMs: 10 * 60_000, lines });
    if (!result.ok) throw new Error(`reservation refused on ${result.key}`);
    await store.settle(id, actual);
  }, shape);
  const rateLines = [
    { key: `rpm:key:${run}`, limit: 1e9, periodMs: 60_000, cost: 1 },
    { key: `tpm:tenant:${run}`, limit: 1e12, periodMs: 60_000, cost: 1_500 },
  ];
  const rateLimit = await timeEach(async () => {
    const result = await store.rateLimit(rateLines);
    if (!result.ok) throw new Error(`rate limit refused on ${result.key}`);
  }, shape);
  return { reserveSettle, rateLimit };
}

/**
 * Runs the section and returns p50/p99 µs per store and workload.
 * @example const figures = await run({ root, benchDir, settings, log: console.log })
 */
export async function run(context) {
  const { root, settings, log } = context;
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const requireFromRoot = createRequire(join(root, 'package.json'));
  const { createSqliteCounterStore } = await load('stores/sqlite/sqlite-counter-store.js');
  const { createRedisCounterStore } = await load('stores/redis/redis-counter-store.js');
  const shape = settings.quick ? { warmup: 200, iterations: 500 } : { warmup: 1_000, iterations: 2_000 };
  log(`\nBudget store: ${shape.iterations} timed operations per row after ${shape.warmup} untimed, one at a time`);

  const results = {};
  const skipped = {};

  const { path: directory, remove: removeDirectory } = scratchDirectory('rung-bench-counters-');
  const Database = requireFromRoot('better-sqlite3');
  const db = new Database(join(directory, 'counters.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  try {
    results.sqlite = await measureStore(createSqliteCounterStore(db), shape);
  } finally {
    db.close();
    removeDirectory();
  }

  const url = process.env.RUNG_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `rungbench:${process.pid}:${randomUUID().slice(0, 8)}`;
  const store = createRedisCounterStore({ url, prefix, commandTimeoutMs: 2_000 });
  try {
    await store.openReservations();
    results.redis = await measureStore(store, shape);
  } catch (error) {
    skipped.redis = error.message;
    log(`  ! redis left out: ${error.message}`);
  } finally {
    await store.close();
    await deleteRedisKeys({ root, redisUrl: url, prefix }).catch(() => {});
  }

  const us = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
  const rows = [];
  for (const [name, figures] of Object.entries(results)) {
    rows.push([`${name} reserve+settle (3 lines)`, us(figures.reserveSettle.p50Us), us(figures.reserveSettle.p99Us)]);
    rows.push([`${name} rate limit (2 lines)`, us(figures.rateLimit.p50Us), us(figures.rateLimit.p99Us)]);
  }
  log(table(['operation', 'p50 µs', 'p99 µs'], rows));
  if (results.sqlite && results.redis) {
    log(
      `  Redis ÷ SQLite at p50: reserve+settle ${times(results.redis.reserveSettle.p50Us / results.sqlite.reserveSettle.p50Us)}, ` +
        `rate limit ${times(results.redis.rateLimit.p50Us / results.sqlite.rateLimit.p50Us)} (same run, same machine)`,
    );
  }
  return { shape, redis: results.redis ? store.description : null, results, skipped };
}
