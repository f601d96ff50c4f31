/**
 * Looks up stored gateway keys on the request path without a database round trip per request: a bounded
 * LRU of hash → key (misses cached too, so a flood of bad keys cannot fill memory or the database), each
 * entry trusted for `ttlMs`. A revocation is seen by this instance at once and by every other within ttlMs.
 *
 * Whether stored keys exist at all is refreshed on the same period: creating the first key turns
 * authentication on for every instance sharing the store, without a restart.
 */
import type { KeyStore, StoredKey } from '../../spec/store.js';
import { hashKey } from '../runtime.js';

export interface KeyResolverOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
  /** Called when the store cannot be read (the cached state keeps serving). */
  onError?: (error: unknown) => void;
}

export interface KeyResolver {
  /** The stored key for a secret (revoked or not), or null. Rejects when the store is unreachable. */
  lookup(secret: string): Promise<StoredKey | null>;
  /** Whether the store holds any key: then every request needs one. */
  enforced(): boolean;
  /** Re-reads whether keys exist (at start, after a create or revoke, and every ttlMs). */
  refresh(): Promise<void>;
  /** Drops a cached entry (after a revoke or rotation on this instance). */
  forget(hash: string): void;
  close(): void;
}

export function createKeyResolver(store: KeyStore, options: KeyResolverOptions = {}): KeyResolver {
  const ttlMs = options.ttlMs ?? 5_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  // Map keeps insertion order: re-inserting on a hit makes it an LRU, the first key the eldest.
  const cache = new Map<string, { key: StoredKey | null; at: number }>();
  const pending = new Map<string, Promise<StoredKey | null>>();
  let anyKeys = false;

  const refresh = async () => {
    try {
      // One row answers the question; a gateway with many keys must not read them all every few seconds.
      anyKeys = (await store.list({ limit: 1 })).length > 0;
    } catch (error) {
      options.onError?.(error);
    }
  };
  const timer = setInterval(() => void refresh(), ttlMs);
  timer.unref();

  return {
    async lookup(secret) {
      const hash = hashKey(secret);
      const hit = cache.get(hash);
      if (hit !== undefined && now() - hit.at < ttlMs) {
        cache.delete(hash);
        cache.set(hash, hit);
        return hit.key;
      }
      // Concurrent requests with the same key share one read.
      let read = pending.get(hash);
      if (read === undefined) {
        read = store.byHash(hash).finally(() => pending.delete(hash));
        pending.set(hash, read);
      }
      const key = await read;
      cache.delete(hash);
      cache.set(hash, { key, at: now() });
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return key;
    },
    enforced: () => anyKeys,
    refresh,
    forget(hash) {
      cache.delete(hash);
    },
    close() {
      clearInterval(timer);
      cache.clear();
    },
  };
}
