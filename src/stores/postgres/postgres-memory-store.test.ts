/**
 * Runs the memory contract against Redis (127.0.0.1:6379, or RUNG_TEST_REDIS_URL) + PostgreSQL
 * (postgres://postgres@127.0.0.1:5432/test, or RUNG_TEST_POSTGRES_URL). Each run has its own Redis prefix and
 * its own schema, both removed at the end: keys by SCAN MATCH on the prefix, the schema by name. Without both
 * servers the suite is skipped, saying so.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../spec/limits.js';
import type { ConversationRef } from '../../spec/memory.js';
import { runMemoryContract } from '../../testing/memory-contract.js';
import { createRedisMemoryBuffer } from '../redis/redis-memory-buffer.js';
import { createRedisPostgresMemoryStore } from './postgres-memory-store.js';

const redisUrl = process.env.RUNG_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const postgresUrl = process.env.RUNG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = `${process.pid}_${randomUUID().slice(0, 8)}`;
const prefix = `rungtest:memory:${run}`;
const schema = `rung_memory_test_${run}`;

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
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

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** This run's keys only: SCAN MATCH on the run's prefix, never FLUSHDB. */
async function redisKeys(redis: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  return keys;
}

const available = (await redisReachable()) && (await postgresReachable());
if (!available) console.warn(`redis + postgres memory tests skipped: need Redis at ${redisUrl} and PostgreSQL`);

let stores = 0;
const open = (now?: () => number) =>
  createRedisPostgresMemoryStore({
    redis: { url: redisUrl, prefix: `${prefix}:${++stores}`, commandTimeoutMs: 2_000 },
    postgres: { url: postgresUrl, schema, poolSize: 4 },
    ...(now === undefined ? {} : { now }),
  });

describe.runIf(available)('redis + postgres memory store', () => {
  afterAll(async () => {
    const redis = new Redis(redisUrl);
    const keys = await redisKeys(redis, `${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  runMemoryContract('redis + postgres', (now) => open(now));

  const ref: ConversationRef = { tenant: `t-${run}`, user: 'u1', character: 'mira', session: 'default' };
  const message = (content: string) => ({ role: 'user' as const, content, ts: Date.now(), turnId: `req-${content}` });

  it('keeps a conversation in three keys under its prefix, each expiring, found again through the index', async () => {
    const store = await open();
    const ttl = 60_000;
    await store.append(ref, [message('a'), message('b')], 10, ttl);
    await store.append({ ...ref, session: 'other' }, [message('c')], 10, ttl);
    const redis = new Redis(redisUrl);
    const keys = (await redisKeys(redis, `${prefix}:${stores}:*`)).sort();
    const base = `${prefix}:${stores}:mem:t-${run}:u1`;
    expect(keys).toEqual(
      [
        `${base}:mira:default`,
        `${base}:mira:default:meta`,
        `${base}:mira:other`,
        `${base}:mira:other:meta`,
        `${base}:refs`,
      ].sort(),
    );
    for (const key of keys) {
      const pttl = await redis.pttl(key);
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(ttl);
    }
    expect(await store.erase({ tenant: ref.tenant, user: ref.user })).toMatchObject({ messages: 3 });
    expect(await redisKeys(redis, `${prefix}:${stores}:*`)).toEqual([]);
    await redis.quit();
    await store.close();
  });

  it('carries on after the summarised seq when Redis lost the buffer', async () => {
    const store = await open();
    const conversation = { ...ref, tenant: `lost-${run}` };
    await store.append(conversation, [message('a'), message('b'), message('c')], 10, 60_000);
    const summary = {
      id: `sum-lost-${run}`,
      ref: conversation,
      fromSeq: 1,
      toSeq: 3,
      text: 'abc',
      embedding: new Float32Array([1, 0]),
      createdAt: Date.now(),
    };
    expect(await store.addSummary(summary, Date.now())).toBe(true);
    const redis = new Redis(redisUrl);
    await redis.del(...(await redisKeys(redis, `${prefix}:${stores}:mem:lost-${run}:*`)));
    await redis.quit();
    expect(await store.append(conversation, [message('d')], 10, 60_000)).toBe(4);
    expect((await store.recent(conversation, 10)).map((item) => item.seq)).toEqual([4]);
    await store.close();
  });

  it('migrates the memory tables into the shared schema as version 2', async () => {
    const store = await open();
    await store.close();
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM "${schema}".rung_migrations ORDER BY version`);
    await client.end();
    expect(rows.map((row) => row.version)).toContain(2);
  });
});

describe('redis memory buffer without a server', () => {
  it('rejects quickly with StoreUnavailableError, without crashing the process or printing credentials', async () => {
    const buffer = createRedisMemoryBuffer({
      url: 'redis://admin:s3cret@127.0.0.1:1/0',
      prefix: 'rung',
      commandTimeoutMs: 200,
    });
    expect(buffer.description).toBe('Redis redis://127.0.0.1:1/0 (prefix rung)');
    const error = await buffer.recent(ref(), 10).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String((error as Error).message)).not.toContain('s3cret');
    await buffer.close();
  }, 10_000);
});

function ref(): ConversationRef {
  return { tenant: 't', user: 'u', character: 'c', session: 's' };
}
