/**
 * The transport under every HTTP-speaking adapter. The real one is undici; the simulator plays scripted
 * responses in memory through the same interface, so the simulator exercises the adapters' real parsing.
 */
import type { AbortSignalLike } from '../../spec/abort.js';
import type { Timeouts } from '../../spec/provider.js';

export interface UpstreamRequest {
  /** Absolute URL. */
  url: string;
  method: 'POST' | 'GET';
  headers: Record<string, string>;
  body: string | null;
  /** Aborted by the core on client disconnect or a core-level timeout; `signal.reason` says which. */
  signal: AbortSignalLike;
  /**
   * Aborts `signal` with a cause. When given, the transport fires its first-byte and idle timeouts through it
   * instead of making an AbortController of its own (one fewer per call on the hot path).
   */
  abort?: (cause: TransportTimeout) => void;
  timeouts: Timeouts;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /**
   * The body as it arrives. Iteration throws a transport error (see transport-errors.ts) on reset or idle
   * timeout, and AbortError-like errors on abort.
   */
  body: AsyncIterable<Uint8Array>;
  /** Read the whole body as UTF-8 (throws like `body`). */
  text(): Promise<string>;
  /** Discard the rest of the body and release the connection. */
  discard(): void;
}

export interface Transport {
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
  close(): Promise<void>;
}

/** Why the core aborted an attempt; set as `AbortSignal.reason`. */
export type AbortCause =
  | { kind: 'client_closed' }
  | { kind: 'timeout'; which: 'first_byte' | 'first_token' | 'idle' | 'total' };

export function isAbortCause(value: unknown): value is AbortCause {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    ((value as AbortCause).kind === 'client_closed' || (value as AbortCause).kind === 'timeout')
  );
}

/** The timeouts a transport detects itself. */
export type TransportTimeout = { kind: 'timeout'; which: 'first_byte' | 'idle' };
