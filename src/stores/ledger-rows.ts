/**
 * The spend ledger's row shape, shared by the SQLite and PostgreSQL ledger stores: the column order of an
 * insert, an entry as positional values, and a usage query's result row back into a `UsageRow`.
 */
import type { LedgerEntry, UsageRow } from '../spec/store.js';

export const LEDGER_COLUMNS = [
  'id',
  'ts',
  'tenant',
  'user',
  'key_id',
  'plan',
  'route',
  'model',
  'cost_usd',
  'fallback_usd',
  'rescue_usd',
  'aux_usd',
  'cache_savings_usd',
  'prompt_tokens',
  'completion_tokens',
  'cached_tokens',
  'estimated',
] as const;

/** Positional values in LEDGER_COLUMNS order; `estimated` as the database stores a boolean. */
export function ledgerValues(entry: LedgerEntry, booleans: 'integer' | 'boolean'): unknown[] {
  return [
    entry.id,
    entry.ts,
    entry.tenant,
    entry.user,
    entry.key_id,
    entry.plan,
    entry.route,
    entry.model,
    entry.cost_usd,
    entry.fallback_usd,
    entry.rescue_usd,
    entry.aux_usd,
    entry.cache_savings_usd,
    entry.prompt_tokens,
    entry.completion_tokens,
    entry.cached_tokens,
    booleans === 'integer' ? (entry.estimated ? 1 : 0) : entry.estimated,
  ];
}

/**
 * A usage query's row: group values as `g0…gN`, then the sums. Counts and sums may arrive as strings
 * (PostgreSQL bigint and numeric); they are converted once here.
 */
export function toUsageRow(row: Record<string, unknown>, dimensions: number): UsageRow {
  const group: Array<string | null> = [];
  for (let index = 0; index < dimensions; index++) {
    const value = row[`g${index}`];
    group.push(value === null || value === undefined ? null : String(value));
  }
  return {
    group,
    requests: Number(row.requests),
    cost_usd: Number(row.cost_usd),
    fallback_usd: Number(row.fallback_usd),
    rescue_usd: Number(row.rescue_usd),
    aux_usd: Number(row.aux_usd),
    cache_savings_usd: Number(row.cache_savings_usd),
    prompt_tokens: Number(row.prompt_tokens),
    completion_tokens: Number(row.completion_tokens),
    cached_tokens: Number(row.cached_tokens),
    estimated: Number(row.estimated),
  };
}
