/**
 * Conversational memory for several gateway instances: the hot buffer of recent messages in Redis
 * (redis-memory-buffer.ts), and in PostgreSQL what must outlive it: windowed summaries with their embeddings,
 * facts with their history, what each turn was shown, and reset marks (tables in migration 2).
 *
 * Races, and how they are closed:
 * - Two summarisers finishing the same window: `addSummary` inserts only when no summary reaches `toSeq` yet,
 *   under a transaction-scoped advisory lock per (tenant, user), with UNIQUE (conversation, to_seq) behind it.
 * - An erase while a summary is being made: the erase writes a reset mark for its scope in the transaction
 *   that deletes, under the same lock; `addSummary` refuses when a mark covering the conversation is at or after
 *   its `startedAt`. The mark is in PostgreSQL before the Redis buffer is deleted, so a summariser that read the
 *   buffer just before the erase still finds it. Marks are kept `resetRetentionMs`; older summarisations are
 *   refused.
 * - A fact or a context written while the user is erased: written under the same lock, so it lands either
 *   before the erase (and is erased) or after it (new activity).
 * - Two facts with the same key at once: the lock serialises the supersession; a partial unique index allows
 *   one active fact per (key, scope, session) whatever happens.
 *
 * The conversation's seq counter lives with the buffer in Redis. When the buffer has expired (or was never
 * there) the counter starts again from the last summarised seq, read here, so a summarised seq is never reused.
 */
import pg, { type Pool, type PoolClient } from 'pg';
import type { ConversationRef, DeletionCounts, DeletionScope, MemoryStore, TurnContext } from '../../spec/memory.js';
import {
  checkAppendInput,
  checkConversationRef,
  checkDeletionScope,
  checkFactInput,
  checkSummaryInput,
  embeddingBytes,
  type FactRow,
  fromFactRow,
  fromSummaryRow,
  type SummaryRow,
} from '../memory-rows.js';
import { createRedisMemoryBuffer } from '../redis/redis-memory-buffer.js';
import {
  createQuery,
  describePostgresUrl,
  explainPostgresError,
  isBadRow,
  type PostgresTarget,
  quoteSchema,
} from './postgres-connection.js';
import { migratePostgres } from './postgres-migrations.js';

/** First key of the per-user advisory lock: 'RUNM' in ASCII (migrations use 'RUNG'). */
const LOCK_CLASS = 0x52_55_4e_4d;
const DEFAULT_RESET_RETENTION_MS = 24 * 3_600_000;
/** The wildcard in a reset mark: ids are never empty (checked), so '' cannot be a real character or session. */
const ANY = '';

export interface PostgresMemoryTablesOptions {
  /** The schema, already quoted. */
  schema: string;
  /** Epoch ms, for reset marks. */
  now?: () => number;
  /** How long an erase is remembered against summarisations still running (default 24 hours). */
  resetRetentionMs?: number;
}

/** The PostgreSQL half of the memory store: everything but the hot buffer. */
export type PostgresMemoryTables = Pick<
  MemoryStore,
  'addSummary' | 'summarisedUpTo' | 'latestSummary' | 'summaries' | 'addFact' | 'facts' | 'saveContext' | 'context'
> & {
  count(scope: DeletionScope): Promise<Omit<DeletionCounts, 'messages'>>;
  erase(scope: DeletionScope): Promise<Omit<DeletionCounts, 'messages'>>;
};

const SUMMARY_COLUMNS = `id, tenant, "user", "character", session, from_seq, to_seq, text, embedding, created_at`;
const FACT_COLUMNS = `id, tenant, "user", "character", scope, session, key, value, source_turn, created_at,
  superseded_by, superseded_at`;
const REF = `tenant = $1 AND "user" = $2 AND "character" = $3 AND session = $4`;

/**
 * @example
 * const tables = createPostgresMemoryTables(pool, describePostgresUrl(url), { schema: '"rung"' });
 * const stored = await tables.addSummary(summary, startedAt);
 */
export function createPostgresMemoryTables(
  pool: Pool,
  target: PostgresTarget,
  options: PostgresMemoryTablesOptions,
): PostgresMemoryTables {
  const { schema } = options;
  const clock = options.now ?? Date.now;
  const resetRetentionMs = options.resetRetentionMs ?? DEFAULT_RESET_RETENTION_MS;
  const query = createQuery(pool, target);
  const refValues = (ref: ConversationRef) => [ref.tenant, ref.user, ref.character, ref.session];
  const lockArgs = (tenant: string, user: string) => [LOCK_CLASS, JSON.stringify([schema, tenant, user])];

  /** Runs `work` in one transaction holding the (tenant, user) lock. */
  const locked = async <T>(
    tenant: string,
    user: string,
    doing: string,
    work: (client: PoolClient) => Promise<T>,
  ): Promise<T> => {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw explainPostgresError(error, target, doing);
    }
    let failed = false;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', lockArgs(tenant, user));
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      failed = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw isBadRow(error) ? error : explainPostgresError(error, target, doing);
    } finally {
      // A client whose transaction failed mid-way is discarded rather than handed to the next caller.
      client.release(failed);
    }
  };

  const scopeSql = (scope: DeletionScope): { where: string; values: unknown[] } => {
    const values: unknown[] = [scope.tenant, scope.user];
    let where = `tenant = $1 AND "user" = $2`;
    if (scope.character !== undefined) {
      values.push(scope.character);
      where += ` AND "character" = $${values.length}`;
    }
    if (scope.session !== undefined) {
      values.push(scope.session);
      where += ` AND session = $${values.length}`;
    }
    return { where, values };
  };

  const summaries = async (ref: ConversationRef, limit: number) => {
    const rows = await query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM ${schema}.memory_summaries WHERE ${REF} ORDER BY to_seq DESC LIMIT $5`,
      [...refValues(ref), limit],
    );
    return rows.map(fromSummaryRow);
  };

  return {
    async addSummary(summary, startedAt) {
      // Older than what resets are remembered for: a reset it raced may be forgotten, so it cannot be trusted.
      if (startedAt < clock() - resetRetentionMs) return false;
      const ref = summary.ref;
      return locked(ref.tenant, ref.user, 'storing a summary', async (client) => {
        const { rows } = await client.query(
          `INSERT INTO ${schema}.memory_summaries (${SUMMARY_COLUMNS})
           SELECT $5::text, $1::text, $2::text, $3::text, $4::text, $6::bigint, $7::bigint, $8::text, $9::bytea,
             $10::bigint
           WHERE NOT EXISTS (SELECT 1 FROM ${schema}.memory_summaries WHERE ${REF} AND to_seq >= $7::bigint)
             AND NOT EXISTS (
               SELECT 1 FROM ${schema}.memory_resets
               WHERE tenant = $1 AND "user" = $2 AND "character" IN ('', $3) AND session IN ('', $4)
                 AND reset_at >= $11::bigint)
           ON CONFLICT DO NOTHING
           RETURNING id`,
          [
            ...refValues(ref),
            summary.id,
            summary.fromSeq,
            summary.toSeq,
            summary.text,
            embeddingBytes(summary.embedding),
            summary.createdAt,
            startedAt,
          ],
        );
        return rows.length > 0;
      });
    },
    async summarisedUpTo(ref) {
      const [row] = await query<{ seq: string }>(
        `SELECT coalesce(max(to_seq), 0) AS seq FROM ${schema}.memory_summaries WHERE ${REF}`,
        refValues(ref),
      );
      return Number(row?.seq ?? 0);
    },
    async latestSummary(ref) {
      return (await summaries(ref, 1))[0] ?? null;
    },
    summaries,
    async addFact(fact) {
      await locked(fact.tenant, fact.user, 'storing a fact', async (client) => {
        // Adding a fact again (a retry) changes nothing; one handed in already superseded replaces nothing.
        const existing = await client.query(`SELECT 1 FROM ${schema}.memory_facts WHERE id = $1`, [fact.id]);
        if (existing.rows.length > 0) return;
        if (fact.supersededBy === null) {
          await client.query(
            `UPDATE ${schema}.memory_facts SET superseded_by = $1, superseded_at = $2
             WHERE tenant = $3 AND "user" = $4 AND "character" = $5 AND key = $6 AND scope = $7
               AND session IS NOT DISTINCT FROM $8::text AND superseded_by IS NULL AND id <> $1`,
            [fact.id, fact.createdAt, fact.tenant, fact.user, fact.character, fact.key, fact.scope, fact.session],
          );
        }
        await client.query(
          `INSERT INTO ${schema}.memory_facts (${FACT_COLUMNS})
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING`,
          [
            fact.id,
            fact.tenant,
            fact.user,
            fact.character,
            fact.scope,
            fact.session,
            fact.key,
            fact.value,
            fact.sourceTurn,
            fact.createdAt,
            fact.supersededBy,
            fact.supersededAt,
          ],
        );
      });
    },
    async facts(ref, factOptions) {
      const rows = await query<FactRow>(
        `SELECT ${FACT_COLUMNS} FROM ${schema}.memory_facts
         WHERE tenant = $1 AND "user" = $2 AND "character" = $3 AND (scope = 'global' OR session = $4)
           AND ($5::boolean OR superseded_by IS NULL)
         ORDER BY created_at, id COLLATE "C"`,
        [...refValues(ref), factOptions?.includeSuperseded === true],
      );
      return rows.map(fromFactRow);
    },
    async saveContext(context) {
      const ref = context.ref;
      // The lock, taken before the row is written, orders this write against an erase of the user.
      await query(
        `INSERT INTO ${schema}.memory_contexts AS saved (tenant, turn_id, "user", "character", session, ts, context)
         SELECT $1::text, $5::text, $2::text, $3::text, $4::text, $6::bigint, $7::jsonb
         FROM (SELECT pg_advisory_xact_lock($8, hashtext($9))) AS held
         ON CONFLICT (tenant, turn_id) DO UPDATE SET ts = excluded.ts, context = excluded.context
         WHERE saved."user" = excluded."user" AND saved."character" = excluded."character"
           AND saved.session = excluded.session`,
        [...refValues(ref), context.turnId, context.ts, JSON.stringify(context), ...lockArgs(ref.tenant, ref.user)],
      );
    },
    async context(tenant, turnId) {
      const [row] = await query<{ context: TurnContext }>(
        `SELECT context FROM ${schema}.memory_contexts WHERE tenant = $1 AND turn_id = $2`,
        [tenant, turnId],
      );
      return row?.context ?? null;
    },
    async count(scope) {
      const { where, values } = scopeSql(scope);
      const [row] = await query<{ summaries: string; facts: string; contexts: string }>(
        `SELECT (SELECT count(*) FROM ${schema}.memory_summaries WHERE ${where}) AS summaries,
                (SELECT count(*) FROM ${schema}.memory_facts WHERE ${where}) AS facts,
                (SELECT count(*) FROM ${schema}.memory_contexts WHERE ${where}) AS contexts`,
        values,
      );
      return {
        summaries: Number(row?.summaries ?? 0),
        facts: Number(row?.facts ?? 0),
        contexts: Number(row?.contexts ?? 0),
      };
    },
    async erase(scope) {
      return locked(scope.tenant, scope.user, 'erasing memory', async (client) => {
        const now = clock();
        await client.query(
          `INSERT INTO ${schema}.memory_resets AS mark (tenant, "user", "character", session, reset_at)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (tenant, "user", "character", session)
           DO UPDATE SET reset_at = GREATEST(mark.reset_at, excluded.reset_at)`,
          [scope.tenant, scope.user, scope.character ?? ANY, scope.session ?? ANY, now],
        );
        await client.query(`DELETE FROM ${schema}.memory_resets WHERE reset_at < $1`, [now - resetRetentionMs]);
        const { where, values } = scopeSql(scope);
        const { rows } = await client.query<{ summaries: string; facts: string; contexts: string }>(
          `WITH summaries AS (DELETE FROM ${schema}.memory_summaries WHERE ${where} RETURNING 1),
                facts AS (DELETE FROM ${schema}.memory_facts WHERE ${where} RETURNING 1),
                contexts AS (DELETE FROM ${schema}.memory_contexts WHERE ${where} RETURNING 1)
           SELECT (SELECT count(*) FROM summaries) AS summaries, (SELECT count(*) FROM facts) AS facts,
                  (SELECT count(*) FROM contexts) AS contexts`,
          values,
        );
        const [row] = rows;
        return {
          summaries: Number(row?.summaries ?? 0),
          facts: Number(row?.facts ?? 0),
          contexts: Number(row?.contexts ?? 0),
        };
      });
    },
  };
}

export interface RedisPostgresMemoryStoreOptions {
  redis: {
    url: string;
    /** Every key starts with `${prefix}:mem:`. */
    prefix: string;
    /** A Redis call that gets no answer within this rejects with StoreUnavailableError (default 500). */
    commandTimeoutMs?: number;
  };
  postgres: {
    /** `postgres://user:password@host:5432/database`; the password is never printed. */
    url: string;
    /** The schema the other Rung tables are in (created and migrated if missing), e.g. `rung`. */
    schema: string;
    /** Connections in the pool (default 4: summaries and facts are written in the background). */
    poolSize?: number;
    /** Server-side limit per statement (default 10 s). */
    statementTimeoutMs?: number;
    /** How long to wait for a connection before calling the server unreachable (default 5 s). */
    connectTimeoutMs?: number;
  };
  /** Epoch ms; expiry and reset marks use it, so tests move time with it. */
  now?: () => number;
  /** How long an erase is remembered against summarisations still running (default 24 hours). */
  resetRetentionMs?: number;
  /** Dropped connections, and a summary's mark that did not reach Redis (the window then waits for the cap). */
  onError?: (error: unknown) => void;
}

/**
 * Connects to both, migrates the PostgreSQL schema, and returns one `MemoryStore`. Rejects with a message
 * naming host:port (never the password) when PostgreSQL cannot be reached; Redis is connected lazily, and a
 * call while it is down rejects with StoreUnavailableError.
 *
 * @example
 * const memory = await createRedisPostgresMemoryStore({
 *   redis: { url: 'redis://127.0.0.1:6379', prefix: 'rung' },
 *   postgres: { url: process.env.DATABASE_URL ?? '', schema: 'rung' },
 * });
 * await memory.append(ref, [{ role: 'user', content: 'hi', ts: Date.now(), turnId: 'req_1' }], 20, 86_400_000);
 */
export async function createRedisPostgresMemoryStore(options: RedisPostgresMemoryStoreOptions): Promise<MemoryStore> {
  const target = describePostgresUrl(options.postgres.url);
  const quoted = quoteSchema(options.postgres.schema);
  const pool = new pg.Pool({
    connectionString: options.postgres.url,
    max: options.postgres.poolSize ?? 4,
    statement_timeout: options.postgres.statementTimeoutMs ?? 10_000,
    connectionTimeoutMillis: options.postgres.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'rung',
  });
  // An idle connection dropped by the server is reported here; without a listener it would crash the process.
  pool.on('error', (error) => options.onError?.(explainPostgresError(error, target, 'holding an idle connection')));
  try {
    await migratePostgres(pool, options.postgres.schema, quoted);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw explainPostgresError(error, target, `creating schema ${options.postgres.schema}`);
  }

  const tables = createPostgresMemoryTables(pool, target, {
    schema: quoted,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.resetRetentionMs === undefined ? {} : { resetRetentionMs: options.resetRetentionMs }),
  });
  const buffer = createRedisMemoryBuffer({
    url: options.redis.url,
    prefix: options.redis.prefix,
    ...(options.redis.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: options.redis.commandTimeoutMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  let closing: Promise<void> | undefined;

  return {
    description: `${buffer.description} + PostgreSQL ${target.display} (schema ${options.postgres.schema})`,
    async append(ref, messages, keep, ttlMs) {
      checkConversationRef(ref);
      checkAppendInput(messages, keep, ttlMs);
      const seq = await buffer.append(ref, messages, keep, ttlMs);
      if (seq !== null) return seq;
      // No counter in Redis (a new or expired conversation): carry on after what is already summarised.
      const floor = await tables.summarisedUpTo(ref);
      return (await buffer.append(ref, messages, keep, ttlMs, floor)) as number;
    },
    async recent(ref, limit) {
      checkConversationRef(ref);
      return buffer.recent(ref, limit);
    },
    async window(ref, fromSeq, toSeq) {
      checkConversationRef(ref);
      return buffer.window(ref, fromSeq, toSeq);
    },
    async addSummary(summary, startedAt) {
      checkConversationRef(summary.ref);
      checkSummaryInput(summary);
      const stored = await tables.addSummary(summary, startedAt);
      if (stored) {
        // Stored is stored: if Redis misses the mark, the window is trimmed at the cap instead.
        await buffer.markSummarised(summary.ref, summary.toSeq).catch((error: unknown) => options.onError?.(error));
      }
      return stored;
    },
    async summarisedUpTo(ref) {
      checkConversationRef(ref);
      return tables.summarisedUpTo(ref);
    },
    async latestSummary(ref) {
      checkConversationRef(ref);
      return tables.latestSummary(ref);
    },
    async summaries(ref, limit) {
      checkConversationRef(ref);
      return limit >= 1 ? tables.summaries(ref, Math.floor(limit)) : [];
    },
    async addFact(fact) {
      checkFactInput(fact);
      await tables.addFact(fact);
    },
    async facts(ref, factOptions) {
      checkConversationRef(ref);
      return tables.facts(ref, factOptions);
    },
    async saveContext(context) {
      checkConversationRef(context.ref);
      await tables.saveContext(context);
    },
    context: (tenant, turnId) => tables.context(tenant, turnId),
    async count(scope) {
      checkDeletionScope(scope);
      const [messages, rest] = await Promise.all([buffer.count(scope), tables.count(scope)]);
      return { messages, ...rest };
    },
    async erase(scope) {
      checkDeletionScope(scope);
      // PostgreSQL first: its reset mark must exist before the buffer a summariser reads from is gone.
      const rest = await tables.erase(scope);
      const messages = await buffer.erase(scope);
      return { messages, ...rest };
    },
    close() {
      closing ??= (async () => {
        await buffer.close();
        await pool.end();
      })();
      return closing;
    },
  };
}
