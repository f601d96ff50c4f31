/**
 * Who is calling, over a real socket: gateway keys, the plan and mode precedence of src/core/identify.ts, route
 * restrictions per key, the plan's output cap as the upstream sees it, and provider keys never leaking back.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are ${ENV} references in config values, not templates
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RungConfigInput } from '../config/schema.js';
import { simModelSchema } from '../config/schema.js';
import { type SimulatorServer, startSimulatorServer } from '../providers/simulator/simulator-server.js';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const MESSAGES = [{ role: 'user', content: 'Hello' }];
const FREE_KEY = 'rk-free-0123456789abcdef';
const OPEN_KEY = 'rk-open-0123456789abcdef';
const SUMMARY_KEY = 'rk-summary-0123456789abcdef';
const INSTANT_KEY = 'rk-instant-0123456789abcdef';
const VIP_KEY = 'rk-vip-0123456789abcdef';

interface ErrorBody {
  error: { message: string; type: string; code: string };
}

/** Routes of task "chat" differ by plan and mode, so the route that answered shows the identity used. */
const ROUTING = {
  modes: ['natural', 'instant', 'explicit'],
  plans: { free: { max_output_tokens: 250 }, vip: { max_output_tokens: 800, paid: true } },
  providers: { sim: { kind: 'simulator' } },
  models: {
    alpha: { provider: 'sim', id: 'alpha/a-1' },
    beta: { provider: 'sim', id: 'beta/b-1' },
    gamma: { provider: 'sim', id: 'gamma/g-1' },
  },
  routes: {
    chat: { match: { mode: 'natural' }, chain: ['alpha'] },
    'chat-fast': { task: 'chat', match: { mode: ['instant', 'explicit'] }, chain: ['beta'] },
    'chat-vip': { task: 'chat', match: { plan: 'vip' }, chain: ['gamma'] },
    summarize: { chain: ['beta'] },
  },
} satisfies RungConfigInput;

function chat(gateway: TestGateway, headers: Record<string, string>, model = 'chat') {
  return postJson(`${gateway.url}/v1/chat/completions`, { model, messages: MESSAGES }, headers);
}

function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

/** The route that answered, from the header and from the body's rung report, which must agree. */
function routeOf(reply: { status: number; headers: Headers; body: unknown }): string | null {
  expect(reply.status).toBe(200);
  const fromBody = (reply.body as { rung: { route: string } }).rung.route;
  expect(reply.headers.get('x-rung-route')).toBe(fromBody);
  return fromBody;
}

function expectError(reply: { status: number; body: unknown }, status: number, code: string): string {
  expect({ status: reply.status, body: reply.body }).toMatchObject({ status, body: { error: { code } } });
  return (reply.body as ErrorBody).error.message;
}

describe('with auth.keys configured', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway(
      {
        ...ROUTING,
        auth: {
          keys: [
            { key: '${RUNG_TEST_FREE_KEY}', name: 'free-key', plan: 'free' },
            { key: OPEN_KEY, name: 'open-key' },
            { key: SUMMARY_KEY, name: 'summary-only', routes: ['summarize'] },
            { key: INSTANT_KEY, name: 'instant-key', plan: 'free', mode: 'instant' },
            { key: VIP_KEY, name: 'vip-key', plan: 'vip' },
          ],
        },
      },
      { env: { RUNG_TEST_FREE_KEY: FREE_KEY } },
    );
  });

  afterAll(async () => {
    await gateway.close();
  });

  it('no key → 401 saying how to send one', async () => {
    const reply = await chat(gateway, {});
    expect(expectError(reply, 401, 'RUNG_UNAUTHORIZED')).toContain('Authorization: Bearer');
    expect((reply.body as ErrorBody).error.type).toBe('authentication_error');
  });

  it('a wrong key → 401, without echoing the key back', async () => {
    for (const headers of [
      bearer('rk-wrong-0123456789abcdef'),
      { authorization: `Basic ${FREE_KEY}` },
      { authorization: 'Bearer' },
      { 'x-api-key': 'rk-wrong-0123456789abcdef' },
    ]) {
      const reply = await chat(gateway, headers);
      expectError(reply, 401, 'RUNG_UNAUTHORIZED');
      expect(JSON.stringify(reply.body)).not.toContain('rk-wrong');
    }
  });

  it('401 on /complete too', async () => {
    const reply = await postJson(`${gateway.url}/complete`, { messages: MESSAGES });
    expectError(reply, 401, 'RUNG_UNAUTHORIZED');
  });

  it('accepts the key as a bearer token (any case, extra spaces) or as x-api-key, from ${ENV} too', async () => {
    expect(routeOf(await chat(gateway, bearer(FREE_KEY)))).toBe('chat');
    expect(routeOf(await chat(gateway, { authorization: `bearer   ${FREE_KEY}  ` }))).toBe('chat');
    expect(routeOf(await chat(gateway, { 'x-api-key': FREE_KEY }))).toBe('chat');
  });

  it('a key with plan free cannot be raised by x-rung-plan: vip', async () => {
    const reply = await chat(gateway, { ...bearer(FREE_KEY), 'x-rung-plan': 'vip' });
    expect(routeOf(reply)).toBe('chat');
    // Not even to a plan that does not exist: the key's plan wins before the header is looked at.
    expect(routeOf(await chat(gateway, { ...bearer(FREE_KEY), 'x-rung-plan': 'platinum' }))).toBe('chat');
  });

  it('a key with plan vip gets the vip route without any header', async () => {
    expect(routeOf(await chat(gateway, bearer(VIP_KEY)))).toBe('chat-vip');
  });

  it('a key without a plan lets x-rung-plan choose', async () => {
    expect(routeOf(await chat(gateway, bearer(OPEN_KEY)))).toBe('chat');
    expect(routeOf(await chat(gateway, { ...bearer(OPEN_KEY), 'x-rung-plan': 'vip' }))).toBe('chat-vip');
  });

  it('mode: x-rung-mode beats the key’s mode, which beats defaults.mode', async () => {
    expect(routeOf(await chat(gateway, bearer(INSTANT_KEY)))).toBe('chat-fast');
    expect(routeOf(await chat(gateway, { ...bearer(INSTANT_KEY), 'x-rung-mode': 'natural' }))).toBe('chat');
    expect(routeOf(await chat(gateway, { ...bearer(FREE_KEY), 'x-rung-mode': 'explicit' }))).toBe('chat-fast');
  });

  it('a key restricted to some routes → 403 on any other route or model, and is served on its own', async () => {
    for (const model of ['chat', 'alpha']) {
      const message = expectError(await chat(gateway, bearer(SUMMARY_KEY), model), 403, 'RUNG_ROUTE_FORBIDDEN');
      expect(message).toContain('"summary-only"');
      expect(message).toContain('allowed: summarize');
    }
    expectError(
      await postJson(`${gateway.url}/complete`, { messages: MESSAGES }, bearer(SUMMARY_KEY)),
      403,
      'RUNG_ROUTE_FORBIDDEN',
    );
    expect(routeOf(await chat(gateway, bearer(SUMMARY_KEY), 'summarize'))).toBe('summarize');
  });

  // BUG: the route check in core/wrappers/resolve-route.ts looks only at `model`; resolveChain() then puts the
  // caller's x-rung-primary header (or `primary` on /complete) first. A key limited to `summarize` is answered by
  // `gamma`, a model only its forbidden routes use, and can send any raw model id to the provider. Suggested fix:
  // when identity.allowedRoutes is set, answer 403 RUNG_ROUTE_FORBIDDEN for a primary that is not in the chain of
  // an allowed route (or ignore the override for such keys).
  it('a key restricted to some routes cannot reach other models through x-rung-primary or primary', async () => {
    const body = { model: 'summarize', messages: MESSAGES };
    const viaHeader = await postJson(`${gateway.url}/v1/chat/completions`, body, {
      ...bearer(SUMMARY_KEY),
      'x-rung-primary': 'gamma',
    });
    expect(viaHeader.headers.get('x-rung-model')).not.toBe('gamma');
    const viaBody = await postJson(`${gateway.url}/complete`, { ...body, primary: 'gamma' }, bearer(SUMMARY_KEY));
    expect((viaBody.body as { model?: string }).model).not.toBe('gamma/g-1');
    const raw = await postJson(`${gateway.url}/v1/chat/completions`, body, {
      ...bearer(SUMMARY_KEY),
      'x-rung-primary': 'vendor/some-expensive-model',
    });
    const attempts = (raw.body as { rung?: { attempts: Array<{ model: string }> } }).rung?.attempts ?? [];
    expect(attempts.map((attempt) => attempt.model)).not.toContain('vendor/some-expensive-model');
  });

  it('records the key name and tenant, never the key', async () => {
    const reply = await chat(gateway, bearer(OPEN_KEY));
    const id = reply.headers.get('x-rung-request-id');
    const records = await gateway.gateway.stores.records.recent({ limit: 100 });
    const record = records.find((candidate) => candidate.id === id);
    expect(record).toMatchObject({ key_name: 'open-key', tenant: 'default', plan: 'free', mode: 'natural' });
    expect(JSON.stringify(records)).not.toContain(OPEN_KEY);
  });

  // FINDING: GET /v1/models (and /metrics) answer without a key even when auth.keys is set, listing every route,
  // model, upstream id and price to anyone who can reach the port. OpenAI clients send the key on models.list
  // anyway. Suggested fix: run gateway.identify() for /v1/models in http-server.ts (and filter by the key's
  // routes); keep /health open, and make /metrics open only by an explicit setting.
  it('GET /v1/models needs a key when auth.keys is configured', async () => {
    const response = await fetch(`${gateway.url}/v1/models`);
    expect(response.status).toBe(401);
  });
});

describe('without auth.keys', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startTestGateway(ROUTING);
  });

  afterAll(async () => {
    await gateway.close();
  });

  it('defaults.plan and defaults.mode apply when no header is sent, or an empty one', async () => {
    expect(routeOf(await chat(gateway, {}))).toBe('chat');
    expect(routeOf(await chat(gateway, { 'x-rung-plan': ' ', 'x-rung-mode': '' }))).toBe('chat');
  });

  it('x-rung-plan selects the plan', async () => {
    expect(routeOf(await chat(gateway, { 'x-rung-plan': 'vip' }))).toBe('chat-vip');
    expect(routeOf(await chat(gateway, { 'x-rung-plan': 'free' }))).toBe('chat');
  });

  it('x-rung-mode picks the route variant', async () => {
    expect(routeOf(await chat(gateway, { 'x-rung-mode': 'instant' }))).toBe('chat-fast');
    expect(routeOf(await chat(gateway, { 'x-rung-mode': 'explicit' }))).toBe('chat-fast');
    // A plan-matching route is more specific than a mode-matching one.
    expect(routeOf(await chat(gateway, { 'x-rung-mode': 'instant', 'x-rung-plan': 'vip' }))).toBe('chat-vip');
  });

  it('an unknown plan → 400 RUNG_UNKNOWN_PLAN naming the known plans', async () => {
    const message = expectError(await chat(gateway, { 'x-rung-plan': 'platinum' }), 400, 'RUNG_UNKNOWN_PLAN');
    expect(message).toContain('"platinum"');
    expect(message).toContain('known: free, vip');
  });

  it('an unknown mode → 400 RUNG_UNKNOWN_MODE naming the known modes', async () => {
    const message = expectError(await chat(gateway, { 'x-rung-mode': 'spicy' }), 400, 'RUNG_UNKNOWN_MODE');
    expect(message).toContain('"spicy"');
    expect(message).toContain('known: natural, instant, explicit');
  });

  it('a name on the object prototype is an unknown plan, not a crash', async () => {
    for (const plan of ['constructor', '__proto__', 'toString']) {
      expectError(await chat(gateway, { 'x-rung-plan': plan }), 400, 'RUNG_UNKNOWN_PLAN');
    }
  });
});

describe('the upstream request', () => {
  const PROVIDER_KEY = 'upstream-secret-7f3a9c2e1b5d';
  const GATEWAY_KEY = 'rk-client-0123456789abcdef';
  let simulator: SimulatorServer;
  let gateway: TestGateway;
  const extra: Server[] = [];

  beforeAll(async () => {
    simulator = await startSimulatorServer({
      models: {
        'remote-1': simModelSchema.parse({ reply: 'Remote answers.' }),
        'remote-locked': simModelSchema.parse({ behavior: 'unauthorized' }),
      },
    });
    gateway = await startTestGateway({
      plans: { free: { max_output_tokens: 250 }, vip: { max_output_tokens: 800, paid: true } },
      auth: { keys: [{ key: GATEWAY_KEY, name: 'client' }] },
      providers: { up: { kind: 'openai-compatible', base_url: simulator.url, api_key: PROVIDER_KEY } },
      models: {
        remote: { provider: 'up', id: 'remote-1' },
        capped: { provider: 'up', id: 'remote-1', max_output_tokens: 120 },
        locked: { provider: 'up', id: 'remote-locked' },
      },
      routes: { chat: { chain: ['remote'] }, tight: { chain: ['capped'] }, vault: { chain: ['locked'] } },
    });
  });

  afterEach(async () => {
    await Promise.all(extra.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  afterAll(async () => {
    await gateway.close();
    await simulator.close();
  });

  /** Sends one request and returns the body the upstream received for it. */
  async function upstreamBody(body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const before = simulator.requests.length;
    const reply = await postJson(
      `${gateway.url}/v1/chat/completions`,
      { model: 'chat', messages: MESSAGES, ...body },
      { authorization: `Bearer ${GATEWAY_KEY}`, ...headers },
    );
    expect(reply.status).toBe(200);
    expect(simulator.requests.length).toBe(before + 1);
    const recorded = simulator.requests.at(-1);
    return { body: recorded?.body as Record<string, unknown>, headers: recorded?.headers ?? {} };
  }

  it('the plan’s max_output_tokens caps max_tokens, and never raises what the client asked', async () => {
    expect((await upstreamBody({})).body.max_tokens).toBe(250);
    expect((await upstreamBody({ max_tokens: 5000 })).body.max_tokens).toBe(250);
    expect((await upstreamBody({ max_tokens: 100 })).body.max_tokens).toBe(100);
    expect((await upstreamBody({ max_tokens: 5000 }, { 'x-rung-plan': 'vip' })).body.max_tokens).toBe(800);
  });

  it('caps max_completion_tokens the same way, and streamed calls too', async () => {
    const completion = (await upstreamBody({ max_completion_tokens: 5000 })).body;
    expect(completion.max_completion_tokens).toBe(250);
    expect(completion.max_tokens).toBeUndefined();
    const streamed = (await upstreamBody({ stream: true, max_tokens: 5000 })).body;
    expect(streamed).toMatchObject({ stream: true, max_tokens: 250 });
  });

  it('the smallest of the plan’s and the model’s caps wins', async () => {
    expect((await upstreamBody({ model: 'tight', max_tokens: 5000 }, { 'x-rung-plan': 'vip' })).body.max_tokens).toBe(
      120,
    );
  });

  it('sends the provider key upstream, never the client’s gateway key', async () => {
    const { headers, body } = await upstreamBody({});
    expect(headers.authorization).toBe(`Bearer ${PROVIDER_KEY}`);
    expect(JSON.stringify(headers)).not.toContain(GATEWAY_KEY);
    expect(body.model).toBe('remote-1');
  });

  it('an upstream 401 reaches the client as an auth failure, without the provider key in body or headers', async () => {
    for (const stream of [false, true]) {
      const response = await fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${GATEWAY_KEY}` },
        body: JSON.stringify({ model: 'vault', messages: MESSAGES, stream }),
      });
      const text = await response.text();
      expect(response.status).toBe(503);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'RUNG_ALL_RUNGS_FAILED' } });
      expect(text).toContain('locked (auth_error 401)');
      expect(text).not.toContain(PROVIDER_KEY);
      expect(JSON.stringify([...response.headers])).not.toContain(PROVIDER_KEY);
    }
    expect(simulator.requests.at(-1)?.headers.authorization).toBe(`Bearer ${PROVIDER_KEY}`);
  });

  it('an upstream that echoes the provider key in its error has it redacted before the client sees it', async () => {
    const echo = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const sent = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
        response.writeHead(401, { 'content-type': 'application/json', 'x-echo': sent });
        response.end(
          JSON.stringify({ error: { message: `Incorrect API key provided: ${sent}.`, code: 'invalid_api_key' } }),
        );
      });
    });
    extra.push(echo);
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const { port } = echo.address() as AddressInfo;
    const echoing = await startTestGateway({
      providers: {
        echo: { kind: 'openai-compatible', base_url: `http://127.0.0.1:${port}/v1`, api_key: PROVIDER_KEY },
      },
      models: { leaky: { provider: 'echo', id: 'leaky-1' } },
      routes: { chat: { chain: ['leaky'] } },
    });
    try {
      const response = await fetch(`${echoing.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'chat', messages: MESSAGES }),
      });
      const text = await response.text();
      expect(response.status).toBe(503);
      expect(text).toContain('Incorrect API key provided');
      expect(text).not.toContain(PROVIDER_KEY);
      expect(JSON.stringify([...response.headers])).not.toContain(PROVIDER_KEY);
      const records = await echoing.gateway.stores.records.recent({ limit: 10 });
      expect(records).toHaveLength(1);
      expect(JSON.stringify(records)).not.toContain(PROVIDER_KEY);
    } finally {
      await echoing.close();
    }
  });
});
