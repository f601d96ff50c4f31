import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startCheckpointer } from './sqlite-checkpointer.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-checkpoint-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function openWal(name: string): { db: Database.Database; path: string } {
  const path = join(directory, name);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { db, path };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('WAL checkpoints in a worker thread', () => {
  it('turns off checkpoints on the gateway connection, and the worker copies the WAL into the database file', async () => {
    const { db, path } = openWal('moved.db');
    const checkpointer = startCheckpointer(db, path, { intervalMs: 50 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(path).size;
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 3_000; i++) insert.run('x'.repeat(500));
    })();
    // Nothing on this connection checkpoints now: the file grows only when the worker copies the WAL in.
    const after = checkpointer.done();
    await until(() => checkpointer.done() >= after + 2);
    expect(statSync(path).size).toBeGreaterThan(before + 1_000_000);
    await checkpointer.close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    expect(checkpointer.inline()).toBe(true);
    db.close();
  });

  it('puts checkpoints back on the gateway connection when the worker cannot run, and says why', async () => {
    const { db } = openWal('fallback.db');
    const errors: unknown[] = [];
    const checkpointer = startCheckpointer(db, join(directory, 'missing', 'nowhere.db'), {
      intervalMs: 50,
      onError: (error) => errors.push(error),
    });
    await until(() => checkpointer.inline());
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    expect(String(errors[0])).toMatch(/directory|exist|open/i);
    await checkpointer.close();
    db.close();
  });
});
