import { describe, expect, it } from 'vitest';
import { Abort } from '../../spec/abort.js';
import type { EmbedCall, EmbeddingRequest } from '../../spec/embeddings.js';
import { fixtureTransport, type WireReply } from '../../testing/provider-contract.js';
import { createOpenAICompatibleProvider } from './openai-compatible-provider.js';
import { parseEmbeddings, toOpenAIEmbeddingsBody } from './openai-embeddings.js';

const TIMEOUTS = { connectMs: 1000, firstByteMs: 1000, firstTokenMs: 1000, idleMs: 1000, totalMs: 5000 };
const call = (request: EmbeddingRequest, extraBody?: Record<string, unknown>): EmbedCall => ({
  request,
  extraBody,
  timeouts: TIMEOUTS,
  signal: new Abort(),
});
const list = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ object: 'list', data, model: 'm', usage: { prompt_tokens: 3, total_tokens: 3 }, ...extra });

function provider(reply: WireReply) {
  const transport = fixtureTransport(reply);
  return {
    transport,
    provider: createOpenAICompatibleProvider({ name: 'vllm', baseUrl: 'http://127.0.0.1:8000/v1/', transport }),
  };
}

describe('toOpenAIEmbeddingsBody', () => {
  it('keeps unknown fields, merges extra_body last and always asks for floats', () => {
    const body = JSON.parse(
      toOpenAIEmbeddingsBody(
        call(
          { model: 'm', input: ['a'], encoding_format: 'base64', user: 'u', input_type: 'query' },
          { truncate: 'END', encoding_format: 'base64' },
        ),
      ),
    );
    expect(body).toEqual({
      model: 'm',
      input: ['a'],
      encoding_format: 'float',
      user: 'u',
      input_type: 'query',
      truncate: 'END',
    });
  });
});

describe('parseEmbeddings', () => {
  it('sorts by index and reads prompt_tokens as input', () => {
    const result = parseEmbeddings(
      list([
        { object: 'embedding', index: 1, embedding: [0, 1] },
        { object: 'embedding', index: 0, embedding: [1, 0] },
      ]),
      'm',
      'vllm',
    );
    expect(result.response.data.map((item) => item.embedding)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(result.usage).toEqual({
      input: 3,
      output: 0,
      cachedInput: 0,
      cacheWrite: 0,
      reasoning: 0,
      estimated: false,
    });
    expect(result.status).toBe(200);
  });

  it('keeps unknown top-level fields and falls back to the requested model name', () => {
    const body = JSON.stringify({ object: 'list', id: 'embd-1', data: [{ index: 0, embedding: [1] }] });
    const result = parseEmbeddings(body, 'requested', 'openrouter');
    expect(result.response).toMatchObject({ id: 'embd-1', model: 'requested', object: 'list' });
    expect(result.usage).toBeNull();
  });

  it.each([
    ['not JSON', '{"object":"list","data":[{"index":0,"embedding":[0.1,'],
    ['not an object', '[1,2]'],
    ['no data list', JSON.stringify({ object: 'list', data: 'x' })],
    ['an item without index', list([{ embedding: [1] }])],
    ['a fractional index', list([{ index: 0.5, embedding: [1] }])],
    ['a base64 vector', list([{ index: 0, embedding: 'AACAPw==' }])],
    ['a vector with a string in it', list([{ index: 0, embedding: [1, '2'] }])],
    [
      'duplicate indices',
      list([
        { index: 0, embedding: [1] },
        { index: 0, embedding: [2] },
      ]),
    ],
    [
      'a gap in the indices',
      list([
        { index: 0, embedding: [1] },
        { index: 2, embedding: [2] },
      ]),
    ],
  ])('fails malformed on %s', (_label, body) => {
    expect(() => parseEmbeddings(body, 'm', 'vllm')).toThrow(expect.objectContaining({ outcome: 'malformed' }));
  });

  it('fails upstream_error on a 200 carrying an error', () => {
    expect(() => parseEmbeddings('{"error":{"message":"busy","type":"server_error"}}', 'm', 'vllm')).toThrow(
      expect.objectContaining({ outcome: 'upstream_error', upstreamStatus: 200 }),
    );
  });
});

describe('OpenAI-compatible embed()', () => {
  it('posts to <baseUrl>/embeddings with the chat headers', async () => {
    const { provider: adapter, transport } = provider({ status: 200, body: list([{ index: 0, embedding: [1] }]) });
    await adapter.embed?.(call({ model: 'm', input: 'hi' }));
    expect(transport.seen[0]).toMatchObject({
      url: 'http://127.0.0.1:8000/v1/embeddings',
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
  });

  it.each([
    [400, 'bad_request'],
    [401, 'auth_error'],
    [404, 'model_not_found'],
    [429, 'rate_limited'],
    [503, 'upstream_error'],
  ])('classifies HTTP %i as %s, as chat does', async (status, outcome) => {
    const { provider: adapter } = provider({
      status,
      headers: { 'retry-after': '2' },
      body: '{"error":{"message":"no","type":"invalid_request_error","param":null,"code":null}}',
    });
    await expect(adapter.embed?.(call({ model: 'm', input: 'hi' }))).rejects.toMatchObject({
      outcome,
      upstreamStatus: status,
      ...(status === 429 ? { retryAfterMs: 2000 } : {}),
    });
  });
});
