/**
 * Gateway keys in PostgreSQL. Only the SHA-256 of each secret is stored; its unique index serves the lookup
 * every authenticated request makes and rejects a second key with the same secret.
 */

import type { KeyStore } from '../../spec/store.js';
import { type KeyRow, keyFromRow } from '../key-rows.js';
import type { Query } from './postgres-connection.js';

export interface PostgresKeyStoreOptions {
  /** The schema, already quoted. */
  schema: string;
  /** Epoch ms; `revoke` defaults to it and `list` uses it to tell a key in its grace period from a revoked one. */
  now?: () => number;
}

const COLUMNS =
  'id, hash, prefix, name, tenant, plan, mode, routes, limits, created_at, revoked_at, rotated_from' as const;

/**
 * @example
 * const keys = createPostgresKeyStore(query, { schema: '"rung"' });
 * const key = await keys.byHash(sha256Hex(secret));
 */
export function createPostgresKeyStore(query: Query, options: PostgresKeyStoreOptions): KeyStore {
  const table = `${options.schema}.api_keys`;
  const now = options.now ?? Date.now;
  return {
    async create(key) {
      try {
        await query(`INSERT INTO ${table} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`, [
          key.id,
          key.hash,
          key.prefix,
          key.name,
          key.tenant,
          key.plan,
          key.mode,
          key.routes,
          JSON.stringify(key.limits),
          key.created_at,
          key.revoked_at,
          key.rotated_from,
        ]);
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === '23505') {
          throw new Error(`key ${key.id}: a key with this id or secret hash already exists`, { cause: error });
        }
        throw error;
      }
    },
    async byHash(hash) {
      const [row] = await query<KeyRow>(`SELECT ${COLUMNS} FROM ${table} WHERE hash = $1`, [hash]);
      return row === undefined ? null : keyFromRow(row, JSON_COLUMNS);
    },
    async byId(id) {
      const [row] = await query<KeyRow>(`SELECT ${COLUMNS} FROM ${table} WHERE id = $1`, [id]);
      return row === undefined ? null : keyFromRow(row, JSON_COLUMNS);
    },
    async list(filter) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (filter.tenant !== undefined) {
        values.push(filter.tenant);
        where.push(`tenant = $${values.length}`);
      }
      if (filter.includeRevoked !== true) {
        // A rotated key whose grace period has not ended yet still works, so it is still listed.
        values.push(now());
        where.push(`(revoked_at IS NULL OR revoked_at > $${values.length})`);
      }
      const rows = await query<KeyRow>(
        `SELECT ${COLUMNS} FROM ${table} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY created_at DESC, id DESC${filter.limit === undefined ? '' : ` LIMIT ${Math.max(1, Math.floor(filter.limit))}`}`,
        values,
      );
      return rows.map((row) => keyFromRow(row, JSON_COLUMNS));
    },
    async revoke(id, at) {
      // LEAST skips NULL: an unrevoked key takes `at`; an earlier revocation (or grace end) stays.
      const rows = await query<{ id: string }>(
        `UPDATE ${table} SET revoked_at = LEAST(revoked_at, $2::bigint) WHERE id = $1 RETURNING id`,
        [id, at ?? now()],
      );
      return rows.length > 0;
    },
  };
}

/** How this database returns `routes` and `limits` (see key-rows.ts). */
const JSON_COLUMNS = 'parsed' as const;
