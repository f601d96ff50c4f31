/**
 * Budget counters, reservations and GCRA rate limits in the SQLite file, for one machine's processes sharing it.
 * Every operation runs inside a `BEGIN IMMEDIATE` transaction: the write lock is taken before anything is read, so
 * two processes can never both see room for the last unit. Expired holds are released lazily, per counter, before
 * a check; expired rows (counters, holds, settled markers, rate lines) are swept in small batches every
 * `SWEEP_EVERY` operations by their expiry index, so the file stays bounded without a timer.
 *
 * Group commit: the operations this process asks for within one turn of the event loop (under load, the rate
 * checks, reservations and settles of many requests) run in call order in one IMMEDIATE transaction, and their
 * results are handed out only once that transaction has committed. A commit writes every page it dirtied to the
 * WAL, and a turn's three operations touch the same few pages (the counters' leaf, the right-most leaves of the
 * holds and settled indexes), so a batch of n operations costs about what one did: far fewer WAL frames and
 * commits, and far fewer checkpoints (each one two fsyncs on the event loop). Each operation still sees everything
 * committed before it, in call order; a batch is one transaction, so no other process sees half of it; nothing is
 * reported done before it has committed; and should an operation throw, the whole batch is rolled back and every
 * operation runs again in a transaction of its own, so an operation is all-or-nothing on its own as before.
 */
import type Database from 'better-sqlite3';
import {
  type CounterStore,
  type CounterUsage,
  checkBudgetLine,
  checkCount,
  checkRateLine,
  type RateLine,
  type RateResult,
  type ReserveInput,
  type ReserveResult,
  StoreUnavailableError,
} from '../../spec/limits.js';

export interface SqliteCounterStoreOptions {
  /** Epoch ms; tests move time with it. */
  now?: () => number;
  /** How long a settled id is remembered so a second settle is a no-op (default 10 minutes). */
  settledRetentionMs?: number;
  /**
   * Lifetime of a counter first created by `settle` (an unknown id, or one whose window was already forgotten):
   * settle is not told the window's end. Default 35 days, longer than any monthly window.
   */
  unknownCounterTtlMs?: number;
}

const SWEEP_EVERY = 256;
const SWEEP_BATCH = 1_000;

interface CounterRow {
  spent: number;
  reserved: number;
  expires_at: number;
}

/** A counter row with the sum of its holds that have expired (null when none has). */
interface CounterWithExpired extends CounterRow {
  expired: number | null;
}

export function migrateCounters(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS budget_counters (
      key TEXT PRIMARY KEY,
      spent INTEGER NOT NULL,
      reserved INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS budget_counters_expires_at ON budget_counters (expires_at);
    CREATE TABLE IF NOT EXISTS budget_holds (
      reservation_id TEXT NOT NULL,
      key TEXT NOT NULL,
      amount INTEGER NOT NULL,
      hold_until INTEGER NOT NULL,
      PRIMARY KEY (reservation_id, key)
    );
    CREATE INDEX IF NOT EXISTS budget_holds_key_hold_until ON budget_holds (key, hold_until);
    CREATE INDEX IF NOT EXISTS budget_holds_hold_until ON budget_holds (hold_until);
    CREATE TABLE IF NOT EXISTS settled_reservations (
      id TEXT PRIMARY KEY,
      keep_until INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS settled_reservations_keep_until ON settled_reservations (keep_until);
    CREATE TABLE IF NOT EXISTS rate_limits (
      key TEXT PRIMARY KEY,
      tat_us INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rate_limits_expires_at ON rate_limits (expires_at);
  `);
}

/**
 * A `CounterStore` on a better-sqlite3 connection (the caller opens it, sets WAL and busy_timeout, and closes it).
 * @example
 * const counters = createSqliteCounterStore(db);
 * const result = await counters.reserve({ id: 'req-1', holdMs: 600_000, lines: [{ key: 'usd:day:2026-11-27', limit: 5e9, amount: 2e6, expiresAt }] });
 */
export function createSqliteCounterStore(db: Database.Database, options: SqliteCounterStoreOptions = {}): CounterStore {
  migrateCounters(db);
  const clock = options.now ?? Date.now;
  const settledRetentionMs = options.settledRetentionMs ?? 10 * 60_000;
  const unknownCounterTtlMs = options.unknownCounterTtlMs ?? 35 * 24 * 3_600_000;

  const statements = {
    // The row and what its expired holds add up to, in one step (the key is bound twice).
    counter: db.prepare<[string, number, string], CounterWithExpired>(
      `SELECT spent, reserved, expires_at,
         (SELECT SUM(amount) FROM budget_holds WHERE key = ? AND hold_until < ?) AS expired
       FROM budget_counters WHERE key = ?`,
    ),
    deleteCounter: db.prepare<[string]>('DELETE FROM budget_counters WHERE key = ?'),
    deleteHoldsOfKey: db.prepare<[string]>('DELETE FROM budget_holds WHERE key = ?'),
    deleteExpiredHoldsOfKey: db.prepare<[string, number]>('DELETE FROM budget_holds WHERE key = ? AND hold_until < ?'),
    addReserved: db.prepare<[number, string]>('UPDATE budget_counters SET reserved = reserved + ? WHERE key = ?'),
    // Kept apart from addReserved so the expiry index is only written when the expiry really moves.
    addReservedUntil: db.prepare<[number, number, string]>(
      'UPDATE budget_counters SET reserved = reserved + ?, expires_at = ? WHERE key = ?',
    ),
    hold: db.prepare<[string, number, number]>(
      `INSERT INTO budget_counters (key, spent, reserved, expires_at) VALUES (?, 0, ?, ?)
       ON CONFLICT (key) DO UPDATE SET reserved = reserved + excluded.reserved,
         expires_at = max(expires_at, excluded.expires_at)`,
    ),
    addSpent: db.prepare<[string, number, number]>(
      `INSERT INTO budget_counters (key, spent, reserved, expires_at) VALUES (?, ?, 0, ?)
       ON CONFLICT (key) DO UPDATE SET spent = spent + excluded.spent`,
    ),
    insertHold: db.prepare<[string, string, number, number]>(
      'INSERT INTO budget_holds (reservation_id, key, amount, hold_until) VALUES (?, ?, ?, ?)',
    ),
    openHold: db.prepare<[string, number]>(
      'SELECT 1 FROM budget_holds WHERE reservation_id = ? AND hold_until >= ? LIMIT 1',
    ),
    takeHolds: db.prepare<[string], { key: string; amount: number }>(
      'DELETE FROM budget_holds WHERE reservation_id = ? RETURNING key, amount',
    ),
    // No change: the id was settled already.
    markSettled: db.prepare<[string, number]>(
      'INSERT OR IGNORE INTO settled_reservations (id, keep_until) VALUES (?, ?)',
    ),
    // Spend and release on a counter whose window is still open; no change when there is none.
    settleLive: db.prepare<[number, number, string, number]>(
      'UPDATE budget_counters SET spent = spent + ?, reserved = reserved - ? WHERE key = ? AND expires_at >= ?',
    ),
    openReservations: db.prepare<[number], { count: number }>(
      'SELECT COUNT(DISTINCT reservation_id) AS count FROM budget_holds WHERE hold_until >= ?',
    ),
    rate: db.prepare<[string], { tat_us: number }>('SELECT tat_us FROM rate_limits WHERE key = ?'),
    saveRate: db.prepare<[string, number, number]>(
      `INSERT INTO rate_limits (key, tat_us, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET tat_us = excluded.tat_us, expires_at = excluded.expires_at`,
    ),
    // Sweeps: bounded batches found through the expiry indexes.
    expiredCounters: db.prepare<[number, number], { key: string }>(
      'SELECT key FROM budget_counters WHERE expires_at < ? LIMIT ?',
    ),
    expiredHolds: db.prepare<[number, number], { id: number; key: string; amount: number }>(
      'SELECT rowid AS id, key, amount FROM budget_holds WHERE hold_until < ? LIMIT ?',
    ),
    deleteHold: db.prepare<[number]>('DELETE FROM budget_holds WHERE rowid = ?'),
    sweepSettled: db.prepare<[number, number]>(
      'DELETE FROM settled_reservations WHERE rowid IN (SELECT rowid FROM settled_reservations WHERE keep_until < ? LIMIT ?)',
    ),
    sweepRates: db.prepare<[number, number]>(
      'DELETE FROM rate_limits WHERE rowid IN (SELECT rowid FROM rate_limits WHERE expires_at < ? LIMIT ?)',
    ),
  };

  /** The counter as of `now`: forgotten past its window, its expired holds released; undefined if none. */
  const liveCounter = (key: string, now: number): CounterRow | undefined => {
    const row = statements.counter.get(key, now, key);
    if (row === undefined) return undefined;
    if (row.expires_at < now) {
      statements.deleteCounter.run(key);
      statements.deleteHoldsOfKey.run(key);
      return undefined;
    }
    const expired = row.expired;
    if (expired !== null) {
      statements.deleteExpiredHoldsOfKey.run(key, now);
      statements.addReserved.run(-expired, key);
      row.reserved -= expired;
    }
    return row;
  };

  const sweep = (now: number): void => {
    for (const { key } of statements.expiredCounters.all(now, SWEEP_BATCH)) {
      statements.deleteCounter.run(key);
      statements.deleteHoldsOfKey.run(key);
    }
    const released = new Map<string, number>();
    for (const hold of statements.expiredHolds.all(now, SWEEP_BATCH)) {
      statements.deleteHold.run(hold.id);
      released.set(hold.key, (released.get(hold.key) ?? 0) + hold.amount);
    }
    for (const [key, amount] of released) statements.addReserved.run(-amount, key);
    statements.sweepSettled.run(now, SWEEP_BATCH);
    statements.sweepRates.run(now, SWEEP_BATCH);
  };

  const reserveNow = (input: ReserveInput, now: number): ReserveResult => {
    if (input.lines.length === 0) return { ok: true };
    // A second reserve of a reservation still open holds nothing more (a retried call must not double-hold).
    if (statements.openHold.get(input.id, now) !== undefined) return { ok: true };
    const used = new Map<string, number>();
    const rows = new Map<string, CounterRow | undefined>();
    const held = new Map<string, { amount: number; expiresAt: number }>();
    for (const line of input.lines) {
      let base = used.get(line.key);
      if (base === undefined) {
        const row = liveCounter(line.key, now);
        rows.set(line.key, row);
        base = row === undefined ? 0 : row.spent + row.reserved;
      }
      if (base + line.amount > line.limit) {
        return { ok: false, key: line.key, limit: line.limit, used: base, amount: line.amount };
      }
      used.set(line.key, base + line.amount);
      const previous = held.get(line.key);
      held.set(line.key, {
        amount: (previous?.amount ?? 0) + line.amount,
        expiresAt: Math.max(previous?.expiresAt ?? line.expiresAt, line.expiresAt),
      });
    }
    const holdUntil = now + input.holdMs;
    for (const [key, { amount, expiresAt }] of held) {
      const row = rows.get(key);
      if (row === undefined) statements.hold.run(key, amount, expiresAt);
      else if (expiresAt > row.expires_at) statements.addReservedUntil.run(amount, expiresAt, key);
      else statements.addReserved.run(amount, key);
      statements.insertHold.run(input.id, key, amount, holdUntil);
    }
    return { ok: true };
  };

  const settleNow = (id: string, actual: ReadonlyArray<[string, number]>, now: number) => {
    if (statements.markSettled.run(id, now + settledRetentionMs).changes === 0) return;
    // Every hold of the reservation still counts in `reserved`, expired or not, until it is deleted here.
    const released = new Map<string, number>();
    for (const hold of statements.takeHolds.all(id)) {
      released.set(hold.key, (released.get(hold.key) ?? 0) + hold.amount);
    }
    for (const [key, amount] of actual) {
      if (amount === 0) continue;
      const hold = released.get(key) ?? 0;
      released.delete(key);
      // The usual case, one statement: the counter's window is open; spend and release together.
      if (statements.settleLive.run(amount, hold, key, now).changes > 0) continue;
      // No counter, or one past its window: forget it (and its holds, this one's already gone), start afresh.
      liveCounter(key, now);
      statements.addSpent.run(key, amount, now + unknownCounterTtlMs);
    }
    for (const [key, amount] of released) statements.addReserved.run(-amount, key);
  };

  const usageNow = (keys: readonly string[], now: number) => {
    const usage = new Map<string, CounterUsage>();
    for (const key of keys) {
      const row = liveCounter(key, now);
      usage.set(key, { spent: row?.spent ?? 0, reserved: row?.reserved ?? 0 });
    }
    return usage;
  };

  const rateNow = (lines: readonly RateLine[], now: number): RateResult => {
    const nowUs = Math.round(now * 1_000);
    const stored = new Map<string, number>();
    for (const line of lines) {
      const row = stored.has(line.key) ? undefined : statements.rate.get(line.key);
      if (row !== undefined) stored.set(line.key, row.tat_us);
    }
    const outcome = gcra(lines, stored, nowUs);
    if (outcome.ok) {
      for (const [key, tatUs] of outcome.tats) statements.saveRate.run(key, tatUs, Math.ceil(tatUs / 1_000));
    }
    return outcome.result;
  };

  /** An operation waiting for the next batch; `run` does its reads and writes inside the batch's transaction. */
  interface Queued {
    run: (now: number) => unknown;
    resolve: (value: never) => void;
    reject: (error: unknown) => void;
  }
  let queue: Queued[] = [];
  let scheduled = false;
  let operations = 0;

  const isBusy = (error: unknown): boolean => {
    const code = (error as { code?: unknown }).code;
    return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
  };
  const unavailable = (error: unknown): unknown => {
    if (isBusy(error)) {
      return new StoreUnavailableError('sqlite', `the SQLite file ${db.name} stayed locked: ${String(error)}`, {
        cause: error,
      });
    }
    return error;
  };

  /** Thrown out of a batch when one of its operations failed: the batch is rolled back and run again one by one. */
  class OperationFailed extends Error {
    constructor(readonly error: unknown) {
      super('an operation of the batch failed', { cause: error });
    }
  }

  const batchTransaction = db.transaction((batch: readonly Queued[], now: number): unknown[] => {
    // A sweep is due when this batch covers an operation number that is a multiple of SWEEP_EVERY.
    const first = operations;
    operations += batch.length;
    if (Math.ceil(first / SWEEP_EVERY) * SWEEP_EVERY < operations) sweep(now);
    const values: unknown[] = [];
    for (const item of batch) {
      try {
        values.push(item.run(now));
      } catch (error) {
        throw new OperationFailed(error);
      }
    }
    return values;
  });
  const singleTransaction = db.transaction((item: Queued, now: number): unknown => item.run(now));

  /**
   * Runs every queued operation in one BEGIN IMMEDIATE and settles their promises once it has committed. When an
   * operation throws, nothing of the batch is kept (the transaction is rolled back) and each operation runs again
   * in a transaction of its own, as if there had been no batch: one operation's error is its own, and a reservation
   * is never half written. A lock held past busy_timeout is the store being unavailable, for the whole batch.
   */
  const flush = (): void => {
    scheduled = false;
    const batch = queue;
    if (batch.length === 0) return;
    queue = [];
    const now = clock();
    let values: unknown[];
    try {
      values = batchTransaction.immediate(batch, now);
    } catch (error) {
      // Not one operation's own error (BEGIN or COMMIT failed, the sweep did, the lock stayed taken): all of them fail.
      if (!(error instanceof OperationFailed) || isBusy(error.error)) {
        const failure = unavailable(error instanceof OperationFailed ? error.error : error);
        for (const item of batch) item.reject(failure);
        return;
      }
      for (const item of batch) {
        try {
          item.resolve(singleTransaction.immediate(item, now) as never);
        } catch (own) {
          item.reject(unavailable(own));
        }
      }
      return;
    }
    for (const [index, item] of batch.entries()) item.resolve(values[index] as never);
  };

  const enqueue = <Result>(run: (now: number) => Result): Promise<Result> =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ run, resolve: resolve as (value: never) => void, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });

  return {
    description: db.memory ? 'SQLite in memory (nothing kept)' : `SQLite file ${db.name}`,
    async reserve(input) {
      for (const line of input.lines) checkBudgetLine(line);
      checkCount(input.holdMs, 'holdMs');
      return enqueue((now) => reserveNow(input, now));
    },
    async settle(id, actual) {
      // The amounts as checked now are the ones written, whatever becomes of `actual` before the batch runs.
      const amounts = Object.entries(actual);
      for (const [key, amount] of amounts) checkCount(amount, `actual["${key}"]`);
      return enqueue((now) => {
        settleNow(id, amounts, now);
      });
    },
    async usage(keys) {
      return enqueue((now) => usageNow(keys, now));
    },
    async rateLimit(lines, now) {
      for (const line of lines) checkRateLine(line);
      return enqueue((batchNow) => rateNow(lines, now ?? batchNow));
    },
    async openReservations() {
      // Queued like the rest, so it sees every operation asked for before it.
      return enqueue((now) => statements.openReservations.get(now)?.count ?? 0);
    },
    async close() {
      // Whatever is queued is written now; the connection belongs to whoever opened it (openSqliteStores closes
      // it with the other stores).
      flush();
    },
  };
}

/**
 * GCRA over all lines at once, in integer microseconds so repeated additions never drift (epoch ms as a double
 * would round every step). A line allows `cost` when its theoretical arrival time (TAT), moved on by
 * `cost × periodMs / limit`, stays within `periodMs` of now: a full line takes a burst of `limit` units, then one
 * per emission interval. All-or-nothing: the new TATs are kept only when every line allows. The Redis Lua script
 * does the same arithmetic, step for step.
 */
function gcra(
  lines: readonly RateLine[],
  stored: ReadonlyMap<string, number>,
  nowUs: number,
): { ok: boolean; tats: Map<string, number>; result: RateResult } {
  const tats = new Map<string, number>();
  const taken: RateResult['lines'] = [];
  let refused: { index: number; retryAfterMs: number } | undefined;
  for (const [index, line] of lines.entries()) {
    const periodUs = line.periodMs * 1_000;
    const incrementUs = Math.floor((periodUs * line.cost) / line.limit);
    const tatUs = Math.max(tats.get(line.key) ?? stored.get(line.key) ?? nowUs, nowUs);
    const nextUs = tatUs + incrementUs;
    if (nextUs - nowUs > periodUs) {
      refused ??= {
        index,
        retryAfterMs:
          incrementUs > periodUs ? Number.POSITIVE_INFINITY : Math.ceil((nextUs - periodUs - nowUs) / 1_000),
      };
      tats.set(line.key, tatUs);
      continue;
    }
    tats.set(line.key, nextUs);
    taken.push(lineState(line, nextUs, nowUs));
  }
  if (refused === undefined) return { ok: true, tats, result: { ok: true, lines: taken } };
  const line = lines[refused.index] as RateLine;
  return {
    ok: false,
    tats,
    result: {
      ok: false,
      key: line.key,
      limit: line.limit,
      retryAfterMs: refused.retryAfterMs,
      // Nothing was taken: every line as it stands.
      lines: lines.map((candidate) => lineState(candidate, Math.max(stored.get(candidate.key) ?? nowUs, nowUs), nowUs)),
    },
  };
}

function lineState(line: RateLine, tatUs: number, nowUs: number) {
  const periodUs = line.periodMs * 1_000;
  // Proportional, not in whole emission intervals: a limit above one unit per µs (tokens per minute in the
  // hundreds of millions) must still report what is left.
  return {
    key: line.key,
    limit: line.limit,
    remaining: Math.max(0, Math.min(line.limit, Math.floor(((periodUs - (tatUs - nowUs)) * line.limit) / periodUs))),
    resetMs: Math.max(0, Math.ceil((tatUs - nowUs) / 1_000)),
  };
}
