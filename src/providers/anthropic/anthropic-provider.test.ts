import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Abort } from '../../spec/abort.js';
import type { ChatRequest } from '../../spec/chat.js';
import type { ProviderCall } from '../../spec/provider.js';
import { fixtureTransport } from '../../testing/provider-contract.js';
import { createAnthropicProvider } from './anthropic-provider.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const TIMEOUTS = { connectMs: 1000, firstByteMs: 1000, firstTokenMs: 1000, idleMs: 1000, totalMs: 1000 };
const call = (request: Partial<ChatRequest> = {}): ProviderCall => ({
  request: { model: 'claude', messages: [{ role: 'user', content: 'Hi' }], ...request },
  extraBody: undefined,
  timeouts: TIMEOUTS,
  signal: new Abort(),
});

describe('createAnthropicProvider', () => {
  it('honours baseUrl, version, extra headers and defaultMaxTokens; sends no key header without a key', async () => {
    const transport = fixtureTransport({ status: 200, body: read('text-response.json') });
    const provider = createAnthropicProvider({
      name: 'claude-proxy',
      baseUrl: 'https://proxy.example/anthropic/v1/',
      version: '2099-01-01',
      headers: { 'anthropic-beta': 'prompt-caching-2024-07-31' },
      defaultMaxTokens: 1000,
      transport,
    });
    expect(provider).toMatchObject({ name: 'claude-proxy', kind: 'anthropic' });
    expect(provider).not.toHaveProperty('embed');
    await provider.chat(call());
    const seen = transport.seen[0];
    expect(seen?.url).toBe('https://proxy.example/anthropic/v1/messages');
    expect(seen?.headers).toMatchObject({
      'anthropic-version': '2099-01-01',
      'anthropic-beta': 'prompt-caching-2024-07-31',
    });
    expect(seen?.headers).not.toHaveProperty('x-api-key');
    expect(JSON.parse(seen?.body ?? '{}').max_tokens).toBe(1000);
  });

  it("drops thinking from answers with thinking: 'drop'", async () => {
    const transport = fixtureTransport({ status: 200, body: read('thinking-response.json') });
    const provider = createAnthropicProvider({ name: 'a', apiKey: 'k', thinking: 'drop', transport });
    const message = (await provider.chat(call())).response.choices[0]?.message;
    expect(message).toEqual({ role: 'assistant', content: '27 * 453 = 12,231' });
  });

  it('reports a mapping error as RUNG_INVALID_REQUEST without calling the upstream', async () => {
    const transport = fixtureTransport({ status: 200, body: read('text-response.json') });
    const provider = createAnthropicProvider({ name: 'a', apiKey: 'k', transport });
    const bad = call({
      messages: [
        { role: 'assistant', tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: '{' } }] },
      ],
    });
    await expect(provider.chat(bad)).rejects.toMatchObject({ code: 'RUNG_INVALID_REQUEST' });
    expect(transport.seen).toHaveLength(0);
  });

  it('keeps the key out of error messages', async () => {
    const body =
      '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key sk-ant-secret-123"}}';
    const provider = createAnthropicProvider({
      name: 'a',
      apiKey: 'sk-ant-secret-123',
      transport: fixtureTransport({ status: 401, body }),
    });
    const error = await provider.chat(call()).catch((caught: unknown) => caught as Error);
    expect(error).toMatchObject({ outcome: 'auth_error' });
    expect((error as Error).message).not.toContain('secret-123');
  });
});
