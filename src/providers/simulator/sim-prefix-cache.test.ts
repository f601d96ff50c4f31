import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { simModelSchema } from '../../config/schema.js';
import type { ChatMessage, ChatRequest, ChatResponse, Usage } from '../../spec/chat.js';
import { createSimEngine } from './sim-engine.js';
import type { PrefixCacheConfig } from './sim-prefix-cache.js';
import { CACHE_STEP_TOKENS, createPrefixCache, prefixPoints } from './sim-prefix-cache.js';
import { promptChars } from './sim-text.js';
import type { WireResponse } from './sim-wire.js';

const NOW = 1_700_000_000_000;

/** A sim model as written in config, defaults left out. */
type SimModelFields = z.input<typeof simModelSchema>;

function cacheConfig(fields: NonNullable<SimModelFields['prefix_cache']> = {}): PrefixCacheConfig {
  const parsed = simModelSchema.parse({ prefix_cache: fields }).prefix_cache;
  if (parsed === undefined) throw new Error('no prefix_cache');
  return parsed;
}

/** Exactly `tokens` simulator tokens (4 characters each) of text that differs with `seed`. */
function text(tokens: number, seed = 'a'): string {
  let out = '';
  for (let index = 0; out.length < tokens * 4; index++) out += `${seed}${index % 10} `;
  return out.slice(0, tokens * 4);
}

function chat(system: string, user = 'Hi!', extra: Partial<ChatRequest> = {}): ChatRequest {
  return {
    model: 'sim-a',
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
    ...extra,
  };
}

/** The system prompt as one text part with a cache_control marker, the way Anthropic-style routes send it. */
function markedChat(system: string, user = 'Hi!'): ChatRequest {
  return {
    model: 'sim-a',
    messages: [
      { role: 'system', content: [{ type: 'text', text: system, cache_control: { type: 'ephemeral' } }] },
      { role: 'user', content: user },
    ],
  };
}

/** The largest automatic step (min + k × 128 tokens) that fits in `tokens`. */
function largestStep(tokens: number, min = 1024): number {
  return tokens < min ? 0 : min + Math.floor((tokens - min) / CACHE_STEP_TOKENS) * CACHE_STEP_TOKENS;
}

describe('prefix cache: automatic (OpenAI-like)', () => {
  it('misses the first time, then reads back the longest 128-token step of the repeated prompt', () => {
    const cache = createPrefixCache();
    const config = cacheConfig();
    const request = chat(text(2000)); // 2000 + 1 prompt tokens ("Hi!" is 3 characters)
    const first = cache.lookup('sim-a', config, request, NOW);
    expect(first.cachedTokens).toBe(0);
    expect(first.writeTokens).toBe(largestStep(2000));
    first.commit();
    const second = cache.lookup('sim-a', config, request, NOW + 1000);
    expect(second.cachedTokens).toBe(1920);
    expect(second.writeTokens).toBe(0);
  });

  it('shares the common prefix with a different follow-up, and nothing with another system prompt', () => {
    const cache = createPrefixCache();
    const config = cacheConfig();
    cache.lookup('sim-a', config, chat(text(1500), 'First question?'), NOW).commit();
    // Same system prompt, another user turn: the system prompt's steps are cached.
    const followUp = cache.lookup('sim-a', config, chat(text(1500), 'Another question entirely?'), NOW);
    expect(followUp.cachedTokens).toBe(largestStep(1500));
    // A longer conversation on the same prefix reads the old prefix and writes the rest.
    const longer = chat(text(1500), 'First question?');
    longer.messages.push({ role: 'assistant', content: text(300, 'r') }, { role: 'user', content: 'And then?' });
    const grown = cache.lookup('sim-a', config, longer, NOW);
    const longerTokens = Math.floor(promptChars(longer.messages) / 4);
    expect(grown.cachedTokens).toBe(largestStep(1500));
    expect(grown.writeTokens).toBe(largestStep(longerTokens) - largestStep(1500));
    expect(cache.lookup('sim-a', config, chat(text(1500, 'b')), NOW).cachedTokens).toBe(0);
    // Another model on the same provider has its own prefixes.
    expect(cache.lookup('sim-b', config, chat(text(1500)), NOW).cachedTokens).toBe(0);
  });

  it('never caches a prompt shorter than min_tokens', () => {
    const cache = createPrefixCache();
    const config = cacheConfig({ min_tokens: 2048 });
    const request = chat(text(2000));
    for (let call = 0; call < 3; call++) {
      const lookup = cache.lookup('sim-a', config, request, NOW + call);
      expect(lookup).toMatchObject({ cachedTokens: 0, writeTokens: 0 });
      lookup.commit();
    }
    expect(cache.size()).toBe(0);
  });

  it('forgets a prefix unused for ttl_ms; every use renews it', () => {
    const cache = createPrefixCache();
    const config = cacheConfig({ ttl_ms: 60_000 });
    const request = chat(text(1100));
    cache.lookup('sim-a', config, request, NOW).commit();
    const renewed = cache.lookup('sim-a', config, request, NOW + 59_000);
    expect(renewed.cachedTokens).toBe(1024);
    renewed.commit();
    expect(cache.lookup('sim-a', config, request, NOW + 118_000).cachedTokens).toBe(1024);
    expect(cache.lookup('sim-a', config, request, NOW + 119_000).cachedTokens).toBe(0);
  });

  it('holds at most maxEntries prefixes, dropping the least recently used', () => {
    const cache = createPrefixCache({ maxEntries: 2 });
    const config = cacheConfig();
    // 1100 tokens: one step (1024) each, so one entry per prompt.
    for (const seed of ['a', 'b']) cache.lookup('sim-a', config, chat(text(1100, seed)), NOW).commit();
    expect(cache.lookup('sim-a', config, chat(text(1100, 'a')), NOW).cachedTokens).toBe(1024); // a is now newest
    cache.lookup('sim-a', config, chat(text(1100, 'c')), NOW).commit(); // evicts b
    expect(cache.size()).toBe(2);
    expect(cache.lookup('sim-a', config, chat(text(1100, 'b')), NOW).cachedTokens).toBe(0);
    expect(cache.lookup('sim-a', config, chat(text(1100, 'a')), NOW).cachedTokens).toBe(1024);
  });

  it('counts prefixes on the same characters as prompt_tokens, text parts, tool calls and all', () => {
    const messages: ChatMessage[] = [
      {
        role: 'system',
        content: [
          { type: 'text', text: text(700) },
          { type: 'text', text: '' },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'text', text: text(300, 'u') },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
          { type: 'text', text: text(200, 'v') },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: text(100, 'w') } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: text(200, 't') },
    ];
    const chars = promptChars(messages);
    const points = prefixPoints('sim-a', cacheConfig(), { model: 'sim-a', messages });
    expect(points.map((point) => point.chars)).toEqual(
      Array.from({ length: Math.floor((chars / 4 - 1024) / 128) + 1 }, (_, step) => (1024 + step * 128) * 4),
    );
    // A marker at each message's end lands exactly where promptChars of the messages so far ends.
    const marked = messages.map((message) => ({ ...message, cache_control: { type: 'ephemeral' } }));
    const markerPoints = prefixPoints('sim-a', cacheConfig({ needs_marker: true }), {
      model: 'sim-a',
      messages: marked,
    });
    expect(markerPoints.map((point) => point.chars)).toEqual(
      messages.map((_, index) => promptChars(messages.slice(0, index + 1))),
    );
  });

  it('keys prefixes on roles, tools and images as well as text', () => {
    const config = cacheConfig();
    const keyOf = (request: ChatRequest) => prefixPoints('sim-a', config, request)[0]?.key;
    const base = keyOf(chat(text(1100)));
    expect(base).toBeDefined();
    expect(keyOf(chat(text(1100), 'Something else'))).toBe(base);
    const asUser: ChatRequest = { model: 'sim-a', messages: [{ role: 'user', content: text(1100) }] };
    expect(keyOf(asUser)).not.toBe(base);
    expect(keyOf(chat(text(1100), 'Hi!', { tools: [{ type: 'function', function: { name: 'f' } }] }))).not.toBe(base);
  });
});

describe('prefix cache: needs_marker (Anthropic-like)', () => {
  it('caches nothing without a cache_control marker', () => {
    const cache = createPrefixCache();
    const config = cacheConfig({ needs_marker: true });
    for (let call = 0; call < 3; call++) {
      const lookup = cache.lookup('sim-a', config, chat(text(3000)), NOW);
      expect(lookup).toMatchObject({ cachedTokens: 0, writeTokens: 0 });
      lookup.commit();
    }
  });

  it('caches up to the marker, writing it once and reading it back after', () => {
    const cache = createPrefixCache();
    const config = cacheConfig({ needs_marker: true });
    const system = `${text(3000)}xy`; // 3002 characters past 12000: 3001 tokens
    const first = cache.lookup('sim-a', config, markedChat(system, 'First?'), NOW);
    expect(first).toMatchObject({ cachedTokens: 0, writeTokens: 3001 });
    first.commit();
    const second = cache.lookup('sim-a', config, markedChat(system, 'Another question?'), NOW);
    expect(second).toMatchObject({ cachedTokens: 3001, writeTokens: 0 });
    // The same text without the marker: nothing to read.
    expect(cache.lookup('sim-a', config, chat(system), NOW).cachedTokens).toBe(0);
  });

  it('reads the longest marked prefix cached and writes up to the last marker', () => {
    const cache = createPrefixCache();
    const config = cacheConfig({ needs_marker: true });
    const system = text(2000);
    cache.lookup('sim-a', config, markedChat(system, 'First?'), NOW).commit();
    const conversation = markedChat(system, 'First?');
    conversation.messages.push(
      { role: 'assistant', content: text(500, 'r') },
      { role: 'user', content: [{ type: 'text', text: text(100, 'q'), cache_control: { type: 'ephemeral' } }] },
    );
    const lookup = cache.lookup('sim-a', config, conversation, NOW);
    expect(lookup.cachedTokens).toBe(2000);
    expect(lookup.writeTokens).toBe(Math.ceil(promptChars(conversation.messages) / 4) - 2000);
  });

  it('does not cache a marked prefix shorter than min_tokens', () => {
    const cache = createPrefixCache();
    const config = cacheConfig({ needs_marker: true, min_tokens: 4096 });
    cache.lookup('sim-a', config, markedChat(text(3000)), NOW).commit();
    expect(cache.lookup('sim-a', config, markedChat(text(3000)), NOW).cachedTokens).toBe(0);
  });
});

describe('prefix cache in the simulator engine', () => {
  const models = (fields: Record<string, SimModelFields>) =>
    new Map(Object.entries(fields).map(([id, config]) => [id, simModelSchema.parse(config)]));

  function engineFor(fields: Record<string, SimModelFields>, clock = { now: NOW }) {
    return createSimEngine({ seed: 42, models: models(fields), now: () => clock.now });
  }

  function call(engine: ReturnType<typeof engineFor>, request: ChatRequest): WireResponse {
    const script = engine.plan({ method: 'POST', path: '/v1/chat/completions', body: JSON.stringify(request) });
    if (script.kind !== 'response') throw new Error(`expected a response, got ${script.kind}`);
    return script;
  }

  function usageOf(script: WireResponse): Usage {
    const body = JSON.parse(script.chunks.map((chunk) => chunk.data).join('')) as ChatResponse;
    if (body.usage === undefined) throw new Error('no usage');
    return body.usage;
  }

  it('reports cached_tokens on a repeat and brings the first byte forward by half the cached share', () => {
    const engine = engineFor({ 'sim-a': { prefix_cache: {}, first_token_ms: [400, 400] } });
    const request = chat(text(2000));
    const first = call(engine, request);
    expect(usageOf(first).prompt_tokens_details).toEqual({ cached_tokens: 0 });
    expect(first.headersDelayMs).toBe(400);
    const second = call(engine, request);
    expect(usageOf(second).prompt_tokens).toBe(2001);
    expect(usageOf(second).prompt_tokens_details).toEqual({ cached_tokens: 1920 });
    expect(second.headersDelayMs).toBe(Math.round(400 * (1 - (0.5 * 1920) / 2001)));
  });

  it('reports cache writes when write_tokens is on', () => {
    const engine = engineFor({ 'sim-a': { prefix_cache: { needs_marker: true, write_tokens: true } } });
    expect(usageOf(call(engine, markedChat(text(2000)))).prompt_tokens_details).toEqual({
      cached_tokens: 0,
      cache_write_tokens: 2000,
    });
    expect(usageOf(call(engine, markedChat(text(2000)))).prompt_tokens_details).toEqual({
      cached_tokens: 2000,
      cache_write_tokens: 0,
    });
  });

  it('caches nothing for a model without prefix_cache, nor for a call that failed', () => {
    const engine = engineFor({
      'sim-none': { first_token_ms: [400, 400] },
      'sim-flaky': { prefix_cache: {}, script: ['server_error', 'answer', 'answer'] },
    });
    const request = chat(text(2000));
    for (let index = 0; index < 2; index++) {
      const script = call(engine, { ...request, model: 'sim-none' });
      expect(usageOf(script).prompt_tokens_details).toEqual({ cached_tokens: 0 });
      expect(script.headersDelayMs).toBe(400);
    }
    expect(call(engine, { ...request, model: 'sim-flaky' }).status).toBe(503);
    expect(usageOf(call(engine, { ...request, model: 'sim-flaky' })).prompt_tokens_details).toEqual({
      cached_tokens: 0,
    });
    expect(usageOf(call(engine, { ...request, model: 'sim-flaky' })).prompt_tokens_details).toEqual({
      cached_tokens: 1920,
    });
  });

  it('expires on the engine clock and plays the same for the same calls', () => {
    const clock = { now: NOW };
    const run = () => {
      clock.now = NOW;
      const engine = engineFor({ 'sim-a': { prefix_cache: { ttl_ms: 1000 } } }, clock);
      const seen: number[] = [];
      for (const step of [0, 500, 999, 2000]) {
        clock.now += step;
        seen.push(usageOf(call(engine, chat(text(1500)))).prompt_tokens_details?.cached_tokens ?? -1);
      }
      return seen;
    };
    // 0 ms: write; +500: hit (renews); +999: hit; +2000: expired.
    expect(run()).toEqual([0, 1408, 1408, 0]);
    expect(run()).toEqual([0, 1408, 1408, 0]);
  });
});
