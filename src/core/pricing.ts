/**
 * Prices a call from its usage. Cached and cache-write tokens are part of the prompt count and are priced at
 * their own rates when the model has them. When an upstream reports no usage, the tokens are counted offline
 * with OpenAI's o200k_base tokenizer and the usage is marked `estimated` (exact for OpenAI models, an estimate
 * for vendors whose tokenizers differ).
 */
import { countMessageTokens, countTokens } from '../catalogue/count-tokens.js';
import type { ModelConfig } from '../config/schema.js';
import type { ChatMessage } from '../spec/chat.js';
import type { EmbeddingRequest } from '../spec/embeddings.js';
import type { TokenUsage } from '../spec/provider.js';

export function priceUsage(model: ModelConfig | null, usage: TokenUsage | null): number | null {
  const price = model?.price;
  if (price === undefined || usage === null) return null;
  const cached = Math.min(usage.cachedInput, usage.input);
  const written = Math.min(usage.cacheWrite, usage.input - cached);
  const plain = usage.input - cached - written;
  const cost =
    plain * price.input +
    cached * (price.cached_input ?? price.input) +
    written * (price.cache_write ?? price.input) +
    usage.output * price.output;
  // Per-million prices; round to 1e-10 USD so sums stay stable.
  return Math.round((cost / 1_000_000) * 1e10) / 1e10;
}

/**
 * What the provider's prompt cache saved on a call, against the same call uncached: cached reads at the
 * input price less their cached price, minus the premium paid to write the cache (negative when a write was
 * not read back yet). Null when the model has no price.
 */
export function cacheSavings(model: ModelConfig | null, usage: TokenUsage | null): number | null {
  const price = model?.price;
  if (price === undefined || usage === null) return null;
  const cached = Math.min(usage.cachedInput, usage.input);
  const written = Math.min(usage.cacheWrite, usage.input - cached);
  const read = cached * (price.input - (price.cached_input ?? price.input));
  const premium = written * ((price.cache_write ?? price.input) - price.input);
  return Math.round(((read - premium) / 1_000_000) * 1e10) / 1e10;
}

/**
 * The usage of a chat call whose upstream reported none: the prompt as OpenAI counts it (message framing,
 * names, tool calls, images at a fixed size) and the completion text, marked `estimated`.
 *
 * @example
 * estimateUsage([{ role: 'user', content: 'hello world' }], 'Hi!'); // { input: 9, output: 2, ..., estimated: true }
 */
export function estimateUsage(messages: readonly ChatMessage[], completion: string): TokenUsage {
  return {
    input: countMessageTokens(messages),
    output: countTokens(completion),
    cachedInput: 0,
    cacheWrite: 0,
    reasoning: 0,
    estimated: true,
  };
}

/**
 * The same for an embeddings input: each text counted by the tokenizer (at least one token, as upstreams bill
 * an empty string), token-id inputs counted exactly.
 *
 * @example
 * estimateEmbeddingUsage(['hello world', [1, 2, 3]]).input; // 2 + 3 = 5
 */
export function estimateEmbeddingUsage(input: EmbeddingRequest['input']): TokenUsage {
  let tokens = 0;
  const items: ReadonlyArray<string | number | number[]> = typeof input === 'string' ? [input] : input;
  for (const item of items) {
    if (typeof item === 'string') tokens += Math.max(1, countTokens(item));
    else if (typeof item === 'number') tokens += 1;
    else tokens += item.length;
  }
  return { input: tokens, output: 0, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: true };
}
