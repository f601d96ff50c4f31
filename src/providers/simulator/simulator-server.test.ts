import { Agent, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimBehavior, SimModelConfig } from '../../config/schema.js';
import { simModelSchema } from '../../config/schema.js';
import type { ChatChunk } from '../../spec/chat.js';
import { AttemptFailure } from '../../spec/errors.js';
import type { Timeouts } from '../../spec/provider.js';
import type { Transport, UpstreamResponse } from '../http/transport.js';
import { createUndiciTransport } from '../http/undici-transport.js';
import { createSimTransport } from './sim-transport.js';
import type { SimulatorServer } from './simulator-server.js';
import { startSimulatorServer } from './simulator-server.js';

const NOW = 1_700_000_000_000;
const TIMEOUTS: Timeouts = { connectMs: 1000, firstByteMs: 2000, firstTokenMs: 2000, idleMs: 2000, totalMs: 10_000 };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function configs(models: Record<string, Partial<SimModelConfig>>): Record<string, SimModelConfig> {
  return Object.fromEntries(Object.entries(models).map(([id, fields]) => [id, simModelSchema.parse(fields)]));
}

async function serve(models: Record<string, Partial<SimModelConfig>>): Promise<SimulatorServer> {
  const server = await startSimulatorServer({ seed: 7, models: configs(models), now: () => NOW });
  cleanups.push(() => server.close());
  return server;
}

function undiciTransport(): Transport {
  const transport = createUndiciTransport({ maxConnections: 4 });
  cleanups.push(() => transport.close());
  return transport;
}

function chatBody(model: string, stream: boolean, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model, stream, messages: [{ role: 'user', content: 'Hello there' }], ...extra });
}

function sendChat(
  transport: Transport,
  baseUrl: string,
  model: string,
  stream: boolean,
  timeouts: Partial<Timeouts> = {},
): Promise<UpstreamResponse> {
  return transport.send({
    url: `${baseUrl}/chat/completions`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: chatBody(model, stream),
    signal: new AbortController().signal,
    timeouts: { ...TIMEOUTS, ...timeouts },
  });
}

/** The status and body, or the failure's outcome: what an adapter would see. */
async function observe(send: () => Promise<UpstreamResponse>): Promise<unknown> {
  try {
    const response = await send();
    return { status: response.status, retryAfter: response.headers['retry-after'], text: await response.text() };
  } catch (error) {
    if (error instanceof AttemptFailure) return { outcome: error.outcome, message: error.message };
    throw error;
  }
}

describe('startSimulatorServer', () => {
  it('streams over a real socket with usage and [DONE], and records the request', async () => {
    const server = await serve({ 'sim-a': { reply: 'One two three.', tokens_per_second: 200 } });
    const agent = new Agent();
    cleanups.push(() => agent.close());
    const response = await request(`${server.url}/chat/completions`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: chatBody('sim-a', true, { stream_options: { include_usage: true } }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = (await response.body.text()).split('\n\n').filter((block) => block !== '');
    expect(events[events.length - 1]).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((block) => JSON.parse(block.slice('data: '.length)) as ChatChunk);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe('One two three.');
    expect(chunks[chunks.length - 1]).toMatchObject({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 4 } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      path: '/v1/chat/completions',
      headers: { authorization: 'Bearer sk-test' },
      body: { model: 'sim-a', stream: true },
    });
  });

  it('serves GET /v1/models', async () => {
    const server = await serve({ 'sim-a': {}, 'sim-b': {} });
    const response = await fetch(`${server.url}/models`);
    expect(await response.json()).toMatchObject({ object: 'list', data: [{ id: 'sim-a' }, { id: 'sim-b' }] });
  });

  it('surfaces a reset as a socket error, and as connect_error through the undici transport', async () => {
    const server = await serve({ flaky: { behavior: 'reset' } });
    const agent = new Agent();
    cleanups.push(() => agent.close());
    const raw = await request(`${server.url}/chat/completions`, {
      method: 'POST',
      dispatcher: agent,
      body: chatBody('flaky', false),
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((raw as { code?: string }).code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
    const observed = await observe(() => sendChat(undiciTransport(), server.url, 'flaky', false));
    expect(observed).toMatchObject({ outcome: 'connect_error', message: expect.stringMatching(/connection reset/) });
  });

  it('delivers the role chunk of a cut stream before the reset', async () => {
    const server = await serve({ cut: { behavior: 'cut_stream' } });
    const response = await sendChat(undiciTransport(), server.url, 'cut', true);
    let text = '';
    const error = await (async () => {
      for await (const bytes of response.body) text += Buffer.from(bytes).toString('utf8');
    })().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(text).toContain('"role":"assistant"');
    expect(error).toMatchObject({ outcome: 'connect_error' });
  });

  it('leaves a hang to the client timeout, and a stall to the idle timeout', async () => {
    const server = await serve({ stuck: { behavior: 'hang' }, stall: { behavior: 'headers_then_stall' } });
    const transport = undiciTransport();
    const hung = await observe(() => sendChat(transport, server.url, 'stuck', false, { firstByteMs: 200 }));
    expect(hung).toMatchObject({ outcome: 'timeout', message: expect.stringMatching(/first-byte timeout/) });
    const stalled = await observe(() => sendChat(transport, server.url, 'stall', true, { idleMs: 200 }));
    expect(stalled).toMatchObject({ outcome: 'timeout', message: expect.stringMatching(/idle timeout/) });
  });

  it('close() returns promptly with hung and stalled sockets still open', async () => {
    const server = await startSimulatorServer({
      models: configs({ stuck: { behavior: 'hang' }, stall: { behavior: 'headers_then_stall' } }),
    });
    const agent = new Agent();
    cleanups.push(() => agent.destroy());
    const hung = request(`${server.url}/chat/completions`, {
      method: 'POST',
      dispatcher: agent,
      body: chatBody('stuck', false),
    });
    const stalled = await request(`${server.url}/chat/completions`, {
      method: 'POST',
      dispatcher: agent,
      body: chatBody('stall', true),
    });
    expect(stalled.statusCode).toBe(200);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(hung).rejects.toThrow();
    await expect(stalled.body.text()).rejects.toThrow();
  });
});

describe('the in-memory transport and the real socket agree', () => {
  const behaviors: SimBehavior[] = [
    'answer',
    'echo',
    'refuse',
    'content_filter',
    'length_empty',
    'empty',
    'tool_call',
    'no_choices',
    'rate_limit',
    'server_error',
    'model_not_found',
    'bad_request',
    'unauthorized',
    'malformed',
    'reset',
    'cut_stream',
    'hang',
    'headers_then_stall',
  ];
  const models = Object.fromEntries(behaviors.map((behavior) => [behavior, { behavior, tokens_per_second: 1000 }]));

  it.each([false, true])('gives the same bytes or the same failure class (stream: %s)', async (stream) => {
    const server = await serve(models);
    const map = new Map(Object.entries(configs(models)));
    const memory = createSimTransport({ seed: 7, models: map, clock: { setTimeout, clearTimeout, now: () => NOW } });
    cleanups.push(() => memory.close());
    const network = undiciTransport();
    const timeouts = { firstByteMs: 300, idleMs: 300 };
    for (const behavior of behaviors) {
      const expected = await observe(() => sendChat(memory, 'http://simulator.invalid/v1', behavior, stream, timeouts));
      const actual = await observe(() => sendChat(network, server.url, behavior, stream, timeouts));
      if (behavior === 'cut_stream') {
        // The bytes before a reset are the same, but .text() throws on both sides, so compare the class only.
        expect({ behavior, ...(actual as object) }).toMatchObject({ behavior, outcome: 'connect_error' });
      }
      expect({ behavior, observed: actual }).toEqual({ behavior, observed: expected });
    }
  });
});
