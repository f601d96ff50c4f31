/**
 * Memory assembly with many conversations stored: the parallel read of the hot buffer, the latest summary, the
 * recall pool and the facts, assembled within the token budget (`assemble` in
 * src/core/memory/conversation-memory.ts), timed one call at a time with hrtime, on the embedded store (a SQLite
 * file, as `rung serve` opens it) and on Redis + PostgreSQL over loopback.
 *
 * Both stores first get the same N conversations (100,000; 10,000 with --quick; BENCH_MEMORY_CONVERSATIONS to
 * choose): a hot buffer of 20 messages, 1–4 summaries with offline-embedder vectors and 2–6 facts (a quarter with
 * a superseded one as history), see lib/memory-population.mjs for how each store is filled. A sample of
 * conversations is read back from both and compared, then random conversations are assembled, the two stores
 * in turn call by call (order alternating), after a warm-up; every pair of assemblies is compared (same memory
 * block, same ids). The recall term cache is cleared for each conversation before it is assembled: with 100,000
 * conversations and a cache of 8,192 summaries a turn almost never finds its summaries there.
 *
 * The issue's targets: assembly p95 ≤ 5 ms embedded, ≤ 15 ms on Redis + PostgreSQL on loopback. Redis and
 * PostgreSQL are the machine's (RUNG_BENCH_REDIS_URL, RUNG_BENCH_POSTGRES_URL), under a prefix and a schema of
 * the run's own, removed afterwards with the temporary SQLite file; without them there is no Redis + PostgreSQL
 * row.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { count, heading, ms, oneDecimal, percent, table, times } from '../lib/format.mjs';
import { cleanRedisPostgres, redisPostgresReachable, storeServerPids } from '../lib/limit-stores.mjs';
import { quantile } from '../lib/measure.mjs';
import {
  buildPool,
  conversationAt,
  populateBuffers,
  populatePostgres,
  populateSqlite,
  WINDOW,
} from '../lib/memory-population.mjs';
import { backgroundShare, cpuSnapshot, scratchDirectory } from '../lib/processes.mjs';

export const description = 'memory assembly p50/p95 with 100K conversations stored: SQLite file vs Redis + PostgreSQL';

/** The issue's targets: assembly p95 per store. */
export const TARGETS = { sqliteP95Ms: 5, redisPostgresP95Ms: 15 };

const POOL_SIZE = 120;
const VERIFY = 200;
const BUDGET_TOKENS = 1_500;
/** The memory block as configured by default (schema.ts), with the offline embedder: no call leaves the process. */
const MEMORY_CONFIG = {
  hot_messages: WINDOW,
  window: WINDOW,
  ttl_days: 30,
  summariser: { route: 'bench-summariser' },
  embedder: 'offline',
  recall_k: 5,
  default_tokens: BUDGET_TOKENS,
};
// assemble() reads the latest summary out of the recall pool (summaries, newest first): three reads.
const READS = ['recent', 'summaries', 'facts'];

/** Seeded picks of conversation indexes (xorshift32), so both runs of the section time the same conversations. */
function picker(seed, limit) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % limit;
  };
}

/** The least of a turn that `assemble` reads: the request's messages, the plan's memory budget, the identity. */
function turnFor(conversation) {
  const { ref, query } = conversation;
  return {
    request: {
      model: 'companion',
      messages: [
        { role: 'system', content: `You are ${ref.character}, a warm and curious companion.` },
        { role: 'user', content: query },
      ],
    },
    runtime: { config: { plans: { companion: { memory_tokens: BUDGET_TOKENS } } } },
    identity: { plan: 'companion', tenant: ref.tenant, user: ref.user, session: ref.session, keyName: null },
    character: { id: ref.character, name: ref.character },
  };
}

/** The store with its four assembly reads timed: when each was called, returned (the thread was free) and resolved. */
function instrumented(store, spans) {
  const wrap = (name) => {
    const method = store[name].bind(store);
    return (...args) => {
      const span = { called: process.hrtime.bigint(), returned: 0n, resolved: 0n };
      spans[name] = span;
      const promise = method(...args);
      span.returned = process.hrtime.bigint();
      return promise.then((value) => {
        span.resolved = process.hrtime.bigint();
        return value;
      });
    };
  };
  return Object.assign(Object.create(store), Object.fromEntries(READS.map((name) => [name, wrap(name)])));
}

const sinceMs = (start, end) => Number(end - start) / 1e6;

function stats(values) {
  return {
    count: values.length,
    p50: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    p99: quantile(values, 0.99),
    max: values.length > 0 ? Math.max(...values) : Number.NaN,
    mean: values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : Number.NaN,
  };
}

/** What one assembly injected, for comparing the stores and for the report. */
const outcome = (assembled) => ({
  text: assembled.text,
  summaryIds: assembled.summaryIds.join(','),
  factIds: assembled.factIds.join(','),
  recentCount: assembled.recentCount,
  tokens: assembled.tokens,
  history: JSON.stringify(assembled.messages),
});

const sameOutcome = (a, b) => Object.keys(a).every((key) => a[key] === b[key]);

/** The four reads of one conversation, in a form two stores can be compared on (embeddings as hex). */
async function readBack(store, ref) {
  const summaries = await store.summaries(ref, 500);
  return {
    recent: JSON.stringify(await store.recent(ref, WINDOW)),
    latest: JSON.stringify((await store.latestSummary(ref))?.id ?? null),
    summaries: JSON.stringify(
      summaries.map((summary) => ({
        ...summary,
        embedding: Buffer.from(
          summary.embedding.buffer,
          summary.embedding.byteOffset,
          summary.embedding.byteLength,
        ).toString('hex'),
      })),
    ),
    facts: JSON.stringify(await store.facts(ref, { includeSuperseded: true })),
    activeFacts: (await store.facts(ref)).length,
    counts: { summaries: summaries.length },
  };
}

async function redisUsedMemory(root, url) {
  const { Redis } = createRequire(join(root, 'package.json'))('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const info = await redis.info('memory');
    return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  } finally {
    redis.disconnect();
  }
}

const fileBytes = (path) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};
const megabytes = (bytes) => (Number.isFinite(bytes) ? `${oneDecimal(bytes / 1e6)} MB` : 'n/a');
const seconds = (milliseconds) => `${oneDecimal(milliseconds / 1000)} s`;

/**
 * Runs the section: fills both stores, checks that they hold the same conversations, times the assemblies, cleans
 * up and prints the report. Returns the figures for the JSON file.
 * @example const figures = await run({ root, benchDir, settings, log: console.log })
 */
export async function run(context) {
  const { root, settings, log } = context;
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const requireFromRoot = createRequire(join(root, 'package.json'));
  const { assemble, offlineEmbed } = await load('core/memory/conversation-memory.js');
  const { forgetSummaries } = await load('core/memory/recall.js');
  const { createOfflineEmbedder } = await load('core/memory/offline-embedder.js');
  const { generateConversations } = await load('core/memory/synthetic-conversations.js');
  const { createSqliteMemoryStore } = await load('stores/sqlite/sqlite-memory-store.js');
  const { createRedisPostgresMemoryStore } = await load('stores/postgres/postgres-memory-store.js');

  const conversations = Number(process.env.BENCH_MEMORY_CONVERSATIONS || (settings.quick ? 10_000 : 100_000));
  if (!(Number.isInteger(conversations) && conversations >= 10)) {
    throw new Error(
      `BENCH_MEMORY_CONVERSATIONS must be an integer ≥ 10, not "${process.env.BENCH_MEMORY_CONVERSATIONS}"`,
    );
  }
  const shape = settings.quick
    ? { warmup: 100, iterations: 500, breakdown: 200 }
    : { warmup: 200, iterations: 2_000, breakdown: 500 };
  const redisPostgres = {
    redisUrl: process.env.RUNG_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    postgresUrl: process.env.RUNG_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    prefix: `bench_mem_${process.pid}_${randomBytes(4).toString('hex')}`,
  };
  log(
    `\nMemory assembly: ${count(conversations)} conversations per store (hot buffer ${WINDOW} messages, 1–4 summaries, ` +
      `2–6 facts), ${count(shape.iterations)} timed assemblies per store after ${count(shape.warmup)} untimed, ` +
      `budget ${count(BUDGET_TOKENS)} tokens, recall_k ${MEMORY_CONFIG.recall_k}, offline embedder`,
  );

  const skipped = {};
  const population = {};
  const started = process.hrtime.bigint();
  const pool = buildPool({ generateConversations, createOfflineEmbedder, size: POOL_SIZE });
  population.poolMs = sinceMs(started, process.hrtime.bigint());
  const now = Date.now();
  const progress = (label, begin) => (done) =>
    log(`  ${label}: ${count(done)} / ${count(conversations)} (${seconds(sinceMs(begin, process.hrtime.bigint()))})`);

  const { path: directory, remove: removeDirectory } = scratchDirectory('rung-bench-memory-');
  const databasePath = join(directory, 'rung.db');
  const Database = requireFromRoot('better-sqlite3');
  const db = new Database(databasePath);
  // As openSqliteStores opens the file for `rung serve`.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const stores = { sqlite: createSqliteMemoryStore(db) };
  const labels = { sqlite: 'SQLite file', redisPostgres: 'Redis + PostgreSQL' };
  let reachable = { ok: false };
  let cleanup = null;
  try {
    let begin = process.hrtime.bigint();
    const written = await populateSqlite({
      store: stores.sqlite,
      count: conversations,
      pool,
      now,
      onProgress: progress('SQLite (store API)', begin),
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    population.sqlite = {
      ms: sinceMs(begin, process.hrtime.bigint()),
      written,
      bytes: fileBytes(databasePath) + fileBytes(`${databasePath}-wal`),
    };

    reachable = await redisPostgresReachable({ root, ...redisPostgres });
    if (!reachable.ok) {
      skipped.redisPostgres = reachable.reason;
      log(`  ! Redis + PostgreSQL left out: ${reachable.reason}`);
    } else {
      const redisBefore = await redisUsedMemory(root, redisPostgres.redisUrl);
      stores.redisPostgres = await createRedisPostgresMemoryStore({
        redis: { url: redisPostgres.redisUrl, prefix: redisPostgres.prefix, commandTimeoutMs: 2_000 },
        postgres: { url: redisPostgres.postgresUrl, schema: redisPostgres.prefix },
      });
      const { Client } = requireFromRoot('pg');
      const client = new Client({ connectionString: redisPostgres.postgresUrl });
      client.on('error', () => {});
      await client.connect();
      try {
        begin = process.hrtime.bigint();
        const rows = await populatePostgres({
          client,
          schema: redisPostgres.prefix,
          count: conversations,
          pool,
          now,
          onProgress: progress('PostgreSQL (bulk INSERT)', begin),
        });
        const postgresMs = sinceMs(begin, process.hrtime.bigint());
        // A table filled over months has been vacuumed and analysed by autovacuum; one filled in a minute not yet.
        begin = process.hrtime.bigint();
        await client.query(
          `VACUUM ANALYZE "${redisPostgres.prefix}".memory_summaries, "${redisPostgres.prefix}".memory_facts`,
        );
        const vacuumMs = sinceMs(begin, process.hrtime.bigint());
        begin = process.hrtime.bigint();
        const buffers = await populateBuffers({
          store: stores.redisPostgres,
          count: conversations,
          pool,
          now,
          onProgress: progress('Redis (store append, 64 in flight)', begin),
        });
        const redisMs = sinceMs(begin, process.hrtime.bigint());
        const size = await client.query(
          `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = $1 AND c.relkind = 'r'`,
          [redisPostgres.prefix],
        );
        population.redisPostgres = {
          postgresMs,
          vacuumMs,
          redisMs,
          ms: postgresMs + vacuumMs + redisMs,
          written: { ...rows, ...buffers },
          postgresBytes: Number(size.rows[0].bytes),
          redisBytes: (await redisUsedMemory(root, redisPostgres.redisUrl)) - redisBefore,
        };
      } finally {
        await client.end().catch(() => {});
      }
    }
    const names = Object.keys(stores);

    // Both stores should hold the same conversations: the SQLite one was filled through the store's API.
    const verify = { conversations: 0, mismatches: [], shapeErrors: [] };
    const pickVerify = picker(0xc0ffee, conversations);
    for (let sample = 0; sample < Math.min(VERIFY, conversations); sample++) {
      const index = pickVerify();
      const conversation = conversationAt(index, pool, now);
      const read = {};
      for (const name of names) read[name] = await readBack(stores[name], conversation.ref);
      verify.conversations++;
      const reference = read.sqlite;
      const expectedActive = new Set(conversation.facts.map((fact) => `${fact.key}:${fact.scope}`)).size;
      if (
        JSON.parse(reference.recent).length !== WINDOW ||
        reference.counts.summaries !== conversation.summaries.length ||
        reference.activeFacts !== expectedActive
      ) {
        verify.shapeErrors.push(index);
      }
      for (const name of names.slice(1)) {
        for (const key of ['recent', 'latest', 'summaries', 'facts']) {
          if (read[name][key] !== reference[key]) verify.mismatches.push(`${name} #${index} ${key}`);
        }
      }
    }

    // The timed assemblies: the stores in turn, call by call, order alternating.
    const timed = Object.fromEntries(names.map((name) => [name, []]));
    const injected = Object.fromEntries(names.map((name) => [name, []]));
    const compared = { pairs: 0, differing: [] };
    const pick = picker(0x5eed1e55, conversations);
    const pids = storeServerPids();
    const cpuBefore = cpuSnapshot(pids);
    for (let sample = 0; sample < shape.warmup + shape.iterations; sample++) {
      const conversation = conversationAt(pick(), pool, now);
      const turn = turnFor(conversation);
      const ids = conversation.summaries.map((summary) => summary.id);
      const outcomes = {};
      for (const name of sample % 2 === 0 ? names : [...names].reverse()) {
        forgetSummaries(ids);
        const start = process.hrtime.bigint();
        const assembled = await assemble(turn, MEMORY_CONFIG, stores[name], conversation.ref);
        const elapsed = sinceMs(start, process.hrtime.bigint());
        if (sample < shape.warmup) continue;
        timed[name].push(elapsed);
        outcomes[name] = outcome(assembled);
        injected[name].push(assembled);
      }
      if (sample >= shape.warmup && names.length > 1) {
        compared.pairs++;
        if (!sameOutcome(outcomes.sqlite, outcomes.redisPostgres)) compared.differing.push(conversation.ref.user);
      }
    }
    const background = backgroundShare(cpuBefore, cpuSnapshot(pids));

    // Where the time goes: the same assembly with each read timed, on other conversations.
    const breakdown = Object.fromEntries(
      names.map((name) => [
        name,
        {
          ...Object.fromEntries(READS.map((read) => [read, { syncMs: [], resolvedMs: [] }])),
          afterMs: [],
          totalMs: [],
        },
      ]),
    );
    const pickBreakdown = picker(0xb2eac, conversations);
    for (let sample = 0; sample < shape.breakdown; sample++) {
      const conversation = conversationAt(pickBreakdown(), pool, now);
      const turn = turnFor(conversation);
      for (const name of sample % 2 === 0 ? names : [...names].reverse()) {
        forgetSummaries(conversation.summaries.map((summary) => summary.id));
        const spans = {};
        const store = instrumented(stores[name], spans);
        const start = process.hrtime.bigint();
        await assemble(turn, MEMORY_CONFIG, store, conversation.ref);
        const end = process.hrtime.bigint();
        const figures = breakdown[name];
        let lastResolved = start;
        for (const read of READS) {
          const span = spans[read];
          figures[read].syncMs.push(sinceMs(span.called, span.returned));
          figures[read].resolvedMs.push(sinceMs(start, span.resolved));
          if (span.resolved > lastResolved) lastResolved = span.resolved;
        }
        figures.afterMs.push(sinceMs(lastResolved, end));
        figures.totalMs.push(sinceMs(start, end));
      }
    }
    const queries = Array.from({ length: 500 }, (_, index) => conversationAt(index, pool, now).query);
    const embedMs = queries.map((query) => {
      const start = process.hrtime.bigint();
      offlineEmbed(query);
      return sinceMs(start, process.hrtime.bigint());
    });

    for (const name of names) await stores[name].close();
    if (reachable.ok) cleanup = await cleanRedisPostgres({ root, ...redisPostgres });

    const results = {};
    for (const name of names) {
      const assemblies = injected[name];
      results[name] = {
        description: stores[name].description,
        assemblyMs: stats(timed[name]),
        targetP95Ms: name === 'sqlite' ? TARGETS.sqliteP95Ms : TARGETS.redisPostgresP95Ms,
        injected: {
          meanTokens: assemblies.reduce((sum, item) => sum + item.tokens, 0) / assemblies.length,
          meanRecent: assemblies.reduce((sum, item) => sum + item.recentCount, 0) / assemblies.length,
          meanSummaries: assemblies.reduce((sum, item) => sum + item.summaryIds.length, 0) / assemblies.length,
          meanFacts: assemblies.reduce((sum, item) => sum + item.factIds.length, 0) / assemblies.length,
        },
        breakdown: {
          ...Object.fromEntries(
            READS.map((read) => [
              read,
              { syncMs: stats(breakdown[name][read].syncMs), resolvedMs: stats(breakdown[name][read].resolvedMs) },
            ]),
          ),
          afterMs: stats(breakdown[name].afterMs),
          totalMs: stats(breakdown[name].totalMs),
        },
      };
    }
    const summary = {
      conversations,
      shape,
      population,
      verify,
      compared,
      results,
      embedMs: stats(embedMs),
      background,
      cleanup,
      prefix: reachable.ok ? redisPostgres.prefix : null,
      skipped,
    };
    printReport({ summary, labels, log });
    return summary;
  } finally {
    db.close();
    removeDirectory();
    if (stores.redisPostgres) await stores.redisPostgres.close().catch(() => {});
    if (reachable.ok && cleanup === null) await cleanRedisPostgres({ root, ...redisPostgres }).catch(() => {});
  }
}

const mark = (ok) => (ok ? '✓' : '✗');

function printReport({ summary, labels, log }) {
  const { population, results, verify, compared, conversations, shape } = summary;
  log(heading('memory-assembly · population'));
  const rows = [];
  const notes = [];
  if (population.sqlite) {
    const { written, ms: took, bytes } = population.sqlite;
    rows.push([
      labels.sqlite,
      count(conversations),
      count(written.messages),
      count(written.summaries),
      count(written.facts),
      seconds(took),
      megabytes(bytes),
    ]);
    notes.push(
      `${labels.sqlite}: through the store's API (addSummary, append of 20 messages, addFact), one transaction per call`,
    );
  }
  if (population.redisPostgres) {
    const { written, postgresMs, vacuumMs, redisMs, ms: took, postgresBytes, redisBytes } = population.redisPostgres;
    rows.push([
      labels.redisPostgres,
      count(conversations),
      count(written.messages),
      count(written.summaries),
      count(written.facts),
      seconds(took),
      `${megabytes(postgresBytes)} + ${megabytes(redisBytes)}`,
    ]);
    notes.push(
      `${labels.redisPostgres}: summaries and facts bulk-inserted into the store's tables (INSERT … SELECT FROM unnest, ` +
        `${seconds(postgresMs)}), VACUUM ANALYZE (${seconds(vacuumMs)}), hot buffers through the store's append ` +
        `(64 in flight, ${seconds(redisMs)})`,
    );
  }
  log(table(['store', 'conversations', 'messages', 'summaries', 'facts', 'took', 'size'], rows));
  for (const note of notes) log(`  ${note}`);
  log(
    `  texts from ${POOL_SIZE} synthetic conversations (generated and embedded in ${seconds(population.poolMs)}); ` +
      'size = the SQLite file; the PostgreSQL tables with indexes and TOAST + Redis used_memory growth',
  );
  log(
    `  read back from both stores for ${count(verify.conversations)} random conversations: ` +
      (verify.mismatches.length === 0
        ? 'hot buffer, summaries (with embedding bytes), latest summary and facts identical'
        : `${verify.mismatches.length} differences (${verify.mismatches.slice(0, 5).join('; ')})`) +
      (verify.shapeErrors.length === 0 ? '' : `; ${verify.shapeErrors.length} conversations not of the expected shape`),
  );

  log(heading('memory-assembly · assemble() one call at a time'));
  log(
    `ms per assembly (hrtime), ${count(shape.iterations)} random conversations per store after ${count(shape.warmup)} ` +
      'untimed, stores in turn call by call; recall term cache cleared per conversation',
  );
  log(
    table(
      ['store', 'p50', 'p95', 'p99', 'max', 'mean', 'issue target (p95)'],
      Object.entries(results).map(([name, result]) => [
        labels[name],
        ms(result.assemblyMs.p50),
        ms(result.assemblyMs.p95),
        ms(result.assemblyMs.p99),
        ms(result.assemblyMs.max),
        ms(result.assemblyMs.mean),
        `≤ ${result.targetP95Ms} ms ${mark(result.assemblyMs.p95 <= result.targetP95Ms)}`,
      ]),
    ),
  );
  if (results.sqlite && results.redisPostgres) {
    log(
      `  Redis + PostgreSQL ÷ SQLite: p50 ${times(results.redisPostgres.assemblyMs.p50 / results.sqlite.assemblyMs.p50)}, ` +
        `p95 ${times(results.redisPostgres.assemblyMs.p95 / results.sqlite.assemblyMs.p95)} (same run)`,
    );
    log(
      `  same memory block, ids and messages from both stores: ${count(compared.pairs - compared.differing.length)} / ` +
        `${count(compared.pairs)} assemblies` +
        (compared.differing.length > 0 ? ` (differing: ${compared.differing.slice(0, 5).join(', ')})` : ''),
    );
  }
  const injected = Object.values(results)[0]?.injected;
  if (injected) {
    log(
      `  injected on average: ${oneDecimal(injected.meanTokens)} tokens of ${BUDGET_TOKENS}, ${oneDecimal(injected.meanRecent)} recent ` +
        `messages, ${oneDecimal(injected.meanSummaries)} summaries (latest + recalled), ${oneDecimal(injected.meanFacts)} facts`,
    );
  }

  log(heading('memory-assembly · where the time goes'));
  log(
    `  ${count(shape.breakdown)} more assemblies per store with each read timed. sync = the thread held inside the call ` +
      '(all of a SQLite read); done at = ms from the start of assemble() to the read resolving (SQLite: after the reads ' +
      'before it). after reads = ranking and assembly once the last read resolved.',
  );
  const breakdownRows = [];
  for (const [name, result] of Object.entries(results)) {
    for (const read of READS) {
      const figures = result.breakdown[read];
      breakdownRows.push([
        `${labels[name]} · ${read}`,
        ms(figures.syncMs.p50),
        ms(figures.syncMs.p95),
        ms(figures.resolvedMs.p50),
        ms(figures.resolvedMs.p95),
      ]);
    }
    breakdownRows.push([
      `${labels[name]} · after reads`,
      '',
      '',
      ms(result.breakdown.afterMs.p50),
      ms(result.breakdown.afterMs.p95),
    ]);
    breakdownRows.push([
      `${labels[name]} · whole assembly`,
      '',
      '',
      ms(result.breakdown.totalMs.p50),
      ms(result.breakdown.totalMs.p95),
    ]);
  }
  log(table(['read', 'sync p50', 'sync p95', 'done at p50', 'done at p95'], breakdownRows));
  log(
    `  the query's offline embedding (inside the dispatch, before any read resolves): p50 ${ms(summary.embedMs.p50)} ms, ` +
      `p95 ${ms(summary.embedMs.p95)} ms`,
  );

  for (const [name, reason] of Object.entries(summary.skipped)) log(`  ${labels[name]} not measured: ${reason}`);
  if (summary.cleanup) {
    const { redisKeysDeleted, schemaDropped, errors } = summary.cleanup;
    log(
      `  cleaned up: ${count(redisKeysDeleted)} Redis keys deleted (SCAN ${summary.prefix}:*), PostgreSQL schema ` +
        `${summary.prefix} ${schemaDropped ? 'dropped' : 'NOT dropped'}${errors.length > 0 ? ` (${errors.join('; ')})` : ''}; ` +
        'temporary SQLite file removed',
    );
  }
  if (Number.isFinite(summary.background)) {
    log(
      `  Other programs on this machine used ${percent(summary.background)} of its CPU during the timed assemblies` +
        (summary.background > 0.08 ? ': figures of this run are depressed and noisier.' : '.'),
    );
  }
}
