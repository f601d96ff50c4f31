/**
 * Latency of an exact response-cache hit through real `rung serve` processes, next to the fast fake upstream
 * answering directly (the floor: one HTTP round trip to a trivial server on loopback) and next to a real call
 * through Rung. Two gateways, each with a `plain` route and a `cached` one (`response_cache: { exact }`):
 *
 *   direct      the fake upstream itself
 *   plain       Rung (SQLite store), route `plain`: a real call to the upstream
 *   hit-memory  Rung (SQLite store, exact cache in the process), route `cached`, a warmed identical request
 *   hit-redis   Rung (redis-postgres store, exact cache in the machine's Redis), route `cached`, warmed
 *
 * One connection per target, the targets taken in turn in blocks of requests (lib/measure.mjs), non-streaming and
 * then streaming (the non-streamed answer replayed as a stream: `stream` is not part of the key), `rounds`
 * times. Every answer is checked for the upstream's text; that each cached request really was a hit is checked
 * twice: `x-rung-cache: hit` and `rung.cache` on samples before and after, and the gateways'
 * `rung_response_cache_total` counters over the whole measurement (every miss or bypass is counted). The issue's
 * target: hit p50 − direct p50 ≤ 0.3 ms on the embedded (memory) cache. The run's Redis keys and PostgreSQL
 * schema are removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { request as httpRequest } from 'undici';
import { UPSTREAM_MODEL } from '../lib/constants.mjs';
import { addedMs, count, heading, ms, percent, table, times } from '../lib/format.mjs';
import { cleanRedisPostgres, redisPostgresReachable } from '../lib/limit-stores.mjs';
import { interleavedLatency, isAnswer, LATENCY_BLOCK, quantile, throughput } from '../lib/measure.mjs';
import { backgroundShare, cpuSnapshot, scratchDirectory, startNode, stop, waitForUrl } from '../lib/processes.mjs';
import { rungAvailable, startUpstream } from '../lib/targets.mjs';

export const description = 'exact response-cache hit latency through rung serve (memory and Redis) vs the upstream';

/** The issue's target: a memory-cache hit adds at most this much p50 over the upstream answering directly. */
export const TARGETS = { hitAddedP50Ms: 0.3 };

const PROMPT = 'Reply with one short sentence so the gateway benchmark has something to forward.';
const SAMPLE = 20;

/** The measured targets: which gateway answers (null: the upstream), and which route. */
const TARGET_SPECS = [
  { name: 'direct', label: 'upstream direct', gateway: null, model: UPSTREAM_MODEL, cached: false },
  { name: 'plain', label: 'Rung plain (real call)', gateway: 'embedded', model: 'plain', cached: false },
  { name: 'hit-memory', label: 'Rung hit · memory', gateway: 'embedded', model: 'cached', cached: true },
  { name: 'hit-redis', label: 'Rung hit · Redis', gateway: 'redis', model: 'cached', cached: true },
];

/** Each comparison is target − base within the run; `ceilingMs` is the issue's target where it has one. */
const COMPARISONS = [
  {
    name: 'hitMemoryAdded',
    label: 'hit added, memory (hit − direct)',
    target: 'hit-memory',
    base: 'direct',
    ceilingMs: TARGETS.hitAddedP50Ms,
  },
  { name: 'hitRedisAdded', label: 'hit added, Redis (hit − direct)', target: 'hit-redis', base: 'direct' },
  { name: 'plainAdded', label: 'plain added (plain − direct)', target: 'plain', base: 'direct' },
  { name: 'hitMemoryVsPlain', label: 'memory hit vs plain (hit − plain)', target: 'hit-memory', base: 'plain' },
  { name: 'hitRedisVsPlain', label: 'Redis hit vs plain (hit − plain)', target: 'hit-redis', base: 'plain' },
  { name: 'redisVsMemory', label: 'Redis hit − memory hit', target: 'hit-redis', base: 'hit-memory' },
];

const MODES = [
  { name: 'nonStreaming', label: 'non-streaming', stream: false },
  { name: 'streaming', label: 'streaming', stream: true },
];

/** Environment without anything that would make the gateway call out (proxies, Redis) on its own. */
function quietEnvironment() {
  const env = { ...process.env };
  for (const key of [
    'REDIS_CONNECTION_STRING',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'http_proxy',
    'https_proxy',
    'ALL_PROXY',
    'all_proxy',
  ]) {
    delete env[key];
  }
  return env;
}

/** The config of one gateway: the gateway section's provider and priced model, a plain and a cached route. */
export function cacheConfig({ store, upstreamPort, databasePath, redis }) {
  const storeYaml =
    store === 'sqlite'
      ? `{ kind: sqlite, path: ${JSON.stringify(databasePath)} }`
      : `{ kind: redis-postgres, redis_url: ${JSON.stringify(redis.redisUrl)}, postgres_url: ${JSON.stringify(redis.postgresUrl)}, prefix: ${redis.prefix} }`;
  return `server: { port: 0 }
log: { level: warn }
store: ${storeYaml}
providers:
  up: { kind: openai-compatible, base_url: "http://127.0.0.1:${upstreamPort}/v1", api_key: bench-key }
models:
  bench-model: { provider: up, id: ${UPSTREAM_MODEL}, price: { input: 0.2, output: 0.6 } }
routes:
  plain: { chain: [bench-model] }
  cached: { chain: [bench-model], response_cache: { exact: { ttl_s: 3600 } } }
`;
}

async function startGateway(name, store, { root, directory, upstreamPort, redis }) {
  const configPath = join(directory, `${name}.yaml`);
  const databasePath = join(directory, `${name}.db`);
  writeFileSync(configPath, cacheConfig({ store, upstreamPort, databasePath, redis }));
  const child = startNode(
    `rung-${name}`,
    [join(root, 'bin', 'rung.js'), 'serve', '--config', configPath, '--port', '0', '--no-watch'],
    { cwd: root, env: quietEnvironment(), guard: true },
  );
  try {
    return { name, store, child, pid: child.pid, origin: await waitForUrl(child) };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** The same small chat body for every target, differing only in the model (route) name. */
function requestFor(origin, model, stream) {
  const body = { model, messages: [{ role: 'user', content: PROMPT }] };
  if (stream) Object.assign(body, { stream: true, stream_options: { include_usage: true } });
  return {
    origin,
    path: '/v1/chat/completions',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    stream,
  };
}

/** One request, checked: status, the upstream's answer, `x-rung-cache` and (non-streaming) `rung.cache.result`. */
async function checkOnce(request) {
  const found = { status: 0, answer: false, header: null, bodyResult: null, error: null };
  try {
    const { origin, path, headers, body } = request;
    const response = await httpRequest(`${origin}${path}`, { method: 'POST', headers, body });
    const text = await response.body.text();
    found.status = response.statusCode;
    found.answer = isAnswer(text, request.stream);
    found.header = response.headers['x-rung-cache'] ?? null;
    if (!request.stream) {
      try {
        found.bodyResult = JSON.parse(text).rung?.cache?.result ?? null;
      } catch {
        found.error = `body is not JSON: ${JSON.stringify(text.slice(0, 200))}`;
      }
    }
    if (found.status !== 200) found.error = `status ${found.status}: ${JSON.stringify(text.slice(0, 200))}`;
  } catch (error) {
    found.error = `${error.name}: ${error.message}`;
  }
  return found;
}

/**
 * `SAMPLE` requests per target and mode, sequentially: how many were answered, and for a cached target how many
 * said `x-rung-cache: hit` (and `rung.cache.result: hit` when not streaming). Problems are listed.
 */
async function checkSample(entries, log, when) {
  const results = {};
  for (const entry of entries) {
    for (const mode of MODES) {
      const key = `${entry.name}${mode.stream ? ' (stream)' : ''}`;
      const tally = { requests: 0, answered: 0, headerHits: 0, bodyHits: 0, headers: {}, problems: [] };
      for (let index = 0; index < SAMPLE; index++) {
        const found = await checkOnce(entry.requests[mode.name]);
        tally.requests++;
        if (found.status === 200 && found.answer) tally.answered++;
        const header = found.header ?? '(none)';
        tally.headers[header] = (tally.headers[header] ?? 0) + 1;
        if (found.header === 'hit') tally.headerHits++;
        if (found.bodyResult === 'hit') tally.bodyHits++;
        if (found.error && tally.problems.length < 3) tally.problems.push(found.error);
      }
      if (tally.answered < tally.requests) tally.problems.push(`${tally.requests - tally.answered} not answered`);
      if (entry.cached) {
        if (tally.headerHits < tally.requests) tally.problems.push(`x-rung-cache: ${JSON.stringify(tally.headers)}`);
        if (!mode.stream && tally.bodyHits < tally.requests)
          tally.problems.push(`rung.cache.result hit on ${tally.bodyHits}/${tally.requests}`);
      } else if (entry.gateway && anyCacheHeader(tally.headers)) {
        tally.problems.push(`x-rung-cache on a route without a cache: ${JSON.stringify(tally.headers)}`);
      }
      if (tally.problems.length > 0) log(`  ! ${key} ${when}: ${tally.problems.join('; ')}`);
      results[key] = tally;
    }
  }
  return results;
}

const anyCacheHeader = (headers) => Object.keys(headers).some((header) => header !== '(none)');

/** `rung_response_cache_total` of the `cached` route by result, from a gateway's /metrics. */
async function cacheCounters(gateway) {
  const response = await httpRequest(`${gateway.origin}/metrics`);
  const text = await response.body.text();
  if (response.statusCode !== 200) throw new Error(`/metrics answered ${response.statusCode}`);
  const counters = { hit: 0, miss: 0, bypass: 0 };
  for (const line of text.split('\n')) {
    if (!line.startsWith('rung_response_cache_total{')) continue;
    const labels = Object.fromEntries([...line.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    if (labels.route !== 'cached' || labels.cache !== 'exact') continue;
    counters[labels.result] = (counters[labels.result] ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return counters;
}

/** How many exact-cache entries the Redis gateway holds (`prefix:rc:*` keys), or null if Redis does not answer. */
async function redisCacheKeys(root, redis) {
  const { Redis } = createRequire(join(root, 'package.json'))('ioredis');
  const client = new Redis(redis.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    let keys = 0;
    let cursor = '0';
    do {
      const [next, batch] = await client.scan(cursor, 'MATCH', `${redis.prefix}:rc:*`, 'COUNT', 1000);
      cursor = next;
      keys += batch.length;
    } while (cursor !== '0');
    return keys;
  } catch {
    return null;
  } finally {
    client.disconnect();
  }
}

function busy(share) {
  return share > 0.05 ? ` [others used ${percent(share)} CPU]` : '';
}

/** Measures every target in both modes, `settings.rounds` times; returns raw samples per mode, target and round. */
async function measure({ entries, pids, settings, log }) {
  const raw = Object.fromEntries(
    MODES.map((mode) => [mode.name, Object.fromEntries(entries.map((entry) => [entry.name, []]))]),
  );
  const warmupAnswered = Object.fromEntries(entries.map((entry) => [entry.name, 0]));
  const warmupS = settings.warmupS * 2;
  if (warmupS > 0) {
    log(`  warming up: ${warmupS} s of load per target and mode at 4 connections`);
    for (const mode of MODES) {
      for (const entry of entries) {
        const load = await throughput(entry.requests[mode.name], { connections: 4, durationS: warmupS });
        warmupAnswered[entry.name] += load.answered;
      }
    }
  }
  const start = cpuSnapshot(pids);
  const shares = [];
  for (let round = 0; round < settings.rounds; round++) {
    const order = round % 2 === 0 ? entries : [...entries].reverse();
    log(`  round ${round + 1}/${settings.rounds} · order ${order.map((entry) => entry.name).join(' → ')}`);
    for (const mode of MODES) {
      const before = cpuSnapshot(pids);
      const latencies = await interleavedLatency(
        order.map((entry) => ({ name: entry.name, request: entry.requests[mode.name] })),
        { count: settings.sequentialCount, warmup: settings.sequentialWarmup },
      );
      const share = backgroundShare(before, cpuSnapshot(pids));
      shares.push(share);
      const line = [];
      for (const entry of order) {
        const latency = latencies[entry.name];
        raw[mode.name][entry.name].push({
          round,
          count: latency.count,
          warmup: settings.sequentialWarmup,
          failed: latency.failed,
          firstFailure: latency.firstFailure,
          totalMs: latency.totalMs,
          firstByteMs: latency.firstByteMs,
          background: share,
        });
        line.push(
          `${entry.name} ${ms(quantile(latency.totalMs, 0.5))}${latency.failed ? ` (${latency.failed} failed)` : ''}`,
        );
      }
      log(`    ${mode.label}, p50 ms: ${line.join(' · ')}${busy(share)}`);
    }
  }
  return {
    raw,
    warmupAnswered,
    background: {
      overall: backgroundShare(start, cpuSnapshot(pids)),
      max: shares.length > 0 ? Math.max(...shares) : Number.NaN,
    },
  };
}

const sum = (values) => values.reduce((total, value) => total + value, 0);

function percentiles(samples) {
  return { p50: quantile(samples, 0.5), p90: quantile(samples, 0.9), p99: quantile(samples, 0.99) };
}

function summariseTarget(entry, rounds) {
  const samples = rounds.flatMap((round) => round.totalMs);
  return {
    label: entry.label,
    timed: sum(rounds.map((round) => round.count)),
    sent: sum(rounds.map((round) => round.count + round.warmup)),
    failed: sum(rounds.map((round) => round.failed)),
    firstFailure: rounds.find((round) => round.firstFailure)?.firstFailure ?? null,
    ...percentiles(samples),
    max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
    firstByteP50: quantile(
      rounds.flatMap((round) => round.firstByteMs),
      0.5,
    ),
    perRound: rounds.map((round) => percentiles(round.totalMs)),
  };
}

function summariseComparisons(perTarget) {
  const comparisons = {};
  for (const comparison of COMPARISONS) {
    const top = perTarget[comparison.target];
    const bottom = perTarget[comparison.base];
    if (!top || !bottom) continue;
    const ceiling = comparison.ceilingMs ?? null;
    const p50 = top.p50 - bottom.p50;
    comparisons[comparison.name] = {
      label: comparison.label,
      target: comparison.target,
      base: comparison.base,
      added: {
        p50,
        p90: top.p90 - bottom.p90,
        p99: top.p99 - bottom.p99,
        p50PerRound: top.perRound.map((round, index) => round.p50 - bottom.perRound[index].p50),
      },
      p50Ratio: top.p50 / bottom.p50,
      ceilingMs: ceiling,
      met: ceiling === null || !Number.isFinite(p50) ? null : p50 <= ceiling,
    };
  }
  return comparisons;
}

const mark = (ok) => (ok === true ? '✓' : ok === false ? '✗' : '');

function printReport({ summary, settings, skipped, log }) {
  for (const mode of MODES) {
    const { perTarget, comparisons } = summary.modes[mode.name];
    log(heading(`cache-hit · latency at 1 connection, ${mode.label}`));
    log(
      `ms to the last byte (hrtime; ${settings.sequentialCount} timed requests × ${settings.rounds} round(s) per target after ` +
        `${settings.sequentialWarmup} untimed, targets in turn in blocks of ${LATENCY_BLOCK}; pooled)`,
    );
    log(
      table(
        ['target', 'p50', 'p90', 'p99', 'max', ...(mode.stream ? ['first byte p50'] : []), 'p50 per round', 'failed'],
        Object.values(perTarget).map((target) => [
          target.label,
          ms(target.p50),
          ms(target.p90),
          ms(target.p99),
          ms(target.max),
          ...(mode.stream ? [ms(target.firstByteP50)] : []),
          target.perRound.map((round) => ms(round.p50)).join(' '),
          `${target.failed}/${target.timed}`,
        ]),
      ),
    );
    log(
      table(
        ['comparison', 'p50', '[per round]', 'p90', 'p99', 'p50 ratio', 'issue target (p50)'],
        Object.values(comparisons).map((comparison) => [
          comparison.label,
          addedMs(comparison.added.p50),
          comparison.added.p50PerRound.map((value) => addedMs(value)).join(' '),
          addedMs(comparison.added.p90),
          addedMs(comparison.added.p99),
          times(comparison.p50Ratio),
          comparison.ceilingMs === null || mode.stream ? '' : `≤ ${comparison.ceilingMs} ms ${mark(comparison.met)}`,
        ]),
      ),
    );
  }

  log(heading('cache-hit · were the cached requests hits?'));
  const rows = [];
  for (const [name, check] of Object.entries(summary.hits)) {
    rows.push([
      name,
      count(check.expected),
      count(check.counted.hit),
      count(check.counted.miss),
      count(check.counted.bypass),
      check.ok ? '✓' : '✗',
    ]);
  }
  log(table(['gateway · route cached', 'requests sent', 'hits', 'misses', 'bypasses', 'all hits'], rows));
  log(
    `  counted by the gateway (rung_response_cache_total, route cached) over the warm-up load and every measured` +
      ` request, both modes; samples of ${SAMPLE} per target and mode before and after carried x-rung-cache: hit` +
      ` (and rung.cache.result: hit): ${summary.samplesOk ? 'all ✓' : 'NOT all ✗ (see above)'}`,
  );
  if (summary.redisCacheKeys !== null && summary.redisCacheKeys !== undefined)
    log(`  Redis held ${summary.redisCacheKeys} key(s) under ${summary.prefix}:rc:* (the exact cache lives there)`);
  for (const [name, reason] of Object.entries(skipped)) log(`  ${name} not measured: ${reason}`);
  if (summary.cleanup) {
    const { redisKeysDeleted, schemaDropped, errors } = summary.cleanup;
    log(
      `  cleaned up: ${count(redisKeysDeleted)} Redis keys deleted (SCAN ${summary.prefix}:*), PostgreSQL schema ` +
        `${schemaDropped ? 'dropped' : 'NOT dropped'}${errors.length > 0 ? ` (${errors.join('; ')})` : ''}`,
    );
  }
  const { overall, max } = summary.background;
  if (Number.isFinite(overall)) {
    log(
      `\n  Other programs on this machine used ${percent(overall)} of its CPU during the measurements` +
        (Number.isFinite(max) ? ` (${percent(max)} at most during one pass)` : '') +
        (overall > 0.08 ? ': absolute figures are depressed and noisier; compare the differences.' : '.'),
    );
  }
}

/**
 * Runs the section: starts the upstream and the gateways, warms the caches, measures, checks the hits, cleans
 * up, prints the report and returns the figures for the JSON file.
 * @example const figures = await run({ root, benchDir, settings, log: console.log })
 */
export async function run(context) {
  const { root, benchDir, settings, log } = context;
  const redis = {
    redisUrl: process.env.RUNG_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    postgresUrl: process.env.RUNG_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    prefix: `bench_${process.pid}_${randomBytes(4).toString('hex')}`,
  };
  log(
    `\nExact-cache hit latency: upstream direct, Rung plain, Rung hits (memory, Redis) · ${settings.rounds} round(s) · ` +
      `${settings.sequentialCount} timed requests per target and mode at 1 connection`,
  );
  const { ok, reason } = rungAvailable(root);
  if (!ok) throw new Error(`Rung's CLI is not ready: ${reason}`);

  const skipped = {};
  const reachable = await redisPostgresReachable({ root, ...redis });
  if (!reachable.ok) {
    skipped['hit-redis'] = reachable.reason;
    log(`  ! the Redis target is left out: ${reachable.reason}`);
  }

  const { path: directory, remove: removeDirectory } = scratchDirectory('rung-bench-cache-hit-');
  const upstream = await startUpstream({ benchDir });
  const gateways = {};
  let cleaned = false;
  try {
    const options = { root, directory, upstreamPort: upstream.port, redis };
    gateways.embedded = await startGateway('embedded', 'sqlite', options);
    if (reachable.ok) {
      try {
        gateways.redis = await startGateway('redis', 'redis-postgres', options);
      } catch (error) {
        skipped['hit-redis'] = error.message;
        log(`  ! the Redis gateway did not start: ${error.message}`);
      }
    }
    const entries = [];
    for (const spec of TARGET_SPECS) {
      if (skipped[spec.name]) continue;
      const origin = spec.gateway === null ? upstream.origin : gateways[spec.gateway].origin;
      entries.push({
        ...spec,
        requests: Object.fromEntries(MODES.map((mode) => [mode.name, requestFor(origin, spec.model, mode.stream)])),
      });
    }
    log(
      `  upstream pid ${upstream.pid}; ` +
        Object.values(gateways)
          .map((gateway) => `${gateway.name} gateway (${gateway.store}) pid ${gateway.pid} at ${gateway.origin}`)
          .join('; ') +
        (gateways.redis ? `; redis-postgres prefix ${redis.prefix}` : ''),
    );

    // Warm the caches: the first identical request is a miss that stores the answer.
    const warmed = {};
    for (const entry of entries.filter((item) => item.cached)) {
      const first = await checkOnce(entry.requests.nonStreaming);
      warmed[entry.name] = first.header;
      if (first.error || !first.answer) throw new Error(`warming ${entry.name} failed: ${first.error ?? 'no answer'}`);
    }
    log(`  cache warmed: first request ${JSON.stringify(warmed)}`);
    const samples = { before: await checkSample(entries, log, 'before measuring') };

    const cachedGateways = entries.filter((entry) => entry.cached).map((entry) => gateways[entry.gateway]);
    const countersBefore = {};
    for (const gateway of cachedGateways) countersBefore[gateway.name] = await cacheCounters(gateway);
    const pids = [upstream.pid, ...Object.values(gateways).map((gateway) => gateway.pid)];
    const warmupStart = Date.now();
    const { raw, warmupAnswered, background } = await measure({ entries, pids, settings, log });
    const countersAfter = {};
    for (const gateway of cachedGateways) countersAfter[gateway.name] = await cacheCounters(gateway);
    samples.after = await checkSample(entries, log, 'after measuring');

    const modes = {};
    for (const mode of MODES) {
      const perTarget = Object.fromEntries(
        entries.map((entry) => [entry.name, summariseTarget(entry, raw[mode.name][entry.name])]),
      );
      modes[mode.name] = { perTarget, comparisons: summariseComparisons(perTarget) };
    }

    // Requests sent to each cached target: the warm-up load's answered ones (a few cut in flight at the end of a
    // load run reach the gateway too, hence hits ≥ sent) and every latency request, warm-up and timed.
    const hits = {};
    for (const entry of entries.filter((item) => item.cached)) {
      const gateway = gateways[entry.gateway];
      const before = countersBefore[gateway.name];
      const after = countersAfter[gateway.name];
      const counted = {
        hit: after.hit - before.hit,
        miss: after.miss - before.miss,
        bypass: after.bypass - before.bypass,
      };
      const expected =
        warmupAnswered[entry.name] + sum(MODES.map((mode) => modes[mode.name].perTarget[entry.name].sent));
      hits[`${entry.name} (${gateway.store})`] = {
        expected,
        counted,
        ok: counted.miss === 0 && counted.bypass === 0 && counted.hit >= expected,
      };
    }
    const samplesOk = Object.values(samples).every((byTarget) =>
      Object.values(byTarget).every((tally) => tally.problems.length === 0),
    );

    const summary = {
      targets: TARGETS,
      modes,
      hits,
      samples,
      samplesOk,
      warmed,
      background,
      measuredForS: (Date.now() - warmupStart) / 1000,
      prefix: gateways.redis ? redis.prefix : null,
      redisCacheKeys: gateways.redis ? await redisCacheKeys(root, redis) : null,
    };
    for (const gateway of Object.values(gateways).reverse()) await stop(gateway.child, 15_000);
    if (reachable.ok) {
      summary.cleanup = await cleanRedisPostgres({ root, ...redis });
      cleaned = true;
    }
    printReport({ summary, settings, skipped, log });
    return { skipped, summary };
  } finally {
    for (const gateway of Object.values(gateways).reverse()) await stop(gateway.child, 15_000);
    await upstream.stop();
    if (reachable.ok && !cleaned) await cleanRedisPostgres({ root, ...redis }).catch(() => {});
    removeDirectory();
  }
}
