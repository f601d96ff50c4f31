/**
 * Request records in PostgreSQL. Appends go through the batch writer (bounded, retried through an outage) and
 * land as one multi-row INSERT ... ON CONFLICT (id) DO NOTHING per batch, so a record appended twice is kept
 * once, as first written. `recent()` filters like the SQLite store.
 */
import type { RecordQuery, RecordStore, RequestRecord } from '../../spec/store.js';
import { type BatchWriterOptions, createBatchWriter } from '../batch-writer.js';
import { RECORD_COLUMNS, type RecordRow, type RowDialect, recordFromRow, recordValues } from '../record-rows.js';
import { isBadRow, type Query } from './postgres-connection.js';

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_ROWS_PER_INSERT = Math.floor(65_535 / RECORD_COLUMNS.length);

export interface PostgresRecordStoreOptions extends BatchWriterOptions {
  /** The schema, already quoted. */
  schema: string;
}

export type PostgresRecordStore = RecordStore & { close(): Promise<void>; dropped(): number };

/**
 * @example
 * const records = createPostgresRecordStore(query, { schema: '"rung"', onError });
 */
export function createPostgresRecordStore(query: Query, options: PostgresRecordStoreOptions): PostgresRecordStore {
  const table = `${options.schema}.request_records`;
  const columnList = RECORD_COLUMNS.map((column) => `"${column}"`).join(', ');
  const writer = createBatchWriter<RequestRecord>(
    async (batch) => {
      const values: unknown[] = [];
      const rows = batch.map((record) => {
        const start = values.length;
        values.push(...recordValues(record, DIALECT.booleans));
        return `(${RECORD_COLUMNS.map((_, index) => `$${start + index + 1}`).join(', ')})`;
      });
      await query(`INSERT INTO ${table} (${columnList}) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`, values);
    },
    { ...options, isBadRow, maxBatch: Math.min(options.maxBatch ?? 500, MAX_ROWS_PER_INSERT) },
  );

  return {
    append: (record) => writer.append(record),
    flush: () => writer.flush(),
    async recent(filter: RecordQuery) {
      await writer.flush();
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (clause: (placeholder: string) => string, value: unknown) => {
        values.push(value);
        where.push(clause(`$${values.length}`));
      };
      if (filter.since !== undefined) add((p) => `ts >= ${p}`, filter.since);
      if (filter.route !== undefined) add((p) => `route = ${p}`, filter.route);
      if (filter.user !== undefined) add((p) => `"user" = ${p}`, filter.user);
      if (filter.failed === true) where.push('(status >= 400 OR error_code IS NOT NULL)');
      values.push(Math.max(1, Math.min(filter.limit, 10_000)));
      const rows = await query<RecordRow>(
        `SELECT ${columnList} FROM ${table} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ts DESC, seq DESC LIMIT $${values.length}`,
        values,
      );
      return rows.map((row) => recordFromRow(row, DIALECT));
    },
    close: () => writer.close(),
    dropped: () => writer.dropped(),
  };
}

const DIALECT: RowDialect = { booleans: 'boolean', json: 'parsed' };
