/**
 * The simulator's Transport: plays WireScripts in memory with the timing, timeouts and failure classes of the
 * undici transport, so the OpenAI-compatible adapter above it cannot tell the simulator from a network upstream.
 */

import { errors as undiciErrors } from 'undici';
import type { SimModelConfig } from '../../config/schema.js';
import type { AbortSignalLike } from '../../spec/abort.js';
import { AttemptFailure } from '../../spec/errors.js';
import { withAsyncIterator } from '../../spec/provider.js';
import type { Transport, UpstreamRequest, UpstreamResponse } from '../http/transport.js';
import { toAttemptFailure } from '../http/undici-call.js';
import { createSimEngine } from './sim-engine.js';
import type { WireResponse } from './sim-wire.js';

/** Timers the transport waits on; tests hand in fake ones. `now` (Unix ms) dates the chunks. */
export interface SimClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now?(): number;
}

export interface SimTransportOptions {
  seed: number;
  /** Keyed by upstream model id; any other id answers 404 model_not_found. */
  models: ReadonlyMap<string, SimModelConfig>;
  clock?: SimClock;
}

/** Looked up on every call, so fake timers installed after creation still apply. */
const systemClock: SimClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** Node fires longer timers at once (with a warning) instead of waiting; ~24.8 days is forever here. */
const MAX_TIMER_MS = 2_147_483_647;

type WaitResult = 'elapsed' | 'limit' | 'cancelled';

interface Wait {
  done: Promise<WaitResult>;
  /** Ends the wait early: rejects with the failure, or resolves 'cancelled' without one. */
  stop(failure?: AttemptFailure): void;
}

/**
 * @example
 * const transport = createSimTransport({ seed: 42, models: new Map([['sim-flaky', simModelSchema.parse({ behavior: 'reset' })]]) });
 * await transport.send(request); // throws AttemptFailure('connect_error', 'connection reset (read ECONNRESET)')
 */
export function createSimTransport(options: SimTransportOptions): Transport {
  const clock = options.clock ?? systemClock;
  const engine = createSimEngine({
    seed: options.seed,
    models: options.models,
    now: () => clock.now?.() ?? Date.now(),
  });
  // Every wait in flight, so close() can end them and leave no timer or abort listener behind.
  const pending = new Set<Wait['stop']>();
  let closed = false;

  /** Waits `ms`, or `limitMs` if that is shorter (reporting 'limit'); an abort rejects at once. */
  const wait = (ms: number, limitMs: number, signal: AbortSignalLike): Wait => {
    let stop: Wait['stop'] = () => {};
    const done = new Promise<WaitResult>((resolve, reject) => {
      if (signal.aborted) {
        reject(abortFailure(signal));
        return;
      }
      let handle: unknown;
      const finish = (settle: () => void): void => {
        clock.clearTimeout(handle);
        signal.removeEventListener('abort', onAbort);
        pending.delete(stop);
        settle();
      };
      const onAbort = (): void => finish(() => reject(abortFailure(signal)));
      stop = (failure) => finish(() => (failure === undefined ? resolve('cancelled') : reject(failure)));
      const result: WaitResult = ms <= limitMs ? 'elapsed' : 'limit';
      handle = clock.setTimeout(() => finish(() => resolve(result)), Math.min(ms, limitMs, MAX_TIMER_MS));
      signal.addEventListener('abort', onAbort, { once: true });
      pending.add(stop);
    });
    return { done, stop: (failure) => stop(failure) };
  };

  const play = (script: WireResponse, signal: AbortSignalLike, idleMs: number): UpstreamResponse => {
    let index = 0;
    let finished = false;
    let current: Wait | undefined;

    const next = async (): Promise<Uint8Array | null> => {
      if (finished) return null;
      if (closed || signal.aborted) {
        finished = true;
        throw closed ? closedFailure() : abortFailure(signal);
      }
      const chunk = script.chunks[index];
      if (chunk === undefined && script.end !== 'stall') {
        finished = true;
        if (script.end === 'reset') throw resetFailure(signal);
        return null;
      }
      // A stall is a silence that never ends: the idle timeout is what stops it, as with undici's bodyTimeout.
      const delayMs = chunk?.delayMs ?? Number.POSITIVE_INFINITY;
      if (delayMs > 0) {
        current = wait(delayMs, idleMs, signal);
        let result: WaitResult;
        try {
          result = await current.done;
        } catch (error) {
          finished = true;
          throw error;
        } finally {
          current = undefined;
        }
        if (result === 'cancelled') return null;
        if (result === 'limit') {
          finished = true;
          throw toAttemptFailure(new undiciErrors.BodyTimeoutError(), signal);
        }
      }
      if (chunk === undefined) return null;
      index += 1;
      return new TextEncoder().encode(chunk.data);
    };

    const discard = (): void => {
      finished = true;
      current?.stop();
    };

    return {
      status: script.status,
      headers: { ...script.headers },
      body: withAsyncIterator({}, async function* () {
        try {
          for (let bytes = await next(); bytes !== null; bytes = await next()) yield bytes;
        } finally {
          // Leaving a for-await early destroys an undici body; do the same so nothing keeps waiting.
          discard();
        }
      }),
      async text() {
        const parts: Uint8Array[] = [];
        for (let bytes = await next(); bytes !== null; bytes = await next()) parts.push(bytes);
        return Buffer.concat(parts).toString('utf8');
      },
      discard,
    };
  };

  return {
    async send(request: UpstreamRequest): Promise<UpstreamResponse> {
      if (closed) throw closedFailure();
      if (request.signal.aborted) throw abortFailure(request.signal);
      const script = engine.plan({ method: request.method, path: new URL(request.url).pathname, body: request.body });
      if (script.kind === 'reset') throw resetFailure(request.signal);
      const headersDelayMs = script.kind === 'hang' ? Number.POSITIVE_INFINITY : script.headersDelayMs;
      if (headersDelayMs > 0) {
        const result = await wait(headersDelayMs, request.timeouts.firstByteMs, request.signal).done;
        if (result === 'limit') throw toAttemptFailure(new undiciErrors.HeadersTimeoutError(), request.signal);
      }
      if (script.kind === 'hang') throw toAttemptFailure(new undiciErrors.HeadersTimeoutError(), request.signal);
      return play(script, request.signal, request.timeouts.idleMs);
    },
    async close() {
      closed = true;
      for (const stop of [...pending]) stop(closedFailure());
    },
  };
}

function abortFailure(signal: AbortSignalLike): AttemptFailure {
  return toAttemptFailure(new DOMException('This operation was aborted', 'AbortError'), signal);
}

/** The socket error a TCP reset raises under undici, so the failure reads exactly as the real transport's. */
function resetFailure(signal: AbortSignalLike): AttemptFailure {
  return toAttemptFailure(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), signal);
}

function closedFailure(): AttemptFailure {
  return new AttemptFailure('connect_error', 'the simulator transport was closed');
}
