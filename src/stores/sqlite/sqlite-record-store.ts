/**
 * Request records in one SQLite file (WAL), written behind the request path (sqlite-writer.ts: on the file's writer
 * thread, one transaction per batch, a bounded queue that drops and counts the oldest rows past its limit).
 */
import type Database from 'better-sqlite3';
import type { RecordQuery, RecordStore, RequestRecord } from '../../spec/store.js';
import { RECORD_COLUMNS, type RecordRow, type RowDialect, recordFromRow, recordValues } from '../record-rows.js';
import { type SqliteAppendOptions, sqliteAppender } from './sqlite-writer.js';

export type SqliteRecordStoreOptions = SqliteAppendOptions;

export function migrateRecords(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS request_records (
      id TEXT PRIMARY KEY,
      ts INTEGER NOT NULL,
      endpoint TEXT NOT NULL,
      route TEXT, plan TEXT, mode TEXT, user TEXT, tenant TEXT, key_name TEXT,
      stream INTEGER NOT NULL,
      status INTEGER NOT NULL,
      error_code TEXT,
      model TEXT, provider TEXT, attempt INTEGER,
      used_fallback INTEGER NOT NULL,
      cost_usd REAL, ttft_ms REAL, total_ms REAL NOT NULL,
      attempts TEXT NOT NULL,
      usage TEXT
    );
    CREATE INDEX IF NOT EXISTS request_records_ts ON request_records (ts);
    CREATE INDEX IF NOT EXISTS request_records_user_ts ON request_records (user, ts);
  `);
  // Columns added after the first release: a database written by an older Rung gains them in place.
  const present = new Set(
    (db.prepare('PRAGMA table_info(request_records)').all() as Array<{ name: string }>).map((c) => c.name),
  );
  if (!present.has('flags')) db.exec('ALTER TABLE request_records ADD COLUMN flags TEXT');
}

export function createSqliteRecordStore(
  db: Database.Database,
  options: SqliteRecordStoreOptions = {},
): RecordStore & {
  close(): Promise<void>;
  dropped(): number;
} {
  migrateRecords(db);
  // ON CONFLICT (id), not OR IGNORE: OR IGNORE would also skip a row breaking NOT NULL, uncounted and unreported.
  const writer = sqliteAppender<RequestRecord>(
    db,
    'request_records',
    `INSERT INTO request_records (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
    (record) => recordValues(record, DIALECT.booleans),
    options,
  );

  return {
    append: (record) => writer.append(record),
    async recent(query: RecordQuery) {
      await writer.flush();
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: Math.max(1, Math.min(query.limit, 10_000)) };
      if (query.since !== undefined) {
        where.push('ts >= @since');
        params.since = query.since;
      }
      if (query.route !== undefined) {
        where.push('route = @route');
        params.route = query.route;
      }
      if (query.user !== undefined) {
        where.push('user = @user');
        params.user = query.user;
      }
      if (query.failed === true) where.push('(status >= 400 OR error_code IS NOT NULL)');
      const sql = `SELECT * FROM request_records ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ts DESC, rowid DESC LIMIT @limit`;
      return (db.prepare(sql).all(params) as RecordRow[]).map((row) => recordFromRow(row, DIALECT));
    },
    flush: () => writer.flush(),
    close: () => writer.close(),
    dropped: () => writer.dropped(),
  };
}

const DIALECT: RowDialect = { booleans: 'integer', json: 'text' };
