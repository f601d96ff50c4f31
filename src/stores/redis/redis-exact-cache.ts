/**
 * The exact response cache on one Redis, shared by every gateway instance and bounded as a whole: entry count and
 * bytes across all instances and namespaces, least recently used evicted first. Each operation is one Lua script
 * (EVALSHA, loaded on first use per connection), so a get's bump, a set's evictions and a clear's bookkeeping are
 * atomic across instances without WATCH/MULTI.
 *
 * Keys, all under `${prefix}:rc:` (a single Redis, not a cluster: scripts touch keys they learn as they run):
 *   e:<namespace>:<key>  string   the answer (a JSON header line, then the body); PX its time to live
 *   lru                  zset     entry key → last use (epoch ms, the caller's clock), for eviction
 *   sizes                hash     entry key → "<bytes>:<expiresAt>:<namespace>", what eviction needs to undo it
 *   bytes                string   the sum of the sizes (INCRBY/DECRBY)
 *   ns:<namespace>       set      the namespace's entry keys, for clear(namespace) without KEYS or SCAN
 * Entries live under `e:` so that no namespace can be named like the index (`ns:<x>` would otherwise be both the
 * index of namespace "x" and the entry "x" of namespace "ns"); a `:` or `%` in a key is escaped (`%3A`, `%25`), so
 * the last `:` always ends the namespace and `a:b`/`c` never meets `a`/`b:c`.
 *
 * Expiry: Redis drops an entry's string at its PX, but not its place in `lru`, `sizes` and the index: those go
 * lazily, when a script meets the member (a get that finds the string gone or past `expiresAt` on the caller's
 * clock, a set that looks at the two oldest members, eviction, clear), so `stats()` can count a few expired
 * entries for a while. Bytes are an estimate of what Redis holds: the value and the key in UTF-8, the key again in
 * the sorted set, the hash and the index, and a fixed overhead per entry.
 *
 * Redis down → every call rejects with StoreUnavailableError within about `commandTimeoutMs` (no offline queue,
 * no retries) while the client reconnects in the background; the caller treats that as a miss. Needs Redis 6.2
 * (ZADD GT).
 */
import type { CachedAnswer, CacheLimits, ExactCache } from '../../spec/response-cache.js';
import { createRedisScripts, redactUrl } from './redis-connection.js';

export interface RedisExactCacheOptions {
  /** e.g. `redis://:password@10.0.0.5:6379/0` or `rediss://...` */
  url: string;
  /** Every key starts with `${prefix}:rc:`. */
  prefix: string;
  /** A call that gets no answer within this rejects with StoreUnavailableError (default 250: a cache must be quick). */
  commandTimeoutMs?: number;
  limits: CacheLimits;
  /** Connection errors, as they happen (the client reconnects by itself); for logs. */
  onError?: (error: unknown) => void;
}

/** Redis's own bookkeeping per entry: the key's dict and expiry entries, the skiplist node, hash and set slots. */
export const REDIS_ENTRY_OVERHEAD_BYTES = 200;
/** Members taken off a namespace's index per script call while clearing it, so Redis is never blocked for long. */
const CLEAR_BATCH = 500;
/** A time to live beyond this (or infinite) is cut to it: PX takes an integer. */
const MAX_TTL_MS = 10 * 365 * 24 * 3_600_000;
/** The first element of the header line: an answer written by another format is a miss, not an error. */
const FORMAT = 1;

/**
 * Shared by the scripts. `forget` takes a member out of `lru`, `sizes`, the byte count and its namespace's index
 * (not the string itself) and returns the bytes it accounted for. `expiry` reads `expiresAt` from a sizes value.
 */
const FORGET = `
local function forget(member, meta, lru, sizes, bytes, prefix)
  redis.call('ZREM', lru, member)
  if not meta then return 0 end
  local size, namespace = string.match(meta, '^(%d+):%d+:(.*)$')
  redis.call('HDEL', sizes, member)
  redis.call('DECRBY', bytes, size)
  redis.call('SREM', prefix .. ':rc:ns:' .. namespace, member)
  return tonumber(size)
end
local function expiry(meta)
  return tonumber(string.match(meta, '^%d+:(%d+):'))
end
`;

/**
 * KEYS: entry, lru, sizes, bytes. ARGV: now, prefix.
 * Returns the value, bumping its last use, or nil (and forgets an entry that is gone or past its expiry).
 */
const GET = `${FORGET}
local meta = redis.call('HGET', KEYS[3], KEYS[1])
if not meta then return false end
local value = redis.call('GET', KEYS[1])
if value and expiry(meta) > tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[2], 'GT', ARGV[1], KEYS[1])
  return value
end
forget(KEYS[1], meta, KEYS[2], KEYS[3], KEYS[4], ARGV[2])
if value then redis.call('UNLINK', KEYS[1]) end
return false
`;

/**
 * KEYS: entry, lru, sizes, bytes, ns:<namespace>.
 * ARGV: now, ttl ms, value, size, expiresAt, namespace, maxEntries, maxBytes, prefix.
 * Stores (replacing), then evicts the least recently used entries while over a limit, and forgets up to two
 * expired ones at the old end even when not. Returns the entry count.
 */
const SET = `${FORGET}
local entry, lru, sizes, bytes, prefix = KEYS[1], KEYS[2], KEYS[3], KEYS[4], ARGV[9]
local now = tonumber(ARGV[1])
local previous = redis.call('HGET', sizes, entry)
if previous then forget(entry, previous, lru, sizes, bytes, prefix) end
redis.call('SET', entry, ARGV[3], 'PX', ARGV[2])
redis.call('ZADD', lru, ARGV[1], entry)
redis.call('HSET', sizes, entry, ARGV[4] .. ':' .. ARGV[5] .. ':' .. ARGV[6])
redis.call('SADD', KEYS[5], entry)
local total = redis.call('INCRBY', bytes, ARGV[4])
local count = redis.call('ZCARD', lru)
local maxEntries, maxBytes = tonumber(ARGV[7]), tonumber(ARGV[8])
local swept = 0
while true do
  local oldest = redis.call('ZRANGE', lru, 0, 1)
  -- Entries used in the same millisecond tie and sort by name: never evict the one just stored.
  local victim = oldest[1]
  if victim == entry then victim = oldest[2] end
  if not victim then break end
  local meta = redis.call('HGET', sizes, victim)
  if count <= maxEntries and total <= maxBytes then
    if swept >= 2 then break end
    if meta and expiry(meta) > now and redis.call('EXISTS', victim) == 1 then break end
    swept = swept + 1
  end
  total = total - forget(victim, meta, lru, sizes, bytes, prefix)
  redis.call('UNLINK', victim)
  count = count - 1
end
return count
`;

/**
 * KEYS: ns:<namespace>, lru, sizes, bytes. ARGV: batch size, prefix.
 * Takes up to a batch of the namespace's members off its index and deletes them. Returns {taken, counted}.
 */
const CLEAR = `${FORGET}
local members = redis.call('SPOP', KEYS[1], tonumber(ARGV[1]))
local counted = 0
for _, member in ipairs(members) do
  local meta = redis.call('HGET', KEYS[3], member)
  if meta then counted = counted + 1 end
  forget(member, meta, KEYS[2], KEYS[3], KEYS[4], ARGV[2])
  redis.call('UNLINK', member)
end
return {#members, counted}
`;

/** KEYS: lru, bytes. Returns {entries, bytes}. */
const STATS = `
return {redis.call('ZCARD', KEYS[1]), tonumber(redis.call('GET', KEYS[2]) or '0')}
`;

type ScriptName = 'rungCacheGet' | 'rungCacheSet' | 'rungCacheClear' | 'rungCacheStats';
const SCRIPTS: Record<ScriptName, string> = {
  rungCacheGet: GET,
  rungCacheSet: SET,
  rungCacheClear: CLEAR,
  rungCacheStats: STATS,
};

/**
 * An `ExactCache` on one Redis (tested on 7.0).
 * @example
 * const cache = createRedisExactCache({
 *   url: 'redis://127.0.0.1:6379',
 *   prefix: 'rung',
 *   limits: { maxEntries: 100_000, maxBytes: 512 * 2 ** 20, maxEntryBytes: 2 ** 20 },
 * });
 * const hit = await cache.get('tenant:acme', requestHash).catch(() => null); // an outage is a miss
 */
export function createRedisExactCache(options: RedisExactCacheOptions): ExactCache {
  const { prefix, limits } = options;
  checkLimits(limits);
  const commandTimeoutMs = options.commandTimeoutMs ?? 250;
  const description = `Redis ${redactUrl(options.url)} (prefix ${prefix}, LRU ${limits.maxEntries} entries, ${limits.maxBytes} bytes)`;
  const keys = {
    lru: `${prefix}:rc:lru`,
    sizes: `${prefix}:rc:sizes`,
    bytes: `${prefix}:rc:bytes`,
    index: (namespace: string) => `${prefix}:rc:ns:${namespace}`,
    entry: (namespace: string, key: string) =>
      `${prefix}:rc:e:${namespace}:${/[:%]/.test(key) ? key.replace(/%/g, '%25').replace(/:/g, '%3A') : key}`,
  };

  const { call, close } = createRedisScripts({
    url: options.url,
    description,
    commandTimeoutMs,
    scripts: SCRIPTS,
    closedMessage: 'the cache is closed',
    onError: options.onError,
  });

  return {
    description,

    async get(namespace, key, now = Date.now()) {
      const entry = keys.entry(namespace, key);
      const value = await call('rungCacheGet', [entry, keys.lru, keys.sizes, keys.bytes], [Math.floor(now), prefix]);
      return typeof value === 'string' ? decode(value) : null;
    },

    async set(namespace, key, answer, ttlMs, now = Date.now()) {
      if (!(ttlMs > 0)) return;
      const ttl = Math.max(1, Math.ceil(Math.min(ttlMs, MAX_TTL_MS)));
      const entry = keys.entry(namespace, key);
      const value = encode(answer);
      const size =
        Buffer.byteLength(value) +
        4 * Buffer.byteLength(entry) +
        Buffer.byteLength(namespace) +
        REDIS_ENTRY_OVERHEAD_BYTES;
      // Too large: skipped, and an older entry under the key stays as it was.
      if (size > limits.maxEntryBytes || size > limits.maxBytes) return;
      const at = Math.floor(now);
      await call(
        'rungCacheSet',
        [entry, keys.lru, keys.sizes, keys.bytes, keys.index(namespace)],
        [at, ttl, value, size, at + ttl, namespace, limits.maxEntries, limits.maxBytes, prefix],
      );
    },

    async stats() {
      const [entries, bytes] = (await call('rungCacheStats', [keys.lru, keys.bytes], [])) as [number, number];
      return { entries, bytes };
    },

    async clear(namespace) {
      let counted = 0;
      for (;;) {
        const [taken, batch] = (await call(
          'rungCacheClear',
          [keys.index(namespace), keys.lru, keys.sizes, keys.bytes],
          [CLEAR_BATCH, prefix],
        )) as [number, number];
        counted += batch;
        if (taken < CLEAR_BATCH) return counted;
      }
    },

    close,
  };
}

/** A header line (JSON, so a newline in the model name cannot end it early), then the body as it is. */
function encode(answer: CachedAnswer): string {
  return `${JSON.stringify([FORMAT, answer.model, answer.storedAt, answer.costUsd])}\n${answer.body}`;
}

function decode(value: string): CachedAnswer | null {
  const newline = value.indexOf('\n');
  if (newline < 0) return null;
  let header: unknown;
  try {
    header = JSON.parse(value.slice(0, newline));
  } catch {
    return null;
  }
  if (!Array.isArray(header) || header[0] !== FORMAT) return null;
  const [, model, storedAt, costUsd] = header as [number, unknown, unknown, unknown];
  if (typeof model !== 'string' || typeof storedAt !== 'number') return null;
  if (costUsd !== null && typeof costUsd !== 'number') return null;
  return { body: value.slice(newline + 1), model, storedAt, costUsd };
}

function checkLimits(limits: CacheLimits): void {
  for (const name of ['maxEntries', 'maxBytes', 'maxEntryBytes'] as const) {
    const value = limits[name];
    if (!(Number.isSafeInteger(value) && value > 0)) {
      throw new RangeError(`cache ${name} must be a positive integer, got ${value}`);
    }
  }
}
