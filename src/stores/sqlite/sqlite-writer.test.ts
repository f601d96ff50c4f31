import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/store-contract.js';
import { createSqliteRecordStore } from './sqlite-record-store.js';
import { isSqliteBadRow, startSqliteWriter } from './sqlite-writer.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-sqlite-writer-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function openFile(name: string): { db: Database.Database; path: string } {
  const path = join(directory, name);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE items (id TEXT PRIMARY KEY, n INTEGER NOT NULL)');
  return { db, path };
}

const count = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;

describe('startSqliteWriter', () => {
  it('writes a file’s batches on its own thread, visible to the opening connection once confirmed', async () => {
    const { db, path } = openFile('thread.db');
    const writer = startSqliteWriter(db, path);
    expect(writer.offloaded()).toBe(true);
    const write = writer.table('items', 'INSERT INTO items (id, n) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
    await write([
      ['a', 1],
      ['b', 2],
    ]);
    await write([['a', 9]]);
    expect(db.prepare('SELECT id, n FROM items ORDER BY id').all()).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    await writer.close();
    expect(writer.offloaded()).toBe(false);
    db.close();
  });

  it('rejects a batch with a bad row with the row’s own error, so the batch writer can drop just that row', async () => {
    const { db, path } = openFile('bad-row.db');
    const writer = startSqliteWriter(db, path);
    const write = writer.table('items', 'INSERT INTO items (id, n) VALUES (?, ?)');
    const error = await write([
      ['a', 1],
      ['b', null],
    ]).catch((caught: unknown) => caught);
    expect(isSqliteBadRow(error)).toBe(true);
    expect((error as { code?: string }).code).toBe('SQLITE_CONSTRAINT_NOTNULL');
    // The batch's transaction was rolled back whole.
    expect(count(db)).toBe(0);
    await writer.close();
    db.close();
  });

  it('a record store on the thread keeps the good rows of a batch that holds a bad one', async () => {
    const path = join(directory, 'records.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    const errors: unknown[] = [];
    const writer = startSqliteWriter(db, path);
    const store = createSqliteRecordStore(db, { writer, onError: (error) => errors.push(error) });
    const good = sampleRecord();
    store.append(good);
    store.append({ ...sampleRecord(), endpoint: null as unknown as string });
    await store.flush();
    expect(await store.recent({ limit: 10, since: good.ts })).toEqual([good]);
    expect(store.dropped()).toBe(1);
    expect(errors).toHaveLength(1);
    await store.close();
    await writer.close();
    db.close();
  });

  it('falls back to the calling thread when the thread cannot start, and loses nothing', async () => {
    const { db, path } = openFile('fallback.db');
    const errors: unknown[] = [];
    const writer = startSqliteWriter(db, path, {
      module: join(directory, 'no-such-module.js'),
      onError: (error) => errors.push(error),
    });
    const write = writer.table('items', 'INSERT INTO items (id, n) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
    // Posted before the thread failed: rejected, so a batch writer retries it.
    const first = await write([['a', 1]]).then(
      () => 'written',
      () => 'rejected',
    );
    await expect.poll(() => writer.offloaded()).toBe(false);
    expect(errors.length).toBe(1);
    if (first === 'rejected') await write([['a', 1]]);
    await write([['b', 2]]);
    expect(count(db)).toBe(2);
    await writer.close();
    db.close();
  });

  it('writes an in-memory database inline (a second connection could not see it)', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE items (id TEXT PRIMARY KEY, n INTEGER NOT NULL)');
    const writer = startSqliteWriter(db, ':memory:');
    expect(writer.offloaded()).toBe(false);
    await writer.table('items', 'INSERT INTO items (id, n) VALUES (?, ?)')([['a', 1]]);
    expect(count(db)).toBe(1);
    await writer.close();
  });
});
