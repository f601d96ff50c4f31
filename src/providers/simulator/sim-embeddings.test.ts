import { afterEach, describe, expect, it } from 'vitest';
import type { SimModelConfig } from '../../config/schema.js';
import { simModelSchema } from '../../config/schema.js';
import { Abort } from '../../spec/abort.js';
import type { EmbeddingRequest } from '../../spec/embeddings.js';
import type { Provider } from '../../spec/provider.js';
import { createUndiciTransport } from '../http/undici-transport.js';
import { createOpenAICompatibleProvider } from '../openai-compatible/openai-compatible-provider.js';
import { DEFAULT_DIMENSIONS, embeddingTokens, embedVector } from './sim-embeddings.js';
import { createSimTransport } from './sim-transport.js';
import { startSimulatorServer } from './simulator-server.js';

const TIMEOUTS = { connectMs: 1000, firstByteMs: 2000, firstTokenMs: 2000, idleMs: 2000, totalMs: 5000 };

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);
const norm = (a: number[]) => Math.sqrt(cosine(a, a));

function simProvider(models: Record<string, Partial<SimModelConfig>>): Provider {
  const map = new Map(Object.entries(models).map(([id, fields]) => [id, simModelSchema.parse(fields)]));
  return createOpenAICompatibleProvider({
    name: 'sim',
    kind: 'simulator',
    baseUrl: 'http://simulator.invalid/v1',
    transport: createSimTransport({ seed: 42, models: map }),
  });
}

const embed = (provider: Provider, request: EmbeddingRequest) =>
  // The OpenAI-compatible adapter always has embed().
  provider.embed!({ request, extraBody: undefined, timeouts: TIMEOUTS, signal: new Abort() });

describe('embedVector', () => {
  it('is deterministic, unit length and 64-dimensional by default', () => {
    const vector = embedVector('sim-embed', 'The cat sat on the mat.');
    expect(vector).toHaveLength(DEFAULT_DIMENSIONS);
    expect(embedVector('sim-embed', 'The cat sat on the mat.')).toEqual(vector);
    expect(norm(vector)).toBeCloseTo(1, 5);
  });

  it('ignores case and punctuation but not words', () => {
    expect(embedVector('m', 'The cat sat on the mat.')).toEqual(embedVector('m', 'the CAT sat on the mat'));
    expect(embedVector('m', 'the cat sat')).not.toEqual(embedVector('m', 'the dog sat'));
  });

  it('places texts that share words closer than texts that share none', () => {
    const query = embedVector('m', 'how do I reset my password');
    const near = embedVector('m', 'steps to reset a forgotten password');
    const far = embedVector('m', 'the weather in Lisbon is sunny today');
    expect(cosine(query, near)).toBeGreaterThan(cosine(query, far) + 0.2);
    // Shared trigrams make a word's inflections neighbours too.
    expect(cosine(embedVector('m', 'embedding'), embedVector('m', 'embeddings'))).toBeGreaterThan(
      cosine(embedVector('m', 'embedding'), embedVector('m', 'kangaroo')),
    );
  });

  it('differs between models, and follows the requested dimensions', () => {
    expect(embedVector('model-a', 'hello')).not.toEqual(embedVector('model-b', 'hello'));
    const small = embedVector('m', 'hello world', 8);
    expect(small).toHaveLength(8);
    expect(norm(small)).toBeCloseTo(1, 5);
  });

  it('gives empty text and token ids unit vectors too', () => {
    expect(norm(embedVector('m', ''))).toBeCloseTo(1, 5);
    expect(norm(embedVector('m', [1, 2, 3]))).toBeCloseTo(1, 5);
    expect(embedVector('m', [1, 2, 3])).toEqual(embedVector('m', [1, 2, 3]));
  });
});

describe('embeddingTokens', () => {
  it('counts four characters to a token, at least one per text, and token ids exactly', () => {
    expect(embeddingTokens(['abcdefghi', '', 'ab'])).toBe(3 + 1 + 1);
    expect(embeddingTokens([[5, 6, 7]])).toBe(3);
  });
});

describe('simulator embeddings through the OpenAI-compatible adapter', () => {
  it('answers every input in order with the vectors of embedVector', async () => {
    const result = await embed(simProvider({ 'sim-embed': {} }), {
      model: 'sim-embed',
      input: ['first text', 'second text', 'third'],
      dimensions: 16,
    });
    expect(result.response.data.map((item) => item.index)).toEqual([0, 1, 2]);
    expect(result.response.data.map((item) => item.embedding)).toEqual(
      ['first text', 'second text', 'third'].map((text) => embedVector('sim-embed', text, 16)),
    );
    expect(result.response.model).toBe('sim-embed');
    expect(result.usage).toMatchObject({ input: 3 + 3 + 2, estimated: false });
  });

  it('answers token-id inputs', async () => {
    const result = await embed(simProvider({ m: {} }), { model: 'm', input: [[1, 2], [3]] });
    expect(result.response.data).toHaveLength(2);
    expect(result.usage?.input).toBe(3);
  });

  it.each([
    ['rate_limit', { outcome: 'rate_limited', upstreamStatus: 429, retryAfterMs: 1000 }],
    ['server_error', { outcome: 'upstream_error', upstreamStatus: 503 }],
    ['unauthorized', { outcome: 'auth_error', upstreamStatus: 401 }],
    ['bad_request', { outcome: 'bad_request', upstreamStatus: 400 }],
    ['model_not_found', { outcome: 'model_not_found', upstreamStatus: 404 }],
    ['malformed', { outcome: 'malformed' }],
    ['reset', { outcome: 'connect_error' }],
    ['cut_stream', { outcome: 'connect_error' }],
  ] as const)('plays %s as a failure', async (behavior, expected) => {
    await expect(embed(simProvider({ m: { behavior } }), { model: 'm', input: 'hi' })).rejects.toMatchObject(expected);
  });

  it('plays no_choices as an empty list and empty as empty vectors (the core rejects both)', async () => {
    const none = await embed(simProvider({ m: { behavior: 'no_choices' } }), { model: 'm', input: ['a', 'b'] });
    expect(none.response.data).toEqual([]);
    const empty = await embed(simProvider({ m: { behavior: 'empty' } }), { model: 'm', input: ['a'] });
    expect(empty.response.data[0]?.embedding).toEqual([]);
  });

  it('embeds normally for chat-only behaviours', async () => {
    const result = await embed(simProvider({ m: { behavior: 'refuse' } }), { model: 'm', input: 'hi' });
    expect(result.response.data[0]?.embedding).toEqual(embedVector('m', 'hi'));
  });

  it('shares the call counter with chat, so a script plays in order', async () => {
    const provider = simProvider({ m: { script: ['answer', 'rate_limit'] } });
    await embed(provider, { model: 'm', input: 'one' });
    await expect(embed(provider, { model: 'm', input: 'two' })).rejects.toMatchObject({ outcome: 'rate_limited' });
  });

  it.each([
    ['an empty input list', { model: 'm', input: [] }],
    ['a bad dimensions value', { model: 'm', input: 'hi', dimensions: 0 }],
    ['a mixed input list', { model: 'm', input: ['a', 1] }],
  ])('answers 400 to %s', async (_label, request) => {
    await expect(embed(simProvider({ m: {} }), request as EmbeddingRequest)).rejects.toMatchObject({
      outcome: 'bad_request',
      upstreamStatus: 400,
    });
  });

  it('answers an unknown model with 404', async () => {
    await expect(embed(simProvider({}), { model: 'nope', input: 'hi' })).rejects.toMatchObject({
      outcome: 'model_not_found',
    });
  });
});

describe('simulator server embeddings', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('serves the same vectors over a real socket', async () => {
    const server = await startSimulatorServer({ models: { 'sim-embed': simModelSchema.parse({}) } });
    cleanups.push(() => server.close());
    const transport = createUndiciTransport({ maxConnections: 2 });
    cleanups.push(() => transport.close());
    const provider = createOpenAICompatibleProvider({ name: 'sim', baseUrl: server.url, transport });
    const result = await embed(provider, { model: 'sim-embed', input: 'over the wire' });
    expect(result.response.data[0]?.embedding).toEqual(embedVector('sim-embed', 'over the wire'));
    expect(server.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/embeddings',
      body: { model: 'sim-embed', input: 'over the wire', encoding_format: 'float' },
    });
  });
});
