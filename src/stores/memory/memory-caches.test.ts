import { describe, expect, it } from 'vitest';
import type { CachedAnswer } from '../../spec/response-cache.js';
import { runExactCacheContract, runSemanticCacheContract } from '../../testing/cache-contract.js';
import { createMemoryExactCache } from './memory-exact-cache.js';
import { createMemorySemanticCache } from './memory-semantic-cache.js';

runExactCacheContract('memory', async (limits) => createMemoryExactCache(limits));
runSemanticCacheContract('memory (WebAssembly SIMD)', async (limits) => createMemorySemanticCache(limits));
runSemanticCacheContract('memory (JavaScript loop)', async (limits) =>
  createMemorySemanticCache({ ...limits, simd: false }),
);

const HOUR = 3_600_000;
const answer = (body: string): CachedAnswer => ({ body, model: 'm', storedAt: 0, costUsd: 0.001 });

/** Seeded pseudo-random unit-ish vectors, so a failure can be replayed. */
function randomVectors(count: number, dimensions: number, seed: number): Float32Array[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
  return Array.from({ length: count }, () => Float32Array.from({ length: dimensions }, next));
}

describe('memory exact cache', () => {
  it('stays within maxBytes through a million distinct sets, and so does the heap', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    const maxBytes = 16 * 2 ** 20;
    const cache = createMemoryExactCache({ maxEntries: 1_000_000, maxBytes, maxEntryBytes: 2 ** 20 });
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const filler = 'x'.repeat(160);
    let peak = 0;
    for (let index = 0; index < 1_000_000; index++) {
      // A fresh flat string per entry, as JSON.stringify makes them: ~200 characters.
      const body = `{"id":"chatcmpl-${index}","content":"${filler}"}`;
      await cache.set('tenant:bench', `request-hash-${index}`, answer(body), HOUR, 1);
      if (index % 50_000 === 0) peak = Math.max(peak, (await cache.stats()).bytes);
    }
    const stats = await cache.stats();
    expect(Math.max(peak, stats.bytes)).toBeLessThanOrEqual(maxBytes);
    expect(stats.bytes).toBeGreaterThan(maxBytes * 0.95);
    expect(stats.entries).toBeGreaterThan(20_000);
    expect(stats.entries).toBeLessThan(40_000);
    expect(await cache.get('tenant:bench', 'request-hash-999999', 1)).not.toBeNull();
    expect(await cache.get('tenant:bench', 'request-hash-0', 1)).toBeNull();
    if (gc !== undefined) {
      gc();
      const grown = process.memoryUsage().heapUsed - heapBefore;
      // The estimate is meant to be close to what the heap holds, and never far below it.
      expect(grown).toBeLessThan(1.5 * maxBytes);
    }
    await cache.close();
  }, 20_000);

  it('rejects a namespace with a NUL in it, and limits that make no sense', async () => {
    const cache = createMemoryExactCache({ maxEntries: 10, maxBytes: 10_000, maxEntryBytes: 1_000 });
    await expect(cache.get('a\0b', 'c')).rejects.toThrow(/NUL/);
    expect(() => createMemoryExactCache({ maxEntries: 0, maxBytes: 1, maxEntryBytes: 1 })).toThrow(/maxEntries/);
  });
});

describe('memory semantic cache', () => {
  it('scores the same with WebAssembly SIMD and the JavaScript loop, for dimensions not a multiple of 16', async () => {
    const simd = createMemorySemanticCache({ maxEntries: 10_000, maxBytes: 2 ** 28, maxEntryBytes: 2 ** 20 });
    const plain = createMemorySemanticCache({
      maxEntries: 10_000,
      maxBytes: 2 ** 28,
      maxEntryBytes: 2 ** 20,
      simd: false,
    });
    expect(simd.description).toContain('SIMD');
    expect(plain.description).toContain('JavaScript');
    const stored = randomVectors(2_000, 37, 1);
    for (const [index, vector] of stored.entries()) {
      await simd.set('t', vector, answer(`${index}`), HOUR, 0);
      await plain.set('t', vector, answer(`${index}`), HOUR, 0);
    }
    for (const query of randomVectors(50, 37, 2)) {
      const [fast, slow] = [await simd.search('t', query, -1, 0), await plain.search('t', query, -1, 0)];
      expect(fast?.answer.body).toBe(slow?.answer.body);
      expect(fast?.similarity).toBeCloseTo(slow?.similarity ?? Number.NaN, 5);
      // And both agree with a plain cosine in double precision.
      const best = stored[Number(fast?.answer.body)] as Float32Array;
      let [dot, normA, normB] = [0, 0, 0];
      for (let index = 0; index < 37; index++) {
        dot += (best[index] as number) * (query[index] as number);
        normA += (best[index] as number) ** 2;
        normB += (query[index] as number) ** 2;
      }
      expect(fast?.similarity).toBeCloseTo(dot / Math.sqrt(normA * normB), 5);
    }
  });

  it('keeps every namespace intact while regions grow, move, shrink and are compacted', async () => {
    const cache = createMemorySemanticCache({ maxEntries: 5_000, maxBytes: 2 ** 30, maxEntryBytes: 2 ** 20 });
    const namespaces = Array.from({ length: 12 }, (_, index) => `tenant-${index}`);
    const cleared = new Set(namespaces.slice(0, 9));
    const vectors = randomVectors(6_000, 128, 3);
    const ownerOf = (index: number) => namespaces[(index * 7) % namespaces.length] as string;
    let time = 0;
    // Interleaved sets make every namespace's region move when it grows; 6,000 sets into 5,000 evict the first 1,000.
    for (const [index, vector] of vectors.entries())
      await cache.set(ownerOf(index), vector, answer(`${index}`), HOUR, ++time);
    // Clearing most namespaces leaves dead space behind, which the next growth compacts.
    for (const namespace of cleared) await cache.clear(namespace);
    const late = randomVectors(2_000, 128, 4);
    for (const [index, vector] of late.entries())
      await cache.set('tenant-late', vector, answer(`late${index}`), HOUR, ++time);
    let alive = 0;
    for (const [index, vector] of vectors.entries()) {
      const hit = await cache.search(ownerOf(index), vector, 0.999, time);
      const expected = index >= 1_000 && !cleared.has(ownerOf(index));
      expect(hit?.answer.body ?? null).toBe(expected ? `${index}` : null);
      if (expected) alive++;
    }
    for (const [index, vector] of late.entries()) {
      expect((await cache.search('tenant-late', vector, 0.999, time))?.answer.body).toBe(`late${index}`);
    }
    expect((await cache.stats()).entries).toBe(alive + 2_000);
  });

  it('searches 100,000 entries of 256 dimensions in a few milliseconds', async () => {
    const cache = createMemorySemanticCache({ maxEntries: 100_000, maxBytes: 2 ** 30, maxEntryBytes: 2 ** 20 });
    const vector = new Float32Array(256);
    let state = 11;
    for (let index = 0; index < 100_000; index++) {
      for (let dimension = 0; dimension < 256; dimension++) {
        state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
        vector[dimension] = state / 2 ** 32 - 0.5;
      }
      await cache.set('tenant', vector, answer(`${index}`), HOUR, 0);
    }
    const timings: number[] = [];
    for (let round = 0; round < 15; round++) {
      const start = performance.now();
      const hit = await cache.search('tenant', vector, 0.999, 0);
      timings.push(performance.now() - start);
      expect(hit?.answer.body).toBe('99999');
    }
    timings.sort((left, right) => left - right);
    // ~3 ms p50 on a 2-core VM (bound by memory bandwidth: 100 MB per query); the bound leaves room for a busy machine.
    expect(timings[7]).toBeLessThan(40);
  }, 30_000);
});
