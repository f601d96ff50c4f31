/**
 * Pipeline wrapper: GCRA rate limits per key, user and tenant, checked in one atomic call to the counter
 * store before anything is spent. A refusal is a 429 with Retry-After; every answer carries the tightest
 * line as X-RateLimit-Limit / -Remaining / -Reset. When the store cannot be reached, `rate_limits.on_store_error`
 * decides: open (default) serves the request unlimited, closed refuses it.
 */

import { RungError } from '../../spec/errors.js';
import { type CounterStore, isStoreUnavailable, type RateResult } from '../../spec/limits.js';
import { rateLines, type ScopedRateLine } from '../limits/rate-lines.js';
import { worstCase } from '../limits/worst-case.js';
import type { Handler, Turn, TurnResult, Wrapper } from '../turn.js';

export function rateLimit(counters: CounterStore, onOpen?: (error: unknown) => void): Wrapper {
  const limited = async (turn: Turn, lines: ScopedRateLine[], next: Handler): Promise<TurnResult> => {
    const config = turn.runtime.config;
    let result: RateResult;
    try {
      result = await counters.rateLimit(lines);
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      if (config.rate_limits.on_store_error === 'open') {
        onOpen?.(error);
        return next(turn);
      }
      throw new RungError(
        'RUNG_STORE_UNAVAILABLE',
        `the rate-limit store (${counters.description}) cannot be reached and rate_limits.on_store_error is closed; retry shortly`,
        { cause: error, retryAfterSeconds: 5 },
      );
    }
    const headers = rateHeaders(result.lines);
    if (!result.ok) {
      const line = lines.find((candidate) => candidate.key === result.key) as ScopedRateLine;
      const wait = Number.isFinite(result.retryAfterMs) ? result.retryAfterMs : line.periodMs;
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      throw new RungError(
        'RUNG_RATE_LIMITED',
        `${line.label}: the limit of ${line.limit} is reached; retry in ${seconds} s`,
        {
          retryAfterSeconds: seconds,
          headers,
          details: { limit: line.label, limit_value: line.limit, retry_after_ms: Math.ceil(wait) },
        },
      );
    }
    Object.assign(turn.headers, headers);
    return next(turn);
  };
  return (next) => (turn) => {
    let tokens: number | undefined;
    const lines = rateLines(turn.runtime.config, turn.identity, () => {
      tokens ??= turn.chain === null ? 0 : worstCase(turn, turn.chain.rungs).tokens;
      return tokens;
    });
    // Without limits the turn goes on from this plain function, without an async frame (see compose).
    if (lines.length === 0) return next(turn);
    return limited(turn, lines, next);
  };
}

/** The tightest line (least left) as the standard headers; Reset is seconds until that line is full again. */
export function rateHeaders(
  lines: ReadonlyArray<{ limit: number; remaining: number; resetMs: number }>,
): Record<string, string> {
  let tightest = lines[0];
  for (const line of lines) {
    if (tightest === undefined || line.remaining / line.limit < tightest.remaining / tightest.limit) tightest = line;
  }
  if (tightest === undefined) return {};
  return {
    'x-ratelimit-limit': String(tightest.limit),
    'x-ratelimit-remaining': String(Math.max(0, Math.floor(tightest.remaining))),
    'x-ratelimit-reset': String(Math.ceil(tightest.resetMs / 1000)),
  };
}
