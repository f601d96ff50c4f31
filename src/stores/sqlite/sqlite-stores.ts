/**
 * The embedded default: every store (records, keys, ledger, budget counters and rate limits) in one SQLite
 * file, in WAL mode, needing no server. Several processes may share the file: each counter update is one
 * IMMEDIATE transaction, so reservations stay atomic across them.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { CacheLimits } from '../../spec/response-cache.js';
import type { Stores } from '../../spec/store.js';
import { createMemoryExactCache } from '../memory/memory-exact-cache.js';
import { createMemorySemanticCache } from '../memory/memory-semantic-cache.js';
import { startCheckpointer } from './sqlite-checkpointer.js';
import { createSqliteCounterStore } from './sqlite-counter-store.js';
import { createSqliteKeyStore } from './sqlite-key-store.js';
import { createSqliteLedgerStore } from './sqlite-ledger-store.js';
import { createSqliteMemoryStore } from './sqlite-memory-store.js';
import { createSqliteRecordStore } from './sqlite-record-store.js';
import { startSqliteWriter } from './sqlite-writer.js';

export interface SqliteStoresOptions {
  /** File path, or ':memory:'. */
  path: string;
  onError?: (error: unknown) => void;
  /** Bounds of the in-process response caches (config `response_cache`). */
  cacheLimits?: CacheLimits;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = {
  maxEntries: 100_000,
  maxBytes: 256 * 1024 * 1024,
  maxEntryBytes: 1024 * 1024,
};

/**
 * @example
 * const stores = openSqliteStores({ path: 'rung.db' });
 */
export function openSqliteStores(options: SqliteStoresOptions): Stores {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash; only an OS crash can lose the last transactions.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const errors = options.onError === undefined ? {} : { onError: options.onError };
  // A file's WAL is checkpointed by a worker thread, so no request waits on the fsync (sqlite-checkpointer.ts).
  const checkpointer = options.path === ':memory:' ? null : startCheckpointer(db, options.path, errors);
  // Records and ledger rows are inserted by a thread of their own, so no request waits on them (sqlite-writer.ts).
  const writer = startSqliteWriter(db, options.path, errors);
  const records = createSqliteRecordStore(db, { ...errors, writer });
  const ledger = createSqliteLedgerStore(db, { ...errors, writer });
  const keys = createSqliteKeyStore(db);
  const counters = createSqliteCounterStore(db);
  const memory = createSqliteMemoryStore(db);
  // Response caches live in the process: a cache needs no durability, and a hit must cost microseconds.
  const limits = options.cacheLimits ?? DEFAULT_CACHE_LIMITS;
  const caches = { exact: createMemoryExactCache(limits), semantic: createMemorySemanticCache(limits) };
  return {
    description: options.path === ':memory:' ? 'SQLite in memory (nothing kept)' : `SQLite file ${options.path}`,
    records,
    keys,
    ledger,
    counters,
    memory,
    caches,
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await Promise.all([records.close(), ledger.close()]);
      await writer.close();
      await counters.close();
      await Promise.all([caches.exact.close(), caches.semantic.close(), memory.close()]);
      await checkpointer?.close();
      db.close();
    },
  };
}
