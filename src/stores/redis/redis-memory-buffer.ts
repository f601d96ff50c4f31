/**
 * The hot buffer of conversational memory on one Redis: the recent messages of each conversation as a list,
 * appended, trimmed and given its expiry in one Lua script (EVALSHA), so a crash or a second gateway instance
 * can never see a list appended but not trimmed, or a seq handed out twice.
 *
 * Keys, all under `${prefix}:mem:`, each id escaped (`%` → `%25`, `:` → `%3A`) so the parts never run together:
 *   <tenant>:<user>:<character>:<session>        list  "<seq>:<json [role, content, ts, turnId]>", oldest first
 *   <tenant>:<user>:<character>:<session>:meta   hash  {seq: last seq, sum: summarised up to, exp: expiry}
 *   <tenant>:<user>:refs                         set   "<character>:<session>" of the user's conversations
 * A list key has four parts, a meta key five, an index key three: no id can make one look like another.
 *
 * The list holds consecutive seqs (it is only ever cut at its old end), so the seq of any element follows from
 * the last seq and the length: `window` reads exactly the range asked for. The buffer keeps `keep` messages, and
 * the messages after the last summary (`sum`) until a summary covers them, at most `keep * 4` (see the SQLite
 * store for why). Erasing finds a user's conversations through the `refs` set, never with KEYS or SCAN.
 *
 * Expiry: each append renews the list, its meta and the user's index with PEXPIRE (Redis's clock, so the keys go
 * by themselves), and writes `exp` on the caller's clock, which every read checks: a conversation past `exp` reads
 * as empty at once, whatever Redis's clock says. When the meta hash is gone (never written, or expired with the
 * list) the script does not guess the seq: it answers `null` and the caller tries again with a floor (the last
 * summarised seq, from PostgreSQL), so an expired conversation never reuses a summarised seq.
 *
 * Redis down → every call rejects with StoreUnavailableError within about `commandTimeoutMs` (no offline queue,
 * no retries: a retried append could append twice). Scripts touch keys they build as they run (the user's
 * conversations while erasing), so this needs a single Redis, not a cluster.
 */
import type { ConversationRef, DeletionScope, MemoryMessage } from '../../spec/memory.js';
import { createRedisScripts, redactUrl } from './redis-connection.js';

export interface RedisMemoryBufferOptions {
  /** e.g. `redis://:password@10.0.0.5:6379/0` or `rediss://...` */
  url: string;
  /** Every key starts with `${prefix}:mem:`. */
  prefix: string;
  /** A call that gets no answer within this rejects with StoreUnavailableError (default 500). */
  commandTimeoutMs?: number;
  /** Epoch ms; expiry is judged on it, so tests move time with it. */
  now?: () => number;
  /** Connection errors, as they happen (the client reconnects by itself); for logs. */
  onError?: (error: unknown) => void;
}

export interface RedisMemoryBuffer {
  readonly description: string;
  /**
   * Appends, trims and renews in one script; returns the last seq. Returns null, writing nothing, when the
   * conversation has no counter (new or expired) and no `floor` was given: call again with the highest seq
   * already summarised.
   */
  append(
    ref: ConversationRef,
    messages: ReadonlyArray<Omit<MemoryMessage, 'seq'>>,
    keep: number,
    ttlMs: number,
    floor?: number,
  ): Promise<number | null>;
  recent(ref: ConversationRef, limit: number): Promise<MemoryMessage[]>;
  window(ref: ConversationRef, fromSeq: number, toSeq: number): Promise<MemoryMessage[]>;
  /** Lets the buffer trim what a stored summary now covers. */
  markSummarised(ref: ConversationRef, toSeq: number): Promise<void>;
  /** Messages held in scope (not expired). */
  count(scope: DeletionScope): Promise<number>;
  /** Deletes the scope's buffers; returns the messages that were held. */
  erase(scope: DeletionScope): Promise<number>;
  close(): Promise<void>;
}

/** However long the window waits for its summary, the buffer never holds more than this many times `keep`. */
const WINDOW_CAP_FACTOR = 4;
/** PEXPIRE takes an integer; a longer or infinite TTL is cut to this. */
const MAX_TTL_MS = 10 * 365 * 24 * 3_600_000;

/**
 * KEYS: list, meta, refs. ARGV: now, ttl ms, expiresAt, keep, floor (-1: none), member, cap factor, messages...
 * Returns the last seq, or -1 when there is no counter and no floor.
 */
const APPEND = `
local now, keep, floor = tonumber(ARGV[1]), tonumber(ARGV[4]), tonumber(ARGV[5])
local meta = redis.call('HMGET', KEYS[2], 'seq', 'sum', 'exp')
local seq, sum, exp = tonumber(meta[1]), tonumber(meta[2]) or 0, tonumber(meta[3])
if seq == nil then
  if floor < 0 then return -1 end
  seq, sum = floor, floor
  redis.call('DEL', KEYS[1])
elseif exp == nil or exp <= now then
  -- Past its expiry on the caller's clock though Redis has not dropped it yet: the messages go, the count stays.
  redis.call('DEL', KEYS[1])
end
for i = 8, #ARGV do
  seq = seq + 1
  redis.call('RPUSH', KEYS[1], string.format('%d', seq) .. ':' .. ARGV[i])
end
local retain = math.max(keep, math.min(seq - sum, keep * tonumber(ARGV[7])))
if redis.call('LLEN', KEYS[1]) > retain then redis.call('LTRIM', KEYS[1], -retain, -1) end
redis.call('HSET', KEYS[2], 'seq', string.format('%d', seq), 'sum', string.format('%d', sum), 'exp', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[6])
if redis.call('PTTL', KEYS[3]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[3], ARGV[2]) end
return seq
`;

/** KEYS: list, meta. ARGV: now, limit. Returns the newest `limit` elements, oldest first. */
const RECENT = `
local exp = tonumber(redis.call('HGET', KEYS[2], 'exp'))
if exp == nil or exp <= tonumber(ARGV[1]) then return {} end
return redis.call('LRANGE', KEYS[1], -tonumber(ARGV[2]), -1)
`;

/** KEYS: list, meta. ARGV: now, fromSeq, toSeq. Returns the elements with seq in [fromSeq, toSeq]. */
const WINDOW = `
local meta = redis.call('HMGET', KEYS[2], 'seq', 'exp')
local seq, exp = tonumber(meta[1]), tonumber(meta[2])
if seq == nil or exp == nil or exp <= tonumber(ARGV[1]) then return {} end
local first = seq - redis.call('LLEN', KEYS[1]) + 1
local low, high = math.max(tonumber(ARGV[2]), first), math.min(tonumber(ARGV[3]), seq)
if low > high then return {} end
return redis.call('LRANGE', KEYS[1], low - first, high - first)
`;

/** KEYS: meta. ARGV: toSeq. Raises `sum` (never past the last seq); a buffer already gone is left alone. */
const MARK = `
local meta = redis.call('HMGET', KEYS[1], 'seq', 'sum')
local seq, sum = tonumber(meta[1]), tonumber(meta[2]) or 0
local to = tonumber(ARGV[1])
if seq == nil or to <= sum then return 0 end
redis.call('HSET', KEYS[1], 'sum', string.format('%d', math.min(to, seq)))
return 1
`;

/**
 * KEYS: refs. ARGV: now, key base ("<prefix>:mem:<tenant>:<user>:"), character ('' for all), session ('' for
 * all), erase ('1' or '0'). Counts the messages held by the matching conversations, deleting them when erasing.
 */
const SCOPE = `
local now, base, character, session, erase = tonumber(ARGV[1]), ARGV[2], ARGV[3], ARGV[4], ARGV[5] == '1'
local held = 0
for _, member in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local c, s = string.match(member, '^([^:]*):(.*)$')
  if (character == '' or c == character) and (session == '' or s == session) then
    local list, meta = base .. member, base .. member .. ':meta'
    local exp = tonumber(redis.call('HGET', meta, 'exp'))
    if exp ~= nil and exp > now then held = held + redis.call('LLEN', list) end
    if erase then
      redis.call('DEL', list, meta)
      redis.call('SREM', KEYS[1], member)
    end
  end
end
return held
`;

type ScriptName = 'rungMemoryAppend' | 'rungMemoryRecent' | 'rungMemoryWindow' | 'rungMemoryMark' | 'rungMemoryScope';
const SCRIPTS: Record<ScriptName, string> = {
  rungMemoryAppend: APPEND,
  rungMemoryRecent: RECENT,
  rungMemoryWindow: WINDOW,
  rungMemoryMark: MARK,
  rungMemoryScope: SCOPE,
};

/** An id as one key part: `%` and `:` escaped, so `a:b`/`c` and `a`/`b:c` stay apart. */
export function escapeKeyPart(part: string): string {
  return /[:%]/.test(part) ? part.replace(/%/g, '%25').replace(/:/g, '%3A') : part;
}

/**
 * A `RedisMemoryBuffer` on one Redis (tested on 7.0).
 * @example
 * const buffer = createRedisMemoryBuffer({ url: 'redis://127.0.0.1:6379', prefix: 'rung' });
 * const seq =
 *   (await buffer.append(ref, messages, 20, 86_400_000)) ??
 *   (await buffer.append(ref, messages, 20, 86_400_000, await summarisedUpTo(ref)));
 */
export function createRedisMemoryBuffer(options: RedisMemoryBufferOptions): RedisMemoryBuffer {
  const prefix = options.prefix;
  const clock = options.now ?? Date.now;
  const commandTimeoutMs = options.commandTimeoutMs ?? 500;
  const description = `Redis ${redactUrl(options.url)} (prefix ${prefix})`;
  const userBase = (tenant: string, user: string) => `${prefix}:mem:${escapeKeyPart(tenant)}:${escapeKeyPart(user)}:`;
  const member = (ref: ConversationRef) => `${escapeKeyPart(ref.character)}:${escapeKeyPart(ref.session)}`;
  const keysOf = (ref: ConversationRef) => {
    const list = userBase(ref.tenant, ref.user) + member(ref);
    return { list, meta: `${list}:meta`, refs: `${userBase(ref.tenant, ref.user)}refs` };
  };

  const { call, close } = createRedisScripts({
    url: options.url,
    description,
    commandTimeoutMs,
    scripts: SCRIPTS,
    closedMessage: 'the buffer is closed',
    onError: options.onError,
  });

  const scopeCall = async (scope: DeletionScope, erase: boolean): Promise<number> =>
    (await call(
      'rungMemoryScope',
      [`${userBase(scope.tenant, scope.user)}refs`],
      [
        clock(),
        userBase(scope.tenant, scope.user),
        scope.character === undefined ? '' : escapeKeyPart(scope.character),
        scope.session === undefined ? '' : escapeKeyPart(scope.session),
        erase ? '1' : '0',
      ],
    )) as number;

  return {
    description,
    async append(ref, messages, keep, ttlMs, floor) {
      const now = clock();
      const ttl = Math.max(1, Math.ceil(Math.min(ttlMs, MAX_TTL_MS)));
      const { list, meta, refs } = keysOf(ref);
      const encoded = messages.map((message) =>
        JSON.stringify([message.role, message.content, message.ts, message.turnId]),
      );
      const seq = (await call(
        'rungMemoryAppend',
        [list, meta, refs],
        [now, ttl, now + ttl, keep, floor ?? -1, member(ref), WINDOW_CAP_FACTOR, ...encoded],
      )) as number;
      return seq < 0 ? null : seq;
    },
    async recent(ref, limit) {
      if (!(limit >= 1)) return [];
      const { list, meta } = keysOf(ref);
      return decodeAll((await call('rungMemoryRecent', [list, meta], [clock(), Math.floor(limit)])) as string[]);
    },
    async window(ref, fromSeq, toSeq) {
      if (!(fromSeq <= toSeq)) return [];
      const { list, meta } = keysOf(ref);
      const args = [clock(), Math.ceil(fromSeq), Math.floor(toSeq)];
      return decodeAll((await call('rungMemoryWindow', [list, meta], args)) as string[]);
    },
    async markSummarised(ref, toSeq) {
      await call('rungMemoryMark', [keysOf(ref).meta], [Math.floor(toSeq)]);
    },
    count: (scope) => scopeCall(scope, false),
    erase: (scope) => scopeCall(scope, true),
    close,
  };
}

function decodeAll(elements: string[]): MemoryMessage[] {
  return elements.map(decode);
}

/** "<seq>:<json [role, content, ts, turnId]>" → a message. */
function decode(element: string): MemoryMessage {
  const colon = element.indexOf(':');
  const [role, content, ts, turnId] = JSON.parse(element.slice(colon + 1)) as [
    MemoryMessage['role'],
    string,
    number,
    string,
  ];
  return { role, content, ts, turnId, seq: Number(element.slice(0, colon)) };
}
