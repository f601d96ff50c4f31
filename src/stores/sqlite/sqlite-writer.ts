/**
 * Where the SQLite file's append-only rows (request records, the spend ledger) are written: by a worker thread
 * with a connection of its own, so the inserts — a B-tree insert per index per row, and the commit — never run on
 * the event loop. On the gateway bench that was ~6% of the gateway's CPU per request, and a 512-row batch held
 * the loop for milliseconds. The queueing, bounds, retries and bad-row handling are the shared batch writer's
 * (stores/batch-writer.ts); this module only moves a batch's transaction to the thread. Rows go over as arrays
 * of column values, built on the request thread by the stores' own row mappers.
 *
 * An in-memory database (':memory:') cannot be opened twice, so it is written inline; so is a file whose worker
 * failed to start or stopped (reported once to `onError`), and nothing is lost: a batch the worker did not
 * confirm is retried inline, where INSERT ... ON CONFLICT (id) DO NOTHING keeps a row written twice once.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { type BatchWriter, type BatchWriterOptions, createBatchWriter } from '../batch-writer.js';

export interface SqliteWriter {
  /**
   * A batch write for one table: runs `sql` (an INSERT with positional parameters) once per row, all rows in one
   * transaction. Rejects with the row's error (its `code` kept) when the batch could not be written.
   */
  table(name: string, sql: string): (rows: unknown[][]) => Promise<void>;
  /** Whether batches go to the worker thread (false: written on the calling thread). */
  offloaded(): boolean;
  /** Stops the worker; call after the last flush. */
  close(): Promise<void>;
}

interface WorkerReply {
  id?: number;
  ok?: boolean;
  error?: { name: string; message: string; code?: string };
  stopped?: boolean;
}

// Evaluated as CommonJS in the worker: the same source serves the TypeScript tests and the built package.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
const statements = new Map();
const writeAll = db.transaction((statement, rows) => {
  for (const row of rows) statement.run(row);
});
parentPort.on('message', (message) => {
  if (message.kind === 'prepare') {
    statements.set(message.table, message.sql);
    return;
  }
  if (message.kind === 'stop') {
    db.close();
    parentPort.postMessage({ stopped: true });
    return;
  }
  try {
    let statement = statements.get(message.table);
    if (typeof statement === 'string') {
      statement = db.prepare(statement);
      statements.set(message.table, statement);
    }
    writeAll(statement, message.rows);
    parentPort.postMessage({ id: message.id, ok: true });
  } catch (error) {
    const failure = { name: String(error && error.name), message: String(error && error.message || error) };
    if (error && typeof error.code === 'string') failure.code = error.code;
    parentPort.postMessage({ id: message.id, ok: false, error: failure });
  }
});
`;

/** The error a worker reported, rebuilt so that bad-row tests (TypeError, RangeError, `code`) still apply. */
function rebuilt(error: NonNullable<WorkerReply['error']>): Error {
  const made =
    error.name === 'TypeError'
      ? new TypeError(error.message)
      : error.name === 'RangeError'
        ? new RangeError(error.message)
        : new Error(error.message);
  return error.code === undefined ? made : Object.assign(made, { code: error.code });
}

/** An error about one row's content (a NOT NULL, a wrong type): the batch is written row by row, dropping it. */
export function isSqliteBadRow(error: unknown): boolean {
  if (error instanceof TypeError || error instanceof RangeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH');
}

/** Batches written on the calling thread, each in one transaction of `db`'s. */
export function inlineSqliteWriter(db: Database.Database): SqliteWriter {
  return {
    table(_name, sql) {
      const statement = db.prepare(sql);
      const writeAll = db.transaction((rows: unknown[][]) => {
        for (const row of rows) statement.run(row);
      });
      return async (rows) => {
        writeAll(rows);
      };
    },
    offloaded: () => false,
    close: async () => {},
  };
}

/**
 * @example
 * const writer = startSqliteWriter(db, 'rung.db', { onError });
 * const write = writer.table('ledger', 'INSERT INTO ledger (id, ts) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
 * await write([['l-1', Date.now()]]);
 */
export function startSqliteWriter(
  db: Database.Database,
  path: string,
  options: {
    onError?: (error: unknown) => void;
    /** The better-sqlite3 module the thread loads; tests name a missing one to see the fallback. */
    module?: string;
  } = {},
): SqliteWriter {
  const inline = inlineSqliteWriter(db);
  if (path === ':memory:') return inline;

  let worker: Worker | null = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { path, module: options.module ?? createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  // The worker must not keep the process alive; close() stops it after the stores' last flush.
  worker.unref();
  let nextId = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let stopped: (() => void) | null = null;

  /** The worker is gone: what it had not confirmed fails (and is retried inline), and writes stay inline. */
  const fallBack = (reason: Error) => {
    if (worker === null) return;
    worker = null;
    for (const pending of waiting.values()) pending.reject(reason);
    waiting.clear();
    stopped?.();
    options.onError?.(reason);
  };
  worker.on('message', (reply: WorkerReply) => {
    if (reply.stopped === true) {
      stopped?.();
      return;
    }
    const pending = reply.id === undefined ? undefined : waiting.get(reply.id);
    if (pending === undefined || reply.id === undefined) return;
    waiting.delete(reply.id);
    if (reply.ok === true) pending.resolve();
    else pending.reject(rebuilt(reply.error ?? { name: 'Error', message: 'the SQLite writer failed' }));
  });
  worker.on('error', (error) => fallBack(error instanceof Error ? error : new Error(String(error))));
  worker.on('exit', (code) => {
    if (worker !== null && stopped === null) {
      fallBack(new Error(`the SQLite writer thread exited with code ${code}; writing on the main thread`));
    }
  });

  return {
    table(name, sql) {
      const writeInline = inline.table(name, sql);
      worker?.postMessage({ kind: 'prepare', table: name, sql });
      return (rows) => {
        const thread = worker;
        if (thread === null) return writeInline(rows);
        return new Promise<void>((resolve, reject) => {
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          thread.postMessage({ kind: 'write', id, table: name, rows });
        });
      };
    },
    offloaded: () => worker !== null,
    async close() {
      const thread = worker;
      if (thread === null) return;
      await new Promise<void>((resolve) => {
        stopped = resolve;
        thread.postMessage({ kind: 'stop' });
        // A worker that does not answer is not waited on for long.
        setTimeout(resolve, 2_000).unref();
      });
      worker = null;
      await thread.terminate();
    },
  };
}

export interface SqliteAppendOptions extends BatchWriterOptions {
  /** Where batches are written (the file's writer thread); default: inline, on the store's connection. */
  writer?: SqliteWriter;
}

/**
 * The write-behind queue of one append-only table: items become rows by `values`, batches of up to 512 go to
 * `options.writer` (one transaction each), and a batch with a bad row is written row by row, dropping only it.
 * @example
 * const ledger = sqliteAppender(db, 'ledger', insertSql, (entry) => ledgerValues(entry, 'integer'), { writer });
 */
export function sqliteAppender<T>(
  db: Database.Database,
  table: string,
  sql: string,
  values: (item: T) => unknown[],
  options: SqliteAppendOptions,
): BatchWriter<T> {
  const write = (options.writer ?? inlineSqliteWriter(db)).table(table, sql);
  return createBatchWriter<T>((batch) => write(batch.map(values)), {
    maxBatch: 512,
    ...options,
    isBadRow: isSqliteBadRow,
  });
}
