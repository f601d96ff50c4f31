/**
 * Runs the record, key and ledger contracts against a real PostgreSQL (postgres://postgres@127.0.0.1:5432/test,
 * or RUNG_TEST_POSTGRES_URL). Each run works in its own schema, dropped at the end. Without a server on the
 * default URL the suite is skipped, saying so; when RUNG_TEST_POSTGRES_URL names one, it must answer.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../spec/limits.js';
import {
  runKeyStoreContract,
  runLedgerContract,
  runStoreContract,
  sampleLedgerEntry,
  sampleRecord,
} from '../../testing/store-contract.js';
import { createBatchWriter } from '../batch-writer.js';
import { describePostgresUrl, isBadRow } from './postgres-connection.js';
import { MIGRATIONS } from './postgres-migrations.js';
import { openPostgresStores } from './postgres-stores.js';

const url = process.env.RUNG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `rung_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
const concurrentSchema = `${schema}_concurrent`;
const outageSchema = `${schema}_outage`;

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (process.env.RUNG_TEST_POSTGRES_URL !== undefined) throw error;
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const available = await reachable();
if (!available)
  console.warn(`postgres store tests skipped: no PostgreSQL answers at ${describePostgresUrl(url).display}`);

const open = () => openPostgresStores({ url, schema, poolSize: 4 });

describe.runIf(available)('postgres stores', () => {
  afterAll(async () => {
    // Only this run's schemas, by name: never a range delete in a shared database.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${concurrentSchema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${outageSchema}" CASCADE`);
    await client.end();
  });

  runStoreContract('postgres', open);

  runKeyStoreContract('postgres', async () => {
    const stores = await open();
    return { store: stores.keys, close: () => stores.close() };
  });

  runLedgerContract('postgres', async () => {
    const stores = await open();
    return { store: stores.ledger, close: () => stores.close() };
  });

  it('migrates one new schema from three processes starting together', async () => {
    const opened = await Promise.all(
      [0, 1, 2].map(() => openPostgresStores({ url, schema: concurrentSchema, poolSize: 2 })),
    );
    const record = sampleRecord();
    opened[1]?.records.append(record);
    await opened[1]?.records.flush();
    expect(await opened[2]?.records.recent({ limit: 1, since: record.ts })).toEqual([record]);
    await Promise.all(opened.map((stores) => stores.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM "${concurrentSchema}".rung_migrations ORDER BY version`);
    await client.end();
    expect(rows).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
  });

  it('describes itself without the password', async () => {
    const stores = await open();
    expect(stores.description).toContain(`schema ${schema}`);
    await stores.ping();
    await stores.close();
    const withPassword = describePostgresUrl('postgres://rung:hunter2@db.internal:6543/gateway');
    expect(withPassword.display).toBe('postgres://rung@db.internal:6543/gateway');
  });

  it('keeps the exact decimal sum of many small costs', async () => {
    const stores = await open();
    const tenant = `exact-${Math.random()}`;
    for (let index = 0; index < 1000; index++) stores.ledger.append(sampleLedgerEntry({ tenant, cost_usd: 0.1 }));
    const total = await stores.ledger.total({ tenant });
    // Summed as doubles this is 99.9999999999986; numeric sums the decimals written.
    expect(total).toEqual({ requests: 1000, cost_usd: 100 });
    await stores.close();
  });

  it('retries a failed batch on a later flush, losing nothing', async () => {
    const errors: unknown[] = [];
    const stores = await openPostgresStores({
      url,
      schema: outageSchema,
      poolSize: 2,
      onError: (error) => errors.push(error),
    });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // The table vanishing stands in for an outage: the write fails for a reason that is not the rows' fault.
    await admin.query(`ALTER TABLE "${outageSchema}".request_records RENAME TO request_records_away`);
    const user = `outage-${Math.random()}`;
    const records = [0, 1, 2].map(() => sampleRecord({ user }));
    for (const record of records) stores.records.append(record);
    await stores.records.flush();
    expect(errors.length).toBeGreaterThan(0);
    await admin.query(`ALTER TABLE "${outageSchema}".request_records_away RENAME TO request_records`);
    await admin.end();
    const found = await stores.records.recent({ limit: 10, user });
    expect(found.map((record) => record.id)).toEqual(records.map((record) => record.id).reverse());
    expect(stores.records.dropped()).toBe(0);
    await stores.close();
  });

  it('drops a row the table refuses without blocking the rows behind it', async () => {
    const errors: unknown[] = [];
    const stores = await openPostgresStores({ url, schema, poolSize: 2, onError: (error) => errors.push(error) });
    const tenant = `poison-${Math.random()}`;
    stores.ledger.append(sampleLedgerEntry({ tenant }));
    stores.ledger.append({ ...sampleLedgerEntry({ tenant }), cost_usd: null as unknown as number });
    stores.ledger.append(sampleLedgerEntry({ tenant }));
    expect(await stores.ledger.total({ tenant })).toMatchObject({ requests: 2 });
    expect(stores.ledger.dropped()).toBe(1);
    expect(errors).toHaveLength(1);
    await stores.close();
  });
});

describe('postgres stores, unreachable', () => {
  it('keeps records queued through a brief outage and writes them once it ends', async () => {
    const errors: unknown[] = [];
    let down = true;
    const written: number[] = [];
    const writer = createBatchWriter<number>(
      async (batch) => {
        if (down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        written.push(...batch);
      },
      { retryMs: 10, maxQueue: 5, isBadRow, onError: (error) => errors.push(error) },
    );
    for (let index = 0; index < 8; index++) writer.append(index);
    await writer.flush();
    expect(errors.length).toBeGreaterThan(0);
    expect(writer.pending()).toBe(5);
    expect(writer.dropped()).toBe(3);
    down = false;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(written).toEqual([3, 4, 5, 6, 7]);
    await writer.close();
  });

  it('says which host:port did not answer, quickly and without the password', async () => {
    const started = Date.now();
    const error = await openPostgresStores({ url: 'postgres://rung:hunter2@127.0.0.1:1/rung', schema: 'rung' }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain('127.0.0.1:1');
    expect(message).toContain('unreachable');
    expect(message).not.toContain('hunter2');
    expect(message).not.toMatch(/node_modules|at .*\.js/);
  });

  it('rejects a schema name that could escape its quotes, and a URL without echoing it', async () => {
    await expect(openPostgresStores({ url, schema: 'rung"; DROP TABLE x; --' })).rejects.toThrow(/schema/);
    await expect(openPostgresStores({ url: 'not a url hunter2', schema: 'rung' })).rejects.toThrow(
      /^(?!.*hunter2).*not valid/,
    );
  });
});
