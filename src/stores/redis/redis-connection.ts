/**
 * The Redis connection the Redis stores share the shape of: one ioredis client that fails fast and a set of Lua
 * scripts called by name (EVALSHA, loaded on first use per connection).
 *
 * Redis down → every call rejects with StoreUnavailableError within about `commandTimeoutMs` (no offline queue,
 * no retries), while the client keeps reconnecting in the background with capped backoff, so the store comes
 * back by itself. A script's own error (a bug, not an outage) is let through as it is.
 */
import { Redis } from 'ioredis';
import { StoreUnavailableError } from '../../spec/limits.js';

export interface RedisScriptsOptions<Name extends string> {
  /** e.g. `redis://:password@10.0.0.5:6379/0` or `rediss://...` */
  url: string;
  /** Starts every StoreUnavailableError message; build it with `redactUrl`, never with the raw URL. */
  description: string;
  /** A call that gets no answer within this rejects with StoreUnavailableError. */
  commandTimeoutMs: number;
  /** Lua source by command name; each becomes a command on the client. */
  scripts: Record<Name, string>;
  /** What a call after `close()` is told (default 'the store is closed'). */
  closedMessage?: string;
  /** Connection errors, as they happen (the client reconnects by itself); for logs. */
  onError?: (error: unknown) => void;
}

export interface RedisScripts<Name extends string> {
  readonly redis: Redis;
  readonly description: string;
  /** Runs a script once connected; an outage or a transient reply rejects with StoreUnavailableError. */
  call(name: Name, keys: string[], args: Array<string | number>): Promise<unknown>;
  /** A StoreUnavailableError whose message starts with the description. */
  unavailable(message: string, cause?: unknown): StoreUnavailableError;
  /** Quits politely when connected, else drops the socket; idempotent. Calls after it reject. */
  close(): Promise<void>;
}

const MAX_RECONNECT_DELAY_MS = 2_000;
/** Redis answers that mean "not now" rather than "wrong": treated like an unreachable server. */
const TRANSIENT_REPLY = /^(LOADING|BUSY|MASTERDOWN|READONLY|OOM|TRYAGAIN|CLUSTERDOWN|NOREPLICAS|MISCONF)\b/;

/**
 * Connects (in the background) and registers the scripts.
 * @example
 * const connection = createRedisScripts({ url, description: `Redis ${redactUrl(url)}`, commandTimeoutMs: 500,
 *   scripts: { rungPing: "return redis.call('PING')" } });
 * await connection.call('rungPing', [], []);
 */
export function createRedisScripts<Name extends string>(options: RedisScriptsOptions<Name>): RedisScripts<Name> {
  const { description, commandTimeoutMs } = options;
  const closedMessage = options.closedMessage ?? 'the store is closed';

  const redis = new Redis(options.url, {
    // Fail fast: nothing waits for a connection that is not there, nothing is retried behind the caller's back
    // (a retried script could apply twice: a reserve hold twice, an append append twice). The socket itself
    // reconnects forever, backing off to 2 s.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: commandTimeoutMs,
    connectTimeout: Math.max(2_000, commandTimeoutMs * 4),
    retryStrategy: (attempt) => Math.min(50 * 2 ** Math.min(attempt, 10), MAX_RECONNECT_DELAY_MS),
    scripts: Object.fromEntries(Object.entries<string>(options.scripts).map(([name, lua]) => [name, { lua }])),
  });
  // Without a listener an unreachable Redis would be an uncaught 'error' event and end the process.
  redis.on('error', (error: unknown) => options.onError?.(error));
  let closed = false;

  const unavailable = (message: string, cause?: unknown) =>
    new StoreUnavailableError('redis', `${description}: ${message}`, cause === undefined ? undefined : { cause });

  /** One shared wait for the connection being set up (start, or a reconnect already under way). */
  let connecting: Promise<void> | undefined;
  const whenConnected = (): Promise<void> => {
    connecting ??= new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        redis.off('ready', onReady);
        redis.off('close', onClose);
        connecting = undefined;
        if (error === undefined) resolve();
        else reject(error);
      };
      const onReady = () => done();
      const onClose = () => done(unavailable('the connection closed while it was being set up'));
      redis.on('ready', onReady);
      redis.on('close', onClose);
    });
    return connecting;
  };

  const ready = async (): Promise<void> => {
    if (closed || redis.status === 'end') throw unavailable(closedMessage);
    if (redis.status === 'ready') return;
    // Known down (waiting to reconnect): refuse at once rather than make every caller wait for the timeout.
    if (redis.status === 'reconnecting' || redis.status === 'close') throw unavailable('not connected; reconnecting');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        whenConnected(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(unavailable(`not connected within ${commandTimeoutMs} ms`)),
            commandTimeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };

  const commands = redis as unknown as Record<Name, (...args: Array<string | number>) => Promise<unknown>>;

  return {
    redis,
    description,
    unavailable,
    async call(name, keys, args) {
      await ready();
      try {
        return await commands[name].call(redis, keys.length, ...keys, ...args);
      } catch (error) {
        const errorName = (error as { name?: unknown }).name;
        const message = error instanceof Error ? error.message : String(error);
        // A script error is a bug, not an outage: let it through as it is.
        if (errorName === 'ReplyError' && !TRANSIENT_REPLY.test(message)) throw error;
        throw unavailable(message, error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (redis.status === 'ready') {
        try {
          await redis.quit();
          return;
        } catch {
          // Fall through: drop the socket.
        }
      }
      redis.disconnect();
    },
  };
}

/** The URL without user, password or query (where a password may also be given). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.protocol}//${parsed.host}${path}`;
  } catch {
    return 'redis (unparsable URL)';
  }
}
