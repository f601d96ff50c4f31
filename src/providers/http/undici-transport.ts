/**
 * The real transport: undici connection pools, one Agent per connect timeout (undici sets the connect timeout
 * per dispatcher), keep-alive. Each call is an UndiciCall on undici's dispatch API (undici-call.ts), which maps
 * every failure to an AttemptFailure with its outcome class.
 */

import { Agent } from 'undici';
import type { Transport, UpstreamRequest, UpstreamResponse } from './transport.js';
import { UndiciCall } from './undici-call.js';

export interface UndiciTransportOptions {
  /** Connections per origin. */
  maxConnections: number;
  /** The largest whole body `text()` reads (default 64 MiB); past it the call fails as `malformed`. */
  maxTextBytes?: number;
}

/** Agents are keyed by connect timeout; configs use a handful of distinct values, capped all the same. */
const MAX_AGENTS = 16;

/** Upstream URLs are few (one or two per provider); past this many distinct ones the split cache starts over. */
const MAX_SPLIT_URLS = 1_024;

/**
 * A URL as the origin and path undici's `Agent.dispatch` takes. Split once per distinct URL: the top-level
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
    send(upstream: UpstreamRequest): Promise<UpstreamResponse> {
      const call = new UndiciCall(upstream, options.maxTextBytes);
      if (!call.wanted) return call.started;
      const { origin, path } = split(upstream.url);
      const timeouts = upstream.timeouts;
      agentFor(timeouts.connectMs).dispatch(
        {
          origin,
          path,
          method: upstream.method,
          headers: upstream.headers,
          body: upstream.body,
          // Backstops: our own first-byte and idle timers (in the call) are the precise ones.
          headersTimeout: timeouts.firstByteMs + 1_000,
          bodyTimeout: timeouts.idleMs + 1_000,
        },
        call,
      );
      return call.started;
    },
    async close() {
      const closing = [...agents.values()].map((agent) => agent.close());
      agents.clear();
      await Promise.allSettled(closing);
    },
  };
}
