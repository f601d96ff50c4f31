import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runKeyStoreContract, runLedgerContract, sampleLedgerEntry } from '../../testing/store-contract.js';
import { createSqliteKeyStore } from './sqlite-key-store.js';
import { createSqliteLedgerStore } from './sqlite-ledger-store.js';

const directory = mkdtempSync(join(tmpdir(), 'rung-sqlite-keys-ledger-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** One file for the whole run, opened afresh per test the way `rung serve` opens it: rows persist across tests. */
function openFile(): Database.Database {
  const db = new Database(join(directory, 'contract.db'));
  db.pragma('journal_mode = WAL');
  return db;
}

runKeyStoreContract('sqlite file', () => {
  const db = openFile();
  return {
    store: createSqliteKeyStore(db),
    close: () => {
      db.close();
    },
  };
});

runLedgerContract('sqlite file', () => {
  const db = openFile();
  const ledger = createSqliteLedgerStore(db);
  return {
    store: ledger,
    close: () => {
      ledger.close();
      db.close();
    },
  };
});

describe('sqlite ledger', () => {
  it('writes queued entries within the flush interval without being asked', async () => {
    const db = new Database(':memory:');
    const ledger = createSqliteLedgerStore(db, { flushIntervalMs: 5 });
    ledger.append(sampleLedgerEntry());
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(db.prepare('SELECT count(*) AS n FROM ledger').get()).toEqual({ n: 1 });
    ledger.close();
    db.close();
  });

  it('stores the UTC day of each entry', async () => {
    const db = new Database(':memory:');
    const ledger = createSqliteLedgerStore(db);
    ledger.append(sampleLedgerEntry({ id: 'late', ts: Date.UTC(2031, 4, 6, 23, 59, 59, 999) }));
    ledger.append(sampleLedgerEntry({ id: 'early', ts: Date.UTC(2031, 4, 7) }));
    await ledger.flush();
    expect(db.prepare('SELECT id, day FROM ledger ORDER BY ts').all()).toEqual([
      { id: 'late', day: '2031-05-06' },
      { id: 'early', day: '2031-05-07' },
    ]);
    ledger.close();
    db.close();
  });

  it('drops an entry the table cannot take without blocking the ones behind it', async () => {
    const db = new Database(':memory:');
    const errors: unknown[] = [];
    const ledger = createSqliteLedgerStore(db, { onError: (error) => errors.push(error) });
    const bad = { ...sampleLedgerEntry({ tenant: 'poison' }), cost_usd: null } as unknown as ReturnType<
      typeof sampleLedgerEntry
    >;
    ledger.append(sampleLedgerEntry({ tenant: 'poison' }));
    ledger.append(bad);
    ledger.append(sampleLedgerEntry({ tenant: 'poison' }));
    await ledger.flush();
    expect(await ledger.total({ tenant: 'poison' })).toMatchObject({ requests: 2 });
    expect(ledger.dropped()).toBe(1);
    expect(errors).toHaveLength(1);
    ledger.close();
    db.close();
  });

  it('bounds its queue when the disk cannot keep up, counting what it dropped', async () => {
    const db = new Database(':memory:');
    const errors: unknown[] = [];
    const ledger = createSqliteLedgerStore(db, {
      maxQueue: 10,
      maxBatch: 1000,
      onError: (error) => errors.push(error),
    });
    db.exec('DROP TABLE ledger');
    for (let index = 0; index < 25; index++) ledger.append(sampleLedgerEntry());
    await ledger.flush();
    expect(errors.length).toBeGreaterThan(0);
    expect(ledger.dropped()).toBe(15);
    ledger.close();
    db.close();
  });
});
