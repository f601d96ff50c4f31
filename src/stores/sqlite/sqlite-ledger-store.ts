/**
 * The spend ledger in the SQLite file: one row per priced request. Appends are queued and written in one
 * transaction per batch, like request records, so settling a budget never waits on disk; the queue is bounded
 * (past `maxQueue` the oldest entries are dropped and counted). `usage()` sums with GROUP BY in SQLite; the UTC
 * day is a stored generated column, so grouping by day reads it instead of formatting every row.
 */
import type Database from 'better-sqlite3';
import type { LedgerEntry, LedgerStore, UsageQuery } from '../../spec/store.js';
import { LEDGER_COLUMNS, ledgerValues, toUsageRow } from '../ledger-rows.js';
import { type SqliteAppendOptions, sqliteAppender } from './sqlite-writer.js';

export type SqliteLedgerStoreOptions = SqliteAppendOptions;

/** Dimension → SQL expression. A closed list: `by` never reaches the SQL text any other way. */
const DIMENSIONS: Readonly<Record<UsageQuery['by'][number], string>> = {
  day: 'day',
  tenant: 'tenant',
  plan: 'plan',
  route: 'route',
  model: 'model',
  user: 'user',
  key_id: 'key_id',
};

export function migrateLedger(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ledger (
      id TEXT PRIMARY KEY,
      ts INTEGER NOT NULL,
      day TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%d', ts / 1000, 'unixepoch')) STORED,
      tenant TEXT, user TEXT, key_id TEXT, plan TEXT, route TEXT, model TEXT,
      cost_usd REAL NOT NULL,
      fallback_usd REAL NOT NULL,
      rescue_usd REAL NOT NULL,
      aux_usd REAL NOT NULL,
      cache_savings_usd REAL NOT NULL,
      prompt_tokens INTEGER NOT NULL,
      completion_tokens INTEGER NOT NULL,
      cached_tokens INTEGER NOT NULL DEFAULT 0,
      estimated INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS ledger_ts ON ledger (ts);
    CREATE INDEX IF NOT EXISTS ledger_tenant_ts ON ledger (tenant, ts);
  `);
}

/**
 * @example
 * const ledger = createSqliteLedgerStore(db, { onError: (error) => logger.warn({ error }, 'ledger write failed') });
 * ledger.append(entry);
 * const rows = await ledger.usage({ since: startOfMonth, by: ['day', 'model'] });
 */
export function createSqliteLedgerStore(
  db: Database.Database,
  options: SqliteLedgerStoreOptions = {},
): LedgerStore & { close(): Promise<void>; dropped(): number } {
  migrateLedger(db);
  // ON CONFLICT (id), not OR IGNORE: OR IGNORE would also skip a row breaking NOT NULL without a word.
  const writer = sqliteAppender<LedgerEntry>(
    db,
    'ledger',
    `INSERT INTO ledger (${LEDGER_COLUMNS.join(', ')}) VALUES (${LEDGER_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
    (entry) => ledgerValues(entry, 'integer'),
    options,
  );

  return {
    append: (entry) => writer.append(entry),
    flush: () => writer.flush(),
    async usage(query) {
      await writer.flush();
      const { where, params } = filters(query);
      const groups = query.by.map((dimension, index) => `${DIMENSIONS[dimension]} AS g${index}`);
      const sql = `SELECT ${[...groups, ...SUMS].join(', ')} FROM ledger ${where} ${groupAndOrder(query.by.length)}`;
      const rows = db.prepare(sql).all(params) as Array<Record<string, unknown>>;
      return rows.filter((row) => Number(row.requests) > 0).map((row) => toUsageRow(row, query.by.length));
    },
    async total(query) {
      await writer.flush();
      const { where, params } = filters({ since: query.since, tenant: query.tenant });
      const row = db
        .prepare(`SELECT count(*) AS requests, total(cost_usd) AS cost_usd FROM ledger ${where}`)
        .get(params) as {
        requests: number;
        cost_usd: number;
      };
      return { requests: Number(row.requests), cost_usd: Number(row.cost_usd) };
    },
    close: () => writer.close(),
    dropped: () => writer.dropped(),
  };
}

/** `total()` (not `sum()`) is 0.0 on no rows; SQLite ≥ 3.43 sums REALs with Kahan-Babuška-Neumaier compensation. */
const SUMS = [
  'count(*) AS requests',
  'total(cost_usd) AS cost_usd',
  'total(fallback_usd) AS fallback_usd',
  'total(rescue_usd) AS rescue_usd',
  'total(aux_usd) AS aux_usd',
  'total(cache_savings_usd) AS cache_savings_usd',
  'total(prompt_tokens) AS prompt_tokens',
  'total(completion_tokens) AS completion_tokens',
  'total(cached_tokens) AS cached_tokens',
  'total(estimated) AS estimated',
];

/** Groups by the first `dimensions` output columns; largest cost first, then the groups (nulls last) for a stable order. */
function groupAndOrder(dimensions: number): string {
  const positions = Array.from({ length: dimensions }, (_, index) => index + 1);
  const costPosition = dimensions + 2;
  return [
    positions.length > 0 ? `GROUP BY ${positions.join(', ')}` : '',
    `ORDER BY ${[`${costPosition} DESC`, ...positions.map((position) => `${position} ASC NULLS LAST`)].join(', ')}`,
  ].join(' ');
}

function filters(query: { since?: number | undefined; until?: number | undefined; tenant?: string | undefined }): {
  where: string;
  params: Record<string, unknown>;
} {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.since !== undefined) {
    where.push('ts >= @since');
    params.since = query.since;
  }
  if (query.until !== undefined) {
    where.push('ts < @until');
    params.until = query.until;
  }
  if (query.tenant !== undefined) {
    where.push('tenant = @tenant');
    params.tenant = query.tenant;
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Errors caused by one entry's values rather than by the disk: retrying the same batch would fail forever. */
