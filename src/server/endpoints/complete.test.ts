/**
 * POST /complete over a real socket: the routing article's API — `{ messages, primary? }` in,
 * `{ content, model, attempt, used_fallback }` out, 503 naming every model tried when every rung fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RungConfigInput } from '../../config/schema.js';
import { postJson, startTestGateway, type TestGateway } from '../../testing/test-gateway.js';

const MESSAGES = [{ role: 'user', content: 'Hello' }];

const CONFIG: RungConfigInput = {
  providers: { sim: { kind: 'simulator' } },
  models: {
    alpha: { provider: 'sim', id: 'alpha/a-1', sim: { reply: 'Alpha answers.' } },
    beta: { provider: 'sim', id: 'beta/b-1', sim: { reply: 'Beta answers.' } },
    filtered: { provider: 'sim', id: 'filtered/f-1', sim: { behavior: 'content_filter' } },
    overloaded: { provider: 'sim', id: 'overloaded/o-1', sim: { behavior: 'server_error', error_status: 503 } },
    throttled: { provider: 'sim', id: 'throttled/t-1', sim: { behavior: 'rate_limit', retry_after_s: 30 } },
  },
  routes: {
    chat: { chain: ['alpha', 'beta'] },
    doomed: { chain: ['filtered', 'overloaded', 'throttled'] },
  },
};

interface CompleteBody {
  content: string;
  model: string;
  attempt: number;
  used_fallback: boolean;
  rung: { route: string; model: string; attempts: Array<{ model: string; outcome: string; status: number | null }> };
}

interface ErrorBody {
  error: { message: string; type: string; code: string; details?: { attempts?: Array<{ model: string }> } };
}

let gateway: TestGateway;
let url: string;

beforeAll(async () => {
  gateway = await startTestGateway(CONFIG);
  url = `${gateway.url}/complete`;
});

afterAll(async () => {
  await gateway.close();
});

describe('POST /complete', () => {
  it('answers with exactly content, model, attempt, used_fallback and the rung report', async () => {
    const reply = await postJson(url, { messages: MESSAGES });
    expect(reply.status).toBe(200);
    const body = reply.body as CompleteBody;
    expect(Object.keys(body).sort()).toEqual(['attempt', 'content', 'model', 'rung', 'used_fallback']);
    expect(body).toMatchObject({ content: 'Alpha answers.', model: 'alpha/a-1', attempt: 0, used_fallback: false });
    expect(body.rung).toMatchObject({ route: 'chat', model: 'alpha' });
  });

  it('a `primary` naming a configured model goes first and answers as attempt 0', async () => {
    const reply = await postJson(url, { messages: MESSAGES, primary: 'beta' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ content: 'Beta answers.', model: 'beta/b-1', attempt: 0, used_fallback: false });
  });

  it('a failing configured `primary` falls through to the route', async () => {
    const reply = await postJson(url, { messages: MESSAGES, primary: 'filtered' });
    expect(reply.status).toBe(200);
    const body = reply.body as CompleteBody;
    expect(body).toMatchObject({ content: 'Alpha answers.', model: 'alpha/a-1', attempt: 1, used_fallback: true });
    expect(body.rung.attempts.map((attempt) => [attempt.model, attempt.outcome])).toEqual([
      ['filtered', 'silent_refusal'],
      ['alpha', 'ok'],
    ]);
  });

  it('a bogus `primary` is tried on the first rung’s provider, fails model_not_found and falls through', async () => {
    const reply = await postJson(url, { messages: MESSAGES, primary: 'this/model-does-not-exist' });
    expect(reply.status).toBe(200);
    const body = reply.body as CompleteBody;
    expect(body).toMatchObject({ model: 'alpha/a-1', attempt: 1, used_fallback: true });
    expect(body.rung.attempts[0]).toMatchObject({
      model: 'this/model-does-not-exist',
      outcome: 'model_not_found',
      status: 404,
    });
  });

  it('`model` picks another route', async () => {
    const reply = await postJson(url, { messages: MESSAGES, model: 'beta' });
    expect(reply.body).toMatchObject({ model: 'beta/b-1', attempt: 0 });
  });

  it('every rung failing → 503 RUNG_ALL_RUNGS_FAILED naming each model tried and why', async () => {
    const reply = await postJson(url, { messages: MESSAGES, model: 'doomed' });
    expect(reply.status).toBe(503);
    expect(reply.headers.get('x-rung-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const { error } = reply.body as ErrorBody;
    expect(error).toMatchObject({ code: 'RUNG_ALL_RUNGS_FAILED', type: 'upstream_error' });
    expect(error.message).toContain('filtered (silent_refusal 200)');
    expect(error.message).toContain('overloaded (upstream_error 503)');
    expect(error.message).toContain('throttled (rate_limited 429)');
    expect(error.details?.attempts?.map((attempt) => attempt.model)).toEqual(['filtered', 'overloaded', 'throttled']);
  });

  it('a bogus `primary` in front of a failing chain is named in the 503 as well', async () => {
    const reply = await postJson(url, { messages: MESSAGES, model: 'doomed', primary: 'this/model-does-not-exist' });
    expect(reply.status).toBe(503);
    const { error } = reply.body as ErrorBody;
    expect(error.message).toContain('this/model-does-not-exist (model_not_found 404)');
    expect(error.message).toContain('throttled (rate_limited 429)');
  });

  it('uses defaults.route when the body names no model', async () => {
    const other = await startTestGateway({ ...CONFIG, defaults: { route: 'doomed' } });
    try {
      const reply = await postJson(`${other.url}/complete`, { messages: MESSAGES });
      expect(reply.status).toBe(503);
      expect((reply.body as ErrorBody).error.code).toBe('RUNG_ALL_RUNGS_FAILED');
    } finally {
      await other.close();
    }
  });
});
