/**
 * The response-cache contracts. An exact cache keyed by a hash of the normalised request, and a semantic
 * cache searched by embedding similarity. Both are namespaced (tenant, and user where a route is
 * personalised): an entry is only ever found from the namespace that stored it. Both are bounded by entry
 * count and bytes per store, evicting least recently used entries first.
 *
 * Implementations: in-process (the embedded default) and Redis (exact only; see docs/caching.md).
 */

/** What is cached: the answer's body as sent (JSON text), and enough to replay it as a stream. */
export interface CachedAnswer {
  /** The chat completion body (without its `rung` report), as JSON text. */
  body: string;
  /** The configured model that answered, for the report and metrics. */
  model: string;
  /** Epoch ms when it was stored. */
  storedAt: number;
  /** What the original call cost: a hit saves this. */
  costUsd: number | null;
}

export interface ExactCache {
  readonly description: string;
  get(namespace: string, key: string, now?: number): Promise<CachedAnswer | null>;
  /** Stores with a time to live; replaces an entry with the same key. Never throws for a too-large entry: skips it. */
  set(namespace: string, key: string, answer: CachedAnswer, ttlMs: number, now?: number): Promise<void>;
  /** Entries and bytes held (across namespaces). */
  stats(): Promise<{ entries: number; bytes: number }>;
  /** Removes every entry of a namespace (a tenant's data deletion). */
  clear(namespace: string): Promise<number>;
  close(): Promise<void>;
}

export interface SemanticHit {
  answer: CachedAnswer;
  /** Cosine similarity of the stored prompt to the query, in [-1, 1]. */
  similarity: number;
}

export interface SemanticCache {
  readonly description: string;
  /** The most similar entry of the namespace at or above `threshold`, if any (and not expired). */
  search(namespace: string, vector: Float32Array, threshold: number, now?: number): Promise<SemanticHit | null>;
  set(namespace: string, vector: Float32Array, answer: CachedAnswer, ttlMs: number, now?: number): Promise<void>;
  stats(): Promise<{ entries: number; bytes: number }>;
  clear(namespace: string): Promise<number>;
  close(): Promise<void>;
}

export interface CacheLimits {
  /** Most entries held (all namespaces together). */
  maxEntries: number;
  /** Most bytes held (bodies, keys and vectors, approximately), all namespaces together. */
  maxBytes: number;
  /** An entry larger than this is not stored. */
  maxEntryBytes: number;
}
