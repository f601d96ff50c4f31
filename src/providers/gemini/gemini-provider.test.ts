import { describe, expect, it } from 'vitest';
import { Abort } from '../../spec/abort.js';
import { fixtureTransport } from '../../testing/provider-contract.js';
import { createGeminiProvider } from './gemini-provider.js';

const TIMEOUTS = { connectMs: 1000, firstByteMs: 1000, firstTokenMs: 1000, idleMs: 1000, totalMs: 1000 };
const OK = '{"candidates":[{"content":{"parts":[{"text":"Hi"}]},"finishReason":"STOP"}]}';

describe('createGeminiProvider', () => {
  it('is kind gemini, calls the configured base URL and sends route headers', async () => {
    const transport = fixtureTransport({ status: 200, body: OK });
    const provider = createGeminiProvider({
      name: 'vertex-proxy',
      baseUrl: 'https://proxy.example/v1beta/',
      apiKey: 'AIza-key-0001',
      headers: { 'x-team': 'a' },
      transport,
    });
    expect(provider.kind).toBe('gemini');
    expect(provider.name).toBe('vertex-proxy');
    const result = await provider.chat({
      request: { model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'Hi' }] },
      extraBody: undefined,
      timeouts: TIMEOUTS,
      signal: new Abort(),
    });
    expect(result.response.choices[0]?.message.content).toBe('Hi');
    expect(result.response.model).toBe('gemini-2.5-flash');
    expect(transport.seen[0]?.url).toBe('https://proxy.example/v1beta/models/gemini-2.5-flash:generateContent');
    expect(transport.seen[0]?.headers).toMatchObject({ 'x-team': 'a', 'x-goog-api-key': 'AIza-key-0001' });
  });

  it('sends no key header when none is configured (a proxy that adds its own)', async () => {
    const transport = fixtureTransport({ status: 200, body: OK });
    const provider = createGeminiProvider({ name: 'g', transport });
    await provider.chat({
      request: { model: 'm', messages: [{ role: 'user', content: 'Hi' }] },
      extraBody: undefined,
      timeouts: TIMEOUTS,
      signal: new Abort(),
    });
    expect(transport.seen[0]?.headers).not.toHaveProperty('x-goog-api-key');
  });

  it('returns embeddings with usage left to the core, and classifies a failed embed', async () => {
    const transport = fixtureTransport(
      { status: 200, body: '{"embedding":{"values":[0.5]}}' },
      { status: 404, body: '{"error":{"code":404,"message":"no such model","status":"NOT_FOUND"}}' },
    );
    const provider = createGeminiProvider({ name: 'g', apiKey: 'AIza-key-0001', transport });
    const call = {
      request: { model: 'gemini-embedding-001', input: 'x' },
      extraBody: undefined,
      timeouts: TIMEOUTS,
      signal: new Abort(),
    };
    const result = await provider.embed?.(call);
    expect(result).toMatchObject({ usage: null, status: 200, response: { data: [{ embedding: [0.5] }] } });
    await expect(provider.embed?.(call)).rejects.toMatchObject({ outcome: 'model_not_found', upstreamStatus: 404 });
  });

  it('closes its transport', async () => {
    let closed = false;
    const provider = createGeminiProvider({
      name: 'g',
      transport: {
        send: () => Promise.reject(new Error('unused')),
        close: async () => {
          closed = true;
        },
      },
    });
    await provider.close();
    expect(closed).toBe(true);
  });
});
