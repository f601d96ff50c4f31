/**
 * Added latency of the budget + rate-limit path: real `rung serve` processes in front of the fast fake upstream,
 * with and without limits, on the embedded store (SQLite file) and on redis-postgres (the machine's Redis and
 * PostgreSQL on loopback):
 *
 *   core-sqlite    no budgets, no rate limits; records on SQLite
 *   limits-sqlite  a config gateway key with its own limits, budgets global/user/tenant, a user rate limit; SQLite
 *   core-redis     no limits; records and ledger to PostgreSQL (in the background), counters unused
 *   limits-redis   the limits of limits-sqlite on redis-postgres
 *
 * Every target gets the same request (the gateway key and x-rung-user included, ignored where no key is set), so
 * on a limits target each turn makes one rate-limit call (3 lines) and one reserve + one settle (4 budget lines).
 * Latency at one connection, the targets taken in turn in blocks of requests, `rounds` times; added = limits − core
 * on the same store, so the store's own cost (core-redis − core-sqlite) is reported apart. Then req/s and CPU per
 * request at 32 connections. Afterwards the stores are read back to show the budgets really were reserved and
 * settled, and the run's Redis keys and PostgreSQL schema are removed.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'undici';
import { UPSTREAM_MODEL } from '../lib/constants.mjs';
import { addedMs, count, heading, ms, percent, table, times, twoDecimals } from '../lib/format.mjs';
import {
  cleanRedisPostgres,
  inspectRedisPostgres,
  inspectSqlite,
  redisPostgresReachable,
  storeServerPids,
} from '../lib/limit-stores.mjs';
import { interleavedLatency, isAnswer, LATENCY_BLOCK, quantile, throughput } from '../lib/measure.mjs';
import {
  backgroundShare,
  cpuMsOf,
  cpuSnapshot,
  scratchDirectory,
  startNode,
  stop,
  waitForUrl,
} from '../lib/processes.mjs';
import { rungAvailable, startUpstream } from '../lib/targets.mjs';

export const description = 'added latency of budgets + rate limits, embedded (SQLite) and Redis, next to the core path';

/** The issue's targets: added p50 at one connection. */
export const TARGETS = { embeddedAddedP50Ms: 0.3, redisAddedP50Ms: 1 };

const PROMPT = 'Reply with one short sentence so the gateway benchmark has something to forward.';
const GATEWAY_KEY = 'rung-bench-limits-key-0001';
const USER = 'bench-user';
const TENANT = 't';
const KEY_NAME = 'bench';

const TARGET_SPECS = [
  { name: 'core-sqlite', label: 'core · SQLite', store: 'sqlite', limits: false },
  { name: 'limits-sqlite', label: 'limits · SQLite', store: 'sqlite', limits: true },
  { name: 'core-redis', label: 'core · redis-pg', store: 'redis', limits: false },
  { name: 'limits-redis', label: 'limits · redis-pg', store: 'redis', limits: true },
];

/** Each comparison is target − base within the run; `embedded` and `redis` have the issue's ceiling on the added p50. */
const COMPARISONS = [
  { name: 'embedded', label: 'limits on SQLite − core on SQLite', target: 'limits-sqlite', base: 'core-sqlite' },
  { name: 'redis', label: 'limits on Redis − core on redis-pg', target: 'limits-redis', base: 'core-redis' },
  { name: 'store', label: 'core on redis-pg − core on SQLite', target: 'core-redis', base: 'core-sqlite' },
];
const CEILINGS = { embedded: TARGETS.embeddedAddedP50Ms, redis: TARGETS.redisAddedP50Ms };

/** Environment without anything that would make the gateway call out (proxies, Redis) on its own. */
function quietEnvironment() {
  const env = { ...process.env };
  for (const key of ['REDIS_CONNECTION_STRING', 'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) {
    delete env[key];
  }
  delete env.ALL_PROXY;
  delete env.all_proxy;
  return env;
}

function storeYaml(spec, { databasePath, redis }) {
  if (spec.store === 'sqlite') return `{ kind: sqlite, path: ${JSON.stringify(databasePath)} }`;
  return `{ kind: redis-postgres, redis_url: ${JSON.stringify(redis.redisUrl)}, postgres_url: ${JSON.stringify(redis.postgresUrl)}, prefix: ${redis.prefix} }`;
}

/** The config of one target: the gateway section's provider, priced model and route, plus the limits if asked. */
export function limitsConfig(spec, { upstreamPort, databasePath, redis }) {
  let text = `server: { port: 0 }
log: { level: warn }
store: ${storeYaml(spec, { databasePath, redis })}
providers:
  up: { kind: openai-compatible, base_url: "http://127.0.0.1:${upstreamPort}/v1", api_key: bench-key }
models:
  bench-model: { provider: up, id: ${UPSTREAM_MODEL}, price: { input: 0.2, output: 0.6 } }
routes:
  chat: { chain: [bench-model] }
`;
  if (spec.limits) {
    text += `auth:
  keys:
    - key: ${GATEWAY_KEY}
      name: ${KEY_NAME}
      tenant: ${TENANT}
      plan: free
      limits: { rpm: 1000000, tpm: 1000000000, daily_usd: 1000000 }
budgets:
  global: { daily_usd: 1000000 }
  user: { daily_usd: 1000000 }
tenants:
  ${TENANT}: { daily_usd: 1000000 }
rate_limits:
  user: { rpm: 1000000 }
`;
  }
  return text;
}

async function startGateway(spec, { root, directory, upstreamPort, redis }) {
  const configPath = join(directory, `${spec.name}.yaml`);
  const databasePath = join(directory, `${spec.name}.db`);
  writeFileSync(configPath, limitsConfig(spec, { upstreamPort, databasePath, redis }));
  const child = startNode(
    spec.name,
    [join(root, 'bin', 'rung.js'), 'serve', '--config', configPath, '--port', '0', '--no-watch'],
    { cwd: root, env: quietEnvironment(), guard: true },
  );
  let origin;
  try {
    origin = await waitForUrl(child);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return {
    ...spec,
    child,
    pid: child.pid,
    origin,
    databasePath,
    request: {
      origin,
      path: '/v1/chat/completions',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${GATEWAY_KEY}`, 'x-rung-user': USER },
      body: JSON.stringify({ model: 'chat', messages: [{ role: 'user', content: PROMPT }] }),
      stream: false,
    },
  };
}

/**
 * One request, checked beyond the marker: status 200 with the answer, `rung.cost_usd` a number, and
 * X-RateLimit-Remaining present on a limits target (absent on a core one: nothing limits it).
 */
async function verifyOnce(target) {
  const { origin, path, headers, body } = target.request;
  const found = {
    status: 0,
    answer: false,
    costUsd: null,
    rateLimitRemaining: null,
    rateLimitLimit: null,
    problems: [],
  };
  try {
    const response = await httpRequest(`${origin}${path}`, { method: 'POST', headers, body });
    const text = await response.body.text();
    found.status = response.statusCode;
    found.answer = isAnswer(text, false);
    found.rateLimitRemaining = response.headers['x-ratelimit-remaining'] ?? null;
    found.rateLimitLimit = response.headers['x-ratelimit-limit'] ?? null;
    try {
      found.costUsd = JSON.parse(text).rung?.cost_usd ?? null;
    } catch {
      found.problems.push(`body is not JSON: ${JSON.stringify(text.slice(0, 200))}`);
    }
    if (found.status !== 200) found.problems.push(`status ${found.status}: ${JSON.stringify(text.slice(0, 200))}`);
  } catch (error) {
    found.problems.push(`${error.name}: ${error.message}`);
  }
  if (found.status === 200 && !found.answer) found.problems.push('200 without the upstream answer');
  if (typeof found.costUsd !== 'number') found.problems.push('rung.cost_usd is not a number');
  if (target.limits && found.rateLimitRemaining === null) found.problems.push('no x-ratelimit-remaining header');
  if (!target.limits && found.rateLimitRemaining !== null)
    found.problems.push('x-ratelimit-remaining on a target without limits');
  return found;
}

async function verifyAll(targets, when, log) {
  const results = {};
  for (const target of targets) {
    const found = await verifyOnce(target);
    results[target.name] = found;
    if (found.problems.length > 0) log(`  ! ${target.label} ${when}: ${found.problems.join('; ')}`);
  }
  return results;
}

/** A note for progress lines when other programs took a noticeable share of the CPU during a step. */
function busy(share) {
  return share > 0.05 ? ` [others used ${percent(share)} CPU]` : '';
}

/** Measures every target `settings.rounds` times; returns the raw figures per target and round. */
async function measure({ targets, upstream, settings, connections, log }) {
  const raw = Object.fromEntries(targets.map((target) => [target.name, { latency: [], load: [] }]));
  const pidsNow = () => [upstream.pid, ...targets.map((target) => target.pid), ...storeServerPids()];
  const warmupS = settings.warmupS * 2;
  if (warmupS > 0) {
    log(`  warming up: ${warmupS} s of load per target at ${connections} connections`);
    for (const target of targets) {
      const load = await throughput(target.request, { connections, durationS: warmupS });
      raw[target.name].warmupAnswered = load.answered;
    }
  }
  const start = { pids: pidsNow() };
  start.snapshot = cpuSnapshot(start.pids);
  const loadBackground = [];
  for (let round = 0; round < settings.rounds; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    log(`  round ${round + 1}/${settings.rounds} · order ${order.map((target) => target.name).join(' → ')}`);
    let pids = pidsNow();
    let before = cpuSnapshot(pids);
    const latencies = await interleavedLatency(
      order.map((target) => ({ name: target.name, request: target.request })),
      { count: settings.sequentialCount, warmup: settings.sequentialWarmup },
    );
    const background = backgroundShare(before, cpuSnapshot(pids));
    const line = [];
    for (const target of order) {
      const latency = latencies[target.name];
      raw[target.name].latency.push({
        round,
        count: latency.count,
        failed: latency.failed,
        firstFailure: latency.firstFailure,
        warmup: settings.sequentialWarmup,
        totalMs: latency.totalMs,
        background,
      });
      line.push(
        `${target.name} ${ms(quantile(latency.totalMs, 0.5))}${latency.failed ? ` (${latency.failed} failed)` : ''}`,
      );
    }
    log(`    1 connection, p50 ms: ${line.join(' · ')}${busy(background)}`);
    if (settings.durationS <= 0) continue;
    const loadLine = [];
    for (const target of order) {
      if (settings.warmupS > 0) {
        const warm = await throughput(target.request, { connections, durationS: settings.warmupS });
        raw[target.name].warmupAnswered = (raw[target.name].warmupAnswered ?? 0) + warm.answered;
      }
      const servers = storeServerPids();
      pids = pidsNow();
      before = cpuSnapshot(pids);
      const cpuBefore = cpuMsOf(target.pid);
      const serversBefore = servers.map((pid) => cpuMsOf(pid) ?? 0);
      const load = await throughput(target.request, { connections, durationS: settings.durationS });
      const cpuMs = cpuMsOf(target.pid) - cpuBefore;
      const serversMs = servers.reduce(
        (sum, pid, index) => sum + ((cpuMsOf(pid) ?? serversBefore[index]) - serversBefore[index]),
        0,
      );
      const share = backgroundShare(before, cpuSnapshot(pids));
      loadBackground.push(share);
      raw[target.name].load.push({
        round,
        ...load,
        cpuMsPerRequest: load.answered > 0 ? cpuMs / load.answered : Number.NaN,
        storeServersCpuMsPerRequest: load.answered > 0 ? serversMs / load.answered : Number.NaN,
        background: share,
      });
      const failures = load.non2xx + load.badAnswers + load.errors;
      loadLine.push(
        `${target.name} ${count(load.requestsPerSecond)}${failures ? ` (${count(failures)} failed)` : ''}${busy(share)}`,
      );
    }
    log(`    ${connections} connections, req/s: ${loadLine.join(' · ')}`);
  }
  const background = {
    overall: backgroundShare(start.snapshot, cpuSnapshot(start.pids)),
    maxDuringLoad: loadBackground.length > 0 ? Math.max(...loadBackground) : Number.NaN,
  };
  return { raw, background };
}

const mean = (values) =>
  values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
const sum = (values) => values.reduce((total, value) => total + value, 0);

function percentiles(samples) {
  return { p50: quantile(samples, 0.5), p90: quantile(samples, 0.9), p99: quantile(samples, 0.99) };
}

function summariseTarget(target, record) {
  const samples = record.latency.flatMap((round) => round.totalMs);
  const loads = record.load;
  return {
    label: target.label,
    store: target.store,
    limits: target.limits,
    latency: {
      timed: sum(record.latency.map((round) => round.count)),
      failed: sum(record.latency.map((round) => round.failed)),
      firstFailure: record.latency.find((round) => round.firstFailure)?.firstFailure ?? null,
      ...percentiles(samples),
      max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
      perRound: record.latency.map((round) => percentiles(round.totalMs)),
    },
    load:
      loads.length === 0
        ? null
        : {
            requestsPerSecond: mean(loads.map((load) => load.requestsPerSecond)),
            perRound: loads.map((load) => load.requestsPerSecond),
            answered: sum(loads.map((load) => load.answered)),
            non2xx: sum(loads.map((load) => load.non2xx)),
            badAnswers: sum(loads.map((load) => load.badAnswers)),
            errors: sum(loads.map((load) => load.errors)),
            statusCodes: loads.reduce((all, load) => {
              for (const [code, seen] of Object.entries(load.statusCodes)) all[code] = (all[code] ?? 0) + seen;
              return all;
            }, {}),
            p99Ms: mean(loads.map((load) => load.latencyMs.p99)),
            cpuMsPerRequest: mean(loads.map((load) => load.cpuMsPerRequest)),
            storeServersCpuMsPerRequest: mean(loads.map((load) => load.storeServersCpuMsPerRequest)),
          },
  };
}

function summariseComparisons(perTarget) {
  const comparisons = {};
  for (const comparison of COMPARISONS) {
    const top = perTarget[comparison.target];
    const bottom = perTarget[comparison.base];
    if (!top || !bottom) continue;
    const ceiling = CEILINGS[comparison.name] ?? null;
    const addedP50 = top.latency.p50 - bottom.latency.p50;
    comparisons[comparison.name] = {
      label: comparison.label,
      target: comparison.target,
      base: comparison.base,
      added: {
        p50: addedP50,
        p90: top.latency.p90 - bottom.latency.p90,
        p99: top.latency.p99 - bottom.latency.p99,
        p50PerRound: top.latency.perRound.map((round, index) => round.p50 - bottom.latency.perRound[index].p50),
      },
      ceilingMs: ceiling,
      met: ceiling === null || !Number.isFinite(addedP50) ? null : addedP50 <= ceiling,
      requestsPerSecondRatio:
        top.load && bottom.load ? top.load.requestsPerSecond / bottom.load.requestsPerSecond : null,
      requestsPerSecondRatioPerRound:
        top.load && bottom.load ? top.load.perRound.map((value, index) => value / bottom.load.perRound[index]) : null,
      addedCpuMsPerRequest: top.load && bottom.load ? top.load.cpuMsPerRequest - bottom.load.cpuMsPerRequest : null,
      addedStoreServersCpuMsPerRequest:
        top.load && bottom.load ? top.load.storeServersCpuMsPerRequest - bottom.load.storeServersCpuMsPerRequest : null,
    };
  }
  return comparisons;
}

/** How many requests the bench saw answered by a target (load runs count answers, so in-flight ones at a run's end are not). */
function answeredByBench(target, raw, verified) {
  const record = raw[target.name];
  const latency = sum(record.latency.map((round) => round.warmup + round.count - round.failed));
  const load = sum(record.load.map((load) => load.answered));
  const checks = Object.values(verified).filter((byTarget) => byTarget[target.name]?.status === 200).length;
  return latency + load + (record.warmupAnswered ?? 0) + checks;
}

/**
 * What each stopped gateway left in its store: records (every turn), ledger rows (every priced turn: not those a
 * load run cut before the upstream answered) and, with limits, the budget lines: each should have settled every
 * priced turn (spent = ledger rows × cost per turn) and hold nothing.
 */
async function readBack({ root, targets, redis, raw, verified, costNanoUsd, log }) {
  const byStore = {};
  const results = {};
  for (const target of targets) {
    let left;
    try {
      if (target.store === 'sqlite') left = inspectSqlite({ root, path: target.databasePath });
      else {
        byStore.redis ??= await inspectRedisPostgres({ root, ...redis });
        const shared = byStore.redis;
        left = {
          records: { all: shared.records[target.limits ? KEY_NAME : '(none)'] ?? 0 },
          ledger: { all: shared.ledger[target.limits ? TENANT : '(none)'] ?? 0 },
          budgetLines: target.limits ? shared.budgetLines : [],
          // Redis drops a GCRA line as soon as it is full again: a few ms after the last request here.
          rateLines: target.limits ? null : 0,
        };
      }
    } catch (error) {
      log(`  ! could not read ${target.label}'s store back: ${error.message}`);
      results[target.name] = { error: error.message };
      continue;
    }
    const perTurn = costNanoUsd[target.name];
    const settledTurns = left.budgetLines.map((line) => ({
      key: line.key,
      spent: line.spent,
      reserved: line.reserved,
      turns: perTurn > 0 ? line.spent / perTurn : Number.NaN,
    }));
    results[target.name] = {
      answeredByBench: answeredByBench(target, raw, verified),
      records: left.records.all,
      ledger: left.ledger.all,
      costNanoUsdPerTurn: perTurn,
      budgetLines: settledTurns,
      rateLines: left.rateLines,
    };
  }
  return results;
}

function oddities({ perTarget, readBackResults, verified }) {
  const notes = [];
  for (const [name, target] of Object.entries(perTarget)) {
    const { latency } = target;
    if (latency.failed > 0)
      notes.push(`${name}: ${latency.failed} timed requests failed (first: ${JSON.stringify(latency.firstFailure)})`);
    if (latency.p99 > 5 * latency.p50) notes.push(`${name}: p99 ${ms(latency.p99)} ms is over 5× its p50`);
    if (target.load && target.load.non2xx + target.load.badAnswers + target.load.errors > 0)
      notes.push(`${name}: failures under load ${JSON.stringify(target.load.statusCodes)}`);
    const left = readBackResults[name];
    if (!left || left.error) continue;
    if (left.records < left.answeredByBench)
      notes.push(`${name}: ${left.records} records for ${left.answeredByBench} answered requests`);
    if (target.limits) {
      if (left.budgetLines.length < 4) notes.push(`${name}: ${left.budgetLines.length} budget lines, 4 expected`);
      for (const line of left.budgetLines) {
        if (line.reserved !== 0) notes.push(`${name}: ${line.key} still holds ${line.reserved} nano-USD reserved`);
        if (Math.abs(line.turns - left.ledger) > 0.01)
          notes.push(`${name}: ${line.key} settled ${twoDecimals(line.turns)} turns for ${left.ledger} ledger rows`);
      }
      if (left.rateLines !== null && left.rateLines < 3)
        notes.push(`${name}: ${left.rateLines} rate-limit lines, 3 expected`);
    }
  }
  for (const [when, byTarget] of Object.entries(verified)) {
    for (const [name, found] of Object.entries(byTarget)) {
      if (found.problems.length > 0) notes.push(`${name} ${when}: ${found.problems.join('; ')}`);
    }
  }
  return notes;
}

const mark = (ok) => (ok === true ? '✓' : ok === false ? '✗' : '?');

function printReport({ summary, settings, connections, skipped, log }) {
  const { perTarget, comparisons, readBack, verified } = summary;
  log(heading('limits · latency at 1 connection, non-streaming'));
  log(
    `ms to the last byte (hrtime; ${settings.sequentialCount} timed requests × ${settings.rounds} round(s) per target after ` +
      `${settings.sequentialWarmup} untimed, targets in turn in blocks of ${LATENCY_BLOCK}; pooled)`,
  );
  log(
    table(
      ['target', 'p50', 'p90', 'p99', 'max', 'p50 per round', 'failed'],
      Object.values(perTarget).map((target) => [
        target.label,
        ms(target.latency.p50),
        ms(target.latency.p90),
        ms(target.latency.p99),
        ms(target.latency.max),
        target.latency.perRound.map((round) => ms(round.p50)).join(' '),
        `${target.latency.failed}/${target.latency.timed}`,
      ]),
    ),
  );

  log(heading('limits · added by the budget + rate-limit path (differences within this run)'));
  log(
    table(
      ['comparison', 'added p50', '[per round]', 'added p90', 'added p99', 'issue target (p50)'],
      Object.values(comparisons).map((comparison) => [
        comparison.label,
        addedMs(comparison.added.p50),
        comparison.added.p50PerRound.map((value) => addedMs(value)).join(' '),
        addedMs(comparison.added.p90),
        addedMs(comparison.added.p99),
        comparison.ceilingMs === null
          ? "(the store's own cost)"
          : `≤ ${comparison.ceilingMs} ms ${mark(comparison.met)}`,
      ]),
    ),
  );

  if (Object.values(perTarget).some((target) => target.load)) {
    log(heading(`limits · load at ${connections} connections`));
    log(
      `autocannon, ${settings.durationS} s per run after ${settings.warmupS} s warm-up, mean of ${settings.rounds} round(s);` +
        ' CPU ms/req of the gateway process; redis+pg = the machine’s redis-server and postgres processes',
    );
    log(
      table(
        ['target', 'req/s', '[per round]', 'p99 ms', 'CPU ms/req', 'redis+pg ms/req', 'failed'],
        Object.values(perTarget).map((target) => {
          const load = target.load;
          if (!load) return [target.label, 'n/a', '', '', '', '', ''];
          return [
            target.label,
            count(load.requestsPerSecond),
            load.perRound.map((value) => count(value)).join(' '),
            count(load.p99Ms),
            twoDecimals(load.cpuMsPerRequest),
            twoDecimals(load.storeServersCpuMsPerRequest),
            count(load.non2xx + load.badAnswers + load.errors),
          ];
        }),
      ),
    );
    log(
      table(
        ['comparison', 'req/s ratio', '[per round]', 'added CPU ms/req', 'added redis+pg ms/req'],
        Object.values(comparisons).map((comparison) => [
          comparison.label,
          times(comparison.requestsPerSecondRatio),
          (comparison.requestsPerSecondRatioPerRound ?? []).map((value) => times(value)).join(' '),
          addedMs(comparison.addedCpuMsPerRequest),
          addedMs(comparison.addedStoreServersCpuMsPerRequest),
        ]),
      ),
    );
  }

  log(heading('limits · were the limits exercised? (stores read back after the gateways stopped)'));
  const rows = [];
  for (const [name, left] of Object.entries(readBack)) {
    const check = verified.after[name] ?? verified.before[name];
    if (left.error) {
      rows.push([perTarget[name].label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', left.error]);
      continue;
    }
    const turns = left.budgetLines.map((line) => line.turns);
    const reserved = sum(left.budgetLines.map((line) => line.reserved));
    rows.push([
      perTarget[name].label,
      count(left.answeredByBench),
      count(left.records),
      count(left.ledger),
      left.budgetLines.length === 0
        ? '-'
        : `${left.budgetLines.length} lines, ${turns.every((value) => value === turns[0]) ? count(turns[0]) : turns.map((value) => twoDecimals(value)).join('/')} turns, ${count(reserved)} held`,
      left.rateLines === null ? 'expired' : left.rateLines === 0 ? '-' : String(left.rateLines),
      check?.rateLimitRemaining == null ? '-' : `${check.rateLimitRemaining} / ${check.rateLimitLimit}`,
      check?.costUsd ?? 'n/a',
    ]);
  }
  log(
    table(
      [
        'target',
        'answered',
        'records',
        'ledger',
        'budget lines settled',
        'rate lines',
        'x-ratelimit-remaining / limit',
        'rung.cost_usd',
      ],
      rows,
    ),
  );
  log(
    '  answered = 200s the bench saw; records = turns the gateway kept (load runs cut some in flight, so a few more);' +
      ' ledger = priced turns (a turn cut before the upstream answered costs nothing). Every budget line should have' +
      ' settled as many turns as there are ledger rows (spent ÷ cost per turn) and hold nothing. Redis drops a' +
      ' rate-limit line as soon as it is full again, so none is left to count.',
  );
  for (const [name, reason] of Object.entries(skipped)) log(`  ${name} not measured: ${reason}`);
  if (summary.cleanup) {
    const { redisKeysDeleted, schemaDropped, errors } = summary.cleanup;
    log(
      `  cleaned up: ${count(redisKeysDeleted)} Redis keys deleted (SCAN ${summary.prefix}:*), PostgreSQL schema ` +
        `${schemaDropped ? 'dropped' : 'NOT dropped'}${errors.length > 0 ? ` (${errors.join('; ')})` : ''}`,
    );
  }
  if (summary.oddities.length > 0) {
    log('\n  worth a look:');
    for (const note of summary.oddities) log(`  - ${note}`);
  }
  const { overall, maxDuringLoad } = summary.background;
  if (Number.isFinite(overall)) {
    log(
      `\n  Other programs on this machine used ${percent(overall)} of its CPU during the measurements` +
        (Number.isFinite(maxDuringLoad) ? ` (${percent(maxDuringLoad)} at most during one load run)` : '') +
        (overall > 0.08 || maxDuringLoad > 0.2
          ? ': absolute figures of this run are depressed and noisier; compare the differences, or rerun on a quiet machine.'
          : '.'),
    );
  }
}

/**
 * Runs the section: starts the upstream and the gateways, measures, reads the stores back, cleans up, prints
 * the report and returns the figures for the JSON file.
 * @example const figures = await run({ root, benchDir, settings, log: console.log })
 */
export async function run(context) {
  const { root, benchDir, settings, log } = context;
  const connections = settings.connections.includes(32) ? 32 : settings.connections[0];
  const redactPassword = (url) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
  const redis = {
    redisUrl: process.env.RUNG_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    postgresUrl: process.env.RUNG_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    prefix: `bench_${process.pid}_${randomBytes(4).toString('hex')}`,
  };
  log(
    `\nLimits overhead: core vs budgets + rate limits, on SQLite and on redis-postgres · ${settings.rounds} round(s) · ` +
      `${settings.sequentialCount} timed requests at 1 connection · ${settings.durationS} s per load run at ${connections} connections`,
  );
  const { ok, reason } = rungAvailable(root);
  if (!ok) throw new Error(`Rung's CLI is not ready: ${reason}`);

  const skipped = {};
  const reachable = await redisPostgresReachable({ root, ...redis });
  if (!reachable.ok) {
    for (const spec of TARGET_SPECS) if (spec.store === 'redis') skipped[spec.name] = reachable.reason;
    log(`  ! redis-postgres targets left out: ${reachable.reason}`);
  }

  const { path: directory, remove: removeDirectory } = scratchDirectory('rung-bench-limits-');
  const upstream = await startUpstream({ benchDir });
  const targets = [];
  let cleaned = false;
  try {
    for (const spec of TARGET_SPECS) {
      if (skipped[spec.name]) continue;
      try {
        targets.push(await startGateway(spec, { root, directory, upstreamPort: upstream.port, redis }));
      } catch (error) {
        skipped[spec.name] = error.message;
        log(`  ! ${spec.name} left out: ${error.message}`);
      }
    }
    log(
      `  targets: ${targets.map((target) => `${target.name} (pid ${target.pid}, ${target.origin})`).join(', ')}; upstream pid ${upstream.pid}` +
        (targets.some((target) => target.store === 'redis') ? `; redis-postgres prefix ${redis.prefix}` : ''),
    );

    const verified = { before: await verifyAll(targets, 'before measuring', log) };
    const { raw, background } = await measure({ targets, upstream, settings, connections, log });
    verified.after = await verifyAll(targets, 'after measuring', log);

    // Stop the gateways first: shutdown flushes the background writes (records, ledger, settles).
    for (const target of [...targets].reverse()) await stop(target.child, 15_000);
    const costNanoUsd = Object.fromEntries(
      targets.map((target) => {
        const cost = verified.before[target.name]?.costUsd;
        return [target.name, typeof cost === 'number' ? Math.max(0, Math.ceil(cost * 1e9 - 1e-6)) : Number.NaN];
      }),
    );
    const readBackResults = await readBack({ root, targets, redis, raw, verified, costNanoUsd, log });

    const perTarget = Object.fromEntries(
      targets.map((target) => [target.name, summariseTarget(target, raw[target.name])]),
    );
    const summary = {
      targets: TARGETS,
      connections,
      perTarget,
      comparisons: summariseComparisons(perTarget),
      verified,
      readBack: readBackResults,
      background,
      prefix: reachable.ok ? redis.prefix : null,
    };
    summary.oddities = oddities({ perTarget, readBackResults, verified });
    if (reachable.ok) {
      summary.cleanup = await cleanRedisPostgres({ root, ...redis });
      cleaned = true;
    }
    printReport({ summary, settings, connections, skipped, log });
    return {
      skipped,
      store: reachable.ok
        ? { redisUrl: redis.redisUrl, postgresUrl: redactPassword(redis.postgresUrl), prefix: redis.prefix }
        : null,
      summary,
    };
  } finally {
    for (const target of [...targets].reverse()) await stop(target.child, 15_000);
    await upstream.stop();
    if (reachable.ok && !cleaned) await cleanRedisPostgres({ root, ...redis }).catch(() => {});
    removeDirectory();
  }
}
