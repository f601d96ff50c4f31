import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  CATALOGUE_AS_OF,
  type CatalogueModelInput,
  catalogueEntry,
  effectiveModel,
  providerHost,
} from './model-catalogue.js';

describe('the built-in catalogue', () => {
  it('has a dated, sourced, consistent row for every model', () => {
    expect(CATALOGUE_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    const keys = new Set<string>();
    for (const entry of CATALOGUE) {
      expect(entry.source, entry.id).toMatch(/^https:\/\//);
      expect(entry.price.input, entry.id).toBeGreaterThan(0);
      if (entry.type === 'embedding') expect(entry.price.output, entry.id).toBe(0);
      // A cache read is a discount, never dearer than plain input; a cache write never cheaper.
      if (entry.price.cached_input !== undefined) expect(entry.price.cached_input).toBeLessThan(entry.price.input);
      if (entry.price.cache_write !== undefined) expect(entry.price.cache_write).toBeGreaterThan(entry.price.input);
      if (entry.cache === 'none') expect(entry.min_cache_tokens, entry.id).toBeUndefined();
      if (entry.max_output_tokens !== undefined && entry.context_window !== undefined) {
        expect(entry.max_output_tokens, entry.id).toBeLessThanOrEqual(entry.context_window);
      }
      // Every id and alias names one model (per host).
      for (const key of [entry.id, ...entry.aliases]) {
        const unique = `${key.toLowerCase()}@${entry.host ?? '*'}`;
        expect(keys.has(unique), unique).toBe(false);
        keys.add(unique);
      }
    }
  });

  it('follows each vendor’s cache rules', () => {
    for (const entry of CATALOGUE.filter((candidate) => candidate.vendor === 'anthropic')) {
      expect(entry.cache).toBe('marker');
      // Reads 0.1x and writes 1.25x input; Claude Haiku 3's published rates are rounded ($0.03, $0.30).
      const read = Math.round(((entry.price.cached_input ?? 0) / entry.price.input) * 1000) / 1000;
      const write = Math.round(((entry.price.cache_write ?? 0) / entry.price.input) * 1000) / 1000;
      expect(read, entry.id).toBeGreaterThanOrEqual(0.1);
      expect(read, entry.id).toBeLessThanOrEqual(0.12);
      expect(write, entry.id).toBeGreaterThanOrEqual(1.2);
      expect(write, entry.id).toBeLessThanOrEqual(1.25);
    }
    for (const entry of CATALOGUE.filter((candidate) => candidate.vendor === 'openai' && candidate.type === 'chat')) {
      expect(entry.cache).toBe('automatic');
      expect(entry.min_cache_tokens).toBe(1024);
      expect(entry.price.cache_write).toBeUndefined();
    }
    expect(catalogueEntry('claude-haiku-4-5')?.min_cache_tokens).toBe(4096);
    expect(catalogueEntry('claude-sonnet-4-5')?.min_cache_tokens).toBe(1024);
    expect(catalogueEntry('claude-3-5-haiku-latest')?.min_cache_tokens).toBe(2048);
    expect(catalogueEntry('gemini-2.5-flash')?.cache).toBe('automatic');
    expect(catalogueEntry('gemini-2.0-flash')?.cache).toBe('none');
  });
});

describe('catalogueEntry', () => {
  it('matches the exact id, ignoring case', () => {
    expect(catalogueEntry('gpt-4o-mini')?.price).toEqual({ input: 0.15, output: 0.6, cached_input: 0.075 });
    expect(catalogueEntry('GPT-4o-Mini')?.id).toBe('gpt-4o-mini');
    expect(catalogueEntry('meta-llama/llama-3.3-70b-instruct-turbo')?.id).toBe(
      'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    );
  });

  it('drops leading vendor segments', () => {
    expect(catalogueEntry('openai/gpt-4o-mini')?.id).toBe('gpt-4o-mini');
    expect(catalogueEntry('models/gemini-2.5-flash')?.id).toBe('gemini-2.5-flash');
    expect(catalogueEntry('x-ai/grok-4')?.id).toBe('grok-4');
    expect(catalogueEntry('openrouter/openai/gpt-5-mini')?.id).toBe('gpt-5-mini');
  });

  it('knows dated snapshots and OpenRouter spellings', () => {
    expect(catalogueEntry('claude-3-5-haiku-20241022')?.id).toBe('claude-3-5-haiku-latest');
    expect(catalogueEntry('anthropic/claude-3.7-sonnet')?.id).toBe('claude-3-7-sonnet-latest');
    expect(catalogueEntry('anthropic/claude-sonnet-4.5')?.id).toBe('claude-sonnet-4-5');
    expect(catalogueEntry('claude-sonnet-4-20250514')?.id).toBe('claude-sonnet-4-0');
    expect(catalogueEntry('gpt-4o-2024-11-20')?.id).toBe('gpt-4o');
    expect(catalogueEntry('x-ai/grok-4-fast')?.id).toBe('grok-4-fast-reasoning');
  });

  it('returns null for an unknown model, and for a snapshot priced differently', () => {
    expect(catalogueEntry('qwen/qwen3-235b-a22b-2507')).toBeNull();
    expect(catalogueEntry('sim/always-refuses')).toBeNull();
    expect(catalogueEntry('')).toBeNull();
    // gpt-4o's first snapshot cost $5 / $15; it is not an alias of gpt-4o.
    expect(catalogueEntry('gpt-4o-2024-05-13')).toBeNull();
    // -latest aliases that move to other models at other prices are not aliases.
    expect(catalogueEntry('mistral-medium-latest')).toBeNull();
  });

  it("skips another host's price for an open-weight model", () => {
    expect(catalogueEntry('qwen/qwen3-32b')?.host).toBe('groq');
    expect(catalogueEntry('qwen/qwen3-32b', { host: 'groq' })?.price.input).toBe(0.29);
    expect(catalogueEntry('qwen/qwen3-32b', { host: 'openrouter' })).toBeNull();
    expect(catalogueEntry('deepseek/deepseek-chat', { host: 'openrouter' })).toBeNull();
    // The maker's own price holds wherever it is resold.
    expect(catalogueEntry('anthropic/claude-sonnet-4.5', { host: 'openrouter' })?.id).toBe('claude-sonnet-4-5');
  });
});

describe('providerHost', () => {
  it('names the preset of an OpenAI-compatible provider, else the kind', () => {
    expect(providerHost({ kind: 'openai-compatible', preset: 'groq' })).toBe('groq');
    expect(providerHost({ kind: 'openai-compatible' })).toBeNull();
    expect(providerHost({ kind: 'anthropic' })).toBe('anthropic');
    expect(providerHost(undefined)).toBeNull();
  });
});

describe('effectiveModel', () => {
  const base = { provider: 'openai', type: 'chat' as const, timeouts: undefined };

  it('fills price, limits and cache behaviour from the catalogue when the config has none', () => {
    const model = effectiveModel({ ...base, id: 'openai/gpt-4o-mini' });
    expect(model).toMatchObject({
      provider: 'openai',
      id: 'openai/gpt-4o-mini',
      price: { input: 0.15, output: 0.6, cached_input: 0.075 },
      context_window: 128_000,
      max_output_tokens: 16_384,
      cache: 'automatic',
      min_cache_tokens: 1024,
      priceSource: 'catalogue',
      catalogueId: 'gpt-4o-mini',
    });
    expect(model.fromCatalogue).toEqual(['price', 'context_window', 'max_output_tokens', 'cache', 'min_cache_tokens']);
  });

  it('lets the config win field by field, inside the price too', () => {
    const model = effectiveModel({
      ...base,
      id: 'claude-sonnet-4-5',
      price: { input: 3, output: 15, cached_input: 0.25 },
      max_output_tokens: 8_000,
    });
    expect(model.price).toEqual({ input: 3, output: 15, cached_input: 0.25, cache_write: 3.75 });
    expect(model.max_output_tokens).toBe(8_000);
    expect(model.context_window).toBe(200_000);
    expect(model.cache).toBe('marker');
    expect(model.priceSource).toBe('config');
    expect(model.fromCatalogue).toEqual(['price.cache_write', 'context_window', 'cache', 'min_cache_tokens']);
  });

  it("keeps the catalogue's cache discount on a config's own input price", () => {
    const model = effectiveModel({ ...base, id: 'deepseek-chat', price: { input: 0.14, output: 0.28 } });
    expect(model.price).toEqual({ input: 0.14, output: 0.28, cached_input: 0.014 });
  });

  it('leaves an unknown model as configured, and says where its price comes from', () => {
    const priced = effectiveModel({ ...base, id: 'qwen/qwen3-235b-a22b-2507', price: { input: 0.2, output: 0.6 } });
    expect(priced).toMatchObject({ price: { input: 0.2, output: 0.6 }, priceSource: 'config', catalogueId: null });
    expect(priced.context_window).toBeUndefined();
    const unpriced = effectiveModel({ ...base, id: 'sim/always-refuses' });
    expect(unpriced.priceSource).toBeNull();
    expect(unpriced.price).toBeUndefined();
  });

  it('takes the host into account, does not change its input, and is idempotent', () => {
    const input: CatalogueModelInput = Object.freeze({ id: 'qwen/qwen3-32b' });
    expect(effectiveModel(input, { host: 'openrouter' }).priceSource).toBeNull();
    const once = effectiveModel(input, { host: 'groq' });
    expect(once.priceSource).toBe('catalogue');
    expect(input).toEqual({ id: 'qwen/qwen3-32b' });
    expect(effectiveModel(once)).toBe(once);
  });
});
