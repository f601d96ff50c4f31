/**
 * POST /v1/embeddings end to end: the official openai SDK against a live Rung whose embedding route falls from
 * a failing OpenAI-compatible upstream to a Gemini one; usage and cost recorded; bad requests answered 400.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DialectUpstream, startDialectUpstream } from '../testing/dialect-upstream.js';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

let upstream: DialectUpstream;
let rung: TestGateway;
let client: OpenAI;

const vector = (seed: number) => [seed, seed / 2, -seed / 4];

beforeAll(async () => {
  upstream = await startDialectUpstream({
    'oa-embed': (call) => {
      const input = call.body.input as string[] | string;
      const texts = typeof input === 'string' ? [input] : input;
      return {
        json: {
          object: 'list',
          model: 'oa-embed',
          data: texts.map((_, index) => ({ object: 'embedding', index, embedding: vector(index + 1) })),
          usage: { prompt_tokens: 9, total_tokens: 9 },
        },
      };
    },
    'oa-down': () => ({ status: 503, json: { error: { message: 'embeddings are down' } } }),
    'gem-embed': (call) => {
      if (call.path.endsWith(':batchEmbedContents')) {
        const requests = call.body.requests as unknown[];
        return { json: { embeddings: requests.map((_, index) => ({ values: vector(10 + index) })) } };
      }
      return { json: { embedding: { values: vector(10) } } };
    },
    'oa-chat': () => ({ json: {} }),
  });
  rung = await startTestGateway({
    providers: {
      oa: { kind: 'openai-compatible', base_url: upstream.openaiURL, api_key: 'sk-upstream-secret' },
      gem: { kind: 'gemini', base_url: upstream.geminiURL, api_key: 'gemini-secret-key' },
    },
    models: {
      'small-embed': { provider: 'oa', id: 'oa-embed', type: 'embedding', price: { input: 0.02, output: 0 } },
      'down-embed': { provider: 'oa', id: 'oa-down', type: 'embedding' },
      'gemini-embed': { provider: 'gem', id: 'gem-embed', type: 'embedding', price: { input: 0.15, output: 0 } },
      talker: { provider: 'oa', id: 'oa-chat' },
    },
    routes: {
      embed: { chain: ['down-embed', 'gemini-embed'] },
      'embed-fast': { chain: ['small-embed'] },
      chat: { chain: ['talker'] },
    },
  });
  client = new OpenAI({ baseURL: rung.baseURL, apiKey: 'sk-client', maxRetries: 0 });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

describe('POST /v1/embeddings', () => {
  it('answers the openai SDK (base64 by default) with vectors in input order and the rung report', async () => {
    const result = await client.embeddings.create({ model: 'embed-fast', input: ['alpha', 'beta'] });
    expect(result.data.map((item) => item.embedding.map((value) => Math.round(value * 1000) / 1000))).toEqual([
      vector(1),
      vector(2),
    ]);
    expect(result.usage).toEqual({ prompt_tokens: 9, total_tokens: 9 });
    expect((result as unknown as { rung: { model: string; cost_usd: number } }).rung).toMatchObject({
      model: 'small-embed',
      cost_usd: 9 * 0.02e-6,
    });
  });

  it('falls through a failing upstream to Gemini, with floats when asked', async () => {
    const { status, body, headers } = await postJson(`${rung.baseURL}/embeddings`, {
      model: 'embed',
      input: ['one', 'two', 'three'],
      encoding_format: 'float',
    });
    expect(status).toBe(200);
    expect(body.data.map((item: { embedding: number[] }) => item.embedding)).toEqual([
      vector(10),
      vector(11),
      vector(12),
    ]);
    expect(body.rung.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['upstream_error', 'ok']);
    expect(body.rung.used_fallback).toBe(true);
    // Gemini reports no token usage for embeddings: Rung estimates and says so.
    expect(body.rung.usage).toMatchObject({ estimated: true });
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    expect(headers.get('x-rung-model')).toBe('gemini-embed');
    const gemini = upstream.seen.filter((call) => call.dialect === 'gemini').at(-1);
    expect(gemini?.path).toBe('/v1beta/models/gem-embed:batchEmbedContents');
    expect(gemini?.headers['x-goog-api-key']).toBe('gemini-secret-key');
  });

  it('records the call with its usage and cost', async () => {
    await postJson(`${rung.baseURL}/embeddings`, { model: 'embed-fast', input: 'record me' });
    await rung.gateway.stores.records.flush();
    const [record] = await rung.gateway.stores.records.recent({ limit: 1 });
    expect(record).toMatchObject({
      endpoint: '/v1/embeddings',
      route: 'embed-fast',
      model: 'small-embed',
      status: 200,
    });
    expect(record?.usage?.prompt_tokens).toBe(9);
    expect(record?.cost_usd).toBeGreaterThan(0);
  });

  it.each([
    [{ model: 'embed', input: '' }, 'input'],
    [{ model: 'embed', input: [] }, 'input'],
    [{ model: 'embed' }, 'input'],
    [{ model: 'embed', input: 'x', encoding_format: 'int8' }, 'encoding_format'],
    [{ model: 'chat', input: 'x' }, 'serves chat, not embeddings'],
  ])('answers 400 naming the problem for %j', async (body, mention) => {
    const response = await postJson(`${rung.baseURL}/embeddings`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(mention);
  });

  it('refuses an embedding route on /v1/chat/completions with a 400 that says where to go', async () => {
    const response = await postJson(`${rung.baseURL}/chat/completions`, {
      model: 'embed',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('/v1/embeddings');
  });

  it('an unknown model is a 404 naming the routes', async () => {
    const response = await postJson(`${rung.baseURL}/embeddings`, { model: 'nope', input: 'x' });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('embed-fast');
  });
});
