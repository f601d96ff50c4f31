/**
 * Records, keys and the spend ledger in PostgreSQL, for several gateway processes sharing one database. One
 * connection pool serves all three; every table lives in the configured schema, created and migrated at open
 * (see postgres-migrations.ts). Budget and rate counters are not here: they live in Redis.
 */
import pg from 'pg';
import type { KeyStore } from '../../spec/store.js';
import { createQuery, describePostgresUrl, explainPostgresError, quoteSchema } from './postgres-connection.js';
import { createPostgresKeyStore } from './postgres-key-store.js';
import { createPostgresLedgerStore, type PostgresLedgerStore } from './postgres-ledger-store.js';
import { migratePostgres } from './postgres-migrations.js';
import { createPostgresRecordStore, type PostgresRecordStore } from './postgres-record-store.js';

export interface PostgresStoresOptions {
  /** `postgres://user:password@host:5432/database`; the password is never printed. */
  url: string;
  /** Every table goes in this schema (created if missing), e.g. `rung`. */
  schema: string;
  /** Failed background writes and dropped connections; serving carries on. */
  onError?: (error: unknown) => void;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Server-side limit per statement (default 10 s). */
  statementTimeoutMs?: number;
  /** How long to wait for a connection before calling the server unreachable (default 5 s). */
  connectTimeoutMs?: number;
  /** Write-behind tuning for records and ledger entries (defaults: 20 ms, 500 rows, 100,000 queued). */
  flushIntervalMs?: number;
  maxBatch?: number;
  maxQueue?: number;
}

export interface PostgresStores {
  readonly description: string;
  readonly records: PostgresRecordStore;
  readonly keys: KeyStore;
  readonly ledger: PostgresLedgerStore;
  /** Rejects with `StoreUnavailableError` naming host:port when the server does not answer. */
  ping(): Promise<void>;
  /** Writes what is queued (one attempt), then closes the pool. */
  close(): Promise<void>;
}

/**
 * Connects, creates and migrates the schema, and returns the stores. Rejects with a message naming host:port
 * (never the password) when the server cannot be reached.
 *
 * @example
 * const stores = await openPostgresStores({ url: process.env.DATABASE_URL ?? '', schema: 'rung' });
 * stores.records.append(record);
 * await stores.close();
 */
export async function openPostgresStores(options: PostgresStoresOptions): Promise<PostgresStores> {
  const target = describePostgresUrl(options.url);
  const quoted = quoteSchema(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'rung',
  });
  // An idle connection dropped by the server is reported here; without a listener it would crash the process.
  pool.on('error', (error) => options.onError?.(explainPostgresError(error, target, 'holding an idle connection')));

  try {
    await migratePostgres(pool, options.schema, quoted);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw explainPostgresError(error, target, `creating schema ${options.schema}`);
  }

  const query = createQuery(pool, target);
  const writing = {
    schema: quoted,
    ...(options.onError === undefined ? {} : { onError: options.onError }),
    ...(options.flushIntervalMs === undefined ? {} : { flushIntervalMs: options.flushIntervalMs }),
    ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
    ...(options.maxQueue === undefined ? {} : { maxQueue: options.maxQueue }),
  };
  const records = createPostgresRecordStore(query, writing);
  const ledger = createPostgresLedgerStore(query, writing);
  const keys = createPostgresKeyStore(query, { schema: quoted });
  let closing: Promise<void> | undefined;

  return {
    description: `PostgreSQL ${target.display} (schema ${options.schema})`,
    records,
    keys,
    ledger,
    async ping() {
      await query('SELECT 1');
    },
    close() {
      closing ??= (async () => {
        await Promise.all([records.close(), ledger.close()]);
        await pool.end();
      })();
      return closing;
    },
  };
}
