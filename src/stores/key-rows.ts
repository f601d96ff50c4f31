/**
 * A stored key's row back into a `StoredKey`, shared by the SQLite and PostgreSQL key stores. They differ only in
 * how the lists come back: SQLite keeps `routes` and `limits` as JSON text; PostgreSQL returns text[] and jsonb
 * already parsed, and bigint epochs as strings.
 */
import type { KeyLimits, StoredKey } from '../spec/store.js';
import type { RowDialect } from './record-rows.js';

/** A `StoredKey` as a row comes back: lists as JSON text (SQLite) or parsed (PostgreSQL), epochs maybe strings. */
export type KeyRow = Omit<StoredKey, 'routes' | 'limits' | 'created_at' | 'revoked_at'> & {
  routes: string | string[] | null;
  limits: string | KeyLimits;
  created_at: number | string;
  revoked_at: number | string | null;
};

export function keyFromRow(row: KeyRow, json: RowDialect['json']): StoredKey {
  const parse = <T>(value: unknown): T => (json === 'text' ? JSON.parse(String(value)) : value) as T;
  return {
    id: row.id,
    hash: row.hash,
    prefix: row.prefix,
    name: row.name,
    tenant: row.tenant,
    plan: row.plan,
    mode: row.mode,
    routes: row.routes === null ? null : parse<string[]>(row.routes),
    limits: parse<KeyLimits>(row.limits),
    created_at: Number(row.created_at),
    revoked_at: row.revoked_at === null ? null : Number(row.revoked_at),
    rotated_from: row.rotated_from,
  };
}
