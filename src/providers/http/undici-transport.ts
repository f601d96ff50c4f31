/**
 * The real transport: undici connection pools, one Agent per connect timeout (undici sets the connect timeout
 * per dispatcher), keep-alive, and every failure mapped to an AttemptFailure with its outcome class.
 */
import { Agent, request, errors as undiciErrors } from 'undici';
import { AttemptFailure } from '../../spec/errors.js';
import type { Transport, UpstreamRequest, UpstreamResponse } from './transport.js';
import { isAbortCause } from './transport.js';

export interface UndiciTransportOptions {
  /** Connections per origin. */
  maxConnections: number;
}

/** Agents are keyed by connect timeout; configs use a handful of distinct values, capped all the same. */
const MAX_AGENTS = 16;

export function createUndiciTransport(options: UndiciTransportOptions): Transport {
  const agents = new Map<number, Agent>();

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
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(upstream.url, {
          method: upstream.method,
          headers: upstream.headers,
          body: upstream.body,
          signal: upstream.signal,
          dispatcher: agentFor(upstream.timeouts.connectMs),
          headersTimeout: upstream.timeouts.firstByteMs,
          bodyTimeout: upstream.timeouts.idleMs,
        });
      } catch (error) {
        throw toAttemptFailure(error, upstream.signal);
      }
      const body = response.body;
      const signal = upstream.signal;
      return {
        status: response.statusCode,
        headers: response.headers,
        body: {
          async *[Symbol.asyncIterator]() {
            try {
              for await (const chunk of body) yield chunk as Uint8Array;
            } catch (error) {
              throw toAttemptFailure(error, signal);
            }
          },
        },
        async text() {
          try {
            return await body.text();
          } catch (error) {
            throw toAttemptFailure(error, signal);
          }
        },
        discard() {
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

/** Maps undici and socket errors to outcome classes. */
export function toAttemptFailure(error: unknown, signal: AbortSignal): AttemptFailure {
  if (error instanceof AttemptFailure) return error;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    if (isAbortCause(reason) && reason.kind === 'timeout') {
      return new AttemptFailure('timeout', `${reason.which.replace('_', '-')} timeout`, { cause: error });
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
