/**
 * OpenRouter's additions to the OpenAI dialect, replayed from fixtures: routing and reasoning fields travel
 * upstream untouched, cache and reasoning token counts reach TokenUsage, reasoning text reaches the canonical
 * message and chunks untouched, and errors OpenRouter sends inside a 200 are classified by their code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Abort } from '../../spec/abort.js';
import type { ChatRequest } from '../../spec/chat.js';
import { isAttemptFailure } from '../../spec/errors.js';
import type { ProviderCall, StreamChunk } from '../../spec/provider.js';
import { assembleStream, fixtureTransport, type WireReply } from '../../testing/provider-contract.js';
import { createOpenAICompatibleProvider } from './openai-compatible-provider.js';
import { OPENAI_PRESETS } from './presets.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const TIMEOUTS = { connectMs: 1000, firstByteMs: 1000, firstTokenMs: 1000, idleMs: 1000, totalMs: 5000 };
const REQUEST = JSON.parse(read('openrouter-request.json')) as ChatRequest;

function openrouter(...replies: WireReply[]) {
  const transport = fixtureTransport(...replies);
  const provider = createOpenAICompatibleProvider({
    name: 'openrouter',
    baseUrl: OPENAI_PRESETS.openrouter.baseUrl,
    headers: OPENAI_PRESETS.openrouter.headers,
    maxTokensField: OPENAI_PRESETS.openrouter.maxTokensField,
    apiKey: 'sk-or-v1-test',
    transport,
  });
  return { provider, transport };
}

const call = (request: ChatRequest, extraBody?: Record<string, unknown>): ProviderCall => ({
  request,
  extraBody,
  timeouts: TIMEOUTS,
  signal: new Abort(),
});

async function drain(stream: AsyncIterable<StreamChunk[]>): Promise<StreamChunk[]> {
  const chunks: StreamChunk[] = [];
  for await (const batch of stream) chunks.push(...batch);
  return chunks;
}

describe('OpenRouter dialect', () => {
  it('passes provider routing, reasoning and usage fields upstream untouched', async () => {
    const { provider, transport } = openrouter({ status: 200, body: read('openrouter-reasoning-response.json') });
    await provider.chat(call(REQUEST, { provider: { ...(REQUEST.provider as object), zdr: true } }));
    const sent = JSON.parse(transport.seen[0]?.body ?? 'null');
    expect(transport.seen[0]?.url).toBe('https://openrouter.ai/api/v1/chat/completions');
    // extra_body is merged last (shallowly): a route's provider object replaces the client's.
    expect(sent).toEqual({ ...REQUEST, provider: { ...(REQUEST.provider as object), zdr: true } });
    expect(sent.reasoning).toEqual({ max_tokens: 1024, exclude: false });
  });

  it('reads cached, cache-write and reasoning tokens and keeps message.reasoning', async () => {
    const { provider } = openrouter({ status: 200, body: read('openrouter-reasoning-response.json') });
    const result = await provider.chat(call(REQUEST));
    expect(result.usage).toEqual({
      input: 194,
      output: 42,
      cachedInput: 64,
      cacheWrite: 100,
      reasoning: 18,
      estimated: false,
    });
    const message = result.response.choices[0]?.message;
    expect(message?.reasoning).toBe('The user asks a famous question; the playful answer is 42.');
    expect(message?.reasoning_details).toEqual(
      JSON.parse(read('openrouter-reasoning-response.json')).choices[0].message.reasoning_details,
    );
    expect(result.response.choices[0]?.native_finish_reason).toBe('end_turn');
    expect(result.finish).toEqual({ unified: 'stop', raw: 'stop' });
  });

  it('streams reasoning deltas untouched, skips keep-alive comments and reads usage from the last chunk', async () => {
    const text = read('openrouter-reasoning.chunks.txt');
    const { provider } = openrouter({ status: 200, body: text.match(/[\s\S]{1,41}/g) ?? [] });
    const chunks = await drain(await provider.stream(call({ ...REQUEST, stream: true })));
    const answer = assembleStream(chunks);
    expect(answer.reasoning).toBe('The user asks a famous question; the playful answer is 42.');
    expect(answer.content).toBe('Forty-two, according to Douglas Adams.');
    expect(answer.usage).toEqual({
      input: 194,
      output: 42,
      cachedInput: 64,
      cacheWrite: 100,
      reasoning: 18,
      estimated: false,
    });
    // Every chunk's delta is the upstream's own, reasoning_details signature included.
    const details = chunks
      .map((part) => (part.plain ? JSON.parse(part.raw as string) : part.chunk).choices[0]?.delta?.reasoning_details)
      .filter((value) => Array.isArray(value) && value.length > 0)
      .flat();
    expect(details.at(-1)).toEqual({
      type: 'reasoning.text',
      signature: 'EqMBCkgIBxABGAIqQG...',
      format: 'anthropic-claude-v1',
      index: 0,
    });
  });

  it('classifies a mid-stream error by its numeric code', async () => {
    const { provider } = openrouter({ status: 200, body: read('openrouter-mid-stream-error.chunks.txt') });
    const failure = await drain(await provider.stream(call({ ...REQUEST, stream: true }))).catch((error) => error);
    expect(isAttemptFailure(failure)).toBe(true);
    expect(failure).toMatchObject({ outcome: 'upstream_error', upstreamStatus: 502 });
    expect(failure.message).toMatch(/Provider disconnected unexpectedly/);
  });

  it.each([
    [429, 'rate_limited'],
    [402, 'auth_error'],
    [400, 'bad_request'],
  ])('classifies a 200 body carrying error code %i as %s', async (code, outcome) => {
    const { provider } = openrouter({
      status: 200,
      body: JSON.stringify({ error: { code, message: 'upstream said no', metadata: {} } }),
    });
    await expect(provider.chat(call(REQUEST))).rejects.toMatchObject({ outcome, upstreamStatus: code });
  });

  it('fails a choice that finished with finish_reason "error"', async () => {
    const body = JSON.parse(read('openrouter-reasoning-response.json'));
    body.choices[0].finish_reason = 'error';
    body.choices[0].error = { code: 502, message: 'Provider returned error' };
    const { provider } = openrouter({ status: 200, body: JSON.stringify(body) });
    await expect(provider.chat(call(REQUEST))).rejects.toMatchObject({
      outcome: 'upstream_error',
      upstreamStatus: 502,
    });
  });
});
