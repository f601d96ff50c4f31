/**
 * Prices a call from its usage. Cached and cache-write tokens are part of the prompt count and are priced at
 * their own rates when the model has them.
 */
import type { ModelConfig } from '../config/schema.js';
import type { ChatMessage } from '../spec/chat.js';
import type { EmbeddingRequest } from '../spec/embeddings.js';
import type { TokenUsage } from '../spec/provider.js';
import { messageText } from './classify-answer.js';

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

/** A rough count (≈4 characters a token) for upstreams that report no usage; marked `estimated`. */
export function estimateUsage(messages: readonly ChatMessage[], completion: string): TokenUsage {
  let promptChars = 0;
  for (const message of messages) promptChars += messageText(message.content).length + 4;
  return {
    input: Math.ceil(promptChars / 4),
    output: Math.ceil(completion.length / 4),
    cachedInput: 0,
    cacheWrite: 0,
    reasoning: 0,
    estimated: true,
  };
}

/** The same rough count for an embeddings input; token-id inputs are counted exactly. */
export function estimateEmbeddingUsage(input: EmbeddingRequest['input']): TokenUsage {
  let tokens = 0;
  const items: ReadonlyArray<string | number | number[]> = typeof input === 'string' ? [input] : input;
  for (const item of items) {
    if (typeof item === 'string') tokens += Math.max(1, Math.ceil(item.length / 4));
    else if (typeof item === 'number') tokens += 1;
    else tokens += item.length;
  }
  return { input: tokens, output: 0, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: true };
}
