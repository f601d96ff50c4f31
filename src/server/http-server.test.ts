/**
 * The read-only endpoints over a real socket: /health, /v1/models and the Prometheus text on /metrics.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RungConfigInput } from '../config/schema.js';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const MESSAGES = [{ role: 'user', content: 'Hello' }];

const CONFIG: RungConfigInput = {
  plans: { free: { max_output_tokens: 250 }, vip: { max_output_tokens: 800, paid: true } },
  providers: { sim: { kind: 'simulator' } },
  models: {
    alpha: { provider: 'sim', id: 'alpha/a-1', price: { input: 1, output: 2 }, context_window: 8192 },
    beta: { provider: 'sim', id: 'beta/b-1', max_output_tokens: 300 },
    filtered: { provider: 'sim', id: 'filtered/f-1', sim: { behavior: 'content_filter' } },
    overloaded: { provider: 'sim', id: 'overloaded/o-1', sim: { behavior: 'server_error', error_status: 503 } },
  },
  routes: {
    chat: { match: { mode: 'natural' }, chain: ['alpha', 'beta'] },
    'chat-vip': { task: 'chat', match: { plan: 'vip' }, chain: ['beta', 'alpha'] },
    guarded: { chain: ['filtered', 'alpha'] },
    doomed: { chain: ['filtered', 'overloaded'] },
  },
};

const open: TestGateway[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((gateway) => gateway.close()));
});

async function start(config: RungConfigInput = CONFIG): Promise<TestGateway> {
  const gateway = await startTestGateway(config);
  open.push(gateway);
  return gateway;
}

interface ModelEntry {
  id: string;
  object: string;
  created: number;
  owned_by: string;
  rung: Record<string, unknown>;
}

/** The value of the one sample of `name` whose labels include all of `labels`; undefined if none. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)\{(.*)\} (\S+)$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-z_]+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function metricsText(gateway: TestGateway): Promise<string> {
  const response = await fetch(`${gateway.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

describe('GET /health', () => {
  it('answers {"ok":true} as JSON, with or without a trailing slash or query', async () => {
    const gateway = await start();
    for (const path of ['/health', '/health/', '/health?probe=1']) {
      const response = await fetch(`${gateway.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.text()).toBe('{"ok":true}');
    }
  });
});

/** The response head of one raw HTTP/1.1 request, and whether the server then closed the connection. */
function rawExchange(url: string, request: string): Promise<{ head: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let text = '';
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve({ head: text.slice(0, text.indexOf('\r\n\r\n')).toLowerCase(), closed });
    };
    socket.setEncoding('utf8');
    socket.on('data', (part: string) => {
      text += part;
      // The whole stream is in (chunked encoding's last chunk): give the server a moment to close, or not.
      if (text.endsWith('0\r\n\r\n')) setTimeout(() => finish(false), 200);
    });
    socket.on('end', () => finish(true));
    socket.on('error', reject);
  });
}

describe('streamed responses and the connection', () => {
  const body = JSON.stringify({ model: 'chat', messages: MESSAGES, stream: true });
  const request = (connection: string) =>
    `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n${connection}` +
    `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

  it('keeps the connection alive with a Keep-Alive timeout hint for the client pool', async () => {
    const gateway = await start();
    const { head, closed } = await rawExchange(gateway.url, request(''));
    expect(head).toContain('content-type: text/event-stream');
    expect(head).toContain('connection: keep-alive');
    expect(head).toMatch(/keep-alive: timeout=\d+/);
    expect(closed).toBe(false);
  });

  it('closes the connection after the stream when the client asked for close', async () => {
    const gateway = await start();
    const { head, closed } = await rawExchange(gateway.url, request('connection: close\r\n'));
    expect(head).toContain('content-type: text/event-stream');
    expect(head).toContain('connection: close');
    expect(closed).toBe(true);
  });
});

describe('GET /v1/models', () => {
  it('lists every route task with its variants, and every model with what Rung knows of it', async () => {
    const gateway = await start();
    const response = await fetch(`${gateway.url}/v1/models`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { object: string; data: ModelEntry[] };
    expect(body.object).toBe('list');
    expect(body.data.map((entry) => entry.id)).toEqual([
      'chat',
      'guarded',
      'doomed',
      'alpha',
      'beta',
      'filtered',
      'overloaded',
    ]);
    for (const entry of body.data) {
      expect(entry).toMatchObject({ object: 'model', created: expect.any(Number), owned_by: expect.any(String) });
    }
    const chat = body.data.find((entry) => entry.id === 'chat');
    expect(chat).toMatchObject({ owned_by: 'rung', rung: { kind: 'route' } });
    // The most specific variant comes first: the one matching a plan beats the one matching a mode.
    expect(chat?.rung.variants).toEqual([
      { route: 'chat-vip', plans: ['vip'], modes: 'any', chain: ['beta', 'alpha'] },
      { route: 'chat', plans: 'any', modes: ['natural'], chain: ['alpha', 'beta'] },
    ]);
    expect(body.data.find((entry) => entry.id === 'alpha')).toMatchObject({
      owned_by: 'sim',
      rung: {
        kind: 'model',
        provider: 'sim',
        upstream_id: 'alpha/a-1',
        price: { input: 1, output: 2 },
        context_window: 8192,
        max_output_tokens: null,
      },
    });
    expect(body.data.find((entry) => entry.id === 'beta')?.rung).toMatchObject({ price: null, max_output_tokens: 300 });
  });
});

describe('GET /metrics', () => {
  it('counts requests, attempts by outcome, fallbacks and silent refusals after a content-filter fallback', async () => {
    const gateway = await start();
    const before = await metricsText(gateway);
    expect(before).toContain('# TYPE rung_requests_total counter');
    expect(before).toContain('# TYPE rung_fallbacks_total counter');
    expect(sample(before, 'rung_fallbacks_total', {})).toBeUndefined();
    expect(sample(before, 'rung_silent_refusals_total', {})).toBeUndefined();

    const answered = await postJson(`${gateway.url}/v1/chat/completions`, { model: 'guarded', messages: MESSAGES });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('x-rung-used-fallback')).toBe('true');
    const plain = await postJson(`${gateway.url}/v1/chat/completions`, { model: 'chat', messages: MESSAGES });
    expect(plain.status).toBe(200);
    const failed = await postJson(`${gateway.url}/v1/chat/completions`, { model: 'doomed', messages: MESSAGES });
    expect(failed.status).toBe(503);

    const text = await metricsText(gateway);
    const chatEndpoint = { endpoint: '/v1/chat/completions' };
    expect(sample(text, 'rung_requests_total', { ...chatEndpoint, route: 'guarded', status: '200' })).toBe(1);
    expect(sample(text, 'rung_requests_total', { ...chatEndpoint, route: 'chat', status: '200' })).toBe(1);
    expect(sample(text, 'rung_requests_total', { ...chatEndpoint, route: 'doomed', status: '503' })).toBe(1);
    expect(sample(text, 'rung_attempts_total', { model: 'filtered', outcome: 'silent_refusal' })).toBe(2);
    expect(sample(text, 'rung_attempts_total', { model: 'alpha', provider: 'sim', outcome: 'ok' })).toBe(2);
    expect(sample(text, 'rung_attempts_total', { model: 'overloaded', outcome: 'upstream_error' })).toBe(1);
    expect(sample(text, 'rung_fallbacks_total', { route: 'guarded', model: 'alpha' })).toBe(1);
    expect(sample(text, 'rung_fallbacks_total', { route: 'chat' })).toBeUndefined();
    expect(sample(text, 'rung_silent_refusals_total', { model: 'filtered', provider: 'sim' })).toBe(2);
    expect(sample(text, 'rung_request_duration_seconds_count', { model: 'alpha' })).toBe(2);
    expect(sample(text, 'rung_request_duration_seconds_count', { model: 'none' })).toBe(1);
  });

  it('two gateways in one process keep separate counters', async () => {
    const first = await start();
    const second = await start();
    await postJson(`${first.url}/v1/chat/completions`, { model: 'chat', messages: MESSAGES });
    expect(sample(await metricsText(first), 'rung_requests_total', { route: 'chat' })).toBe(1);
    expect(sample(await metricsText(second), 'rung_requests_total', { route: 'chat' })).toBeUndefined();
  });

  // BUG: requests refused before they become a turn (invalid JSON, bad fields, 401, 413...) are written to the
  // record store by recordRejection() in http-server.ts but never reach metrics.observe(), so
  // rung_requests_total shows no 4xx at all: a flood of 401s or malformed bodies is invisible on /metrics.
  // Suggested fix: count them in recordRejection (e.g. a metrics.rejected(endpoint, status) with route="none").
  it('rejected requests (400, 413) are counted in rung_requests_total too', async () => {
    const gateway = await start({ ...CONFIG, server: { max_body_bytes: 256 } });
    await postJson(`${gateway.url}/v1/chat/completions`, '{"model":');
    await postJson(`${gateway.url}/v1/chat/completions`, { model: 'chat', messages: 'Hello' });
    await postJson(`${gateway.url}/v1/chat/completions`, 'x'.repeat(1000));
    const text = await metricsText(gateway);
    expect(sample(text, 'rung_requests_total', { endpoint: '/v1/chat/completions', status: '400' })).toBe(2);
    expect(sample(text, 'rung_requests_total', { endpoint: '/v1/chat/completions', status: '413' })).toBe(1);
  });
});

describe('metric labels stay bounded', () => {
  it('labels models a client named through x-rung-primary but the config does not know as "unconfigured"', async () => {
    const gateway = await start();
    for (const primary of ['vendor/one', 'vendor/two', 'vendor/three']) {
      const reply = await postJson(
        `${gateway.url}/v1/chat/completions`,
        { model: 'chat', messages: MESSAGES },
        { 'x-rung-primary': primary },
      );
      expect(reply.status).toBe(200);
    }
    const text = await metricsText(gateway);
    expect(text).not.toContain('vendor/');
    expect(sample(text, 'rung_attempts_total', { model: 'unconfigured', outcome: 'model_not_found' })).toBe(3);
  });
});
