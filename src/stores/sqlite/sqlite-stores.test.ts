import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreContract, sampleRecord } from '../../testing/store-contract.js';
import { createSqliteRecordStore } from './sqlite-record-store.js';
import { openSqliteStores } from './sqlite-stores.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-sqlite-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

runStoreContract('sqlite in memory', () => openSqliteStores({ path: ':memory:' }));
runStoreContract('sqlite file', () => openSqliteStores({ path: join(directory, 'contract.db') }));

describe('sqlite stores', () => {
  it('keeps records across a close and reopen (durable, WAL)', async () => {
    const path = join(directory, 'durable.db');
    const record = sampleRecord();
    const first = openSqliteStores({ path });
    first.records.append(record);
    await first.close();
    const second = openSqliteStores({ path });
    expect(await second.records.recent({ limit: 1, since: record.ts })).toEqual([record]);
    const mode = new Database(path).pragma('journal_mode', { simple: true });
    expect(mode).toBe('wal');
    await second.close();
  });

  it('upgrades a database written before the flags column existed, keeping its records', async () => {
    const path = join(directory, 'old.db');
    const old = new Database(path);
    old.exec(`CREATE TABLE request_records (
      id TEXT PRIMARY KEY, ts INTEGER NOT NULL, endpoint TEXT NOT NULL,
      route TEXT, plan TEXT, mode TEXT, user TEXT, tenant TEXT, key_name TEXT,
      stream INTEGER NOT NULL, status INTEGER NOT NULL, error_code TEXT,
      model TEXT, provider TEXT, attempt INTEGER, used_fallback INTEGER NOT NULL,
      cost_usd REAL, ttft_ms REAL, total_ms REAL NOT NULL, attempts TEXT NOT NULL, usage TEXT)`);
    old
      .prepare(
        `INSERT INTO request_records (id, ts, endpoint, stream, status, used_fallback, total_ms, attempts)
         VALUES ('old-1', 1, '/v1/chat/completions', 0, 200, 0, 5, '[]')`,
      )
      .run();
    old.close();
    const stores = openSqliteStores({ path });
    const record = sampleRecord({ flags: { salvaged: true } });
    stores.records.append(record);
    const [found] = await stores.records.recent({ limit: 1, since: record.ts });
    expect(found).toEqual(record);
    const oldRecord = (await stores.records.recent({ limit: 10 })).find((item) => item.id === 'old-1');
    expect(oldRecord?.flags).toBeUndefined();
    await stores.close();
  });

  it('writes queued records within the flush interval without being asked', async () => {
    const db = new Database(':memory:');
    const store = createSqliteRecordStore(db, { flushIntervalMs: 5 });
    store.append(sampleRecord());
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(db.prepare('SELECT count(*) AS n FROM request_records').get()).toEqual({ n: 1 });
    store.close();
  });

  it('bounds its queue when the disk cannot keep up, counting what it dropped', async () => {
    const db = new Database(':memory:');
    const errors: unknown[] = [];
    const store = createSqliteRecordStore(db, { maxQueue: 10, maxBatch: 1000, onError: (error) => errors.push(error) });
    db.exec('DROP TABLE request_records');
    for (let index = 0; index < 25; index++) store.append(sampleRecord());
    await store.flush();
    expect(errors.length).toBeGreaterThan(0);
    expect(store.dropped()).toBe(15);
    store.close();
  });
});
