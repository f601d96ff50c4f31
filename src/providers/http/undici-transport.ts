/**
 * The real transport: undici connection pools, one Agent per connect timeout (undici sets the connect timeout
 * per dispatcher), keep-alive, and every failure mapped to an AttemptFailure with its outcome class.
 */

import { finished, type Readable } from 'node:stream';
import { Agent, type Dispatcher, errors as undiciErrors } from 'undici';
import type { AbortSignalLike } from '../../spec/abort.js';
import { AttemptFailure } from '../../spec/errors.js';
import { FINISHED, withAsyncIterator } from '../../spec/provider.js';
import type { Transport, TransportTimeout, UpstreamRequest, UpstreamResponse } from './transport.js';
import { isAbortCause } from './transport.js';

export interface UndiciTransportOptions {
  /** Connections per origin. */
  maxConnections: number;
}

/** Agents are keyed by connect timeout; configs use a handful of distinct values, capped all the same. */
const MAX_AGENTS = 16;

/** Upstream URLs are few (one or two per provider); past this many distinct ones the split cache starts over. */
const MAX_SPLIT_URLS = 1_024;

/**
 * A URL as the origin and path undici's `Agent.request` takes. Split once per distinct URL: the top-level
 * `request(url)` parses the URL on every call, measured at about 8 µs of CPU per proxied request.
 */
function splitter(): (url: string) => { origin: string; path: string } {
  const cache = new Map<string, { origin: string; path: string }>();
  return (url) => {
    let split = cache.get(url);
    if (split === undefined) {
      const parsed = new URL(url);
      split = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      if (cache.size >= MAX_SPLIT_URLS) cache.clear();
      cache.set(url, split);
    }
    return split;
  };
}

export function createUndiciTransport(options: UndiciTransportOptions): Transport {
  const agents = new Map<number, Agent>();
  const split = splitter();

  const agentFor = (connectMs: number): Agent => {
    let agent = agents.get(connectMs);
    if (agent === undefined) {
      if (agents.size >= MAX_AGENTS) {
        // Oldest first: Map keeps insertion order. Closing lets in-flight requests finish.
        const [oldestKey, oldest] = agents.entries().next().value as [number, Agent];
        agents.delete(oldestKey);
        void oldest.close();
      }
      agent = new Agent({
        connections: options.maxConnections,
        connect: { timeout: connectMs },
        keepAliveTimeout: 30_000,
        keepAliveMaxTimeout: 600_000,
        pipelining: 1,
      });
      agents.set(connectMs, agent);
    }
    return agent;
  };

  return {
    async send(upstream: UpstreamRequest): Promise<UpstreamResponse> {
      // Our own first-byte and idle timers: undici's run on a coarse clock (about a second), too loose for the
      // sub-second limits an instant route may set. undici's own stay on as a backstop.
      let signal: AbortSignalLike = upstream.signal;
      let abort: (reason: TransportTimeout) => void;
      let forward: (() => void) | undefined;
      if (upstream.abort !== undefined) {
        abort = upstream.abort;
      } else {
        const local = new AbortController();
        signal = local.signal;
        abort = (reason) => {
          if (!local.signal.aborted) local.abort(reason);
        };
        const onAbort = () => {
          if (!local.signal.aborted) local.abort(upstream.signal.reason);
        };
        forward = onAbort;
        if (upstream.signal.aborted) onAbort();
        else upstream.signal.addEventListener('abort', onAbort, { once: true });
      }
      const timeouts = upstream.timeouts;
      let timer: NodeJS.Timeout | undefined = setTimeout(
        () => abort({ kind: 'timeout', which: 'first_byte' }),
        timeouts.firstByteMs,
      );
      const release = () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        if (forward !== undefined) upstream.signal.removeEventListener('abort', forward);
      };
      let response: Dispatcher.ResponseData;
      try {
        const { origin, path } = split(upstream.url);
        response = await agentFor(timeouts.connectMs).request({
          origin,
          path,
          method: upstream.method,
          headers: upstream.headers,
          body: upstream.body,
          // undici accepts anything with addEventListener/removeEventListener as a signal.
          signal: signal as AbortSignal,
          headersTimeout: timeouts.firstByteMs + 1_000,
          bodyTimeout: timeouts.idleMs + 1_000,
        });
      } catch (error) {
        release();
        throw toAttemptFailure(error, signal);
      }
      clearTimeout(timer);
      timer = setTimeout(() => abort({ kind: 'timeout', which: 'idle' }), timeouts.idleMs);
      const body = response.body;
      const refreshIdle = () => timer?.refresh();
      return {
        status: response.statusCode,
        headers: response.headers,
        body: withAsyncIterator(
          {},
          () =>
            new ReadableChunks(body, {
              onChunk: refreshIdle,
              mapError: (error) => toAttemptFailure(error, signal),
              done: release,
            }),
        ),
        async text() {
          try {
            // undici's own consumer, not an async iterator (a promise per chunk); a listener keeps the idle
            // timer honest while it reads.
            body.on('data', refreshIdle);
            return await body.text();
          } catch (error) {
            throw toAttemptFailure(error, signal);
          } finally {
            release();
          }
        },
        discard() {
          release();
          body.destroy();
        },
      };
    },
    async close() {
      const closing = [...agents.values()].map((agent) => agent.close());
      agents.clear();
      await Promise.allSettled(closing);
    },
  };
}

const TIMEOUT_MESSAGES = {
  first_byte: 'first-byte timeout (no response headers)',
  first_token: 'first-token timeout (no content yet)',
  idle: 'idle timeout (the body stalled)',
  total: 'total timeout',
} as const;

/** Maps undici and socket errors to outcome classes. */
export function toAttemptFailure(error: unknown, signal: AbortSignalLike): AttemptFailure {
  if (error instanceof AttemptFailure) return error;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    if (isAbortCause(reason) && reason.kind === 'timeout') {
      return new AttemptFailure('timeout', TIMEOUT_MESSAGES[reason.which], { cause: error });
    }
    return new AttemptFailure('client_closed', 'the client closed the connection', { cause: error });
  }
  if (error instanceof undiciErrors.ConnectTimeoutError) {
    return new AttemptFailure('timeout', 'connect timeout', { cause: error });
  }
  if (error instanceof undiciErrors.HeadersTimeoutError) {
    return new AttemptFailure('timeout', 'first-byte timeout (no response headers)', { cause: error });
  }
  if (error instanceof undiciErrors.BodyTimeoutError) {
    return new AttemptFailure('timeout', 'idle timeout (the body stalled)', { cause: error });
  }
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE') {
    return new AttemptFailure('connect_error', `connection reset (${message})`, { cause: error });
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') {
    return new AttemptFailure('connect_error', `cannot connect (${code})`, { cause: error });
  }
  return new AttemptFailure('connect_error', `transport error: ${code || message}`, { cause: error });
}

/**
 * A Readable's chunks as a plain async iterator: what `for await (const chunk of readable)` does (Node's
 * createAsyncIterator: read() until null, wait for 'readable' or the end, destroy on an early stop or a failure),
 * without an async generator, whose promise chains a streaming request's garbage was mostly made of (see
 * readSseBatches in sse.ts). One `next()` at a time, as `for await` calls it.
 */
export class ReadableChunks implements AsyncIterableIterator<Uint8Array> {
  /** undefined while the stream is open; null once it ended cleanly; else why it failed. */
  private failure: unknown = undefined;
  private wake: (() => void) | null = null;
  private closed = false;
  private readonly stopWatching: () => void;
  private readonly onReadable = () => this.wakeUp();

  constructor(
    private readonly stream: Readable,
    private readonly hooks: {
      /** Each chunk, before it is handed over. */
      onChunk?: () => void;
      /** What a failure is thrown as. */
      mapError?: (error: unknown) => unknown;
      /** Once, however the reading ends. */
      done?: () => void;
    } = {},
  ) {
    stream.on('readable', this.onReadable);
    this.stopWatching = finished(stream, { writable: false }, (error) => {
      this.failure = error ?? null;
      this.wakeUp();
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<Uint8Array, undefined>> {
    if (this.closed) return FINISHED;
    try {
      for (;;) {
        const chunk = this.stream.destroyed ? null : (this.stream.read() as Uint8Array | null);
        if (chunk !== null) {
          this.hooks.onChunk?.();
          return { done: false, value: chunk };
        }
        if (this.failure === null) {
          this.close(false);
          return FINISHED;
        }
        if (this.failure !== undefined) throw this.failure;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
      }
    } catch (error) {
      this.close(true);
      throw this.hooks.mapError === undefined ? error : this.hooks.mapError(error);
    }
  }

  async return(): Promise<IteratorResult<Uint8Array, undefined>> {
    this.close(true);
    return FINISHED;
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private close(destroy: boolean): void {
    if (this.closed) return;
    this.closed = true;
    this.stream.off('readable', this.onReadable);
    this.stopWatching();
    if (destroy && !this.stream.destroyed) this.stream.destroy();
    this.hooks.done?.();
  }
}
