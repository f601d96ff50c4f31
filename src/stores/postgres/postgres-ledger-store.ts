/**
 * The spend ledger in PostgreSQL: one row per priced request, written behind through the batch writer as
 * multi-row INSERT ... ON CONFLICT (id) DO NOTHING (a second append of an id is ignored). Money columns are
 * `numeric`, so `usage()` and `total()` sums are exact decimal sums of what was written; the UTC day is a
 * generated column the server computes from `ts`.
 */

import type { LedgerEntry, LedgerStore, UsageQuery } from '../../spec/store.js';
import { type BatchWriterOptions, createBatchWriter } from '../batch-writer.js';
import { LEDGER_COLUMNS, ledgerValues, toUsageRow } from '../ledger-rows.js';
import { isBadRow, type Query } from './postgres-connection.js';

const MAX_ROWS_PER_INSERT = Math.floor(65_535 / LEDGER_COLUMNS.length);

/** Dimension → SQL expression. A closed list: `by` never reaches the SQL text any other way. */
const DIMENSIONS: Readonly<Record<UsageQuery['by'][number], string>> = {
  day: `to_char(day::timestamp, 'YYYY-MM-DD')`,
  tenant: 'tenant',
  plan: 'plan',
  route: 'route',
  model: 'model',
  user: '"user"',
  key_id: 'key_id',
};

const SUMS = [
  'count(*) AS requests',
  'coalesce(sum(cost_usd), 0) AS cost_usd',
  'coalesce(sum(fallback_usd), 0) AS fallback_usd',
  'coalesce(sum(rescue_usd), 0) AS rescue_usd',
  'coalesce(sum(aux_usd), 0) AS aux_usd',
  'coalesce(sum(cache_savings_usd), 0) AS cache_savings_usd',
  'coalesce(sum(prompt_tokens), 0) AS prompt_tokens',
  'coalesce(sum(completion_tokens), 0) AS completion_tokens',
  'coalesce(sum(cached_tokens), 0) AS cached_tokens',
  'count(*) FILTER (WHERE estimated) AS estimated',
];

export interface PostgresLedgerStoreOptions extends BatchWriterOptions {
  /** The schema, already quoted. */
  schema: string;
}

export type PostgresLedgerStore = LedgerStore & { close(): Promise<void>; dropped(): number };

/**
 * @example
 * const ledger = createPostgresLedgerStore(query, { schema: '"rung"', onError });
 * const rows = await ledger.usage({ since: startOfMonth, by: ['day', 'model'] });
 */
export function createPostgresLedgerStore(query: Query, options: PostgresLedgerStoreOptions): PostgresLedgerStore {
  const table = `${options.schema}.ledger`;
  const columnList = LEDGER_COLUMNS.map((column) => `"${column}"`).join(', ');
  const writer = createBatchWriter<LedgerEntry>(
    async (batch) => {
      const values: unknown[] = [];
      const rows = batch.map((entry) => {
        const start = values.length;
        values.push(...ledgerValues(entry, 'boolean'));
        return `(${LEDGER_COLUMNS.map((_, index) => `$${start + index + 1}`).join(', ')})`;
      });
      await query(`INSERT INTO ${table} (${columnList}) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`, values);
    },
    { ...options, isBadRow, maxBatch: Math.min(options.maxBatch ?? 500, MAX_ROWS_PER_INSERT) },
  );

  return {
    append: (entry) => writer.append(entry),
    flush: () => writer.flush(),
    async usage(usageQuery) {
      await writer.flush();
      const { where, values } = filters(usageQuery);
      const dimensions = usageQuery.by.length;
      const groups = usageQuery.by.map((dimension, index) => `${DIMENSIONS[dimension]} AS g${index}`);
      const positions = Array.from({ length: dimensions }, (_, index) => index + 1);
      const rows = await query<Record<string, unknown>>(
        `SELECT ${[...groups, ...SUMS].join(', ')} FROM ${table} ${where}
         ${dimensions > 0 ? `GROUP BY ${positions.join(', ')}` : ''}
         ORDER BY ${[`${dimensions + 2} DESC`, ...positions.map((position) => `${position} ASC NULLS LAST`)].join(', ')}`,
        values,
      );
      return rows.filter((row) => Number(row.requests) > 0).map((row) => toUsageRow(row, dimensions));
    },
    async total(totalQuery) {
      await writer.flush();
      const { where, values } = filters(totalQuery);
      const [row] = await query<{ requests: string; cost_usd: string }>(
        `SELECT count(*) AS requests, coalesce(sum(cost_usd), 0) AS cost_usd FROM ${table} ${where}`,
        values,
      );
      return { requests: Number(row?.requests ?? 0), cost_usd: Number(row?.cost_usd ?? 0) };
    },
    close: () => writer.close(),
    dropped: () => writer.dropped(),
  };
}

function filters(query: { since?: number | undefined; until?: number | undefined; tenant?: string | undefined }): {
  where: string;
  values: unknown[];
} {
  const where: string[] = [];
  const values: unknown[] = [];
  if (query.since !== undefined) {
    values.push(query.since);
    where.push(`ts >= $${values.length}`);
  }
  if (query.until !== undefined) {
    values.push(query.until);
    where.push(`ts < $${values.length}`);
  }
  if (query.tenant !== undefined) {
    values.push(query.tenant);
    where.push(`tenant = $${values.length}`);
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', values };
}
