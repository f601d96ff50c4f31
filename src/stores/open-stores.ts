/**
 * Opens the stores the config names: the embedded SQLite file (no server), or Redis for counters,
 * reservations and rate limits with PostgreSQL for keys, records and the spend ledger. Relative SQLite paths
 * resolve against the working directory, so `rung serve` run in a project keeps its records there.
 */
import { isAbsolute, resolve } from 'node:path';
import type { RungConfig } from '../config/schema.js';
import type { CacheLimits } from '../spec/response-cache.js';
import type { Stores } from '../spec/store.js';
import { createMemorySemanticCache } from './memory/memory-semantic-cache.js';
import { createRedisPostgresMemoryStore } from './postgres/postgres-memory-store.js';
import { openPostgresStores } from './postgres/postgres-stores.js';
import { createRedisCounterStore } from './redis/redis-counter-store.js';
import { createRedisExactCache } from './redis/redis-exact-cache.js';
import { openSqliteStores } from './sqlite/sqlite-stores.js';

export async function openStores(config: RungConfig, onError?: (error: unknown) => void): Promise<Stores> {
  const store = config.store;
  const cacheLimits: CacheLimits = {
    maxEntries: config.response_cache.max_entries,
    maxBytes: config.response_cache.max_bytes,
    maxEntryBytes: config.response_cache.max_entry_bytes,
  };
  if (store.kind === 'sqlite') {
    const path = store.path === ':memory:' || isAbsolute(store.path) ? store.path : resolve(store.path);
    return openSqliteStores({ path, cacheLimits, ...(onError === undefined ? {} : { onError }) });
  }
  const errors = onError === undefined ? {} : { onError };
  const postgres = await openPostgresStores({ url: store.postgres_url, schema: store.prefix, ...errors });
  const counters = createRedisCounterStore({
    url: store.redis_url,
    prefix: store.prefix,
    commandTimeoutMs: store.timeout_ms,
    ...errors,
  });
  const caches = {
    exact: createRedisExactCache({ url: store.redis_url, prefix: store.prefix, limits: cacheLimits, ...errors }),
    // Semantic search scans every vector of a namespace: it stays in each process (see docs/caching.md).
    semantic: createMemorySemanticCache(cacheLimits),
  };
  const memory = await createRedisPostgresMemoryStore({
    redis: { url: store.redis_url, prefix: store.prefix, commandTimeoutMs: store.timeout_ms },
    postgres: { url: store.postgres_url, schema: store.prefix },
    ...errors,
  });
  return {
    description: `${counters.description} + ${postgres.description}`,
    caches,
    memory,
    records: postgres.records,
    keys: postgres.keys,
    ledger: postgres.ledger,
    counters,
    async ping() {
      await postgres.ping();
      // The first connection may take longer than one command's timeout (TLS, a remote Redis): a few tries.
      for (let attempt = 1; ; attempt++) {
        try {
          await counters.openReservations();
          return;
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
      }
    },
    async close() {
      await Promise.allSettled([
        postgres.close(),
        counters.close(),
        caches.exact.close(),
        caches.semantic.close(),
        memory.close(),
      ]);
    },
  };
}
