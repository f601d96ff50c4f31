/**
 * What the limits section needs from the stores behind Rung, outside the gateway: whether the machine's Redis
 * and PostgreSQL answer, what a gateway left in its stores once stopped (records, ledger rows, budget counters,
 * rate-limit lines), so the report can show that the budgets were really reserved and settled, and removing a
 * run's Redis keys (SCAN MATCH prefix:* + DEL, never FLUSHDB) and PostgreSQL schema afterwards.
 * Drivers come from the repository's own dependencies (better-sqlite3, ioredis, pg).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const requireFrom = (root) => createRequire(join(root, 'package.json'));

async function withRedis(root, url, use) {
  const { Redis } = requireFrom(root)('ioredis');
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2_000,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return await use(redis);
  } finally {
    redis.disconnect();
  }
}

async function withPostgres(root, url, use) {
  const { Client } = requireFrom(root)('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function scanKeys(redis, pattern) {
  const keys = [];
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  return keys;
}

/**
 * Whether Redis answers PING and PostgreSQL a query, with the reason if not.
 * @example const { ok, reason } = await redisPostgresReachable({ root, redisUrl, postgresUrl })
 */
export async function redisPostgresReachable({ root, redisUrl, postgresUrl }) {
  try {
    await withRedis(root, redisUrl, (redis) => redis.ping());
  } catch (error) {
    return { ok: false, reason: `Redis at ${redisUrl} does not answer: ${error.message}` };
  }
  try {
    await withPostgres(root, postgresUrl, (client) => client.query('SELECT 1'));
  } catch (error) {
    return {
      ok: false,
      reason: `PostgreSQL at ${postgresUrl.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@')} does not answer: ${error.message}`,
    };
  }
  return { ok: true, reason: '' };
}

/**
 * What a stopped gateway left in its SQLite file: request records, ledger rows (priced turns), budget counters
 * (`[{ key, spent, reserved }]`, nano-USD) and the number of rate-limit lines.
 * @example const left = inspectSqlite({ root, path: '/tmp/x/rung.db' })
 */
export function inspectSqlite({ root, path }) {
  const Database = requireFrom(root)('better-sqlite3');
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const countOf = (table) => {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      return exists ? db.prepare(`SELECT count(*) AS n FROM ${table}`).get().n : 0;
    };
    const hasCounters = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'budget_counters'")
      .get();
    return {
      records: { all: countOf('request_records') },
      ledger: { all: countOf('ledger') },
      budgetLines: hasCounters
        ? db.prepare("SELECT key, spent, reserved FROM budget_counters WHERE key LIKE 'usd:%' ORDER BY key").all()
        : [],
      rateLines: countOf('rate_limits'),
    };
  } finally {
    db.close();
  }
}

/**
 * What gateways sharing a redis-postgres store left in it: records per gateway key name and ledger rows per tenant
 * (`(none)` for neither), budget counters (`[{ key, spent, reserved }]`, nano-USD) and the number of rate-limit lines.
 * @example const left = await inspectRedisPostgres({ root, redisUrl, postgresUrl, prefix })
 */
export async function inspectRedisPostgres({ root, redisUrl, postgresUrl, prefix }) {
  const fromPostgres = await withPostgres(root, postgresUrl, async (client) => {
    const records = await client.query(
      `SELECT key_name, count(*)::int AS n FROM "${prefix}".request_records GROUP BY key_name`,
    );
    const ledger = await client.query(`SELECT tenant, count(*)::int AS n FROM "${prefix}".ledger GROUP BY tenant`);
    const byKey = { all: 0 };
    for (const row of records.rows) {
      byKey[row.key_name ?? '(none)'] = row.n;
      byKey.all += row.n;
    }
    const byTenant = { all: 0 };
    for (const row of ledger.rows) {
      byTenant[row.tenant ?? '(none)'] = row.n;
      byTenant.all += row.n;
    }
    return { records: byKey, ledger: byTenant };
  });
  const fromRedis = await withRedis(root, redisUrl, async (redis) => {
    const counterKeys = (await scanKeys(redis, `${prefix}:c:usd:*`)).sort();
    const budgetLines = [];
    for (const key of counterKeys) {
      const fields = await redis.hgetall(key);
      budgetLines.push({
        key: key.slice(`${prefix}:c:`.length),
        spent: Number(fields.spent ?? 0),
        reserved: Number(fields.reserved ?? 0),
      });
    }
    return { budgetLines, rateLines: (await scanKeys(redis, `${prefix}:rl:*`)).length };
  });
  return { ...fromPostgres, ...fromRedis };
}

/**
 * Deletes a run's Redis keys, `prefix:*`, by SCAN + DEL (never FLUSHDB), and returns how many went.
 * @example await deleteRedisKeys({ root, redisUrl, prefix: 'rungbench:123:ab12cd34' })
 */
export async function deleteRedisKeys({ root, redisUrl, prefix }) {
  if (prefix === '' || /[*?[\]\\]/.test(prefix)) throw new Error(`refusing to delete keys under "${prefix}"`);
  return withRedis(root, redisUrl, async (redis) => {
    const keys = await scanKeys(redis, `${prefix}:*`);
    let deleted = 0;
    for (let index = 0; index < keys.length; index += 500)
      deleted += await redis.del(...keys.slice(index, index + 500));
    return deleted;
  });
}

/**
 * Deletes the run's Redis keys (`prefix:*`, by SCAN + DEL) and drops its PostgreSQL schema. Each half is
 * attempted even if the other fails; returns what was done and what failed.
 * @example await cleanRedisPostgres({ root, redisUrl, postgresUrl, prefix })
 */
export async function cleanRedisPostgres({ root, redisUrl, postgresUrl, prefix }) {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`refusing to clean an unexpected prefix "${prefix}"`);
  const result = { redisKeysDeleted: 0, schemaDropped: false, errors: [] };
  try {
    result.redisKeysDeleted = await deleteRedisKeys({ root, redisUrl, prefix });
  } catch (error) {
    result.errors.push(`Redis: ${error.message}`);
  }
  try {
    await withPostgres(root, postgresUrl, (client) => client.query(`DROP SCHEMA IF EXISTS "${prefix}" CASCADE`));
    result.schemaDropped = true;
  } catch (error) {
    result.errors.push(`PostgreSQL: ${error.message}`);
  }
  return result;
}

/**
 * Pids of the machine's redis-server and postgres processes (from /proc), so their CPU can be counted as part
 * of a request's cost on redis-postgres; empty off Linux. PostgreSQL forks a backend per connection: ask again
 * after the gateways have connected.
 * @example const pids = storeServerPids()
 */
export function storeServerPids() {
  const pids = [];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
        if (name === 'redis-server' || name === 'postgres') pids.push(Number(entry));
      } catch {
        // Gone since the listing.
      }
    }
  } catch {
    // Not Linux.
  }
  return pids;
}
