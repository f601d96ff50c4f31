/**
 * What the SQLite and the PostgreSQL memory stores share: rows of summaries and facts back into the spec's
 * types (numbers may arrive as strings from PostgreSQL bigint), embeddings as bytes, and the input checks
 * that refuse an empty id rather than read it as "all".
 */
import type { ConversationRef, DeletionScope, MemoryFact, MemoryMessage, MemorySummary } from '../spec/memory.js';

export interface SummaryRow {
  id: string;
  tenant: string;
  user: string;
  character: string;
  session: string;
  from_seq: number | string;
  to_seq: number | string;
  text: string;
  embedding: Buffer;
  created_at: number | string;
}

export function fromSummaryRow(row: SummaryRow): MemorySummary {
  return {
    id: row.id,
    ref: { tenant: row.tenant, user: row.user, character: row.character, session: row.session },
    fromSeq: Number(row.from_seq),
    toSeq: Number(row.to_seq),
    text: row.text,
    embedding: embeddingFromBytes(row.embedding),
    createdAt: Number(row.created_at),
  };
}

export interface FactRow {
  id: string;
  tenant: string;
  user: string;
  character: string;
  scope: MemoryFact['scope'];
  session: string | null;
  key: string;
  value: string;
  source_turn: string;
  created_at: number | string;
  superseded_by: string | null;
  superseded_at: number | string | null;
}

export function fromFactRow(row: FactRow): MemoryFact {
  return {
    id: row.id,
    tenant: row.tenant,
    user: row.user,
    character: row.character,
    scope: row.scope,
    session: row.session,
    key: row.key,
    value: row.value,
    sourceTurn: row.source_turn,
    createdAt: Number(row.created_at),
    supersededBy: row.superseded_by,
    supersededAt: row.superseded_at === null ? null : Number(row.superseded_at),
  };
}

/** The Float32Array's own bytes (a view, not a copy). */
export function embeddingBytes(embedding: Float32Array): Buffer {
  return Buffer.from(embedding.buffer, embedding.byteOffset, embedding.byteLength);
}

/** Copied into a fresh buffer: the driver's Buffer may sit at an offset a Float32Array cannot start at. */
export function embeddingFromBytes(bytes: Uint8Array): Float32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

function checkPart(value: unknown, name: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new RangeError(`${name} must be a non-empty string`);
}

export function checkConversationRef(ref: ConversationRef): void {
  checkPart(ref.tenant, 'tenant');
  checkPart(ref.user, 'user');
  checkPart(ref.character, 'character');
  checkPart(ref.session, 'session');
}

/**
 * A scope is a user, a (user, character) or one session of a (user, character). An empty part is refused
 * rather than read as "all": a blank that widens a deletion is how whole tables go.
 */
export function checkDeletionScope(scope: DeletionScope): void {
  checkPart(scope.tenant, 'tenant');
  checkPart(scope.user, 'user');
  if (scope.character !== undefined) checkPart(scope.character, 'character');
  if (scope.session !== undefined) {
    checkPart(scope.session, 'session');
    if (scope.character === undefined) throw new RangeError('a session scope also names its character');
  }
}

export function checkAppendInput(
  messages: ReadonlyArray<Omit<MemoryMessage, 'seq'>>,
  keep: number,
  ttlMs: number,
): void {
  if (!(Number.isSafeInteger(keep) && keep > 0)) throw new RangeError(`keep must be a positive integer, got ${keep}`);
  if (!(Number.isFinite(ttlMs) && ttlMs > 0)) throw new RangeError(`ttlMs must be positive, got ${ttlMs}`);
  for (const message of messages) {
    if (message.role !== 'user' && message.role !== 'assistant') {
      throw new RangeError(`role must be user or assistant, got ${String(message.role)}`);
    }
  }
}

export function checkSummaryInput(summary: MemorySummary): void {
  if (!(Number.isSafeInteger(summary.fromSeq) && summary.fromSeq >= 1 && summary.toSeq >= summary.fromSeq)) {
    throw new RangeError(
      `summary ${summary.id}: expected 1 <= fromSeq <= toSeq, got ${summary.fromSeq}..${summary.toSeq}`,
    );
  }
}

export function checkFactInput(fact: MemoryFact): void {
  checkPart(fact.tenant, 'tenant');
  checkPart(fact.user, 'user');
  checkPart(fact.character, 'character');
  if (fact.scope === 'global' ? fact.session !== null : typeof fact.session !== 'string' || fact.session === '') {
    throw new RangeError(`fact ${fact.id}: a global fact has no session, a session fact names one`);
  }
}
