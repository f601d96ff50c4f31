import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConversationRef } from '../../spec/memory.js';
import { runMemoryContract } from '../../testing/memory-contract.js';
import { createSqliteMemoryStore } from './sqlite-memory-store.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-memory-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;

function openDatabase(path = join(directory, `memory-${++files}.db`)): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

runMemoryContract('sqlite file', (now) => {
  const db = openDatabase();
  const store = createSqliteMemoryStore(db, { now });
  return {
    ...store,
    async close() {
      await store.close();
      db.close();
    },
  };
});

describe('sqlite memory store', () => {
  const ref: ConversationRef = { tenant: 'acme', user: 'u1', character: 'mira', session: 'default' };
  const message = (ts: number) => ({ role: 'user' as const, content: 'hello', ts, turnId: `req-${ts}` });

  it('sweeps expired conversations by itself', async () => {
    let time = Date.now();
    const db = openDatabase();
    const store = createSqliteMemoryStore(db, { now: () => time });
    for (let index = 0; index < 50; index++) {
      await store.append({ ...ref, session: `s${index}` }, [message(time), message(time)], 10, 1_000);
    }
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('memory_messages')).toBe(100);
    time += 1_001;
    for (let index = 0; index < 200; index++) await store.append(ref, [message(time)], 10, 60_000);
    // Only the live conversation is left: nothing summarised, so its buffer is at the cap (keep * 4).
    expect(count('memory_messages')).toBe(40);
    expect(count('memory_conversations')).toBe(1);
    db.close();
  });

  it('forgets reset marks after their retention, refusing summaries started before it', async () => {
    let time = Date.now();
    const db = openDatabase();
    const store = createSqliteMemoryStore(db, { now: () => time, resetRetentionMs: 10_000 });
    await store.erase({ tenant: 'acme', user: 'u1' });
    const summary = {
      id: 'sum-old',
      ref,
      fromSeq: 1,
      toSeq: 2,
      text: 'old',
      embedding: new Float32Array([1]),
      createdAt: time,
    };
    const startedAt = time - 20_000;
    expect(await store.addSummary(summary, startedAt)).toBe(false);
    time += 20_000;
    await store.erase({ tenant: 'other', user: 'u9' });
    expect((db.prepare('SELECT count(*) AS n FROM memory_resets').get() as { n: number }).n).toBe(1);
    expect(await store.addSummary({ ...summary, id: 'sum-new' }, time - 1)).toBe(true);
    db.close();
  });

  it('describes its file', () => {
    const db = new Database(':memory:');
    expect(createSqliteMemoryStore(db).description).toBe('SQLite in memory (nothing kept)');
    db.close();
  });
});
