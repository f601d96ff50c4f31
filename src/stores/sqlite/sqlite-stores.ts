/**
 * The embedded default: every store in one SQLite file, in WAL mode, needing no server.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Stores } from '../../spec/store.js';
import { createSqliteRecordStore } from './sqlite-record-store.js';

export interface SqliteStoresOptions {
  /** File path, or ':memory:'. */
  path: string;
  onError?: (error: unknown) => void;
}

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
  const records = createSqliteRecordStore(db, options.onError === undefined ? {} : { onError: options.onError });
  return {
    description: options.path === ':memory:' ? 'SQLite in memory (nothing kept)' : `SQLite file ${options.path}`,
    records,
    async close() {
      records.close();
      db.close();
    },
  };
}
