/**
 * Every request to a known endpoint leaves exactly one record — answered, fallen back, failed, or refused before
 * it became a turn — with its attempts, answering model and rung, usage and cost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestRecord } from '../spec/store.js';
import { postJson, readSsePayloads, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const KEY = 'rk-records-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };
const MESSAGES = [{ role: 'user', content: 'Tell me something about bread dough.' }];

interface RungReport {
  request_id: string;
  cost_usd: number | null;
  usage: { prompt_tokens: number; completion_tokens: number } | null;
}

let gateway: TestGateway;
let chatUrl: string;

beforeAll(async () => {
  gateway = await startTestGateway({
    server: { max_body_bytes: 2048 },
    auth: { keys: [{ key: KEY, name: 'recorder', tenant: 'acme' }] },
    providers: { sim: { kind: 'simulator' } },
    models: {
      alpha: { provider: 'sim', id: 'alpha/a-1', price: { input: 3, output: 15 } },
      filtered: { provider: 'sim', id: 'filtered/f-1', sim: { behavior: 'content_filter' } },
      overloaded: { provider: 'sim', id: 'overloaded/o-1', sim: { behavior: 'server_error', error_status: 502 } },
    },
    routes: {
      chat: { chain: ['alpha'] },
      guarded: { chain: ['filtered', 'alpha'] },
      doomed: { chain: ['filtered', 'overloaded'] },
    },
  });
  chatUrl = `${gateway.url}/v1/chat/completions`;
});

afterAll(async () => {
  await gateway.close();
});

/** Runs `send`, then returns the records it added (newest first). */
async function recordsOf(send: () => Promise<unknown>): Promise<RequestRecord[]> {
  const before = new Set((await gateway.gateway.stores.records.recent({ limit: 1000 })).map((record) => record.id));
  await send();
  const after = await gateway.gateway.stores.records.recent({ limit: 1000 });
  return after.filter((record) => !before.has(record.id));
}

async function oneRecord(send: () => Promise<unknown>): Promise<RequestRecord> {
  const added = await recordsOf(send);
  expect(added).toHaveLength(1);
  return added[0] as RequestRecord;
}

describe('request records', () => {
  it('an answered request: its id, route, model, rung, one ok attempt, usage and the cost it reported', async () => {
    let rung: RungReport | undefined;
    const record = await oneRecord(async () => {
      const reply = await postJson(chatUrl, { model: 'chat', messages: MESSAGES }, AUTH);
      expect(reply.status).toBe(200);
      rung = (reply.body as { rung: RungReport }).rung;
    });
    expect(record).toMatchObject({
      id: rung?.request_id,
      endpoint: '/v1/chat/completions',
      route: 'chat',
      plan: 'free',
      mode: 'natural',
      key_name: 'recorder',
      tenant: 'acme',
      stream: false,
      status: 200,
      error_code: null,
      model: 'alpha',
      provider: 'sim',
      attempt: 0,
      used_fallback: false,
    });
    expect(record.attempts).toEqual([expect.objectContaining({ model: 'alpha', outcome: 'ok', status: 200 })]);
    expect(record.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(record.usage?.completion_tokens).toBeGreaterThan(0);
    expect(record.usage).toMatchObject(rung?.usage ?? {});
    expect(record.cost_usd).toBeGreaterThan(0);
    expect(record.cost_usd).toBe(rung?.cost_usd);
    const usage = record.usage ?? { prompt_tokens: 0, completion_tokens: 0 };
    expect(record.cost_usd).toBeCloseTo((usage.prompt_tokens * 3 + usage.completion_tokens * 15) / 1e6, 9);
    expect(record.total_ms).toBeGreaterThan(0);
  });

  it('a fallback: both attempts, the answering rung index and used_fallback', async () => {
    const record = await oneRecord(() => postJson(chatUrl, { model: 'guarded', messages: MESSAGES }, AUTH));
    expect(record).toMatchObject({ route: 'guarded', status: 200, model: 'alpha', attempt: 1, used_fallback: true });
    expect(record.attempts.map((attempt) => [attempt.model, attempt.outcome, attempt.status])).toEqual([
      ['filtered', 'silent_refusal', 200],
      ['alpha', 'ok', 200],
    ]);
  });

  it('a stream: stream true, time to first token, and usage', async () => {
    const record = await oneRecord(async () => {
      const response = await fetch(chatUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...AUTH },
        body: JSON.stringify({ model: 'guarded', messages: MESSAGES, stream: true }),
      });
      expect(response.status).toBe(200);
      expect((await readSsePayloads(response)).at(-1)).toBe('[DONE]');
    });
    expect(record).toMatchObject({ stream: true, status: 200, model: 'alpha', attempt: 1, error_code: null });
    expect(record.ttft_ms).toBeGreaterThan(0);
    expect(record.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('every rung failing: 503, the error code, each attempt, no model', async () => {
    const record = await oneRecord(() => postJson(chatUrl, { model: 'doomed', messages: MESSAGES }, AUTH));
    expect(record).toMatchObject({
      route: 'doomed',
      status: 503,
      error_code: 'RUNG_ALL_RUNGS_FAILED',
      model: null,
      attempt: null,
      used_fallback: false,
      usage: null,
      cost_usd: null,
    });
    expect(record.attempts.map((attempt) => attempt.outcome)).toEqual(['silent_refusal', 'upstream_error']);
  });

  it.each([
    ['invalid JSON', () => postJson(chatUrl, '{"model":', AUTH), 400, 'RUNG_INVALID_JSON'],
    ['a bad field', () => postJson(chatUrl, { model: 'chat', messages: 'hi' }, AUTH), 400, 'RUNG_INVALID_REQUEST'],
    ['no key', () => postJson(chatUrl, { model: 'chat', messages: MESSAGES }), 401, 'RUNG_UNAUTHORIZED'],
    [
      'an unknown model',
      () => postJson(chatUrl, { model: 'gpt-9', messages: MESSAGES }, AUTH),
      404,
      'RUNG_UNKNOWN_MODEL',
    ],
    ['a body too large', () => postJson(chatUrl, 'x'.repeat(4096), AUTH), 413, 'RUNG_BODY_TOO_LARGE'],
    [
      'no key on /complete',
      () => postJson(`${gateway.url}/complete`, { messages: MESSAGES }),
      401,
      'RUNG_UNAUTHORIZED',
    ],
  ])('a request refused for %s is recorded with its status and code', async (_label, send, status, code) => {
    const record = await oneRecord(async () => {
      expect((await send()).status).toBe(status);
    });
    expect(record).toMatchObject({ status, error_code: code, model: null, attempt: null, usage: null, cost_usd: null });
    expect(record.attempts).toEqual([]);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    // A refused request from a valid key still says whose it was; one with no valid key cannot.
    expect(record.key_name).toBe(status === 401 ? null : 'recorder');
    expect(record.tenant).toBe(status === 401 ? null : 'acme');
  });

  it('requests to no endpoint, or with the wrong method, and reads are not recorded', async () => {
    const added = await recordsOf(async () => {
      await fetch(`${gateway.url}/nope`, { method: 'POST', body: '{}' });
      await fetch(chatUrl);
      await fetch(`${gateway.url}/health`);
      await fetch(`${gateway.url}/v1/models`);
    });
    expect(added).toEqual([]);
  });

  it('N requests leave N records, newest first', async () => {
    const added = await recordsOf(async () => {
      for (const model of ['chat', 'guarded', 'gpt-9', 'chat']) {
        await postJson(chatUrl, { model, messages: MESSAGES }, AUTH);
      }
      await postJson(chatUrl, '[]', AUTH);
    });
    expect(added.map((record) => [record.status, record.route])).toEqual([
      [400, null],
      [200, 'chat'],
      [404, null],
      [200, 'guarded'],
      [200, 'chat'],
    ]);
    const limited = await gateway.gateway.stores.records.recent({ limit: 2 });
    expect(limited.map((record) => record.id)).toEqual(added.slice(0, 2).map((record) => record.id));
  });
});
