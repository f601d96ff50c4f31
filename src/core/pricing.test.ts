import { describe, expect, it } from 'vitest';
import { effectiveModel } from '../catalogue/model-catalogue.js';
import type { ModelConfig } from '../config/schema.js';
import { estimateEmbeddingUsage, estimateUsage, priceUsage } from './pricing.js';

describe('estimateUsage', () => {
  it('counts the prompt and the completion with the offline tokenizer, marked estimated', () => {
    const usage = estimateUsage(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hello world' },
      ],
      'Hello there',
    );
    // 3 to prime the reply; per message 3 + 1 for the role; "Be brief." 3 tokens, "hello world" 2.
    expect(usage).toEqual({
      input: 3 + 4 + 3 + 4 + 2,
      output: 2,
      cachedInput: 0,
      cacheWrite: 0,
      reasoning: 0,
      estimated: true,
    });
  });

  it('counts embedding texts by the tokenizer and token-id inputs exactly', () => {
    expect(estimateEmbeddingUsage('hello world')).toMatchObject({ input: 2, output: 0, estimated: true });
    // An empty string is still billed a token.
    expect(estimateEmbeddingUsage(['hello world', '']).input).toBe(2 + 1);
    expect(estimateEmbeddingUsage([[1, 2, 3], [4]]).input).toBe(4);
  });
});

describe('priceUsage', () => {
  const usage = {
    input: 2_000_000,
    output: 1_000_000,
    cachedInput: 1_000_000,
    cacheWrite: 0,
    reasoning: 0,
    estimated: false,
  };

  it('prices cached tokens at their own rate', () => {
    const model = {
      provider: 'p',
      id: 'x',
      type: 'chat',
      price: { input: 1, output: 2, cached_input: 0.1 },
    } as ModelConfig;
    expect(priceUsage(model, usage)).toBe(1 + 0.1 + 2);
    expect(priceUsage({ ...model, price: undefined }, usage)).toBeNull();
  });

  it('prices a model the config left unpriced from the catalogue', () => {
    const model = effectiveModel({ provider: 'openai', id: 'gpt-4o-mini', type: 'chat' } as ModelConfig);
    expect(priceUsage(model, usage)).toBeCloseTo(0.15 + 0.075 + 0.6, 10);
  });
});
