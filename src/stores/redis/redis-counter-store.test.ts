import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../spec/limits.js';
import { runCounterContract } from '../../testing/counter-contract.js';
import { createRedisCounterStore } from './redis-counter-store.js';

const url = process.env.RUNG_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const base = `rungtest:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Deletes this run's keys only: SCAN MATCH on the run's prefix, never FLUSHDB. */
async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
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
  runCounterContract('redis', async (now) => createRedisCounterStore({ url, prefix: `${base}:${++stores}`, now }));

  afterAll(async () => {
    const redis = new Redis(url);
    await deleteKeys(redis, `${base}:*`);
    await redis.quit();
  });

  describe('redis counter store', () => {
    it('keeps every key under its prefix, each with an expiry', async () => {
      const prefix = `${base}:keys`;
      const store = createRedisCounterStore({ url, prefix });
      const reservation = `keys-${randomUUID()}`;
      await store.reserve({
        id: reservation,
        holdMs: 60_000,
        lines: [{ key: 'usd:day:x', limit: 10, amount: 1, expiresAt: Date.now() + 60_000 }],
      });
      await store.rateLimit([{ key: 'rpm:x', limit: 10, periodMs: 60_000, cost: 1 }]);
      await store.settle(reservation, { 'usd:day:x': 1 });
      const redis = new Redis(url);
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        keys.push(...found);
      } while (cursor !== '0');
      // Settled: the reservation, its holds and the open set (empty) are gone; what stays expires by itself.
      expect(keys.sort()).toEqual([`${prefix}:c:usd:day:x`, `${prefix}:rl:rpm:x`, `${prefix}:s:${reservation}`].sort());
      for (const key of keys) expect(await redis.pttl(key)).toBeGreaterThan(0);
      await redis.quit();
      await store.close();
    });
  });
} else {
  describe.skip(`redis counter store: no Redis answers at ${url} (set RUNG_TEST_REDIS_URL)`, () => {
    it('runs the contract', () => {});
  });
}

describe('redis counter store without a server', () => {
  it('describes itself without credentials and rejects quickly, without crashing the process', async () => {
    const port = await freePort();
    const store = createRedisCounterStore({
      url: `redis://admin:s3cret@127.0.0.1:${port}/2?password=s3cret`,
      prefix: 'rung',
      commandTimeoutMs: 200,
    });
    expect(store.description).toBe(`Redis redis://127.0.0.1:${port}/2 (prefix rung)`);
    const error = await store.openReservations().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String((error as Error).message)).not.toContain('s3cret');
    await store.close();
  }, 10_000);
});

describe('redis counter store through an outage', () => {
  let server: ChildProcess | undefined;
  afterAll(async () => {
    await stopServer(server);
  });

  it('rejects with StoreUnavailableError while Redis is down or hung, and recovers by itself', async () => {
    const port = await freePort();
    const store = createRedisCounterStore({
      url: `redis://127.0.0.1:${port}`,
      prefix: 'outage',
      commandTimeoutMs: 300,
    });
    const line = { key: 'usd:day:outage', limit: 1_000, amount: 1, expiresAt: Date.now() + 3_600_000 };
    const reserve = () => store.reserve({ id: `outage-${randomUUID()}`, holdMs: 60_000, lines: [line] });

    // Started before its Redis: refuses, then works once Redis is there.
    await expect(reserve()).rejects.toBeInstanceOf(StoreUnavailableError);
    server = await startServer(port);
    await eventually(reserve);
    expect(await reserve()).toEqual({ ok: true });

    // Killed: every operation refuses at once.
    await stopServer(server);
    await expect(reserve()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.settle('outage-x', { [line.key]: 1 })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.usage([line.key])).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.rateLimit([{ key: 'rpm:outage', limit: 5, periodMs: 1_000, cost: 1 }])).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );

    // Back on the same port (empty: no persistence): the same store object works again.
    server = await startServer(port);
    await eventually(reserve);
    expect((await store.usage([line.key])).get(line.key)?.reserved).toBeGreaterThanOrEqual(1);

    // Hung (SIGSTOP, the socket stays open): the command timeout turns it into StoreUnavailableError.
    server.kill('SIGSTOP');
    await expect(reserve()).rejects.toBeInstanceOf(StoreUnavailableError);
    server.kill('SIGCONT');
    await eventually(reserve);
    await store.close();
  }, 30_000);
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

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    if (await accepts(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not listen on ${port}`);
}

async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGCONT');
  child.kill('SIGKILL');
  await exited;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

/** Retries until the store answers (it reconnects by itself, backing off to 2 s). */
async function eventually<T>(operation: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
