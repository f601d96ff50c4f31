/**
 * Gateway keys in the SQLite file. Only the SHA-256 of each secret is kept; `byHash` is the lookup on every
 * authenticated request, so the hash carries a unique index (which also enforces "one key per secret").
 */

import type Database from 'better-sqlite3';
import type { KeyStore } from '../../spec/store.js';
import { type KeyRow, keyFromRow } from '../key-rows.js';

export interface SqliteKeyStoreOptions {
  /** Epoch ms; `revoke` defaults to it and `list` uses it to tell a key in its grace period from a revoked one. */
  now?: () => number;
}

export function migrateKeys(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS api_keys (
      id TEXT PRIMARY KEY,
      hash TEXT NOT NULL,
      prefix TEXT NOT NULL,
      name TEXT NOT NULL,
      tenant TEXT NOT NULL,
      plan TEXT NOT NULL,
      mode TEXT,
      routes TEXT,
      limits TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      revoked_at INTEGER,
      rotated_from TEXT
    );
    CREATE UNIQUE INDEX IF NOT EXISTS api_keys_hash ON api_keys (hash);
    CREATE INDEX IF NOT EXISTS api_keys_tenant_created ON api_keys (tenant, created_at);
    CREATE INDEX IF NOT EXISTS api_keys_created ON api_keys (created_at);
  `);
}

/**
 * @example
 * const keys = createSqliteKeyStore(db);
 * await keys.create({ id: 'key_3f9a1c2b', hash, prefix: 'rung_sk_3f9a', name: 'ci', tenant: 'acme', ... });
 * const key = await keys.byHash(sha256Hex(secret));
 */
export function createSqliteKeyStore(db: Database.Database, options: SqliteKeyStoreOptions = {}): KeyStore {
  migrateKeys(db);
  const now = options.now ?? Date.now;
  const insert = db.prepare(
    `INSERT INTO api_keys (id, hash, prefix, name, tenant, plan, mode, routes, limits, created_at, revoked_at, rotated_from)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectByHash = db.prepare('SELECT * FROM api_keys WHERE hash = ?');
  const selectById = db.prepare('SELECT * FROM api_keys WHERE id = ?');
  // MIN keeps an earlier revocation (or an earlier end of a rotation's grace period) in place.
  const revoke = db.prepare(
    'UPDATE api_keys SET revoked_at = CASE WHEN revoked_at IS NULL OR revoked_at > @at THEN @at ELSE revoked_at END WHERE id = @id',
  );

  return {
    async create(key) {
      try {
        insert.run(
          key.id,
          key.hash,
          key.prefix,
          key.name,
          key.tenant,
          key.plan,
          key.mode,
          key.routes === null ? null : JSON.stringify(key.routes),
          JSON.stringify(key.limits),
          key.created_at,
          key.revoked_at,
          key.rotated_from,
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new Error(`key ${key.id}: a key with this id or secret hash already exists`, { cause: error });
        }
        throw error;
      }
    },
    async byHash(hash) {
      const row = selectByHash.get(hash) as KeyRow | undefined;
      return row === undefined ? null : keyFromRow(row, JSON_COLUMNS);
    },
    async byId(id) {
      const row = selectById.get(id) as KeyRow | undefined;
      return row === undefined ? null : keyFromRow(row, JSON_COLUMNS);
    },
    async list(query) {
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      if (query.tenant !== undefined) {
        where.push('tenant = @tenant');
        params.tenant = query.tenant;
      }
      if (query.includeRevoked !== true) {
        // A rotated key whose grace period has not ended yet still works, so it is still listed.
        where.push('(revoked_at IS NULL OR revoked_at > @now)');
        params.now = now();
      }
      const sql = `SELECT * FROM api_keys ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC${query.limit === undefined ? '' : ` LIMIT ${Math.max(1, Math.floor(query.limit))}`}`;
      return (db.prepare(sql).all(params) as KeyRow[]).map((row) => keyFromRow(row, JSON_COLUMNS));
    },
    async revoke(id, at) {
      return revoke.run({ id, at: at ?? now() }).changes > 0;
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** How this database returns `routes` and `limits` (see key-rows.ts). */
const JSON_COLUMNS = 'text' as const;
