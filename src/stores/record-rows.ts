/**
 * The request record's row shape, shared by the SQLite and PostgreSQL record stores (like ledger-rows.ts for the
 * ledger): the column order of an insert, a record as positional values, and a row back into a record. The two
 * databases differ only in how a boolean is stored (0/1 or true/false) and whether JSON comes back as text
 * (SQLite) or already parsed (PostgreSQL jsonb).
 */
import type { RequestRecord } from '../spec/store.js';

export const RECORD_COLUMNS = [
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

export type RecordRow = Record<(typeof RECORD_COLUMNS)[number], unknown>;

/** How a database stores what JSON has no column type for. */
export interface RowDialect {
  booleans: 'integer' | 'boolean';
  /** 'text': JSON columns come back as strings to parse; 'parsed': they come back as values (jsonb). */
  json: 'text' | 'parsed';
}

/**
 * Positional values in RECORD_COLUMNS order (positional binding is about a third cheaper than named in SQLite).
 * JSON is sent as text: the PostgreSQL driver would turn a JS array into a PostgreSQL array.
 */
export function recordValues(record: RequestRecord, booleans: RowDialect['booleans']): unknown[] {
  const flag = (value: boolean) => (booleans === 'integer' ? (value ? 1 : 0) : value);
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
    flag(record.stream),
    record.status,
    record.error_code,
    record.model,
    record.provider,
    record.attempt,
    flag(record.used_fallback),
    record.cost_usd,
    record.ttft_ms,
    record.total_ms,
    JSON.stringify(record.attempts),
    record.usage === null ? null : JSON.stringify(record.usage),
    record.flags === undefined ? null : JSON.stringify(record.flags),
  ];
}

/** A row back into a record; numbers may arrive as strings (PostgreSQL bigint and numeric). */
export function recordFromRow(row: RecordRow, dialect: RowDialect): RequestRecord {
  const flag = (value: unknown) => value === 1 || value === true;
  const json = (value: unknown) => (dialect.json === 'text' ? JSON.parse(String(value)) : value);
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
    stream: flag(row.stream),
    status: Number(row.status),
    error_code: row.error_code as string | null,
    model: row.model as string | null,
    provider: row.provider as string | null,
    attempt: row.attempt === null ? null : Number(row.attempt),
    used_fallback: flag(row.used_fallback),
    cost_usd: row.cost_usd === null ? null : Number(row.cost_usd),
    ttft_ms: row.ttft_ms === null ? null : Number(row.ttft_ms),
    total_ms: Number(row.total_ms),
    attempts: json(row.attempts) as RequestRecord['attempts'],
    usage: row.usage === null ? null : (json(row.usage) as RequestRecord['usage']),
    ...(row.flags === null || row.flags === undefined ? {} : { flags: json(row.flags) as RequestRecord['flags'] }),
  };
}
