/**
 * The conversational-memory contracts: per (tenant, user, character, session) a hot buffer of recent
 * messages, windowed summaries with their embeddings (the cold layer), and durable facts. The embedded store
 * (SQLite) and Redis (hot buffer) + PostgreSQL (summaries, facts) implement `MemoryStore` and pass one
 * contract suite (src/testing/memory-contract.ts).
 *
 * Selection is always by attribute (tenant, user, character, session), never by a range of ids, and a
 * tenant's data is never reachable from another tenant's reference.
 */

export interface ConversationRef {
  tenant: string;
  user: string;
  character: string;
  /** Isolated sessions of one (user, character); `default` when the client names none. */
  session: string;
}

export interface MemoryMessage {
  role: 'user' | 'assistant';
  content: string;
  /** Epoch ms. */
  ts: number;
  /** The request id of the turn that produced it. */
  turnId: string;
  /** Position in the conversation, from 1, assigned by the store on append. */
  seq: number;
}

export interface MemorySummary {
  id: string;
  ref: ConversationRef;
  /** The messages it covers (inclusive). */
  fromSeq: number;
  toSeq: number;
  text: string;
  /** L2-normalised. */
  embedding: Float32Array;
  createdAt: number;
}

export type FactScope = 'global' | 'session';

export interface MemoryFact {
  id: string;
  tenant: string;
  user: string;
  character: string;
  /** `global`: every session of the (user, character); `session`: only `session`. */
  scope: FactScope;
  session: string | null;
  /** A normalised key, e.g. `name`, `favourite_drink`, `timezone`. */
  key: string;
  value: string;
  /** The turn whose user message stated it. */
  sourceTurn: string;
  createdAt: number;
  /** Set when a later fact with the same key and scope replaced it; superseded facts are kept as history. */
  supersededBy: string | null;
  supersededAt: number | null;
}

/** What was injected into one turn's prompt, readable afterwards (`GET .../turns/{id}/context`). */
export interface TurnContext {
  turnId: string;
  ref: ConversationRef;
  ts: number;
  recentCount: number;
  summaryIds: string[];
  factIds: string[];
  tokens: number;
  /** The memory block as the model saw it. */
  text: string;
}

export interface DeletionCounts {
  messages: number;
  summaries: number;
  facts: number;
  contexts: number;
}

/** What a deletion selects: a user (all characters), a (user, character), or one session. */
export interface DeletionScope {
  tenant: string;
  user: string;
  character?: string;
  session?: string;
}

export interface MemoryStore {
  readonly description: string;
  /**
   * Appends to the hot buffer, keeping at most `keep` newest messages and renewing the buffer's TTL, in one
   * step. Returns the seq of the last message appended (the conversation's length so far).
   */
  append(
    ref: ConversationRef,
    messages: ReadonlyArray<Omit<MemoryMessage, 'seq'>>,
    keep: number,
    ttlMs: number,
  ): Promise<number>;
  /** The newest `limit` messages still in the hot buffer, oldest first. */
  recent(ref: ConversationRef, limit: number): Promise<MemoryMessage[]>;
  /** Messages with seq in [fromSeq, toSeq] still held (the hot buffer keeps the window until it is summarised). */
  window(ref: ConversationRef, fromSeq: number, toSeq: number): Promise<MemoryMessage[]>;

  /**
   * Stores a summary unless one already covers `toSeq` for this conversation, or the conversation was reset
   * after `startedAt` (a reset during summarisation writes nothing). True when stored.
   */
  addSummary(summary: MemorySummary, startedAt: number): Promise<boolean>;
  /** The highest seq covered by a summary (0 when none). */
  summarisedUpTo(ref: ConversationRef): Promise<number>;
  latestSummary(ref: ConversationRef): Promise<MemorySummary | null>;
  /** All summaries of the conversation (for recall); newest first, at most `limit`. */
  summaries(ref: ConversationRef, limit: number): Promise<MemorySummary[]>;

  /** Adds a fact; an active fact with the same (key, scope, session) is superseded by it, not deleted. */
  addFact(fact: MemoryFact): Promise<void>;
  /** Active facts for the conversation: its session's and the global ones (superseded only when asked). */
  facts(ref: ConversationRef, options?: { includeSuperseded?: boolean }): Promise<MemoryFact[]>;

  saveContext(context: TurnContext): Promise<void>;
  context(tenant: string, turnId: string): Promise<TurnContext | null>;

  /** Counts what `erase` would remove. */
  count(scope: DeletionScope): Promise<DeletionCounts>;
  /** Removes messages, summaries (with embeddings), facts and contexts in scope; marks the scope reset. */
  erase(scope: DeletionScope): Promise<DeletionCounts>;
  close(): Promise<void>;
}
