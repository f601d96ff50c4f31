/**
 * Every table Rung keeps in PostgreSQL, as numbered migrations applied at open. All of them run in one
 * transaction holding a transaction-scoped advisory lock for the schema, so several gateway processes starting
 * at once take turns: the first creates the schema and tables, the others find them there. Applied versions
 * are written to `rung_migrations`; a later release appends a migration here, never edits a shipped one.
 *
 * Types: times are epoch-ms `bigint`; money is `numeric` (exact decimal: a sum over a million ledger rows is the
 * sum of what was written, not an accumulation of binary rounding, and it reconciles with the nano-dollar budget
 * counters); durations are `double precision`; attempts, usage, flags and limits are `jsonb`; routes are `text[]`.
 */
import type { Pool } from 'pg';

interface Migration {
  version: number;
  name: string;
  /** SQL for the schema, given as a quoted identifier. */
  up(schema: string): string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'request records, gateway keys, spend ledger',
    up: (schema) => `
      CREATE TABLE IF NOT EXISTS ${schema}.request_records (
        id text PRIMARY KEY,
        -- Insertion order, to break ties between records of the same millisecond (SQLite uses its rowid).
        seq bigint GENERATED ALWAYS AS IDENTITY,
        ts bigint NOT NULL,
        endpoint text NOT NULL,
        route text, plan text, mode text, "user" text, tenant text, key_name text,
        stream boolean NOT NULL,
        status integer NOT NULL,
        error_code text,
        model text, provider text, attempt integer,
        used_fallback boolean NOT NULL,
        cost_usd numeric,
        ttft_ms double precision,
        total_ms double precision NOT NULL,
        attempts jsonb NOT NULL,
        usage jsonb,
        flags jsonb
      );
      CREATE INDEX IF NOT EXISTS request_records_ts ON ${schema}.request_records (ts DESC, seq DESC);
      CREATE INDEX IF NOT EXISTS request_records_user_ts ON ${schema}.request_records ("user", ts DESC);
      CREATE INDEX IF NOT EXISTS request_records_route_ts ON ${schema}.request_records (route, ts DESC);
      CREATE INDEX IF NOT EXISTS request_records_failed_ts ON ${schema}.request_records (ts DESC)
        WHERE status >= 400 OR error_code IS NOT NULL;

      CREATE TABLE IF NOT EXISTS ${schema}.api_keys (
        id text PRIMARY KEY,
        hash text NOT NULL,
        prefix text NOT NULL,
        name text NOT NULL,
        tenant text NOT NULL,
        plan text NOT NULL,
        mode text,
        routes text[],
        limits jsonb NOT NULL,
        created_at bigint NOT NULL,
        revoked_at bigint,
        rotated_from text
      );
      CREATE UNIQUE INDEX IF NOT EXISTS api_keys_hash ON ${schema}.api_keys (hash);
      CREATE INDEX IF NOT EXISTS api_keys_tenant_created ON ${schema}.api_keys (tenant, created_at DESC);
      CREATE INDEX IF NOT EXISTS api_keys_created ON ${schema}.api_keys (created_at DESC);

      CREATE TABLE IF NOT EXISTS ${schema}.ledger (
        id text PRIMARY KEY,
        ts bigint NOT NULL,
        -- The UTC day of ts, computed by the server from the integer alone (no time zone setting involved).
        day date GENERATED ALWAYS AS (date '1970-01-01' + floor(ts / 86400000.0)::integer) STORED,
        tenant text, "user" text, key_id text, plan text, route text, model text,
        cost_usd numeric NOT NULL,
        fallback_usd numeric NOT NULL,
        rescue_usd numeric NOT NULL,
        aux_usd numeric NOT NULL,
        cache_savings_usd numeric NOT NULL,
        prompt_tokens bigint NOT NULL,
        completion_tokens bigint NOT NULL,
        cached_tokens bigint NOT NULL DEFAULT 0,
        estimated boolean NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ledger_ts ON ${schema}.ledger (ts);
      CREATE INDEX IF NOT EXISTS ledger_tenant_ts ON ${schema}.ledger (tenant, ts);
    `,
  },
  {
    version: 2,
    name: 'conversational memory: summaries, facts, turn contexts, reset marks',
    // The hot buffer of recent messages lives in Redis (redis-memory-buffer.ts); what must outlive it is here.
    // Embeddings are the bytes of a Float32Array (little-endian). A reset mark with '' for character or session
    // covers all of them (ids are never empty); see postgres-memory-store.ts.
    up: (schema) => `
      CREATE TABLE IF NOT EXISTS ${schema}.memory_summaries (
        id text PRIMARY KEY,
        tenant text NOT NULL, "user" text NOT NULL, "character" text NOT NULL, session text NOT NULL,
        from_seq bigint NOT NULL,
        to_seq bigint NOT NULL,
        text text NOT NULL,
        embedding bytea NOT NULL,
        created_at bigint NOT NULL,
        UNIQUE (tenant, "user", "character", session, to_seq)
      );

      CREATE TABLE IF NOT EXISTS ${schema}.memory_facts (
        id text PRIMARY KEY,
        tenant text NOT NULL, "user" text NOT NULL, "character" text NOT NULL,
        scope text NOT NULL CHECK (scope IN ('global', 'session')),
        session text,
        key text NOT NULL,
        value text NOT NULL,
        source_turn text NOT NULL,
        created_at bigint NOT NULL,
        superseded_by text,
        superseded_at bigint,
        CHECK ((scope = 'global') = (session IS NULL))
      );
      CREATE INDEX IF NOT EXISTS memory_facts_key ON ${schema}.memory_facts (tenant, "user", "character", key);
      CREATE UNIQUE INDEX IF NOT EXISTS memory_facts_active
        ON ${schema}.memory_facts (tenant, "user", "character", key, scope, coalesce(session, ''))
        WHERE superseded_by IS NULL;

      CREATE TABLE IF NOT EXISTS ${schema}.memory_contexts (
        tenant text NOT NULL,
        turn_id text NOT NULL,
        "user" text NOT NULL, "character" text NOT NULL, session text NOT NULL,
        ts bigint NOT NULL,
        context jsonb NOT NULL,
        PRIMARY KEY (tenant, turn_id)
      );
      CREATE INDEX IF NOT EXISTS memory_contexts_ref
        ON ${schema}.memory_contexts (tenant, "user", "character", session);

      CREATE TABLE IF NOT EXISTS ${schema}.memory_resets (
        tenant text NOT NULL, "user" text NOT NULL, "character" text NOT NULL, session text NOT NULL,
        reset_at bigint NOT NULL,
        PRIMARY KEY (tenant, "user", "character", session)
      );
    `,
  },
];

/** First key of the advisory lock: 'RUNG' in ASCII. The second is the hash of the schema name. */
const LOCK_CLASS = 0x52_55_4e_47;

/**
 * Brings `schema` up to the latest migration. Safe to run from many processes at once.
 *
 * @example
 * await migratePostgres(pool, 'rung', '"rung"');
 */
export async function migratePostgres(pool: Pool, schema: string, quoted: string): Promise<void> {
  const client = await pool.connect();
  let failed = false;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${quoted}.rung_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const applied = new Set(
      (await client.query<{ version: number }>(`SELECT version FROM ${quoted}.rung_migrations`)).rows.map(
        (row) => row.version,
      ),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.up(quoted));
      await client.query(`INSERT INTO ${quoted}.rung_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    failed = true;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    // A client whose transaction failed mid-way is discarded rather than handed to the next caller.
    client.release(failed);
  }
}
