/**
 * The in-process exact response cache: one least-recently-used list across every namespace, bounded by entry
 * count and bytes, with a time to live checked when an entry is read.
 *
 * One `Map` holds every entry under `namespace + '\0' + key`, and the entries themselves form a doubly linked list
 * from least to most recently used, so get, set and evict are all O(1). (The Map's own insertion order would look
 * like an LRU for free, but V8 leaves a hole per deleted key until the table is rebuilt, and finding the first key
 * walks over them: at a million sets into 25K entries that made eviction quadratic, 8 s instead of 0.3 s.) A `Set`
 * per namespace lists its ids, so `clear(namespace)` touches only that namespace; eviction and expiry keep it in
 * step.
 *
 * Bytes are an estimate of what an entry keeps alive on the V8 heap (see `entryBytes`): the strings at two bytes
 * a character (V8 stores ASCII in one, so the estimate errs high) plus a fixed overhead per entry for the objects
 * and hash-table slots around them. An entry past its time to live stays (and counts) until it is read, cleared
 * or evicted: the least recently used end is where forgotten entries gather, so eviction takes them first.
 */

import type { CachedAnswer, CacheLimits, ExactCache } from '../../spec/response-cache.js';
import { RecencyList } from './recency-list.js';

/**
 * What an entry costs beyond its characters, measured on Node 20 (x64) with `--expose-gc` (~300 B): the entry and
 * answer objects with their boxed numbers, the Map and index Set slots at their load factor, the string headers.
 * With ASCII bodies the whole estimate runs ~30% above the heap's own count (two bytes a character are counted
 * where V8 keeps one), so `maxBytes` is a ceiling the heap stays under.
 */
export const EXACT_ENTRY_OVERHEAD_BYTES = 300;

interface Entry {
  /** `namespace + '\0' + key`: the Map key, also held by the namespace's index. */
  id: string;
  namespace: string;
  answer: CachedAnswer;
  expiresAt: number;
  bytes: number;
  /** Neighbours in the recency list: `older` is toward the eviction end. */
  older: Entry | undefined;
  newer: Entry | undefined;
}

/** The estimated heap cost of an entry; see the module header. */
function entryBytes(id: string, answer: CachedAnswer): number {
  return 2 * (id.length + answer.body.length + answer.model.length) + EXACT_ENTRY_OVERHEAD_BYTES;
}

/**
 * An `ExactCache` in this process's memory.
 * @example
 * const cache = createMemoryExactCache({ maxEntries: 10_000, maxBytes: 64 * 2 ** 20, maxEntryBytes: 2 ** 20 });
 * await cache.set('tenant:acme', requestHash, answer, 3_600_000);
 * const hit = await cache.get('tenant:acme', requestHash);
 */
export function createMemoryExactCache(limits: CacheLimits): ExactCache {
  checkLimits(limits);
  const entries = new Map<string, Entry>();
  const namespaces = new Map<string, Set<string>>();
  let bytes = 0;
  const recency = new RecencyList<Entry>();

  const remove = (entry: Entry): void => {
    entries.delete(entry.id);
    recency.remove(entry);
    bytes -= entry.bytes;
    const index = namespaces.get(entry.namespace);
    if (index === undefined) return;
    index.delete(entry.id);
    if (index.size === 0) namespaces.delete(entry.namespace);
  };

  const evict = (): void => {
    while ((entries.size > limits.maxEntries || bytes > limits.maxBytes) && recency.oldest !== undefined)
      remove(recency.oldest);
  };

  return {
    description: `in-process (LRU, ${limits.maxEntries} entries, ${limits.maxBytes} bytes)`,

    async get(namespace, key, now = Date.now()) {
      const id = entryId(namespace, key);
      const entry = entries.get(id);
      if (entry === undefined) return null;
      if (entry.expiresAt <= now) {
        remove(entry);
        return null;
      }
      recency.touch(entry);
      return { ...entry.answer };
    },

    async set(namespace, key, answer, ttlMs, now = Date.now()) {
      const id = entryId(namespace, key);
      if (!(ttlMs > 0)) return;
      const stored: CachedAnswer = {
        body: answer.body,
        model: answer.model,
        storedAt: answer.storedAt,
        costUsd: answer.costUsd,
      };
      const size = entryBytes(id, stored);
      // Too large: skipped, and an older entry under the key stays as it was.
      if (size > limits.maxEntryBytes || size > limits.maxBytes) return;
      const previous = entries.get(id);
      if (previous !== undefined) remove(previous);
      const entry: Entry = {
        id,
        namespace,
        answer: stored,
        expiresAt: now + ttlMs,
        bytes: size,
        older: undefined,
        newer: undefined,
      };
      entries.set(id, entry);
      recency.push(entry);
      bytes += size;
      let index = namespaces.get(namespace);
      if (index === undefined) {
        index = new Set();
        namespaces.set(namespace, index);
      }
      index.add(id);
      evict();
    },

    async stats() {
      return { entries: entries.size, bytes };
    },

    async clear(namespace) {
      const index = namespaces.get(namespace);
      if (index === undefined) return 0;
      const count = index.size;
      for (const id of index) {
        const entry = entries.get(id);
        if (entry === undefined) continue;
        entries.delete(id);
        recency.remove(entry);
        bytes -= entry.bytes;
      }
      namespaces.delete(namespace);
      return count;
    },

    async close() {
      entries.clear();
      namespaces.clear();
      recency.clear();
      bytes = 0;
    },
  };
}

/** A NUL in a namespace would let `a\0b` + `c` and `a` + `b\0c` meet; no tenant or user id carries one. */
function entryId(namespace: string, key: string): string {
  if (namespace.includes('\0')) throw new RangeError('a cache namespace may not contain a NUL character');
  return `${namespace}\0${key}`;
}

function checkLimits(limits: CacheLimits): void {
  for (const name of ['maxEntries', 'maxBytes', 'maxEntryBytes'] as const) {
    const value = limits[name];
    if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`cache ${name} must be positive, got ${value}`);
  }
}
