/**
 * The provider contract: what an adapter must do, whatever dialect it speaks upstream.
 * The core hands in a canonical (OpenAI-shaped) request and gets back a canonical response or stream;
 * every failure is an AttemptFailure carrying its outcome class.
 */
import type { AbortSignalLike } from './abort.js';
import type { ChatChunk, ChatRequest, ChatResponse, FinishReason } from './chat.js';
import type { EmbedCall, EmbedResult } from './embeddings.js';

export interface Timeouts {
  /** TCP/TLS connect. */
  connectMs: number;
  /** From sending the request to the first response byte (status and headers). */
  firstByteMs: number;
  /** From sending the request to the first content or tool delta of a stream. */
  firstTokenMs: number;
  /** Longest silence between two body chunks. */
  idleMs: number;
  /** The whole attempt, body included. */
  totalMs: number;
}

/** Token counts normalised across dialects. */
export interface TokenUsage {
  input: number;
  output: number;
  /** Prompt tokens read from a provider cache (a subset of input). */
  cachedInput: number;
  /** Prompt tokens written to a provider cache (a subset of input). */
  cacheWrite: number;
  reasoning: number;
  /** True when counted by Rung because the upstream reported none. */
  estimated: boolean;
}

export interface ProviderCall {
  /** Canonical request: `model` already set to the upstream model id, caps and prefixes applied. */
  request: ChatRequest;
  /** Fields merged into the upstream body as-is (route or model `extra_body`). */
  extraBody: Record<string, unknown> | undefined;
  timeouts: Timeouts;
  /** Aborted when the client goes away or a timeout fires; `signal.reason` says which. */
  signal: AbortSignalLike;
  /** Aborts `signal` with a reason, for timeouts the adapter or transport detects (first byte, idle gap). */
  abort?: (reason: { kind: 'timeout'; which: 'first_byte' | 'idle' }) => void;
}

export interface ProviderResult {
  response: ChatResponse;
  /** The upstream's JSON text of `response`, when it can be reused to answer without serialising again. */
  raw?: string;
  finish: FinishReason;
  usage: TokenUsage | null;
  status: number;
}

/** One stream event: the canonical chunk, and its original JSON text when it can be forwarded untouched. */
export interface StreamChunk {
  /** The parsed chunk; an empty placeholder when `plain` (not parsed). */
  chunk: ChatChunk;
  raw: string | null;
  finish: FinishReason | null;
  usage: TokenUsage | null;
  /**
   * True when the chunk was not parsed: it came after a chunk carrying an answer (`chunkCarriesAnswer`) and its
   * text shows a plain content delta (no finish reason, usage or error). A committed stream only forwards such
   * chunks, and parsing each costs more than the rest of the proxying: forward `raw` as it is.
   */
  plain: boolean;
}

/**
 * A stream yields chunks in batches — whatever one network read carried — so a proxy pays one await per read,
 * not per chunk. A batch is never empty.
 */
export interface ProviderStream extends AsyncIterable<StreamChunk[]> {
  status: number;
  /** Stop reading and release the connection. Safe to call twice. */
  cancel(): void;
}

/** The result of an iterator that has finished: one frozen object for every hand-written iterator to return. */
export const FINISHED: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * `target` made async-iterable by `iterator`. The symbol key is assigned, not written in the object literal: a
 * computed key in a literal is a runtime call in V8 (~180 ns per object), a keyed store is not.
 * @example const stream = withAsyncIterator({ status: 200, cancel() {} }, () => iterator);
 */
export function withAsyncIterator<T extends object, V>(
  target: T,
  iterator: () => AsyncIterator<V>,
): NoInfer<T> & AsyncIterable<V> {
  const iterable = target as T & AsyncIterable<V>;
  iterable[Symbol.asyncIterator] = iterator;
  return iterable;
}

export interface Provider {
  readonly name: string;
  readonly kind: string;
  /** Non-streaming call. Throws AttemptFailure. */
  chat(call: ProviderCall): Promise<ProviderResult>;
  /** Streaming call; resolves once the upstream accepted the request. Iteration throws AttemptFailure. */
  stream(call: ProviderCall): Promise<ProviderStream>;
  /** Embeddings call, for adapters whose upstream has an embeddings API. Throws AttemptFailure. */
  embed?(call: EmbedCall): Promise<EmbedResult>;
  /** Release pools. */
  close(): Promise<void>;
}
