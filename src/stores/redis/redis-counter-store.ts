/**
 * Budget counters, reservations and GCRA rate limits in one Redis, shared by every gateway instance. Each
 * operation is a single Lua script (EVALSHA, loaded on first use per connection), so it is atomic without
 * WATCH/MULTI, and a crash between two calls can leave nothing half done: holds live in a sorted set per counter
 * scored by their end, and every script that reads a counter first drops the holds whose time has passed.
 *
 * Keys, all under `${prefix}:` (a single Redis, not a cluster: settle touches keys it learns inside the script):
 *   c:<key>   hash {spent, reserved, exp}     the counter; PEXPIREAT its window end
 *   z:<key>   zset "<amount>:<id>" → holdUntil  its holds; same expiry as the counter
 *   r:<id>    hash {<key>: amount}             what a reservation holds, for settle; PEXPIRE hold + grace
 *   s:<id>    "1"                              settled marker, so a second settle is a no-op; PX retention
 *   open      zset id → holdUntil              open reservations, for `openReservations()`
 *   rl:<key>  GCRA theoretical arrival time, integer µs; PX until the line is full again
 *
 * Time is the caller's (`options.now`, else Date.now()), passed into every script, so tests are deterministic
 * and SQLite and Redis agree; instances should run NTP. Redis down → every call rejects with
 * StoreUnavailableError within about `commandTimeoutMs` (no offline queue, no retries), while the client keeps
 * reconnecting in the background with capped backoff, so the store comes back by itself.
 */
import {
  type BudgetLine,
  type CounterStore,
  type CounterUsage,
  checkBudgetLine,
  checkCount,
  checkRateLine,
  type RateLine,
  type RateResult,
  type ReserveResult,
} from '../../spec/limits.js';
import { createRedisScripts, redactUrl } from './redis-connection.js';

export interface RedisCounterStoreOptions {
  /** e.g. `redis://:password@10.0.0.5:6379/0` or `rediss://...` */
  url: string;
  /** Every key starts with `${prefix}:`. */
  prefix: string;
  /** A call that gets no answer within this rejects with StoreUnavailableError (default 500). */
  commandTimeoutMs?: number;
  /** Epoch ms; tests move time with it. */
  now?: () => number;
  /** How long a settled id is remembered so a second settle is a no-op (default 10 minutes). */
  settledRetentionMs?: number;
  /** Lifetime of a counter first created by `settle`, which is not told the window's end (default 35 days). */
  unknownCounterTtlMs?: number;
  /** Connection errors, as they happen (the client reconnects by itself); for logs. */
  onError?: (error: unknown) => void;
}

/** A reservation's record outlives its holds a little, so a settle racing the hold's end still finds it. */
const RESERVATION_GRACE_MS = 60_000;

/**
 * Shared by the budget scripts. `live` returns a counter's spent and reserved as of `now`: a counter past its
 * window (`exp`) is deleted with its holds; holds whose end has passed are removed and their amounts taken off
 * `reserved`. Members are "<amount>:<id>" so releasing needs nothing but the sorted set.
 */
const LIVE = `
local function live(counter, holds, now, nowText)
  local fields = redis.call('HMGET', counter, 'spent', 'reserved', 'exp')
  local exp = tonumber(fields[3])
  if exp == nil or exp < now then
    redis.call('DEL', counter, holds)
    return 0, 0
  end
  local spent = tonumber(fields[1]) or 0
  local reserved = tonumber(fields[2]) or 0
  local expired = redis.call('ZRANGEBYSCORE', holds, '-inf', '(' .. nowText)
  if #expired > 0 then
    local total = 0
    for _, member in ipairs(expired) do
      total = total + tonumber(string.match(member, '^(%d+):'))
    end
    redis.call('ZREMRANGEBYSCORE', holds, '-inf', '(' .. nowText)
    reserved = reserved - total
    redis.call('HINCRBY', counter, 'reserved', string.format('%d', -total))
  end
  return spent, reserved
end
`;

/**
 * KEYS: r:<id>, open, then c:<key>, z:<key> per line.
 * ARGV: now, holdUntil, reservation ttl ms, id, then key, limit, amount, expiresAt per line.
 * Returns {1} (held, or already open under this id) or {0, line index (1-based), used}.
 */
const RESERVE = `${LIVE}
local now, nowText, holdUntil, id = tonumber(ARGV[1]), ARGV[1], ARGV[2], ARGV[4]
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. nowText)
if redis.call('ZSCORE', KEYS[2], id) then return {1} end
local used, held, order = {}, {}, {}
for i = 1, (#ARGV - 4) / 4 do
  local key = ARGV[4 * i + 1]
  local limit, amount, expiresAt = tonumber(ARGV[4 * i + 2]), tonumber(ARGV[4 * i + 3]), tonumber(ARGV[4 * i + 4])
  local counter, holds = KEYS[2 * i + 1], KEYS[2 * i + 2]
  local base = used[key]
  if base == nil then
    local spent, reserved = live(counter, holds, now, nowText)
    base = spent + reserved
  end
  if base + amount > limit then return {0, i, base} end
  used[key] = base + amount
  local entry = held[key]
  if entry == nil then
    entry = {amount = 0, expiresAt = expiresAt, counter = counter, holds = holds}
    held[key] = entry
    order[#order + 1] = key
  end
  entry.amount = entry.amount + amount
  if expiresAt > entry.expiresAt then entry.expiresAt = expiresAt end
end
if #order == 0 then return {1} end
for _, key in ipairs(order) do
  local entry = held[key]
  local amountText = string.format('%d', entry.amount)
  local exp = tonumber(redis.call('HGET', entry.counter, 'exp'))
  if exp == nil or entry.expiresAt > exp then exp = entry.expiresAt end
  local expText = string.format('%d', exp)
  redis.call('HINCRBY', entry.counter, 'reserved', amountText)
  redis.call('HSET', entry.counter, 'exp', expText)
  redis.call('ZADD', entry.holds, holdUntil, amountText .. ':' .. id)
  redis.call('PEXPIREAT', entry.counter, expText)
  redis.call('PEXPIREAT', entry.holds, expText)
  redis.call('HSET', KEYS[1], key, amountText)
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], holdUntil, id)
return {1}
`;

/**
 * KEYS: r:<id>, s:<id>, open.
 * ARGV: now, prefix, settled retention ms, expiry for a counter settle creates, id, then key, actual per pair.
 * Returns 1 when applied, 0 when the id was already settled.
 */
const SETTLE = `${LIVE}
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local now, nowText, prefix, id = tonumber(ARGV[1]), ARGV[1], ARGV[2], ARGV[5]
local holds = redis.call('HGETALL', KEYS[1])
for i = 1, #holds, 2 do
  local counter = prefix .. ':c:' .. holds[i]
  -- ZREM answers 1 only if no script released this hold yet: the amount leaves 'reserved' exactly once.
  if redis.call('ZREM', prefix .. ':z:' .. holds[i], holds[i + 1] .. ':' .. id) == 1
    and redis.call('EXISTS', counter) == 1 then
    redis.call('HINCRBY', counter, 'reserved', string.format('%d', -tonumber(holds[i + 1])))
  end
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[3], id)
for i = 6, #ARGV, 2 do
  if ARGV[i + 1] ~= '0' then
    local counter = prefix .. ':c:' .. ARGV[i]
    live(counter, prefix .. ':z:' .. ARGV[i], now, nowText)
    if redis.call('HEXISTS', counter, 'exp') == 0 then
      redis.call('HSET', counter, 'exp', ARGV[4], 'reserved', '0')
      redis.call('PEXPIREAT', counter, ARGV[4])
    end
    redis.call('HINCRBY', counter, 'spent', ARGV[i + 1])
  end
end
redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
return 1
`;

/** KEYS: c:<key>, z:<key> per key. ARGV: now. Returns spent, reserved per key. */
const USAGE = `${LIVE}
local now, nowText = tonumber(ARGV[1]), ARGV[1]
local result = {}
for i = 1, #KEYS, 2 do
  local spent, reserved = live(KEYS[i], KEYS[i + 1], now, nowText)
  result[#result + 1] = spent
  result[#result + 1] = reserved
end
return result
`;

/** KEYS: open. ARGV: now. Returns the number of reservations whose hold has not ended. */
const OPEN = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
return redis.call('ZCARD', KEYS[1])
`;

/**
 * GCRA, all-or-nothing, in integer microseconds: the SQLite store's `gcra` step for step. KEYS: rl:<key> per
 * line. ARGV: now (ms), then limit, periodMs, cost per line. Returns {ok, refused line (1-based, 0: none),
 * retryAfterMs (-1: never), then remaining, resetMs per line}.
 */
const RATE = `
local nowUs = math.floor(tonumber(ARGV[1]) * 1000 + 0.5)
local stored, tats, taken = {}, {}, {}
local refused, retry = 0, 0
for i = 1, #KEYS do
  local key = KEYS[i]
  if stored[key] == nil then stored[key] = tonumber(redis.call('GET', key)) or nowUs end
  local limit, periodUs, cost = tonumber(ARGV[3 * i - 1]), tonumber(ARGV[3 * i]) * 1000, tonumber(ARGV[3 * i + 1])
  local incrementUs = math.floor(periodUs * cost / limit)
  local tatUs = math.max(tats[key] or stored[key], nowUs)
  local nextUs = tatUs + incrementUs
  if nextUs - nowUs > periodUs then
    if refused == 0 then
      refused = i
      if incrementUs > periodUs then retry = -1 else retry = math.ceil((nextUs - periodUs - nowUs) / 1000) end
    end
    tats[key] = tatUs
  else
    tats[key] = nextUs
    taken[i] = nextUs
  end
end
local result = {refused == 0 and 1 or 0, refused, retry}
for i = 1, #KEYS do
  local periodUs = tonumber(ARGV[3 * i]) * 1000
  local limit = tonumber(ARGV[3 * i - 1])
  local tatUs = taken[i]
  if refused ~= 0 or tatUs == nil then tatUs = math.max(stored[KEYS[i]], nowUs) end
  result[#result + 1] = math.max(0, math.min(limit, math.floor((periodUs - (tatUs - nowUs)) * limit / periodUs)))
  result[#result + 1] = math.max(0, math.ceil((tatUs - nowUs) / 1000))
end
if refused == 0 then
  for key, tatUs in pairs(tats) do
    local ttl = math.ceil((tatUs - nowUs) / 1000)
    if ttl > 0 then redis.call('SET', key, string.format('%d', tatUs), 'PX', ttl) else redis.call('DEL', key) end
  end
end
return result
`;

type ScriptName = 'rungReserve' | 'rungSettle' | 'rungUsage' | 'rungOpen' | 'rungRate';
const SCRIPTS: Record<ScriptName, string> = {
  rungReserve: RESERVE,
  rungSettle: SETTLE,
  rungUsage: USAGE,
  rungOpen: OPEN,
  rungRate: RATE,
};

/**
 * A `CounterStore` on one Redis (tested on 7.0; ioredis falls back to RESP2 on a server without HELLO).
 * @example
 * const counters = createRedisCounterStore({ url: 'redis://127.0.0.1:6379', prefix: 'rung' });
 * const result = await counters.rateLimit([{ key: 'rpm:key:key_abc', limit: 60, periodMs: 60_000, cost: 1 }]);
 */
export function createRedisCounterStore(options: RedisCounterStoreOptions): CounterStore {
  const prefix = options.prefix;
  const clock = options.now ?? Date.now;
  const commandTimeoutMs = options.commandTimeoutMs ?? 500;
  const settledRetentionMs = options.settledRetentionMs ?? 10 * 60_000;
  const unknownCounterTtlMs = options.unknownCounterTtlMs ?? 35 * 24 * 3_600_000;
  const description = `Redis ${redactUrl(options.url)} (prefix ${prefix})`;

  const { call, close } = createRedisScripts({
    url: options.url,
    description,
    commandTimeoutMs,
    scripts: SCRIPTS,
    onError: options.onError,
  });

  const counterKeys = (key: string) => [`${prefix}:c:${key}`, `${prefix}:z:${key}`];

  return {
    description,
    async reserve(input): Promise<ReserveResult> {
      for (const line of input.lines) checkBudgetLine(line);
      checkCount(input.holdMs, 'holdMs');
      if (input.lines.length === 0) return { ok: true };
      const now = clock();
      const keys = [`${prefix}:r:${input.id}`, `${prefix}:open`];
      const args: Array<string | number> = [now, now + input.holdMs, input.holdMs + RESERVATION_GRACE_MS, input.id];
      for (const line of input.lines) {
        keys.push(...counterKeys(line.key));
        args.push(line.key, line.limit, line.amount, Math.ceil(line.expiresAt));
      }
      const reply = (await call('rungReserve', keys, args)) as number[];
      if (reply[0] === 1) return { ok: true };
      const line = input.lines[(reply[1] as number) - 1] as BudgetLine;
      return { ok: false, key: line.key, limit: line.limit, used: reply[2] as number, amount: line.amount };
    },
    async settle(id, actual) {
      const now = clock();
      const retention = Math.max(1, settledRetentionMs);
      const args: Array<string | number> = [now, prefix, retention, Math.ceil(now + unknownCounterTtlMs), id];
      for (const [key, amount] of Object.entries(actual)) {
        checkCount(amount, `actual["${key}"]`);
        args.push(key, amount);
      }
      await call('rungSettle', [`${prefix}:r:${id}`, `${prefix}:s:${id}`, `${prefix}:open`], args);
    },
    async usage(keys) {
      const usage = new Map<string, CounterUsage>();
      if (keys.length === 0) return usage;
      const reply = (await call('rungUsage', keys.flatMap(counterKeys), [clock()])) as number[];
      keys.forEach((key, index) => {
        usage.set(key, { spent: reply[2 * index] ?? 0, reserved: reply[2 * index + 1] ?? 0 });
      });
      return usage;
    },
    async rateLimit(lines, now = clock()): Promise<RateResult> {
      for (const line of lines) checkRateLine(line);
      if (lines.length === 0) return { ok: true, lines: [] };
      const args: Array<string | number> = [now];
      for (const line of lines) args.push(line.limit, line.periodMs, line.cost);
      const reply = (await call(
        'rungRate',
        lines.map((line) => `${prefix}:rl:${line.key}`),
        args,
      )) as number[];
      const states = lines.map((line, index) => ({
        key: line.key,
        limit: line.limit,
        remaining: reply[3 + 2 * index] ?? 0,
        resetMs: reply[4 + 2 * index] ?? 0,
      }));
      if (reply[0] === 1) return { ok: true, lines: states };
      const refused = lines[(reply[1] as number) - 1] as RateLine;
      const retryAfterMs = reply[2] === -1 ? Number.POSITIVE_INFINITY : (reply[2] as number);
      return { ok: false, key: refused.key, limit: refused.limit, retryAfterMs, lines: states };
    },
    async openReservations() {
      return (await call('rungOpen', [`${prefix}:open`], [clock()])) as number;
    },
    close,
  };
}
