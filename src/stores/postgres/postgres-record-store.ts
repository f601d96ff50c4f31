/**
 * Request records in PostgreSQL. Appends go through the batch writer (bounded, retried through an outage) and
 * land as one multi-row INSERT ... ON CONFLICT (id) DO NOTHING per batch, so a record appended twice is kept
 * once, as first written. `recent()` filters like the SQLite store.
 */
import type { RecordQuery, RecordStore, RequestRecord } from '../../spec/store.js';
import { type BatchWriterOptions, createBatchWriter } from './postgres-batch-writer.js';
import type { Query } from './postgres-connection.js';

const COLUMNS = [
  'id',
  'ts',
  'endpoint',
  'route',
  'plan',
  'mode',
  'user',
  'tenant',
  'key_name',
  'stream',
  'status',
  'error_code',
  'model',
  'provider',
  'attempt',
  'used_fallback',
  'cost_usd',
  'ttft_ms',
  'total_ms',
  'attempts',
  'usage',
  'flags',
] as const;

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_ROWS_PER_INSERT = Math.floor(65_535 / COLUMNS.length);

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
  const columnList = COLUMNS.map((column) => `"${column}"`).join(', ');
  const writer = createBatchWriter<RequestRecord>(
    async (batch) => {
      const values: unknown[] = [];
      const rows = batch.map((record) => {
        const start = values.length;
        values.push(...toRow(record));
        return `(${COLUMNS.map((_, index) => `$${start + index + 1}`).join(', ')})`;
      });
      await query(`INSERT INTO ${table} (${columnList}) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`, values);
    },
    { ...options, maxBatch: Math.min(options.maxBatch ?? 500, MAX_ROWS_PER_INSERT) },
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
      const rows = await query<Row>(
        `SELECT ${columnList} FROM ${table} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ts DESC, seq DESC LIMIT $${values.length}`,
        values,
      );
      return rows.map(fromRow);
    },
    close: () => writer.close(),
    dropped: () => writer.dropped(),
  };
}

type Row = Record<(typeof COLUMNS)[number], unknown>;

/** Values in COLUMNS order. JSON is sent as text: the driver would turn a JS array into a PostgreSQL array. */
function toRow(record: RequestRecord): unknown[] {
  return [
    record.id,
    record.ts,
    record.endpoint,
    record.route,
    record.plan,
    record.mode,
    record.user,
    record.tenant,
    record.key_name,
    record.stream,
    record.status,
    record.error_code,
    record.model,
    record.provider,
    record.attempt,
    record.used_fallback,
    record.cost_usd,
    record.ttft_ms,
    record.total_ms,
    JSON.stringify(record.attempts),
    record.usage === null ? null : JSON.stringify(record.usage),
    record.flags === undefined ? null : JSON.stringify(record.flags),
  ];
}

/** bigint and numeric arrive as strings; jsonb arrives parsed. */
function fromRow(row: Row): RequestRecord {
  return {
    id: String(row.id),
    ts: Number(row.ts),
    endpoint: String(row.endpoint),
    route: row.route as string | null,
    plan: row.plan as string | null,
    mode: row.mode as string | null,
    user: row.user as string | null,
    tenant: row.tenant as string | null,
    key_name: row.key_name as string | null,
    stream: row.stream === true,
    status: Number(row.status),
    error_code: row.error_code as string | null,
    model: row.model as string | null,
    provider: row.provider as string | null,
    attempt: row.attempt === null ? null : Number(row.attempt),
    used_fallback: row.used_fallback === true,
    cost_usd: row.cost_usd === null ? null : Number(row.cost_usd),
    ttft_ms: row.ttft_ms === null ? null : Number(row.ttft_ms),
    total_ms: Number(row.total_ms),
    attempts: row.attempts as RequestRecord['attempts'],
    usage: row.usage as RequestRecord['usage'],
    ...(row.flags === null || row.flags === undefined ? {} : { flags: row.flags as RequestRecord['flags'] }),
  };
}
