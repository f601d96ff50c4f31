/**
 * The response-cache contracts (src/spec/response-cache.ts), written once and run against every implementation:
 * the in-process caches and the Redis exact cache. Each implementation's test file calls `runExactCacheContract`
 * or `runSemanticCacheContract` with a factory that builds a fresh, empty cache with the limits it is given.
 *
 * Time is passed to every call (`now`), starting at the real time because Redis also expires keys on its own
 * clock, and moved by the suite: nothing here sleeps. Byte limits are set from what one entry weighs in the
 * implementation under test (each estimates bytes its own way), measured on a probe cache first.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CachedAnswer, CacheLimits, ExactCache, SemanticCache } from '../spec/response-cache.js';

const HOUR = 3_600_000;
const ROOMY: CacheLimits = { maxEntries: 10_000, maxBytes: 64 * 2 ** 20, maxEntryBytes: 2 ** 20 };

/** An answer whose body is `size` characters long, tagged so a test can tell answers apart. */
function answerOf(tag: string, size = 64, now = Date.now()): CachedAnswer {
  const body = JSON.stringify({ id: tag, choices: [{ message: { content: tag } }] });
  return { body: body.padEnd(size, ' '), model: 'fast-model', storedAt: now, costUsd: 0.000_42 };
}

const tagOf = (answer: CachedAnswer | null | undefined) =>
  answer === null || answer === undefined ? null : (JSON.parse(answer.body) as { id: string }).id;

/**
 * @example
 * runExactCacheContract('memory', async (limits) => createMemoryExactCache(limits));
 */
export function runExactCacheContract(name: string, create: (limits: CacheLimits) => Promise<ExactCache>): void {
  describe(`exact cache contract: ${name}`, () => {
    const open: ExactCache[] = [];
    let time = Date.now();
    const run = randomUUID().slice(0, 8);
    let sequence = 0;
    /** A namespace no other test (or earlier run against a shared Redis) has used; same label, same length. */
    const namespace = (label: string) => `${label}:${run}:${String(++sequence).padStart(5, '0')}`;
    const cache = async (limits: Partial<CacheLimits> = {}) => {
      const created = await create({ ...ROOMY, ...limits });
      open.push(created);
      return created;
    };
    /**
     * What one entry of `bodySize` characters weighs in this implementation, under a 16-character key in a
     * `tenant-?` namespace: the tests that depend on it use keys and namespaces of those lengths.
     */
    const weightOf = async (bodySize: number) => {
      const probe = await cache();
      await probe.set(namespace('tenant-p'), key(0), answerOf('probe', bodySize), HOUR, time);
      return (await probe.stats()).bytes;
    };
    /** 16 characters. */
    const key = (index: number) => `key-${String(index).padStart(12, '0')}`;

    afterEach(async () => {
      await Promise.all(open.splice(0).map((created) => created.close()));
      time = Date.now();
    });

    it('misses, then hits with the answer as it was stored', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      expect(await store.get(tenant, key(1), time)).toBeNull();
      const answer: CachedAnswer = {
        body: '{"id":"chatcmpl-1","choices":[{"message":{"content":"Grüße — ok ✓ 🎉"}}]}',
        model: 'anthropic/claude-haiku',
        storedAt: time - 5,
        costUsd: null,
      };
      await store.set(tenant, key(1), answer, HOUR, time);
      expect(await store.get(tenant, key(1), time)).toEqual(answer);
      expect(await store.get(tenant, key(2), time)).toBeNull();
      expect((await store.stats()).entries).toBe(1);
    });

    it('replaces an entry stored under the same key', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      await store.set(tenant, key(1), answerOf('first'), HOUR, time);
      const one = await store.stats();
      await store.set(tenant, key(1), answerOf('second'), HOUR, time + 1);
      expect(tagOf(await store.get(tenant, key(1), time + 2))).toBe('second');
      expect(await store.stats()).toEqual(one);
    });

    it('expires an entry at its time to live, and forgets it once read', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      await store.set(tenant, key(1), answerOf('short'), 1_000, time);
      await store.set(tenant, key(2), answerOf('long'), HOUR, time);
      expect(tagOf(await store.get(tenant, key(1), time + 999))).toBe('short');
      expect(await store.get(tenant, key(1), time + 1_000)).toBeNull();
      expect(tagOf(await store.get(tenant, key(2), time + 1_000))).toBe('long');
      expect((await store.stats()).entries).toBe(1);
      // Gone: an earlier `now` does not bring it back.
      expect(await store.get(tenant, key(1), time)).toBeNull();
    });

    it('never lets one namespace see another one’s entries', async () => {
      const store = await cache();
      const [tenantA, tenantB, tenantC] = [namespace('tenant-a'), namespace('tenant-b'), namespace('tenant-c')];
      await store.set(tenantA, key(1), answerOf('a'), HOUR, time);
      await store.set(tenantB, key(1), answerOf('b'), HOUR, time);
      expect(tagOf(await store.get(tenantA, key(1), time))).toBe('a');
      expect(tagOf(await store.get(tenantB, key(1), time))).toBe('b');
      expect(await store.get(tenantC, key(1), time)).toBeNull();
      // A namespace that is a prefix of another, with the rest moved into the key.
      const user = `${tenantA}:user`;
      await store.set(user, 'k', answerOf('user'), HOUR, time);
      expect(await store.get(tenantA, 'user:k', time)).toBeNull();
      await store.set(tenantA, 'user:k', answerOf('tenant'), HOUR, time);
      expect(tagOf(await store.get(user, 'k', time))).toBe('user');
      expect(tagOf(await store.get(tenantA, 'user:k', time))).toBe('tenant');
    });

    it('evicts the least recently used entry past maxEntries, across namespaces; a hit counts as a use', async () => {
      const store = await cache({ maxEntries: 3 });
      const [tenantA, tenantB] = [namespace('tenant-a'), namespace('tenant-b')];
      await store.set(tenantA, key(1), answerOf('a1'), HOUR, ++time);
      await store.set(tenantB, key(1), answerOf('b1'), HOUR, ++time);
      await store.set(tenantA, key(2), answerOf('a2'), HOUR, ++time);
      expect(tagOf(await store.get(tenantA, key(1), ++time))).toBe('a1');
      await store.set(tenantA, key(3), answerOf('a3'), HOUR, ++time);
      expect(await store.get(tenantB, key(1), ++time)).toBeNull();
      expect((await store.stats()).entries).toBe(3);
      await store.set(tenantB, key(2), answerOf('b2'), HOUR, ++time);
      expect(await store.get(tenantA, key(2), ++time)).toBeNull();
      expect(tagOf(await store.get(tenantA, key(1), ++time))).toBe('a1');
      expect(tagOf(await store.get(tenantA, key(3), ++time))).toBe('a3');
      expect(tagOf(await store.get(tenantB, key(2), ++time))).toBe('b2');
    });

    it('evicts the least recently used entries until the bytes fit maxBytes', async () => {
      const weight = await weightOf(1_000);
      const store = await cache({ maxBytes: Math.floor(3.5 * weight) });
      const tenant = namespace('tenant-a');
      for (let index = 1; index <= 3; index++) {
        await store.set(tenant, key(index), answerOf(`e${index}`, 1_000), HOUR, ++time);
      }
      expect((await store.stats()).entries).toBe(3);
      expect(tagOf(await store.get(tenant, key(1), ++time))).toBe('e1');
      await store.set(tenant, key(4), answerOf('e4', 1_000), HOUR, ++time);
      const stats = await store.stats();
      expect(stats.entries).toBe(3);
      expect(stats.bytes).toBeLessThanOrEqual(Math.floor(3.5 * weight));
      expect(await store.get(tenant, key(2), ++time)).toBeNull();
      // One entry twice the size pushes out two.
      await store.set(tenant, key(5), answerOf('e5', 2_000), HOUR, ++time);
      expect((await store.stats()).entries).toBe(2);
      expect(await store.get(tenant, key(3), ++time)).toBeNull();
      expect(await store.get(tenant, key(1), ++time)).toBeNull();
      expect(tagOf(await store.get(tenant, key(4), ++time))).toBe('e4');
    });

    it('skips an entry larger than maxEntryBytes without throwing, keeping what was there', async () => {
      const weight = await weightOf(1_000);
      const store = await cache({ maxEntryBytes: weight + 100 });
      const tenant = namespace('tenant-a');
      await store.set(tenant, key(1), answerOf('fits', 1_000), HOUR, time);
      await store.set(tenant, key(2), answerOf('too-large', 5_000), HOUR, time);
      await store.set(tenant, key(1), answerOf('too-large', 5_000), HOUR, time);
      expect(await store.get(tenant, key(2), time)).toBeNull();
      expect(tagOf(await store.get(tenant, key(1), time))).toBe('fits');
      expect(await store.stats()).toEqual({ entries: 1, bytes: weight });
    });

    it('clear(namespace) removes that namespace only, and says how many', async () => {
      const store = await cache();
      const [tenantA, tenantB] = [namespace('tenant-a'), namespace('tenant-b')];
      for (let index = 0; index < 5; index++) await store.set(tenantA, key(index), answerOf(`a${index}`), HOUR, time);
      await store.set(tenantB, key(0), answerOf('b0'), HOUR, time);
      const before = await store.stats();
      expect(await store.clear(tenantA)).toBe(5);
      for (let index = 0; index < 5; index++) expect(await store.get(tenantA, key(index), time)).toBeNull();
      expect(tagOf(await store.get(tenantB, key(0), time))).toBe('b0');
      const after = await store.stats();
      expect(after.entries).toBe(1);
      expect(after.bytes).toBe(before.bytes / 6);
      expect(await store.clear(tenantA)).toBe(0);
      expect(await store.clear(namespace('never-used'))).toBe(0);
      // The namespace works again afterwards.
      await store.set(tenantA, key(0), answerOf('again'), HOUR, time);
      expect(tagOf(await store.get(tenantA, key(0), time))).toBe('again');
    });

    it('keeps its counts exact through replacement, expiry, eviction and clearing', async () => {
      const weight = await weightOf(200);
      const store = await cache({ maxEntries: 20 });
      const [tenantA, tenantB] = [namespace('tenant-a'), namespace('tenant-b')];
      const answer = answerOf('x', 200);
      for (let index = 0; index < 30; index++) {
        await store.set(index % 2 === 0 ? tenantA : tenantB, key(index), answer, 1_000, ++time);
      }
      expect(await store.stats()).toEqual({ entries: 20, bytes: 20 * weight });
      await store.set(tenantA, key(28), answer, 1_000, ++time);
      expect(await store.stats()).toEqual({ entries: 20, bytes: 20 * weight });
      time += 2_000;
      for (let index = 10; index < 20; index++) {
        expect(await store.get(index % 2 === 0 ? tenantA : tenantB, key(index), time)).toBeNull();
      }
      expect(await store.stats()).toEqual({ entries: 10, bytes: 10 * weight });
      expect(await store.clear(tenantB)).toBe(5);
      expect(await store.clear(tenantA)).toBe(5);
      expect(await store.stats()).toEqual({ entries: 0, bytes: 0 });
    });

    it('does not store an entry with no time to live', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      await store.set(tenant, key(1), answerOf('zero'), 0, time);
      expect(await store.get(tenant, key(1), time)).toBeNull();
      expect((await store.stats()).entries).toBe(0);
    });

    it('keeps every answer of a burst of concurrent sets, within the limits', async () => {
      const store = await cache({ maxEntries: 50 });
      const tenant = namespace('tenant');
      await Promise.all(
        Array.from({ length: 200 }, (_, index) => store.set(tenant, key(index), answerOf(`c${index}`), HOUR, time)),
      );
      expect((await store.stats()).entries).toBe(50);
      const found = await Promise.all(Array.from({ length: 200 }, (_, index) => store.get(tenant, key(index), time)));
      found.forEach((answer, index) => {
        if (answer !== null) expect(tagOf(answer)).toBe(`c${index}`);
      });
      expect(found.filter((answer) => answer !== null)).toHaveLength(50);
    });
  });
}

/**
 * @example
 * runSemanticCacheContract('memory', async (limits) => createMemorySemanticCache(limits));
 */
export function runSemanticCacheContract(
  name: string,
  create: (limits: CacheLimits & { dimensions?: number }) => Promise<SemanticCache>,
): void {
  describe(`semantic cache contract: ${name}`, () => {
    const open: SemanticCache[] = [];
    let time = Date.now();
    const run = randomUUID().slice(0, 8);
    let sequence = 0;
    const namespace = (label: string) => `${label}:${run}:${String(++sequence).padStart(5, '0')}`;
    const cache = async (limits: Partial<CacheLimits & { dimensions: number }> = {}) => {
      const created = await create({ ...ROOMY, ...limits });
      open.push(created);
      return created;
    };
    /** A unit vector in `dimensions` whose cosine with the first axis is `cosine`, leaning on axis `axis`. */
    const at = (cosine: number, axis = 1, dimensions = 8) => {
      const vector = new Float32Array(dimensions);
      vector[0] = cosine;
      vector[axis] = Math.sqrt(1 - cosine * cosine);
      return vector;
    };
    const axis = (index: number, dimensions = 8) => {
      const vector = new Float32Array(dimensions);
      vector[index] = 1;
      return vector;
    };
    /** Deterministic pseudo-random vectors (a linear congruential generator), so a failure can be replayed. */
    const randomVectors = (count: number, dimensions: number, seed = 7) => {
      let state = seed;
      const next = () => {
        state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
        return state / 2 ** 32 - 0.5;
      };
      return Array.from({ length: count }, () => Float32Array.from({ length: dimensions }, next));
    };

    afterEach(async () => {
      await Promise.all(open.splice(0).map((created) => created.close()));
      time = Date.now();
    });

    it('finds a stored vector, whatever its length, with its answer and similarity', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      expect(await store.search(tenant, axis(0), 0.5, time)).toBeNull();
      const answer = answerOf('first');
      await store.set(tenant, Float32Array.from([3, 4, 0, 0, 0, 0, 0, 0]), answer, HOUR, time);
      const hit = await store.search(tenant, Float32Array.from([0.3, 0.4, 0, 0, 0, 0, 0, 0]), 0.99, time);
      expect(hit?.answer).toEqual(answer);
      expect(hit?.similarity).toBeCloseTo(1, 5);
      expect(hit?.similarity).toBeLessThanOrEqual(1);
      const tilted = await store.search(tenant, Float32Array.from([4, 3, 0, 0, 0, 0, 0, 0]), 0.5, time);
      expect(tilted?.similarity).toBeCloseTo(0.96, 5);
    });

    it('respects the threshold', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      await store.set(tenant, axis(0), answerOf('x'), HOUR, time);
      expect(await store.search(tenant, at(0.8), 0.81, time)).toBeNull();
      const hit = await store.search(tenant, at(0.8), 0.79, time);
      expect(hit?.similarity).toBeCloseTo(0.8, 5);
      expect(await store.search(tenant, axis(1), 0.01, time)).toBeNull();
      expect((await store.search(tenant, at(-0.5), -0.6, time))?.similarity).toBeCloseTo(-0.5, 5);
    });

    it('chooses the most similar entry', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      await store.set(tenant, at(0.9, 1), answerOf('0.90'), HOUR, time);
      await store.set(tenant, at(0.97, 2), answerOf('0.97'), HOUR, time);
      await store.set(tenant, at(0.7, 3), answerOf('0.70'), HOUR, time);
      await store.set(tenant, at(0.95, 4), answerOf('0.95'), HOUR, time);
      const hit = await store.search(tenant, axis(0), 0.5, time);
      expect(tagOf(hit?.answer)).toBe('0.97');
      expect(hit?.similarity).toBeCloseTo(0.97, 5);
    });

    it('expires entries, falling back to the best one still alive', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      await store.set(tenant, at(0.99, 1), answerOf('short'), 1_000, time);
      await store.set(tenant, at(0.9, 2), answerOf('long'), HOUR, time);
      expect(tagOf((await store.search(tenant, axis(0), 0.8, time + 999))?.answer)).toBe('short');
      expect(tagOf((await store.search(tenant, axis(0), 0.8, time + 1_000))?.answer)).toBe('long');
      expect(await store.search(tenant, axis(0), 0.95, time + 1_000)).toBeNull();
      expect((await store.stats()).entries).toBe(1);
    });

    it('never lets one namespace see another one’s entries', async () => {
      const store = await cache();
      const [tenantA, tenantB, tenantC] = [namespace('tenant-a'), namespace('tenant-b'), namespace('tenant-c')];
      await store.set(tenantA, axis(0), answerOf('a'), HOUR, time);
      await store.set(tenantB, axis(0), answerOf('b'), HOUR, time);
      expect(tagOf((await store.search(tenantA, axis(0), 0.9, time))?.answer)).toBe('a');
      expect(tagOf((await store.search(tenantB, axis(0), 0.9, time))?.answer)).toBe('b');
      expect(await store.search(tenantC, axis(0), -1, time)).toBeNull();
    });

    it('evicts the least recently used entry past maxEntries, across namespaces; a hit counts as a use', async () => {
      const store = await cache({ maxEntries: 3 });
      const [tenantA, tenantB] = [namespace('tenant-a'), namespace('tenant-b')];
      await store.set(tenantA, axis(1), answerOf('a1'), HOUR, ++time);
      await store.set(tenantB, axis(2), answerOf('b2'), HOUR, ++time);
      await store.set(tenantA, axis(3), answerOf('a3'), HOUR, ++time);
      expect(tagOf((await store.search(tenantA, axis(1), 0.99, ++time))?.answer)).toBe('a1');
      await store.set(tenantA, axis(4), answerOf('a4'), HOUR, ++time);
      expect(await store.search(tenantB, axis(2), 0.99, ++time)).toBeNull();
      expect((await store.stats()).entries).toBe(3);
      await store.set(tenantB, axis(5), answerOf('b5'), HOUR, ++time);
      expect(await store.search(tenantA, axis(3), 0.99, ++time)).toBeNull();
      for (const [tenant, index, tag] of [
        [tenantA, 1, 'a1'],
        [tenantA, 4, 'a4'],
        [tenantB, 5, 'b5'],
      ] as const) {
        expect(tagOf((await store.search(tenant, axis(index), 0.99, ++time))?.answer)).toBe(tag);
      }
    });

    it('evicts the least recently used entries until the bytes fit maxBytes', async () => {
      const probe = await cache();
      await probe.set(namespace('probe'), axis(0), answerOf('probe', 1_000), HOUR, time);
      const weight = (await probe.stats()).bytes;
      const store = await cache({ maxBytes: Math.floor(2.5 * weight) });
      const tenant = namespace('tenant');
      for (let index = 1; index <= 3; index++)
        await store.set(tenant, axis(index), answerOf(`e${index}`, 1_000), HOUR, ++time);
      const stats = await store.stats();
      expect(stats.entries).toBe(2);
      expect(stats.bytes).toBeLessThanOrEqual(Math.floor(2.5 * weight));
      expect(await store.search(tenant, axis(1), 0.99, ++time)).toBeNull();
      expect(tagOf((await store.search(tenant, axis(3), 0.99, ++time))?.answer)).toBe('e3');
    });

    it('skips an entry larger than maxEntryBytes without throwing', async () => {
      const store = await cache({ maxEntryBytes: 4_000 });
      const tenant = namespace('tenant');
      await store.set(tenant, axis(1), answerOf('too-large', 5_000), HOUR, time);
      expect(await store.search(tenant, axis(1), 0.5, time)).toBeNull();
      expect(await store.stats()).toEqual({ entries: 0, bytes: 0 });
      await store.set(tenant, axis(1), answerOf('fits', 200), HOUR, time);
      expect(tagOf((await store.search(tenant, axis(1), 0.5, time))?.answer)).toBe('fits');
    });

    it('clear(namespace) removes that namespace only, and says how many', async () => {
      const store = await cache();
      const [tenantA, tenantB] = [namespace('tenant-a'), namespace('tenant-b')];
      for (let index = 0; index < 5; index++) await store.set(tenantA, axis(index), answerOf(`a${index}`), HOUR, time);
      await store.set(tenantB, axis(0), answerOf('b0'), HOUR, time);
      expect(await store.clear(tenantA)).toBe(5);
      expect(await store.search(tenantA, axis(0), -1, time)).toBeNull();
      expect(tagOf((await store.search(tenantB, axis(0), 0.9, time))?.answer)).toBe('b0');
      expect((await store.stats()).entries).toBe(1);
      expect(await store.clear(tenantA)).toBe(0);
      expect(await store.clear(tenantB)).toBe(1);
      expect(await store.stats()).toEqual({ entries: 0, bytes: 0 });
    });

    it('rejects a vector whose dimension differs from its namespace’s, with a clear error', async () => {
      const store = await cache();
      const [tenantA, tenantB] = [namespace('tenant-a'), namespace('tenant-b')];
      await store.set(tenantA, axis(0, 8), answerOf('eight'), HOUR, time);
      await expect(store.set(tenantA, axis(0, 4), answerOf('four'), HOUR, time)).rejects.toThrow(/dimension.*\b4\b/);
      await expect(store.search(tenantA, axis(0, 4), 0.5, time)).rejects.toThrow(/dimension/);
      // Another namespace may hold another dimension, and a cleared one may start again with a new one.
      await store.set(tenantB, axis(0, 4), answerOf('four'), HOUR, time);
      expect(tagOf((await store.search(tenantB, axis(0, 4), 0.9, time))?.answer)).toBe('four');
      await store.clear(tenantA);
      await store.set(tenantA, axis(0, 4), answerOf('four-a'), HOUR, time);
      expect(tagOf((await store.search(tenantA, axis(0, 4), 0.9, time))?.answer)).toBe('four-a');
    });

    it('rejects every vector of another dimension when the cache is given one', async () => {
      const store = await cache({ dimensions: 8 });
      const tenant = namespace('tenant');
      await expect(store.set(tenant, axis(0, 4), answerOf('four'), HOUR, time)).rejects.toThrow(/dimension/);
      await expect(store.search(tenant, axis(0, 4), 0.5, time)).rejects.toThrow(/dimension/);
      await store.set(tenant, axis(0, 8), answerOf('eight'), HOUR, time);
      expect((await store.stats()).entries).toBe(1);
    });

    it('rejects a vector with no direction', async () => {
      const store = await cache();
      const tenant = namespace('tenant');
      await expect(store.set(tenant, new Float32Array(8), answerOf('zero'), HOUR, time)).rejects.toThrow();
      await expect(
        store.set(tenant, Float32Array.from([Number.NaN, 1]), answerOf('nan'), HOUR, time),
      ).rejects.toThrow();
      await expect(store.search(tenant, new Float32Array(8), 0.5, time)).rejects.toThrow();
    });

    it('finds each of many entries as its own best match through evictions and clears (rows stay consistent)', async () => {
      const store = await cache({ maxEntries: 700 });
      const [tenantA, tenantB] = [namespace('tenant-a'), namespace('tenant-b')];
      const vectors = randomVectors(1_000, 48);
      for (let index = 0; index < vectors.length; index++) {
        const tenant = index % 3 === 0 ? tenantB : tenantA;
        await store.set(tenant, vectors[index] as Float32Array, answerOf(`v${index}`), HOUR, ++time);
      }
      expect((await store.stats()).entries).toBe(700);
      // Bump the oldest survivors, then push out 100 more: the bumped ones stay.
      for (let index = 300; index < 350; index++) {
        const tenant = index % 3 === 0 ? tenantB : tenantA;
        expect(tagOf((await store.search(tenant, vectors[index] as Float32Array, 0.999, ++time))?.answer)).toBe(
          `v${index}`,
        );
      }
      const more = randomVectors(100, 48, 99);
      for (const [index, vector] of more.entries())
        await store.set(tenantA, vector, answerOf(`m${index}`), HOUR, ++time);
      for (let index = 0; index < vectors.length; index++) {
        const tenant = index % 3 === 0 ? tenantB : tenantA;
        const hit = await store.search(tenant, vectors[index] as Float32Array, 0.999, ++time);
        const alive = (index >= 300 && index < 350) || index >= 450;
        expect(tagOf(hit?.answer)).toBe(alive ? `v${index}` : null);
      }
      const inB = await store.clear(tenantB);
      expect(inB).toBeGreaterThan(0);
      expect((await store.stats()).entries).toBe(700 - inB);
      for (const [index, vector] of more.entries()) {
        expect(tagOf((await store.search(tenantA, vector, 0.999, ++time))?.answer)).toBe(`m${index}`);
      }
    });
  });
}
