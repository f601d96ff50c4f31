/**
 * Everything about one attempt that is not the network: the upstream request for this rung (model id,
 * system prefix, output cap), the abort wiring and the timers, and how long to wait before a retry.
 */

import type { AbortCause } from '../providers/http/transport.js';
import { Abort, type AbortSignalLike } from '../spec/abort.js';
import type { ChatRequest } from '../spec/chat.js';
import type { EmbedCall, EmbeddingRequest } from '../spec/embeddings.js';
import type { AttemptFailure } from '../spec/errors.js';
import type { ProviderCall } from '../spec/provider.js';
import { withCacheMarkers } from './cache-markers.js';
import type { ResolvedRung } from './resolve-chain.js';

/** The request as this rung's upstream should see it. The client's request is never mutated. */
export function requestForRung(request: ChatRequest, rung: ResolvedRung): ChatRequest {
  const out: ChatRequest = { ...request, model: rung.upstreamId };
  if (rung.systemPrefix !== undefined) {
    out.messages = [{ role: 'system', content: rung.systemPrefix }, ...request.messages];
  }
  if (rung.cacheMarkers !== 'off') {
    out.messages = withCacheMarkers(out.messages, rung.cacheMarkers, rung.modelConfig?.min_cache_tokens);
  }
  const cap = rung.maxOutputTokens;
  if (cap !== undefined) {
    let capped = false;
    if (typeof request.max_tokens === 'number') {
      out.max_tokens = Math.min(request.max_tokens, cap);
      capped = true;
    }
    if (typeof request.max_completion_tokens === 'number') {
      out.max_completion_tokens = Math.min(request.max_completion_tokens, cap);
      capped = true;
    }
    if (!capped) out.max_tokens = cap;
  }
  // Cleared, not deleted: `delete` turns the object into a dictionary, and every read and the JSON.stringify of
  // the upstream body after it take the slow path (1.7 µs against 0.7 µs for a streamed request's body).
  if (out.stream !== undefined) out.stream = undefined;
  return out;
}

export interface AttemptControl {
  controller: Abort;
  /** Aborts the attempt with a cause (a timeout the transport detects). */
  abort(cause: AbortCause): void;
  /** Stop the first-token timer once content has arrived. */
  firstTokenArrived(): void;
  /** Remove listeners and timers. Idempotent. */
  release(): void;
}

/** The provider call for a chat attempt at this rung. */
export function chatCall(request: ChatRequest, rung: ResolvedRung, control: AttemptControl): ProviderCall {
  return {
    request: requestForRung(request, rung),
    extraBody: rung.extraBody,
    timeouts: rung.timeouts,
    signal: control.controller,
    abort: control.abort,
  };
}

/** The provider call for an embeddings attempt at this rung. */
export function embedCall(request: EmbeddingRequest, rung: ResolvedRung, control: AttemptControl): EmbedCall {
  return {
    request: { ...request, model: rung.upstreamId },
    extraBody: rung.extraBody,
    timeouts: rung.timeouts,
    signal: control.controller,
    abort: control.abort,
  };
}

/**
 * Wires the client's signal and the first-token and total timeouts into one Abort whose reason
 * tells the transport which of them fired.
 */
export function startAttempt(rung: ResolvedRung, clientSignal: AbortSignalLike, stream: boolean): AttemptControl {
  const controller = new Abort();
  const abort = (cause: AbortCause) => controller.abort(cause);
  const onClientClose = () => abort({ kind: 'client_closed' });
  if (clientSignal.aborted) onClientClose();
  else clientSignal.addEventListener('abort', onClientClose, { once: true });
  const total = setTimeout(() => abort({ kind: 'timeout', which: 'total' }), rung.timeouts.totalMs);
  let firstToken: NodeJS.Timeout | undefined = stream
    ? setTimeout(() => abort({ kind: 'timeout', which: 'first_token' }), rung.timeouts.firstTokenMs)
    : undefined;
  let released = false;
  return {
    controller,
    abort,
    firstTokenArrived() {
      if (firstToken !== undefined) clearTimeout(firstToken);
      firstToken = undefined;
    },
    release() {
      if (released) return;
      released = true;
      clearTimeout(total);
      if (firstToken !== undefined) clearTimeout(firstToken);
      clientSignal.removeEventListener('abort', onClientClose);
    },
  };
}

const RETRYABLE = new Set(['connect_error', 'timeout', 'rate_limited', 'upstream_error', 'malformed', 'stream_cut']);

/**
 * Milliseconds to wait before retrying inside the same rung, or null to fall through now. Full jitter on an
 * exponential base; a Retry-After longer than the cap means another rung is the faster way to an answer.
 */
export function retryDelay(
  failure: AttemptFailure,
  retry: number,
  maxRetries: number,
  baseDelayMs: number,
  retryAfterCapMs: number,
  random: () => number = Math.random,
): number | null {
  if (retry >= maxRetries || !RETRYABLE.has(failure.outcome)) return null;
  if (failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs > retryAfterCapMs ? null : failure.retryAfterMs;
  }
  return Math.round(random() * baseDelayMs * 2 ** retry);
}
