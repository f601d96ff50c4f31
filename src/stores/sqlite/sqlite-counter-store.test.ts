import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../spec/limits.js';
import { runCounterContract } from '../../testing/counter-contract.js';
import { createSqliteCounterStore } from './sqlite-counter-store.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-counters-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const source = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
let files = 0;

function openDatabase(path = join(directory, `counters-${++files}.db`)): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

runCounterContract('sqlite file', async (now) => {
  const db = openDatabase();
  const store = createSqliteCounterStore(db, { now });
  return {
    ...store,
    async close() {
      await store.close();
      db.close();
    },
  };
});

/**
 * The store and the one module it imports, compiled to plain JS in the temp folder, so worker threads (real
 * parallelism, each with its own connection) can load them without vitest's transform.
 */
function compileForWorkers(): string {
  const out = join(directory, 'compiled');
  for (const file of ['spec/limits.ts', 'stores/sqlite/sqlite-counter-store.ts']) {
    const { outputText } = ts.transpileModule(readFileSync(join(source, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    const target = join(out, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const worker = join(out, 'reserve-worker.mjs');
  writeFileSync(
    worker,
    `import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
const Database = createRequire(workerData.root)('better-sqlite3');
const { createSqliteCounterStore } = await import(workerData.store);
const db = new Database(workerData.path, { timeout: 10_000 });
const store = createSqliteCounterStore(db);
parentPort.postMessage('ready');
Atomics.wait(new Int32Array(workerData.gate), 0, 0);
let held = 0;
for (let index = 0; index < workerData.attempts; index++) {
  const result = await store.reserve({ id: workerData.name + '-' + index, holdMs: 60_000, lines: [workerData.line] });
  if (result.ok) held++;
}
db.close();
parentPort.postMessage(held);
`,
  );
  return out;
}

describe('sqlite counter store', () => {
  it('keeps the limit when four threads, each with its own connection to the file, race for it', async () => {
    const compiled = compileForWorkers();
    const path = join(directory, 'race.db');
    openDatabase(path).close();
    const line = { key: 'usd:day:race', limit: 100, amount: 1, expiresAt: Date.now() + 3_600_000 };
    const gate = new SharedArrayBuffer(4);
    const workers = Array.from(
      { length: 4 },
      (_, index) =>
        new Worker(new URL(pathToFileURL(join(compiled, 'reserve-worker.mjs'))), {
          workerData: {
            root: join(source, '..', 'package.json'),
            store: pathToFileURL(join(compiled, 'stores/sqlite/sqlite-counter-store.js')).href,
            path,
            gate,
            name: `worker-${index}`,
            attempts: 60,
            line,
          },
        }),
    );
    const messages = workers.map((worker) => {
      const received: unknown[] = [];
      const ready = new Promise((resolve, reject) => {
        worker.on('message', (message) => {
          received.push(message);
          if (message === 'ready') resolve(undefined);
        });
        worker.on('error', reject);
      });
      const done = new Promise<number>((resolve, reject) => {
        worker.on('exit', () => resolve(received.find((message) => typeof message === 'number') as number));
        worker.on('error', reject);
      });
      return { ready, done };
    });
    await Promise.all(messages.map((message) => message.ready));
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
    const held = await Promise.all(messages.map((message) => message.done));
    expect(held.reduce((sum, count) => sum + count, 0)).toBe(100);
    // Every thread got some: they really interleaved rather than one finishing before the next began.
    expect(held.filter((count) => count > 0).length).toBeGreaterThan(1);

    const db = openDatabase(path);
    const store = createSqliteCounterStore(db);
    expect((await store.usage([line.key])).get(line.key)).toEqual({ spent: 0, reserved: 100 });
    expect(await store.openReservations()).toBe(100);
    db.close();
  }, 30_000);

  it('two connections in one process see each other at once', async () => {
    const path = join(directory, 'shared.db');
    const [first, second] = [openDatabase(path), openDatabase(path)];
    const [a, b] = [createSqliteCounterStore(first), createSqliteCounterStore(second)];
    const line = { key: 'usd:day:shared', limit: 3, amount: 1, expiresAt: Date.now() + 60_000 };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        (index % 2 === 0 ? a : b).reserve({ id: `shared-${index}`, holdMs: 60_000, lines: [line] }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    await b.settle('shared-0', { [line.key]: 1 });
    expect((await a.usage([line.key])).get(line.key)).toEqual({ spent: 1, reserved: 2 });
    first.close();
    second.close();
  });

  it('sweeps expired counters, holds, settled ids and rate lines by itself, keeping reserved right', async () => {
    let time = Date.now();
    const db = openDatabase();
    const store = createSqliteCounterStore(db, { now: () => time, settledRetentionMs: 1_000 });
    for (let index = 0; index < 50; index++) {
      const key = `usd:session:${index}`;
      await store.reserve({
        id: `sweep-${index}`,
        holdMs: 500,
        lines: [{ key, limit: 10, amount: 1, expiresAt: time + 2_000 }],
      });
      await store.settle(`settled-${index}`, { [key]: 1 });
      await store.rateLimit([{ key: `rpm:${index}`, limit: 10, periodMs: 1_000, cost: 1 }]);
    }
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('budget_holds')).toBe(50);
    time += 1_001;
    for (let index = 0; index < 300; index++) await store.usage(['usd:other']);
    expect(count('budget_holds')).toBe(0);
    expect(count('settled_reservations')).toBe(0);
    expect(count('rate_limits')).toBe(0);
    expect(db.prepare('SELECT max(reserved) AS most FROM budget_counters').get()).toEqual({ most: 0 });
    time += 2_000;
    for (let index = 0; index < 300; index++) await store.usage(['usd:other']);
    expect(count('budget_counters')).toBe(0);
    db.close();
  });

  it('runs operations asked for together in one transaction, in call order, reported after it commits', async () => {
    const line = { key: 'usd:day:batch', limit: 5, amount: 1, expiresAt: Date.now() + 60_000 };
    /** Ten operations, together or one at a time; returns their results and the WAL bytes they wrote. */
    const tenOperations = async (together: boolean) => {
      const db = openDatabase();
      db.pragma('wal_autocheckpoint = 0');
      const store = createSqliteCounterStore(db);
      await store.usage([]);
      const other = openDatabase(db.name);
      const walBefore = statSync(`${db.name}-wal`).size;
      const calls = [
        ...Array.from(
          { length: 8 },
          (_, index) => () =>
            store.reserve({ id: `batch-${index}`, holdMs: 60_000, lines: [line] }).then((result) => {
              // By the time a result is handed out, another connection already sees it.
              const counter = other.prepare('SELECT spent + reserved AS used FROM budget_counters WHERE key = ?');
              expect((counter.get(line.key) as { used: number }).used).toBeGreaterThanOrEqual(Math.min(index + 1, 5));
              return result;
            }),
        ),
        () => store.settle('batch-0', { [line.key]: 1 }),
        () => store.usage([line.key]),
      ];
      const results: unknown[] = [];
      if (together) results.push(...(await Promise.all(calls.map((call) => call()))));
      else for (const call of calls) results.push(await call());
      const walBytes = statSync(`${db.name}-wal`).size - walBefore;
      other.close();
      db.close();
      return { results, walBytes };
    };
    const together = await tenOperations(true);
    const serial = await tenOperations(false);
    // In call order: the settle ran after the eight reserves and before the usage read.
    for (const { results } of [together, serial]) {
      expect(results.slice(0, 8).map((result) => (result as { ok: boolean }).ok)).toEqual([
        ...Array(5).fill(true),
        ...Array(3).fill(false),
      ]);
      expect((results[9] as Map<string, unknown>).get(line.key)).toEqual({ spent: 1, reserved: 4 });
    }
    // One commit writes each page it touched once: far less than ten commits writing the same pages again.
    expect(together.walBytes).toBeGreaterThan(0);
    expect(together.walBytes * 3).toBeLessThan(serial.walBytes);
  });

  it('keeps one failing operation from taking its batch with it, and leaves nothing of it behind', async () => {
    const db = openDatabase();
    const store = createSqliteCounterStore(db);
    // Fails the reservation "boom" after its counter has been written, midway through its writes.
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON budget_holds WHEN NEW.reservation_id = 'boom'
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const line = { key: 'usd:day:boom', limit: 100, amount: 10, expiresAt: Date.now() + 60_000 };
    const outcomes = await Promise.allSettled([
      store.reserve({ id: 'before', holdMs: 60_000, lines: [line] }),
      store.reserve({ id: 'boom', holdMs: 60_000, lines: [line, { ...line, key: 'usd:month:boom' }] }),
      store.reserve({ id: 'after', holdMs: 60_000, lines: [line] }),
      store.settle('before', { [line.key]: 3 }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'boom' });
    const usage = await store.usage([line.key, 'usd:month:boom']);
    expect(usage.get(line.key)).toEqual({ spent: 3, reserved: 10 });
    expect(usage.get('usd:month:boom')).toEqual({ spent: 0, reserved: 0 });
    expect(await store.openReservations()).toBe(1);
    db.close();
  });

  it('fails a whole batch as unavailable while another connection keeps the file locked, and recovers', async () => {
    const path = join(directory, 'locked.db');
    const [mine, locker] = [openDatabase(path), openDatabase(path)];
    mine.pragma('busy_timeout = 50');
    const store = createSqliteCounterStore(mine);
    const line = { key: 'usd:day:locked', limit: 100, amount: 1, expiresAt: Date.now() + 60_000 };
    locker.exec('BEGIN IMMEDIATE');
    const outcomes = await Promise.allSettled([
      store.reserve({ id: 'locked-1', holdMs: 60_000, lines: [line] }),
      store.settle('locked-2', { [line.key]: 1 }),
      store.rateLimit([{ key: 'rpm:locked', limit: 10, periodMs: 60_000, cost: 1 }]),
    ]);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
    }
    locker.exec('COMMIT');
    expect(await store.reserve({ id: 'locked-1', holdMs: 60_000, lines: [line] })).toEqual({ ok: true });
    expect((await store.usage([line.key])).get(line.key)).toEqual({ spent: 0, reserved: 1 });
    mine.close();
    locker.close();
  });

  it('writes what is still queued when closed', async () => {
    const db = openDatabase();
    const store = createSqliteCounterStore(db);
    const line = { key: 'usd:day:closing', limit: 100, amount: 7, expiresAt: Date.now() + 60_000 };
    const reserved = store.reserve({ id: 'closing', holdMs: 60_000, lines: [line] });
    await store.close();
    expect(db.prepare('SELECT reserved FROM budget_counters WHERE key = ?').get(line.key)).toEqual({ reserved: 7 });
    expect(await reserved).toEqual({ ok: true });
    db.close();
  });

  it('describes its file', () => {
    const db = new Database(':memory:');
    expect(createSqliteCounterStore(db).description).toBe('SQLite in memory (nothing kept)');
    db.close();
  });
});
