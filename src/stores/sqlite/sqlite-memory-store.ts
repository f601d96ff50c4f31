/**
 * Conversational memory in the SQLite file: the hot buffer of recent messages, windowed summaries with their
 * embeddings, durable facts and what each turn was shown, for one machine's processes sharing the file.
 *
 * Every write is one `BEGIN IMMEDIATE` transaction, so the write lock is taken before anything is read: two
 * processes appending to one conversation get consecutive seqs, and two summarisers finishing the same window
 * store one summary between them.
 *
 * The buffer keeps the `keep` newest messages, except that the messages after the last summary (the window
 * waiting to be summarised) stay until a summary covers them: trimming them first would leave the summariser
 * nothing to read. A summariser that never comes must not grow the buffer for ever, so the buffer is cut at
 * `keep * 4` messages whatever happens. Each append renews the conversation's expiry; an expired conversation
 * reads as empty, its rows swept in small batches every `SWEEP_EVERY` writes by their expiry index.
 *
 * Erasing marks the erased scope reset (`memory_resets`) in the same transaction. A summary is refused when a
 * reset covering its conversation happened at or after the summariser started, so a summarisation in flight
 * during an erase writes nothing. Marks are kept for `resetRetentionMs`; a summarisation started longer ago
 * than that is refused, since a reset it raced may already be forgotten. After an erase the conversation's seq
 * starts again from 1; after an expiry it carries on from at least the last summarised seq.
 *
 * Embeddings are stored as the bytes of the Float32Array (the machine's byte order: little-endian everywhere
 * Node runs in practice).
 */
import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../spec/limits.js';
import type {
  ConversationRef,
  DeletionCounts,
  DeletionScope,
  MemoryFact,
  MemoryMessage,
  MemoryStore,
  MemorySummary,
  TurnContext,
} from '../../spec/memory.js';
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

export interface SqliteMemoryStoreOptions {
  /** Epoch ms; expiry, reset marks and sweeping use it, so tests move time with it. */
  now?: () => number;
  /** How long an erase is remembered against summarisations still running (default 24 hours). */
  resetRetentionMs?: number;
}

/** However long the window waits for its summary, the buffer never holds more than this many times `keep`. */
export const WINDOW_CAP_FACTOR = 4;
const SWEEP_EVERY = 128;
const SWEEP_BATCH = 1_000;
const DEFAULT_RESET_RETENTION_MS = 24 * 3_600_000;
/** The wildcard in a reset mark: ref parts are never empty (checked), so '' cannot be a real character or session. */
const ANY = '';

export function migrateMemory(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS memory_conversations (
      tenant TEXT NOT NULL, user TEXT NOT NULL, character TEXT NOT NULL, session TEXT NOT NULL,
      last_seq INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      PRIMARY KEY (tenant, user, character, session)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS memory_conversations_expires_at ON memory_conversations (expires_at);

    CREATE TABLE IF NOT EXISTS memory_messages (
      tenant TEXT NOT NULL, user TEXT NOT NULL, character TEXT NOT NULL, session TEXT NOT NULL,
      seq INTEGER NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
      content TEXT NOT NULL,
      ts INTEGER NOT NULL,
      turn_id TEXT NOT NULL,
      expires_at INTEGER NOT NULL,
      PRIMARY KEY (tenant, user, character, session, seq)
    );
    CREATE INDEX IF NOT EXISTS memory_messages_expires_at ON memory_messages (expires_at);

    CREATE TABLE IF NOT EXISTS memory_summaries (
      id TEXT PRIMARY KEY,
      tenant TEXT NOT NULL, user TEXT NOT NULL, character TEXT NOT NULL, session TEXT NOT NULL,
      from_seq INTEGER NOT NULL,
      to_seq INTEGER NOT NULL,
      text TEXT NOT NULL,
      embedding BLOB NOT NULL,
      created_at INTEGER NOT NULL,
      UNIQUE (tenant, user, character, session, to_seq)
    );

    CREATE TABLE IF NOT EXISTS memory_facts (
      id TEXT PRIMARY KEY,
      tenant TEXT NOT NULL, user TEXT NOT NULL, character TEXT NOT NULL,
      scope TEXT NOT NULL CHECK (scope IN ('global', 'session')),
      session TEXT,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      source_turn TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      superseded_by TEXT,
      superseded_at INTEGER,
      CHECK ((scope = 'global') = (session IS NULL))
    );
    CREATE INDEX IF NOT EXISTS memory_facts_key ON memory_facts (tenant, user, character, key);
    -- At most one active fact per (key, scope, session): the supersession in addFact keeps it so.
    CREATE UNIQUE INDEX IF NOT EXISTS memory_facts_active
      ON memory_facts (tenant, user, character, key, scope, coalesce(session, ''))
      WHERE superseded_by IS NULL;

    CREATE TABLE IF NOT EXISTS memory_contexts (
      tenant TEXT NOT NULL,
      turn_id TEXT NOT NULL,
      user TEXT NOT NULL, character TEXT NOT NULL, session TEXT NOT NULL,
      ts INTEGER NOT NULL,
      context TEXT NOT NULL,
      PRIMARY KEY (tenant, turn_id)
    );
    CREATE INDEX IF NOT EXISTS memory_contexts_ref ON memory_contexts (tenant, user, character, session);

    CREATE TABLE IF NOT EXISTS memory_resets (
      tenant TEXT NOT NULL, user TEXT NOT NULL,
      character TEXT NOT NULL,
      session TEXT NOT NULL,
      reset_at INTEGER NOT NULL,
      PRIMARY KEY (tenant, user, character, session)
    ) WITHOUT ROWID;
  `);
}

/** The WHERE clause selecting a deletion scope (named parameters @tenant, @user, @character, @session). */
function scopeWhere(scope: DeletionScope): string {
  return [
    'tenant = @tenant AND user = @user',
    scope.character === undefined ? '' : ' AND character = @character',
    scope.session === undefined ? '' : ' AND session = @session',
  ].join('');
}

/**
 * @example
 * const memory = createSqliteMemoryStore(db);
 * const ref = { tenant: 'acme', user: 'u1', character: 'mira', session: 'default' };
 * await memory.append(ref, [{ role: 'user', content: 'hi', ts: Date.now(), turnId: 'req_1' }], 20, 86_400_000);
 * const recent = await memory.recent(ref, 20);
 */
export function createSqliteMemoryStore(db: Database.Database, options: SqliteMemoryStoreOptions = {}): MemoryStore {
  migrateMemory(db);
  const clock = options.now ?? Date.now;
  const resetRetentionMs = options.resetRetentionMs ?? DEFAULT_RESET_RETENTION_MS;
  const REF = 'tenant = @tenant AND user = @user AND character = @character AND session = @session';
  const statements = {
    conversation: db.prepare(`SELECT last_seq, expires_at FROM memory_conversations WHERE ${REF}`),
    saveConversation: db.prepare(
      `INSERT INTO memory_conversations (tenant, user, character, session, last_seq, expires_at)
       VALUES (@tenant, @user, @character, @session, @lastSeq, @expiresAt)
       ON CONFLICT (tenant, user, character, session)
       DO UPDATE SET last_seq = excluded.last_seq, expires_at = excluded.expires_at`,
    ),
    insertMessage: db.prepare(
      `INSERT INTO memory_messages (tenant, user, character, session, seq, role, content, ts, turn_id, expires_at)
       VALUES (@tenant, @user, @character, @session, @seq, @role, @content, @ts, @turnId, @expiresAt)`,
    ),
    deleteMessagesOf: db.prepare(`DELETE FROM memory_messages WHERE ${REF}`),
    trimMessages: db.prepare(`DELETE FROM memory_messages WHERE ${REF} AND seq <= @upTo`),
    renewMessages: db.prepare(`UPDATE memory_messages SET expires_at = @expiresAt WHERE ${REF}`),
    recent: db.prepare(
      `SELECT seq, role, content, ts, turn_id FROM memory_messages
       WHERE ${REF} AND expires_at > @now ORDER BY seq DESC LIMIT @limit`,
    ),
    window: db.prepare(
      `SELECT seq, role, content, ts, turn_id FROM memory_messages
       WHERE ${REF} AND seq BETWEEN @fromSeq AND @toSeq AND expires_at > @now ORDER BY seq`,
    ),
    summarisedUpTo: db.prepare(`SELECT coalesce(max(to_seq), 0) AS seq FROM memory_summaries WHERE ${REF}`),
    covered: db.prepare(`SELECT 1 FROM memory_summaries WHERE ${REF} AND to_seq >= @toSeq LIMIT 1`),
    resetSince: db.prepare(
      `SELECT 1 FROM memory_resets
       WHERE tenant = @tenant AND user = @user AND character IN ('', @character) AND session IN ('', @session)
         AND reset_at >= @startedAt
       LIMIT 1`,
    ),
    insertSummary: db.prepare(
      `INSERT INTO memory_summaries
         (id, tenant, user, character, session, from_seq, to_seq, text, embedding, created_at)
       VALUES (@id, @tenant, @user, @character, @session, @fromSeq, @toSeq, @text, @embedding, @createdAt)
       ON CONFLICT DO NOTHING`,
    ),
    summaries: db.prepare(`SELECT * FROM memory_summaries WHERE ${REF} ORDER BY to_seq DESC LIMIT @limit`),
    factExists: db.prepare('SELECT 1 FROM memory_facts WHERE id = ?'),
    supersede: db.prepare(
      `UPDATE memory_facts SET superseded_by = @id, superseded_at = @createdAt
       WHERE tenant = @tenant AND user = @user AND character = @character AND key = @key AND scope = @scope
         AND session IS @session AND superseded_by IS NULL AND id <> @id`,
    ),
    insertFact: db.prepare(
      `INSERT INTO memory_facts
         (id, tenant, user, character, scope, session, key, value, source_turn, created_at,
          superseded_by, superseded_at)
       VALUES (@id, @tenant, @user, @character, @scope, @session, @key, @value, @sourceTurn, @createdAt,
         @supersededBy, @supersededAt)
       ON CONFLICT (id) DO NOTHING`,
    ),
    facts: db.prepare(
      `SELECT * FROM memory_facts
       WHERE tenant = @tenant AND user = @user AND character = @character
         AND (scope = 'global' OR session = @session) AND (@all = 1 OR superseded_by IS NULL)
       ORDER BY created_at, id`,
    ),
    saveContext: db.prepare(
      `INSERT INTO memory_contexts (tenant, turn_id, user, character, session, ts, context)
       VALUES (@tenant, @turnId, @user, @character, @session, @ts, @context)
       ON CONFLICT (tenant, turn_id) DO UPDATE SET ts = excluded.ts, context = excluded.context
       WHERE user = excluded.user AND character = excluded.character AND session = excluded.session`,
    ),
    context: db.prepare('SELECT context FROM memory_contexts WHERE tenant = ? AND turn_id = ?'),
    markReset: db.prepare(
      `INSERT INTO memory_resets (tenant, user, character, session, reset_at)
       VALUES (@tenant, @user, @character, @session, @now)
       ON CONFLICT (tenant, user, character, session) DO UPDATE SET reset_at = max(reset_at, excluded.reset_at)`,
    ),
    expiredMessages: db.prepare(
      'DELETE FROM memory_messages WHERE rowid IN (SELECT rowid FROM memory_messages WHERE expires_at <= ? LIMIT ?)',
    ),
    expiredConversations: db.prepare(
      `DELETE FROM memory_conversations WHERE (tenant, user, character, session) IN
         (SELECT tenant, user, character, session FROM memory_conversations WHERE expires_at <= ? LIMIT ?)`,
    ),
    forgottenResets: db.prepare('DELETE FROM memory_resets WHERE reset_at < ?'),
  };

  /** Scope statements, prepared once per shape (user; user + character; one session). */
  const scoped = new Map<string, Database.Statement>();
  const scopeStatement = (sql: (where: string) => string, scope: DeletionScope): Database.Statement => {
    const text = sql(scopeWhere(scope));
    let statement = scoped.get(text);
    if (statement === undefined) {
      statement = db.prepare(text);
      scoped.set(text, statement);
    }
    return statement;
  };
  const countIn = (table: string, scope: DeletionScope, extra = '', now = 0) => {
    const statement = scopeStatement((where) => `SELECT count(*) AS n FROM ${table} WHERE ${where}${extra}`, scope);
    return Number((statement.get({ ...scopeParams(scope), ...(extra === '' ? {} : { now }) }) as { n: number }).n);
  };
  const deleteIn = (table: string, scope: DeletionScope) =>
    scopeStatement((where) => `DELETE FROM ${table} WHERE ${where}`, scope).run(scopeParams(scope)).changes;

  /** What is held in scope: an expired message is no longer held, though its row may wait for the sweep. */
  const countScope = (scope: DeletionScope, now: number): DeletionCounts => ({
    messages: countIn('memory_messages', scope, ' AND expires_at > @now', now),
    summaries: countIn('memory_summaries', scope),
    facts: countIn('memory_facts', scope),
    contexts: countIn('memory_contexts', scope),
  });

  const appendTransaction = db.transaction(
    (ref: ConversationRef, messages: ReadonlyArray<Omit<MemoryMessage, 'seq'>>, keep: number, ttlMs: number) => {
      const now = clock();
      const expiresAt = now + ttlMs;
      const conversation = statements.conversation.get(ref) as { last_seq: number; expires_at: number } | undefined;
      const summarised = Number((statements.summarisedUpTo.get(ref) as { seq: number }).seq);
      // Expired but not swept yet: its messages go now; the count carries on.
      if (conversation !== undefined && conversation.expires_at <= now) statements.deleteMessagesOf.run(ref);
      let last = Math.max(Number(conversation?.last_seq ?? 0), summarised);
      for (const message of messages) {
        last++;
        statements.insertMessage.run({
          ...ref,
          seq: last,
          role: message.role,
          content: message.content,
          ts: message.ts,
          turnId: message.turnId,
          expiresAt,
        });
      }
      const retain = Math.max(keep, Math.min(last - summarised, keep * WINDOW_CAP_FACTOR));
      statements.trimMessages.run({ ...ref, upTo: last - retain });
      statements.renewMessages.run({ ...ref, expiresAt });
      statements.saveConversation.run({ ...ref, lastSeq: last, expiresAt });
      return last;
    },
  );

  const addSummaryTransaction = db.transaction((summary: MemorySummary, startedAt: number): boolean => {
    const now = clock();
    const ref = summary.ref;
    // Older than what resets are remembered for: a reset it raced may be forgotten, so it cannot be trusted.
    if (startedAt < now - resetRetentionMs) return false;
    if (statements.resetSince.get({ ...ref, startedAt }) !== undefined) return false;
    if (statements.covered.get({ ...ref, toSeq: summary.toSeq }) !== undefined) return false;
    return (
      statements.insertSummary.run({
        id: summary.id,
        ...ref,
        fromSeq: summary.fromSeq,
        toSeq: summary.toSeq,
        text: summary.text,
        embedding: embeddingBytes(summary.embedding),
        createdAt: summary.createdAt,
      }).changes > 0
    );
  });

  const addFactTransaction = db.transaction((fact: MemoryFact) => {
    const params = {
      id: fact.id,
      tenant: fact.tenant,
      user: fact.user,
      character: fact.character,
      scope: fact.scope,
      session: fact.session,
      key: fact.key,
      value: fact.value,
      sourceTurn: fact.sourceTurn,
      createdAt: fact.createdAt,
      supersededBy: fact.supersededBy,
      supersededAt: fact.supersededAt,
    };
    // Adding a fact again (a retry) changes nothing; one handed in already superseded (history) replaces nothing.
    if (statements.factExists.get(fact.id) !== undefined) return;
    if (fact.supersededBy === null) statements.supersede.run(params);
    statements.insertFact.run(params);
  });

  const saveContextTransaction = db.transaction((context: TurnContext) => {
    statements.saveContext.run({
      ...context.ref,
      turnId: context.turnId,
      ts: context.ts,
      context: JSON.stringify(context),
    });
  });

  const eraseTransaction = db.transaction((scope: DeletionScope): DeletionCounts => {
    const now = clock();
    const counts = countScope(scope, now);
    statements.markReset.run({
      tenant: scope.tenant,
      user: scope.user,
      character: scope.character ?? ANY,
      session: scope.session ?? ANY,
      now,
    });
    statements.forgottenResets.run(now - resetRetentionMs);
    deleteIn('memory_messages', scope);
    deleteIn('memory_conversations', scope);
    deleteIn('memory_summaries', scope);
    deleteIn('memory_facts', scope);
    deleteIn('memory_contexts', scope);
    return counts;
  });

  const sweepTransaction = db.transaction((now: number) => {
    statements.expiredMessages.run(now, SWEEP_BATCH);
    statements.expiredConversations.run(now, SWEEP_BATCH);
  });
  let writes = 0;

  /** Runs one write in BEGIN IMMEDIATE; a lock held past busy_timeout is the store being unavailable. */
  const write = <Args extends unknown[], Result>(
    transaction: Database.Transaction<(...args: Args) => Result>,
    ...args: Args
  ): Result => {
    try {
      if (writes++ % SWEEP_EVERY === 0) sweepTransaction.immediate(clock());
      return transaction.immediate(...args);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        throw new StoreUnavailableError('sqlite', `the SQLite file ${db.name} stayed locked: ${String(error)}`, {
          cause: error,
        });
      }
      throw error;
    }
  };

  return {
    description: db.memory ? 'SQLite in memory (nothing kept)' : `SQLite file ${db.name}`,
    async append(ref, messages, keep, ttlMs) {
      checkConversationRef(ref);
      checkAppendInput(messages, keep, ttlMs);
      return write(appendTransaction, ref, messages, keep, ttlMs);
    },
    async recent(ref, limit) {
      checkConversationRef(ref);
      if (!(limit > 0)) return [];
      const rows = statements.recent.all({ ...ref, now: clock(), limit: Math.floor(limit) }) as MessageRow[];
      return rows.reverse().map(fromMessageRow);
    },
    async window(ref, fromSeq, toSeq) {
      checkConversationRef(ref);
      return (statements.window.all({ ...ref, fromSeq, toSeq, now: clock() }) as MessageRow[]).map(fromMessageRow);
    },
    async addSummary(summary, startedAt) {
      checkConversationRef(summary.ref);
      checkSummaryInput(summary);
      return write(addSummaryTransaction, summary, startedAt);
    },
    async summarisedUpTo(ref) {
      checkConversationRef(ref);
      return Number((statements.summarisedUpTo.get(ref) as { seq: number }).seq);
    },
    async latestSummary(ref) {
      checkConversationRef(ref);
      const row = statements.summaries.get({ ...ref, limit: 1 }) as SummaryRow | undefined;
      return row === undefined ? null : fromSummaryRow(row);
    },
    async summaries(ref, limit) {
      checkConversationRef(ref);
      if (!(limit > 0)) return [];
      return (statements.summaries.all({ ...ref, limit: Math.floor(limit) }) as SummaryRow[]).map(fromSummaryRow);
    },
    async addFact(fact) {
      checkFactInput(fact);
      write(addFactTransaction, fact);
    },
    async facts(ref, factOptions) {
      checkConversationRef(ref);
      const rows = statements.facts.all({ ...ref, all: factOptions?.includeSuperseded === true ? 1 : 0 });
      return (rows as FactRow[]).map(fromFactRow);
    },
    async saveContext(context) {
      checkConversationRef(context.ref);
      write(saveContextTransaction, context);
    },
    async context(tenant, turnId) {
      const row = statements.context.get(tenant, turnId) as { context: string } | undefined;
      return row === undefined ? null : (JSON.parse(row.context) as TurnContext);
    },
    async count(scope) {
      checkDeletionScope(scope);
      return countScope(scope, clock());
    },
    async erase(scope) {
      checkDeletionScope(scope);
      return write(eraseTransaction, scope);
    },
    async close() {
      // The caller owns the connection; prepared statements need no closing.
    },
  };
}

function scopeParams(scope: DeletionScope): Record<string, unknown> {
  return {
    tenant: scope.tenant,
    user: scope.user,
    ...(scope.character === undefined ? {} : { character: scope.character }),
    ...(scope.session === undefined ? {} : { session: scope.session }),
  };
}

interface MessageRow {
  seq: number;
  role: MemoryMessage['role'];
  content: string;
  ts: number;
  turn_id: string;
}

function fromMessageRow(row: MessageRow): MemoryMessage {
  return { role: row.role, content: row.content, ts: Number(row.ts), turnId: row.turn_id, seq: Number(row.seq) };
}
