import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../spec/limits.js';
import type { CachedAnswer, CacheLimits } from '../../spec/response-cache.js';
import { runExactCacheContract } from '../../testing/cache-contract.js';
import { createRedisExactCache } from './redis-exact-cache.js';

const url = process.env.RUNG_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const base = `rungtest:${process.pid}:${randomUUID().slice(0, 8)}`;
const HOUR = 3_600_000;
const ROOMY: CacheLimits = { maxEntries: 10_000, maxBytes: 64 * 2 ** 20, maxEntryBytes: 2 ** 20 };
const answer = (tag: string): CachedAnswer => ({
  body: JSON.stringify({ id: tag }),
  model: 'm',
  storedAt: Date.now(),
  costUsd: 0.01,
});

/** Deletes this run's keys only: SCAN MATCH on the run's prefix, never FLUSHDB. */
async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

async function keysUnder(redis: Redis, pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found.sort();
}

async function reachable(target: string): Promise<boolean> {
  const probe = new Redis(target, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

if (await reachable(url)) {
  let stores = 0;
  // Prefixes of one length, so every cache of the suite weighs an entry the same.
  const prefixOf = () => `${base}:${String(++stores).padStart(4, '0')}`;
  runExactCacheContract('redis', async (limits) =>
    createRedisExactCache({ url, prefix: prefixOf(), limits, commandTimeoutMs: 2_000 }),
  );

  afterAll(async () => {
    const redis = new Redis(url);
    await deleteKeys(redis, `${base}:*`);
    await redis.quit();
  });

  describe('redis exact cache', () => {
    it('keeps every key under its prefix, the answers with a time to live, and nothing once cleared', async () => {
      const prefix = prefixOf();
      const cache = createRedisExactCache({ url, prefix, limits: ROOMY });
      await cache.set('tenant:acme', 'abc123', answer('a'), 60_000);
      await cache.set('tenant:acme:user:u1', 'has:colon', answer('b'), 60_000);
      const redis = new Redis(url);
      expect(await keysUnder(redis, `${prefix}:*`)).toEqual(
        [
          `${prefix}:rc:bytes`,
          `${prefix}:rc:e:tenant:acme:abc123`,
          `${prefix}:rc:e:tenant:acme:user:u1:has%3Acolon`,
          `${prefix}:rc:lru`,
          `${prefix}:rc:ns:tenant:acme`,
          `${prefix}:rc:ns:tenant:acme:user:u1`,
          `${prefix}:rc:sizes`,
        ].sort(),
      );
      const ttl = await redis.pttl(`${prefix}:rc:e:tenant:acme:abc123`);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
      expect(await cache.clear('tenant:acme')).toBe(1);
      expect(await cache.clear('tenant:acme:user:u1')).toBe(1);
      expect(await keysUnder(redis, `${prefix}:rc:e:*`)).toEqual([]);
      expect(await keysUnder(redis, `${prefix}:rc:ns:*`)).toEqual([]);
      expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
      await redis.quit();
      await cache.close();
    });

    it('forgets an entry Redis has already expired when it meets it', async () => {
      const prefix = prefixOf();
      const cache = createRedisExactCache({ url, prefix, limits: ROOMY });
      await cache.set('t', 'gone', answer('gone'), 20);
      await cache.set('t', 'kept', answer('kept'), HOUR);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await cache.stats()).entries).toBe(2);
      // A set sweeps the oldest member whose string Redis has dropped.
      await cache.set('t', 'new', answer('new'), HOUR);
      expect((await cache.stats()).entries).toBe(2);
      expect(await cache.get('t', 'gone')).toBeNull();
      await cache.close();
    });

    it('holds its bounds for every instance sharing the prefix, under concurrent sets', async () => {
      const prefix = prefixOf();
      const limits = { ...ROOMY, maxEntries: 40 };
      const [first, second] = [
        createRedisExactCache({ url, prefix, limits, commandTimeoutMs: 2_000 }),
        createRedisExactCache({ url, prefix, limits, commandTimeoutMs: 2_000 }),
      ];
      await Promise.all(
        Array.from({ length: 300 }, (_, index) =>
          (index % 2 === 0 ? first : second).set(`tenant-${index % 3}`, `k${index}`, answer(`${index}`), HOUR),
        ),
      );
      const stats = await first.stats();
      expect(stats.entries).toBe(40);
      expect(await second.stats()).toEqual(stats);
      const cleared =
        (await first.clear('tenant-0')) + (await second.clear('tenant-1')) + (await first.clear('tenant-2'));
      expect(cleared).toBe(40);
      expect(await second.stats()).toEqual({ entries: 0, bytes: 0 });
      await Promise.all([first.close(), second.close()]);
    });

    it('reads an answer written in another format as a miss', async () => {
      const prefix = prefixOf();
      const cache = createRedisExactCache({ url, prefix, limits: ROOMY });
      await cache.set('t', 'k', answer('x'), HOUR);
      const redis = new Redis(url);
      await redis.set(`${prefix}:rc:e:t:k`, 'not the format', 'PX', 60_000);
      expect(await cache.get('t', 'k')).toBeNull();
      await redis.quit();
      await cache.close();
    });
  });
} else {
  describe.skip(`redis exact cache: no Redis answers at ${url} (set RUNG_TEST_REDIS_URL)`, () => {
    it('runs the contract', () => {});
  });
}

describe('redis exact cache without a server', () => {
  it('describes itself without credentials and rejects quickly, without crashing the process', async () => {
    const port = await freePort();
    const cache = createRedisExactCache({
      url: `redis://admin:s3cret@127.0.0.1:${port}/2?password=s3cret`,
      prefix: 'rung',
      commandTimeoutMs: 200,
      limits: ROOMY,
    });
    expect(cache.description).toContain(`Redis redis://127.0.0.1:${port}/2 (prefix rung`);
    const started = Date.now();
    for (const operation of [
      () => cache.get('t', 'k'),
      () => cache.set('t', 'k', answer('x'), HOUR),
      () => cache.stats(),
      () => cache.clear('t'),
    ]) {
      const error = await operation().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(String((error as Error).message)).not.toContain('s3cret');
    }
    expect(Date.now() - started).toBeLessThan(2_000);
    await cache.close();
  }, 10_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
