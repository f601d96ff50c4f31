/**
 * The contracts for spend and rate limits that hold across instances. The embedded store (SQLite) and the
 * Redis backend implement `CounterStore`; both pass the same contract suite (src/testing/counter-contract.ts).
 *
 * Money is counted in integer nano-dollars (1e-9 USD): exact under addition in every backend, and a
 * double holds ±9 million USD of them exactly. Token budgets use the same counters with tokens as units.
 */

/** USD → integer nano-dollars, rounded up so a reservation never under-counts. */
export function toNanoUsd(usd: number): number {
  // The small tolerance keeps float noise (26000.000000000004) from adding a nano-dollar.
  return Math.max(0, Math.ceil(usd * 1e9 - 1e-6));
}

export function fromNanoUsd(nano: number): number {
  return nano / 1e9;
}

/** One budget a reservation is checked against, e.g. the tenant's spend today. */
export interface BudgetLine {
  /**
   * The counter's identity, window included, e.g. `usd:day:2026-11-27:tenant:acme` or
   * `tok:session:abc123`. Built by the caller; the store only compares and adds.
   */
  key: string;
  /** The ceiling in the counter's units: spent + reserved + amount may not pass it. */
  limit: number;
  /** What this reservation holds against the line (worst case), in the same units. */
  amount: number;
  /** Epoch ms when the window ends: the counter may be forgotten after it (Redis TTL, SQLite sweep). */
  expiresAt: number;
}

export interface ReserveInput {
  /** Unique per reservation (the request id); settling twice is a no-op. */
  id: string;
  lines: readonly BudgetLine[];
  /**
   * How long the reservation is held if it is never settled (a crashed process): after this the store
   * releases it by itself, so no reservation dangles. Longer than the longest request.
   */
  holdMs: number;
}

export type ReserveResult =
  | { ok: true }
  | {
      ok: false;
      /** The first line that did not fit. */
      key: string;
      limit: number;
      /** Spent + reserved on that line before this reservation. */
      used: number;
      /** What was asked of it. */
      amount: number;
    };

export interface CounterUsage {
  spent: number;
  reserved: number;
}

/** A rate limit checked with GCRA: `limit` units per `periodMs`, bursts up to `limit`. */
export interface RateLine {
  /** e.g. `rpm:key:key_abc` or `tpm:tenant:acme`. */
  key: string;
  limit: number;
  periodMs: number;
  /** Units this request takes (1 for requests; estimated tokens for a token limit). */
  cost: number;
}

export type RateResult =
  | {
      ok: true;
      /** Per line, in order: units left in the burst after this request, and ms until the line is full again. */
      lines: Array<{ key: string; limit: number; remaining: number; resetMs: number }>;
    }
  | {
      ok: false;
      /** The first line that refused. */
      key: string;
      limit: number;
      /** Ms until this request would be allowed. */
      retryAfterMs: number;
      lines: Array<{ key: string; limit: number; remaining: number; resetMs: number }>;
    };

/**
 * Budget counters with atomic all-or-nothing reservations, and GCRA rate limits. Every method either does
 * what it says atomically across every process sharing the store, or rejects with `StoreUnavailableError`
 * (the backend cannot be reached within its timeout): callers decide whether that fails open or closed.
 */
export interface CounterStore {
  readonly description: string;
  /**
   * Holds `amount` on every line if every line has room (spent + reserved + amount ≤ limit), else holds
   * nothing and names the first line that was full. Expired holds are released before checking.
   */
  reserve(input: ReserveInput): Promise<ReserveResult>;
  /**
   * Ends a reservation: its holds are released and `actual` (per line key; a line not named gets 0) is
   * added to spent. Idempotent per id; settling an unknown or expired id adds `actual` all the same (the
   * call was made and must be counted) but releases nothing.
   */
  settle(id: string, actual: Readonly<Record<string, number>>): Promise<void>;
  /** Spent and reserved per counter key (0/0 for unknown keys). */
  usage(keys: readonly string[]): Promise<Map<string, CounterUsage>>;
  /** Takes `cost` from every line if all allow it, else nothing (all-or-nothing, like reserve). */
  rateLimit(lines: readonly RateLine[], now?: number): Promise<RateResult>;
  /** Reservations still held (not settled and not expired): for tests and `rung usage`. */
  openReservations(): Promise<number>;
  close(): Promise<void>;
}

/** The backend of a store could not be reached (connection refused, timeout, Redis gone). */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    readonly backend: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}

/** Throws a RangeError naming the field unless `value` is a non-negative safe integer. */
export function checkCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer (nano-USD or tokens), got ${value}`);
  }
}

/** Throws a RangeError naming the field when a budget line cannot be counted (stores call it before any write). */
export function checkBudgetLine(line: BudgetLine): void {
  checkCount(line.amount, `amount of ${line.key}`);
  checkCount(line.limit, `limit of ${line.key}`);
  if (!Number.isFinite(line.expiresAt)) throw new RangeError(`expiresAt of ${line.key} must be epoch ms`);
}

/** Throws a RangeError naming the field when a rate-limit line is not a usable GCRA line. */
export function checkRateLine(line: RateLine): void {
  if (!(line.limit > 0 && Number.isFinite(line.limit))) throw new RangeError(`limit of ${line.key} must be positive`);
  if (!(line.periodMs > 0 && Number.isFinite(line.periodMs))) {
    throw new RangeError(`periodMs of ${line.key} must be positive`);
  }
  if (!(line.cost >= 0 && Number.isFinite(line.cost))) throw new RangeError(`cost of ${line.key} must be non-negative`);
}
