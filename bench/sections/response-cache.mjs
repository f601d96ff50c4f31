/**
 * Response cache cost: µs per exact-cache get (a hit, and a miss) and per set, in process and on Redis over
 * loopback, timed one call at a time with hrtime after a warm-up, on a cache already holding 20,000 answers of
 * ~1 KB in 20 namespaces; then ms per semantic search (brute force over one namespace, WebAssembly SIMD, and the
 * JavaScript loop it falls back to for comparison) at 10K and 100K entries of 256 and 1536 dimensions.
 * Redis is the machine's (RUNG_BENCH_REDIS_URL, default redis://127.0.0.1:6379) under a prefix of its own, whose
 * keys are deleted afterwards; no Redis, no Redis rows.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table, times } from '../lib/format.mjs';
import { deleteRedisKeys } from '../lib/limit-stores.mjs';
import { quantile } from '../lib/measure.mjs';

export const description = 'µs per exact-cache get/set (memory, Redis on loopback); ms per semantic search';

const HOUR = 3_600_000;
const EXACT_ENTRIES = 20_000;
const NAMESPACES = 20;

/** Times `operation(index)` one call at a time: `warmup` untimed calls, then `iterations` timed ones (µs). */
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

/** A chat completion body of about `size` characters, as the gateway would store it. */
function bodyOf(index, size = 1_000) {
  const text = `Answer number ${index}. `.repeat(Math.ceil(size / 20)).slice(0, size);
  return JSON.stringify({
    id: `chatcmpl-${index}`,
    object: 'chat.completion',
    model: 'fast-model',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 120, completion_tokens: 250, total_tokens: 370 },
  });
}

/** 64 hex characters, like the SHA-256 of a normalised request. */
const keyOf = (index) => index.toString(16).padStart(64, '0');

async function measureExact(cache, shape) {
  for (let index = 0; index < EXACT_ENTRIES; index++) {
    const answer = { body: bodyOf(index), model: 'fast-model', storedAt: Date.now(), costUsd: 0.000_4 };
    await cache.set(`tenant-${index % NAMESPACES}`, keyOf(index), answer, HOUR);
  }
  // A stride prime to the entry count visits the entries in an order unrelated to how they were stored.
  const hit = await timeEach(async (index) => {
    const entry = (index * 7_919) % EXACT_ENTRIES;
    const answer = await cache.get(`tenant-${entry % NAMESPACES}`, keyOf(entry));
    if (answer === null) throw new Error(`expected a hit for entry ${entry}`);
  }, shape);
  const miss = await timeEach(async (index) => {
    const answer = await cache.get('tenant-0', keyOf(EXACT_ENTRIES + 1 + index));
    if (answer !== null) throw new Error('expected a miss');
  }, shape);
  const body = bodyOf(0);
  const set = await timeEach(async (index) => {
    const entry = index % EXACT_ENTRIES;
    const answer = { body, model: 'fast-model', storedAt: Date.now(), costUsd: 0.000_4 };
    await cache.set(`tenant-${entry % NAMESPACES}`, keyOf(entry), answer, HOUR);
  }, shape);
  return { hit, miss, set, stats: await cache.stats() };
}

/** Fills one namespace with `entries` random vectors, then times `queries` searches of random vectors (ms). */
async function measureSemantic(createMemorySemanticCache, { entries, dimensions, simd, queries }) {
  const cache = createMemorySemanticCache({ maxEntries: entries, maxBytes: 2 ** 32, maxEntryBytes: 2 ** 20, simd });
  const vector = new Float32Array(dimensions);
  let state = 12_345;
  const fill = () => {
    for (let index = 0; index < dimensions; index++) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      vector[index] = state / 2 ** 32 - 0.5;
    }
  };
  const answer = { body: bodyOf(0, 200), model: 'fast-model', storedAt: Date.now(), costUsd: 0.000_4 };
  const filledAt = process.hrtime.bigint();
  for (let index = 0; index < entries; index++) {
    fill();
    await cache.set('tenant', vector, answer, HOUR);
  }
  const setUs = Number(process.hrtime.bigint() - filledAt) / 1000 / entries;
  const samplesMs = new Float64Array(queries);
  for (let index = -2; index < queries; index++) {
    fill();
    const start = process.hrtime.bigint();
    // A threshold no random vector reaches: the search scores every row and finds nothing, the worst case.
    await cache.search('tenant', vector, 0.99);
    if (index >= 0) samplesMs[index] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  await cache.close();
  return { entries, dimensions, simd, setUs, p50Ms: quantile(samplesMs, 0.5), p99Ms: quantile(samplesMs, 0.99) };
}

/**
 * Runs the section and returns the exact-cache p50/p99 µs per store and operation, and the semantic search p50/p99
 * ms per shape.
 * @example const figures = await run({ root, benchDir, settings, log: console.log })
 */
export async function run(context) {
  const { root, settings, log } = context;
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const { createMemoryExactCache } = await load('stores/memory/memory-exact-cache.js');
  const { createMemorySemanticCache } = await load('stores/memory/memory-semantic-cache.js');
  const { createRedisExactCache } = await load('stores/redis/redis-exact-cache.js');
  const shape = settings.quick ? { warmup: 500, iterations: 1_000 } : { warmup: 2_000, iterations: 5_000 };
  const limits = { maxEntries: 100_000, maxBytes: 256 * 2 ** 20, maxEntryBytes: 2 ** 20 };
  log(
    `\nExact cache: ${EXACT_ENTRIES.toLocaleString('en-US')} answers of ~1.2 KB in ${NAMESPACES} namespaces; ` +
      `${shape.iterations} timed calls per row after ${shape.warmup} untimed, one at a time`,
  );

  const exact = {};
  const skipped = {};
  const memory = createMemoryExactCache(limits);
  exact.memory = await measureExact(memory, shape);
  await memory.close();

  const url = process.env.RUNG_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `rungbench:${process.pid}:${randomUUID().slice(0, 8)}`;
  const redisCache = createRedisExactCache({ url, prefix, limits, commandTimeoutMs: 2_000 });
  try {
    await redisCache.stats();
    exact.redis = await measureExact(redisCache, shape);
  } catch (error) {
    skipped.redis = error.message;
    log(`  ! redis left out: ${error.message}`);
  } finally {
    await redisCache.close();
    await deleteRedisKeys({ root, redisUrl: url, prefix }).catch(() => {});
  }

  const us = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
  const rows = [];
  for (const [name, figures] of Object.entries(exact)) {
    rows.push([`${name} get (hit)`, us(figures.hit.p50Us), us(figures.hit.p99Us)]);
    rows.push([`${name} get (miss)`, us(figures.miss.p50Us), us(figures.miss.p99Us)]);
    rows.push([`${name} set (replacing)`, us(figures.set.p50Us), us(figures.set.p99Us)]);
  }
  log(table(['operation', 'p50 µs', 'p99 µs'], rows));
  if (exact.memory && exact.redis) {
    log(`  Redis ÷ memory at p50, get (hit): ${times(exact.redis.hit.p50Us / exact.memory.hit.p50Us)}`);
  }

  const queries = settings.quick ? 10 : 30;
  const shapes = [
    { entries: 10_000, dimensions: 256, simd: true },
    { entries: 100_000, dimensions: 256, simd: true },
    { entries: 10_000, dimensions: 1_536, simd: true },
    { entries: 100_000, dimensions: 1_536, simd: true },
    { entries: 10_000, dimensions: 256, simd: false },
    { entries: 100_000, dimensions: 256, simd: false },
  ];
  log(`\nSemantic search: one namespace, a random query scoring every row (no hit), ${queries} timed queries per row`);
  const semantic = [];
  for (const semanticShape of shapes) {
    semantic.push(await measureSemantic(createMemorySemanticCache, { ...semanticShape, queries }));
  }
  const ms = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
  log(
    table(
      ['entries × dimensions', 'kernel', 'p50 ms', 'p99 ms', 'MB scanned', 'set µs'],
      semantic.map((figures) => [
        `${figures.entries.toLocaleString('en-US')} × ${figures.dimensions}`,
        figures.simd ? 'wasm SIMD' : 'JavaScript',
        ms(figures.p50Ms),
        ms(figures.p99Ms),
        ((figures.entries * figures.dimensions * 4) / 1e6).toFixed(0),
        us(figures.setUs),
      ]),
    ),
  );
  const [simd256, plain256] = [semantic[1], semantic[5]];
  log(`  JavaScript ÷ SIMD at 100K × 256, p50: ${times(plain256.p50Ms / simd256.p50Ms)}`);
  return { shape, redis: exact.redis ? redisCache.description : null, exact, semantic, skipped };
}
