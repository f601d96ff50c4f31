/**
 * Budgets, rate limits and stored keys end to end on the embedded store: keys made through the admin API,
 * reservations that cannot be raced, the errors a client reads, degradation, and a counter store that goes
 * away. The same paths on Redis + PostgreSQL across three processes are in multi-instance.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CounterStore, StoreUnavailableError } from '../spec/limits.js';
import type { Stores } from '../spec/store.js';
import { openSqliteStores } from '../stores/sqlite/sqlite-stores.js';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const ADMIN = 'admin-secret-0123456789abcdef';

const CONFIG = {
  admin: { key: ADMIN },
  providers: { sim: { kind: 'simulator' as const, seed: 7 } },
  models: {
    // $1000 per million tokens: a token costs a tenth of a cent, so budgets are easy to read.
    big: {
      provider: 'sim',
      id: 'vendor-a/big',
      price: { input: 1000, output: 1000 },
      sim: { behavior: 'answer' as const, reply: 'Hello from big.', first_token_ms: [40, 40] as [number, number] },
    },
    // Slow enough that 300 concurrent requests all hold their reservations at once.
    slow: {
      provider: 'sim',
      id: 'vendor-c/slow',
      price: { input: 1000, output: 1000 },
      sim: { behavior: 'answer' as const, reply: 'Hello slowly.', first_token_ms: [500, 500] as [number, number] },
    },
    small: {
      provider: 'sim',
      id: 'vendor-b/small',
      price: { input: 100, output: 100 },
      sim: { behavior: 'answer' as const, reply: 'Hello from small.' },
    },
  },
  plans: { free: { max_output_tokens: 20 }, premium: { paid: true, max_output_tokens: 20 } },
  budgets: { user: { daily_usd: 1 } },
  routes: {
    chat: { chain: ['big', 'small'], degrade: [{ at: 0.5, skip: 1 }] },
    open: { chain: ['small'] },
    race: { chain: ['slow'] },
  },
};

let rung: TestGateway;
let stores: Stores;

beforeAll(async () => {
  stores = openSqliteStores({ path: ':memory:' });
  rung = await startTestGateway(CONFIG, { stores });
});
afterAll(async () => {
  await rung?.close();
});

async function admin(method: string, path: string, body?: unknown, key = ADMIN) {
  const response = await fetch(`${rung.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function newKey(terms: Record<string, unknown>): Promise<string> {
  const { status, body } = await admin('POST', '/admin/keys', { tenant: 'acme', plan: 'free', ...terms });
  expect(status).toBe(201);
  return body.secret as string;
}

function chat(secret: string, route = 'chat', extra: Record<string, string> = {}) {
  return postJson(
    `${rung.baseURL}/chat/completions`,
    { model: route, messages: [{ role: 'user', content: 'Say hello, please.' }] },
    { authorization: `Bearer ${secret}`, ...extra },
  );
}

describe('stored keys through the admin API', () => {
  it('is off without admin.key, and refuses a wrong admin key', async () => {
    expect((await admin('GET', '/admin/keys', undefined, 'wrong-key-wrong-key-wrong')).status).toBe(401);
  });

  it('a created key works at once; the first key turns authentication on', async () => {
    const secret = await newKey({ name: 'team-a' });
    expect(secret).toMatch(/^rung_sk_/);
    const { status, body } = await chat(secret, 'open');
    expect(status).toBe(200);
    expect(body.rung.model).toBe('small');
    const anonymous = await postJson(`${rung.baseURL}/chat/completions`, {
      model: 'open',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(anonymous.status).toBe(401);
    const listed = await admin('GET', '/admin/keys?tenant=acme');
    expect(listed.body.data.some((key: any) => key.name === 'team-a' && key.hash === undefined)).toBe(true);
    await stores.records.flush();
    const records = await stores.records.recent({ limit: 5 });
    expect(records.find((record) => record.status === 200)).toMatchObject({ tenant: 'acme', key_name: 'team-a' });
  });

  it('bad terms are a 400 naming the field', async () => {
    const { status, body } = await admin('POST', '/admin/keys', { tenant: 'acme', plan: 'platinum' });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^plan: unknown plan "platinum"; known: free, premium/);
  });

  it('revoke stops a key at once; rotate hands out a new secret and can keep the old one for a grace period', async () => {
    const secret = await newKey({ name: 'to-revoke' });
    const id = (await admin('GET', '/admin/keys')).body.data.find((key: any) => key.name === 'to-revoke').id;
    expect((await admin('POST', `/admin/keys/${id}/revoke`)).status).toBe(200);
    const refused = await chat(secret, 'open');
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toContain('revoked');

    const old = await newKey({ name: 'to-rotate' });
    const oldId = (await admin('GET', '/admin/keys')).body.data.find((key: any) => key.name === 'to-rotate').id;
    const rotated = await admin('POST', `/admin/keys/${oldId}/rotate`, { grace_seconds: 60 });
    expect(rotated.status).toBe(201);
    expect((await chat(rotated.body.secret, 'open')).status).toBe(200);
    expect((await chat(old, 'open')).status).toBe(200);
    expect(rotated.body.key.rotated_from).toBe(oldId);
    expect((await admin('POST', '/admin/keys/key_nope/revoke')).status).toBe(404);
  });
});

describe('budgets that cannot be raced', () => {
  it('300 concurrent requests against a budget that fits 100: at most 100 are served, and the ledger adds up', async () => {
    // The reservation a request makes is its worst case; a budget too small for one says how much it needs.
    const probe = await chat(await newKey({ name: 'probe', limits: { daily_usd: 0.000001 } }), 'race');
    expect(probe.status).toBe(429);
    expect(probe.body.error.code).toBe('RUNG_BUDGET_EXCEEDED');
    const worst = probe.body.error.details.requested as number;
    expect(worst).toBeGreaterThan(0);

    const secret = await newKey({ name: 'race', limits: { daily_usd: worst * 100 } });
    const results = await Promise.all(
      Array.from({ length: 300 }, () => chat(secret, 'race', { 'x-rung-user': 'racer' })),
    );
    const served = results.filter((result) => result.status === 200);
    const refused = results.filter((result) => result.status !== 200);
    expect(served.length).toBeLessThanOrEqual(100);
    expect(served.length).toBeGreaterThan(0);
    for (const result of refused) expect(result.body.error.code).toBe('RUNG_BUDGET_EXCEEDED');

    await rung.gateway.settler.drain();
    await stores.ledger.flush();
    const spent = served.reduce((sum, result) => sum + (result.body.rung.cost_usd as number), 0);
    const keyId = (await admin('GET', '/admin/keys')).body.data.find((key: any) => key.name === 'race').id;
    const ledger = await stores.ledger.usage({ since: 0, by: ['key_id'] });
    const row = ledger.find((entry) => entry.group[0] === keyId);
    expect(row?.requests).toBe(served.length);
    expect(row?.cost_usd).toBeCloseTo(spent, 9);
    expect(await stores.counters.openReservations()).toBe(0);
  });

  it('the error names the budget, what is left, and when it resets', async () => {
    const secret = await newKey({ name: 'tiny', limits: { daily_usd: 0.00001 } });
    const { status, headers, body } = await chat(secret);
    expect(status).toBe(429);
    expect(body.error.message).toMatch(
      /^key "tiny" daily budget: this call may cost up to \$[\d.e-]+, more than the whole budget of \$0\.000010; send a smaller max_tokens$/,
    );
    expect(body.error.details).toMatchObject({ scope: 'key', unit: 'usd', limit: 0.00001 });
    expect(headers.get('retry-after')).toBeNull();
  });

  it('a spent budget says what is left and when it resets, with Retry-After', async () => {
    const secret = await newKey({ name: 'spender', limits: { daily_usd: 0.2 } });
    let last = await chat(secret);
    while (last.status === 200) last = await chat(secret);
    expect(last.status).toBe(429);
    expect(last.body.error.message).toMatch(
      /^key "spender" daily budget: \$[\d.]+ left of \$0\.20, and this call may cost up to \$[\d.]+; it resets at \d{4}-\d{2}-\d{2}T00:00:00\.000Z \(in /,
    );
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(last.headers.get('retry-after'))).toBeLessThanOrEqual(86_400);
  });

  it('steps down the chain as a user crosses half of the daily budget', async () => {
    const secret = await newKey({ name: 'degrader' });
    const first = await chat(secret, 'chat', { 'x-rung-user': 'thrifty' });
    expect(first.body.rung.model).toBe('big');
    // Half of the user's $1 already spent today (as another instance would have settled it).
    const key = `usd:user:day:${new Date().toISOString().slice(0, 10)}:acme:thrifty`;
    await stores.counters.settle('elsewhere-1', { [key]: 600_000_000 });
    const second = await chat(secret, 'chat', { 'x-rung-user': 'thrifty' });
    expect(second.status).toBe(200);
    expect(second.body.rung).toMatchObject({ model: 'small', degraded: 1 });
  });
});

describe('rate limits', () => {
  it('a key over its requests per minute gets 429 with Retry-After and X-RateLimit headers', async () => {
    const secret = await newKey({ name: 'limited', limits: { rpm: 3 } });
    const ok = await chat(secret, 'open');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-limit')).toBe('3');
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('2');
    await chat(secret, 'open');
    await chat(secret, 'open');
    const refused = await chat(secret, 'open');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RUNG_RATE_LIMITED');
    expect(refused.body.error.message).toMatch(
      /^key "limited" requests per minute: the limit of 3 is reached; retry in \d+ s$/,
    );
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
  });
});

describe('when the counter store goes away', () => {
  function failing(inner: CounterStore): CounterStore & { down: boolean } {
    const store = {
      down: false,
      description: 'flaky test store',
      reserve: (input: Parameters<CounterStore['reserve']>[0]) => (store.down ? gone() : inner.reserve(input)),
      settle: (id: string, actual: Record<string, number>) => (store.down ? gone() : inner.settle(id, actual)),
      usage: (keys: readonly string[]) => (store.down ? gone() : inner.usage(keys)),
      rateLimit: (lines: Parameters<CounterStore['rateLimit']>[0]) => (store.down ? gone() : inner.rateLimit(lines)),
      openReservations: () => inner.openReservations(),
      close: () => inner.close(),
    };
    return store;
  }
  const gone = () => Promise.reject(new StoreUnavailableError('test', 'connection refused'));

  it('budgeted routes fail closed with a clear 503, others keep working, and all recover', async () => {
    const sqlite = openSqliteStores({ path: ':memory:' });
    const counters = failing(sqlite.counters);
    const local = await startTestGateway(
      { ...CONFIG, admin: {}, budgets: { tenant: { daily_usd: 5 } }, tenants: {} },
      { stores: { ...sqlite, counters } },
    );
    try {
      const send = (tenantHeader: Record<string, string>) =>
        postJson(
          `${local.baseURL}/chat/completions`,
          { model: 'open', messages: [{ role: 'user', content: 'hi' }] },
          tenantHeader,
        );
      // Without keys there is no tenant: no tenant budget applies, so no counter is needed.
      counters.down = true;
      expect((await send({})).status).toBe(200);
      const budgeted = await startTestGateway(
        { ...CONFIG, admin: {}, budgets: { global: { daily_usd: 5 } } },
        { stores: { ...openSqliteStores({ path: ':memory:' }), counters } },
      );
      try {
        const refused = await postJson(`${budgeted.baseURL}/chat/completions`, {
          model: 'open',
          messages: [{ role: 'user', content: 'hi' }],
        });
        expect(refused.status).toBe(503);
        expect(refused.body.error.code).toBe('RUNG_BUDGET_UNAVAILABLE');
        expect(refused.body.error.message).toBe(
          'the budget store (flaky test store) cannot be reached, and the global daily budget fails closed; retry shortly',
        );
        counters.down = false;
        const back = await postJson(`${budgeted.baseURL}/chat/completions`, {
          model: 'open',
          messages: [{ role: 'user', content: 'hi' }],
        });
        expect(back.status).toBe(200);
      } finally {
        await budgeted.close();
      }
    } finally {
      await local.close();
    }
  });

  it('a budget that fails open serves the turn and marks it unbudgeted', async () => {
    const sqlite = openSqliteStores({ path: ':memory:' });
    const counters = failing(sqlite.counters);
    counters.down = true;
    const local = await startTestGateway(
      { ...CONFIG, admin: {}, budgets: { global: { daily_usd: 5, on_store_error: 'open' } } },
      { stores: { ...sqlite, counters } },
    );
    try {
      const { status, body } = await postJson(`${local.baseURL}/chat/completions`, {
        model: 'open',
        messages: [{ role: 'user', content: 'hi' }],
      });
      expect(status).toBe(200);
      expect(body.rung.unbudgeted).toBe(true);
    } finally {
      await local.close();
    }
  });
});
