/**
 * Caching end to end: prompt-cache markers in the upstream requests of each dialect, cache tokens read and
 * priced from each dialect's usage, and the response caches (exact and semantic) with tenant isolation,
 * stream replay and bypass.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RungMeta } from '../core/turn.js';
import {
  answerAs,
  type DialectUpstream,
  startDialectUpstream,
  type UpstreamCall,
} from '../testing/dialect-upstream.js';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const SYSTEM = 'You are Mira, a cheerful lighthouse keeper who loves storms and old sea stories. '.repeat(80);
const KEY_A = 'sk-tenant-a-0123456789abcdef';
const KEY_B = 'sk-tenant-b-0123456789abcdef';
// 10,000 prompt tokens, 8,000 of them read from the cache; 100 out.
const USAGE = { input: 10_000, output: 100, cached: 8_000 };

let upstream: DialectUpstream;
let rung: TestGateway;

beforeAll(async () => {
  const answer = answerAs({ text: 'The storm passed at dawn.', usage: USAGE });
  upstream = await startDialectUpstream({
    'up-marker': answer,
    'up-plain': answer,
    'claude-sonnet-4-5': answerAs({
      text: 'The storm passed at dawn.',
      usage: { input: 10_000, output: 100, cached: 6_000, cacheWrite: 2_000 },
    }),
    'gemini-2.5-flash': answer,
  });
  rung = await startTestGateway({
    auth: {
      keys: [
        { key: KEY_A, name: 'a', tenant: 'tenant-a', plan: 'free' },
        { key: KEY_B, name: 'b', tenant: 'tenant-b', plan: 'free' },
      ],
    },
    providers: {
      up: { kind: 'openai-compatible', base_url: upstream.openaiURL, api_key: 'sk-up' },
      claude: { kind: 'anthropic', base_url: upstream.anthropicURL, api_key: 'sk-ant' },
      gem: { kind: 'gemini', base_url: upstream.geminiURL, api_key: 'g' },
      sim: { kind: 'simulator' },
    },
    models: {
      // Priced by hand: $1 in, $0.1 cached, $1.25 cache write, $2 out per million.
      marker: {
        provider: 'up',
        id: 'up-marker',
        cache: 'marker',
        min_cache_tokens: 1024,
        price: { input: 1, output: 2, cached_input: 0.1, cache_write: 1.25 },
      },
      plain: { provider: 'up', id: 'up-plain', cache: 'none', price: { input: 1, output: 2, cached_input: 0.1 } },
      sonnet: {
        provider: 'claude',
        id: 'claude-sonnet-4-5',
        price: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75 },
      },
      flash: { provider: 'gem', id: 'gemini-2.5-flash', price: { input: 0.3, output: 2.5, cached_input: 0.03 } },
      embed: { provider: 'sim', id: 'sim/embed', type: 'embedding' },
    },
    routes: {
      chat: { chain: ['marker'] },
      'chat-plain': { chain: ['plain'] },
      'chat-history': { chain: ['marker'], cache_markers: 'conversation' },
      'chat-nomark': { chain: ['marker'], cache_markers: 'off' },
      claude: { chain: ['sonnet'] },
      gemini: { chain: ['flash'] },
      cached: { chain: ['plain'], response_cache: { exact: { ttl_s: 60 } } },
      similar: { chain: ['plain'], response_cache: { semantic: { route: 'embeddings', threshold: 0.9, ttl_s: 60 } } },
      embeddings: { chain: ['embed'] },
    },
  });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

const conversation = [
  { role: 'system', content: SYSTEM },
  { role: 'user', content: 'Hello' },
  { role: 'assistant', content: 'Hi there!' },
  { role: 'user', content: 'Tell me about the storm.' },
];

async function send(
  model: string,
  key = KEY_A,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const before = upstream.seen.length;
  const response = await postJson(
    `${rung.baseURL}/chat/completions`,
    { model, messages: conversation, ...extra },
    { authorization: `Bearer ${key}`, ...headers },
  );
  return { ...response, calls: upstream.seen.slice(before) };
}

/** The upstream body with every cache marker removed and one-part text arrays back to strings. */
function unmarked(body: Record<string, unknown>): unknown {
  const messages = (body.messages as Array<Record<string, unknown>>).map((message) => {
    const content = message.content;
    if (!Array.isArray(content)) return message;
    const parts = content.map(({ cache_control: _c, ...part }) => part);
    return parts.length === 1 && parts[0]?.type === 'text'
      ? { ...message, content: parts[0].text }
      : { ...message, content: parts };
  });
  return { ...body, model: 'x', messages };
}

function systemOf(call: UpstreamCall | undefined): unknown {
  const messages = call?.body.messages as Array<{ role: string; content: unknown }> | undefined;
  return messages?.[0]?.content;
}

describe('prompt-cache markers', () => {
  it('a marker model gets one on the last stable block; the request is otherwise unchanged', async () => {
    const marked = (await send('chat')).calls[0];
    const plain = (await send('chat-plain')).calls[0];
    expect(systemOf(marked)).toEqual([{ type: 'text', text: SYSTEM, cache_control: { type: 'ephemeral' } }]);
    expect(systemOf(plain)).toBe(SYSTEM);
    expect(unmarked(marked?.body ?? {})).toEqual(unmarked(plain?.body ?? {}));
    // The new user turn is never marked.
    const messages = marked?.body.messages as Array<{ content: unknown }>;
    expect(messages.at(-1)?.content).toBe('Tell me about the storm.');
  });

  it('`conversation` also marks the end of the history; `off` marks nothing', async () => {
    const history = (await send('chat-history')).calls[0]?.body.messages as Array<{ content: unknown }>;
    expect(history[2]?.content).toEqual([{ type: 'text', text: 'Hi there!', cache_control: { type: 'ephemeral' } }]);
    expect(history[3]?.content).toBe('Tell me about the storm.');
    expect(systemOf((await send('chat-nomark')).calls[0])).toBe(SYSTEM);
  });

  it('a marker a client sent survives the translation to Anthropic, and Rung adds none beside it', async () => {
    const messages = [
      { role: 'system', content: [{ type: 'text', text: SYSTEM, cache_control: { type: 'ephemeral', ttl: '1h' } }] },
      { role: 'user', content: 'Hello' },
    ];
    const before = upstream.seen.length;
    await postJson(
      `${rung.baseURL}/chat/completions`,
      { model: 'claude', messages },
      { authorization: `Bearer ${KEY_A}` },
    );
    const call = upstream.seen[before];
    expect(call?.dialect).toBe('anthropic');
    expect(call?.body.system).toEqual([
      { type: 'text', text: SYSTEM, cache_control: { type: 'ephemeral', ttl: '1h' } },
    ]);
  });

  it('an Anthropic model (marker mode from the catalogue) gets the marker natively', async () => {
    const { calls } = await send('claude');
    expect(calls[0]?.body.system).toEqual([{ type: 'text', text: SYSTEM, cache_control: { type: 'ephemeral' } }]);
  });
});

describe('cache accounting from every dialect', () => {
  it('OpenAI cached_tokens: hit rate and cost at the cached rate', async () => {
    const { body } = await send('chat-plain');
    expect(body.rung.usage).toMatchObject({ prompt_tokens: 10_000, cached_tokens: 8_000 });
    // 2,000 × $1 + 8,000 × $0.1 + 100 × $2 per million = $0.0030; saved 8,000 × $0.9 per million.
    expect(body.rung.cost_usd).toBeCloseTo(0.003, 10);
    expect(body.rung.cache_savings_usd).toBeCloseTo(0.0072, 10);
  });

  it('Anthropic cache_read / cache_creation tokens: reads saved, the write premium paid', async () => {
    const { body } = await send('claude');
    expect(body.rung.usage).toMatchObject({ prompt_tokens: 10_000, cached_tokens: 6_000, cache_write_tokens: 2_000 });
    // 2,000 × $3 + 6,000 × $0.3 + 2,000 × $3.75 + 100 × $15 per million = $0.0168.
    expect(body.rung.cost_usd).toBeCloseTo(0.0168, 10);
    // Saved 6,000 × $2.7, less the write premium 2,000 × $0.75, per million = $0.0147.
    expect(body.rung.cache_savings_usd).toBeCloseTo(0.0147, 10);
  });

  it('Gemini cachedContentTokenCount', async () => {
    const { body } = await send('gemini');
    expect(body.rung.usage).toMatchObject({ prompt_tokens: 10_000, cached_tokens: 8_000 });
    // 2,000 × $0.3 + 8,000 × $0.03 + 100 × $2.5 per million = $0.00109.
    expect(body.rung.cost_usd).toBeCloseTo(0.00109, 10);
  });

  it('hit rates and savings reach the metrics and the ledger', async () => {
    const metrics = await rung.gateway.metrics.registry.metrics();
    expect(metrics).toMatch(/rung_prompt_tokens_total\{model="plain",provider="up",kind="cached"\} \d+/);
    expect(metrics).toMatch(/rung_cache_savings_usd_total\{model="plain",provider="up",cache="prompt"\} [\d.]+/);
    await rung.gateway.stores.ledger.flush();
    const [row] = await rung.gateway.stores.ledger.usage({ since: 0, by: ['model'] });
    expect(row?.cached_tokens).toBeGreaterThan(0);
  });
});

describe('response caches', () => {
  it('an exact repeat is served from the cache: no upstream call, no cost, the saving recorded', async () => {
    const question = { messages: [{ role: 'user', content: `What is ${Math.random()}?` }] };
    const first = await send('cached', KEY_A, question);
    expect(first.headers.get('x-rung-cache')).toBe('miss');
    const second = await send('cached', KEY_A, question);
    expect(second.calls).toEqual([]);
    expect(second.headers.get('x-rung-cache')).toBe('hit');
    expect(second.body.choices[0].message.content).toBe('The storm passed at dawn.');
    expect(second.body.rung).toMatchObject({ cache: { kind: 'exact', result: 'hit' }, cost_usd: 0 });
    expect(second.body.rung.cache_savings_usd).toBeCloseTo(first.body.rung.cost_usd, 10);
    // The record says it was a hit, and the ledger that it cost nothing and saved the first call's cost.
    await rung.gateway.stores.records.flush();
    await rung.gateway.stores.ledger.flush();
    const [record] = await rung.gateway.stores.records.recent({ limit: 1 });
    expect(record).toMatchObject({ cost_usd: 0, flags: { cache: { kind: 'exact', result: 'hit' } } });
  });

  it('never shares an entry across tenants', async () => {
    const question = { messages: [{ role: 'user', content: `Shared question ${Math.random()}` }] };
    await send('cached', KEY_A, question);
    const other = await send('cached', KEY_B, question);
    expect(other.headers.get('x-rung-cache')).toBe('miss');
    expect(other.calls).toHaveLength(1);
  });

  it('Cache-Control: no-cache and x-rung-cache: bypass skip it', async () => {
    const question = { messages: [{ role: 'user', content: `Bypass ${Math.random()}` }] };
    await send('cached', KEY_A, question);
    const skipped = await send('cached', KEY_A, question, { 'cache-control': 'no-cache' });
    expect(skipped.headers.get('x-rung-cache')).toBe('bypass');
    expect(skipped.calls).toHaveLength(1);
    const again = await send('cached', KEY_A, question, { 'x-rung-cache': 'bypass' });
    expect(again.body.rung.cache).toEqual({ kind: 'exact', result: 'bypass' });
  });

  it('a streamed request is stored and replayed as a stream', async () => {
    const client = new OpenAI({ baseURL: rung.baseURL, apiKey: KEY_A, maxRetries: 0 });
    const messages = [{ role: 'user' as const, content: `Stream ${Math.random()}` }];
    const read = async () => {
      const stream = await client.chat.completions.create({ model: 'cached', stream: true, messages });
      let text = '';
      let meta: RungMeta | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? '';
        meta = (chunk as unknown as { rung?: RungMeta }).rung ?? meta;
      }
      return { text, meta };
    };
    const first = await read();
    expect(first.meta?.cache).toEqual({ kind: 'exact', result: 'miss' });
    const before = upstream.seen.length;
    const second = await read();
    expect(upstream.seen.length).toBe(before);
    expect(second.text).toBe(first.text);
    expect(second.meta).toMatchObject({ cache: { kind: 'exact', result: 'hit' }, cost_usd: 0 });
  });

  it('the semantic cache answers a similar prompt within the tenant, and not another tenant', async () => {
    const first = await send('similar', KEY_A, {
      messages: [{ role: 'user', content: 'How tall is the old lighthouse on the north cape?' }],
    });
    expect(first.body.rung.cache).toEqual({ kind: 'semantic', result: 'miss' });
    const similar = await send('similar', KEY_A, {
      messages: [{ role: 'user', content: 'How tall is the old lighthouse on the north cape??' }],
    });
    expect(similar.calls).toEqual([]);
    expect(similar.body.rung.cache).toMatchObject({ kind: 'semantic', result: 'hit' });
    expect(similar.body.rung.cache.similarity).toBeGreaterThanOrEqual(0.9);
    const elsewhere = await send('similar', KEY_B, {
      messages: [{ role: 'user', content: 'How tall is the old lighthouse on the north cape??' }],
    });
    expect(elsewhere.body.rung.cache.result).toBe('miss');
    const different = await send('similar', KEY_A, {
      messages: [{ role: 'user', content: 'Recommend a good soup recipe for winter evenings.' }],
    });
    expect(different.body.rung.cache.result).toBe('miss');
  });
});
