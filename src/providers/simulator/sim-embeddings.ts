/**
 * Simulated embeddings: `POST /embeddings` answered with vectors that mean something. Each text becomes a hashed
 * bag of its words and character trigrams, projected into `dimensions` and scaled to unit length, so identical
 * texts get identical vectors and texts sharing words are closer than texts that share none. The semantic cache
 * and memory tests rely on that ordering; nothing relies on the exact numbers.
 */
import type { SimModelConfig } from '../../config/schema.js';
import type { EmbeddingRequest } from '../../spec/embeddings.js';
import { hashString, type Rng, uniformInt } from './sim-random.js';
import { failureScript, pickBehavior } from './sim-script.js';
import { estimateTokens } from './sim-text.js';
import type { WireResponse, WireScript } from './sim-wire.js';
import { errorScript } from './sim-wire.js';

/** Vector length when the request names none: small enough to read in a test failure, big enough to separate. */
export const DEFAULT_DIMENSIONS = 64;
/** OpenAI's largest model has 3072; a cap keeps a typo from building a huge body. */
const MAX_DIMENSIONS = 4096;
/** Whole words carry the meaning; trigrams make "embed" and "embedding" neighbours without dominating. */
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;

/** One input item: a text, or pre-tokenised token ids. */
type EmbeddingItem = string | readonly number[];

function features(item: EmbeddingItem): Array<[string, number]> {
  if (typeof item !== 'string') return item.map((token) => [`#${token}`, WORD_WEIGHT]);
  const out: Array<[string, number]> = [];
  for (const word of item.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    out.push([`w:${word}`, WORD_WEIGHT]);
    const padded = `^${word}$`;
    for (let at = 0; at + 3 <= padded.length; at++) out.push([`t:${padded.slice(at, at + 3)}`, TRIGRAM_WEIGHT]);
  }
  return out;
}

/**
 * The vector for one input: deterministic per (model, input, dimensions), unit length, rounded to 7 decimals.
 *
 * @example
 * embedVector('sim-embed', 'the cat sat', 64); // same 64 numbers on every run and platform
 */
export function embedVector(model: string, item: EmbeddingItem, dimensions = DEFAULT_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const found = features(item);
  // A text with no words still gets a vector of its own model, not a zero vector nobody can compare against.
  if (found.length === 0) found.push(['', WORD_WEIGHT]);
  for (const [feature, weight] of found) {
    // Two probes per feature, each with its own sign, so a collision in one dimension rarely decides similarity.
    for (const probe of [0, 1]) {
      const hash = hashString(`${model}\u0000${probe}\u0000${feature}`);
      vector[hash % dimensions] = (vector[hash % dimensions] ?? 0) + (hash & 0x80000000 ? -weight : weight);
    }
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  // Cancelling probes can leave all zeros; fall back to the first axis so the vector stays unit length.
  if (norm === 0) return vector.map((_, index) => (index === 0 ? 1 : 0));
  return vector.map((value) => Math.round((value / norm) * 1e7) / 1e7);
}

/** The items an input holds, or what is wrong with it in the words OpenAI would use. */
export function embeddingItems(input: unknown): EmbeddingItem[] | string {
  const invalid = "'input' must be a string, a list of strings, a list of token ids or a list of such lists.";
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input)) return invalid;
  if (input.length === 0) return "'input' must not be empty.";
  if (input.every((item) => typeof item === 'string')) return input as string[];
  if (input.every((item) => Number.isInteger(item))) return [input as number[]];
  if (input.every((item) => Array.isArray(item) && item.length > 0 && item.every((id) => Number.isInteger(id)))) {
    return input as number[][];
  }
  return invalid;
}

/** Tokens the usage reports: four characters to a token (at least one per text), or the ids counted. */
export function embeddingTokens(items: readonly EmbeddingItem[]): number {
  let tokens = 0;
  for (const item of items) tokens += typeof item === 'string' ? Math.max(1, estimateTokens(item.length)) : item.length;
  return tokens;
}

export interface EmbedPlanInput {
  model: SimModelConfig;
  upstreamId: string;
  /** The parsed request body. */
  request: EmbeddingRequest;
  rng: Rng;
  callIndex: number;
}

/**
 * The bytes a simulated model sends for one embeddings call. Failures play as they do for chat (statuses,
 * resets, hangs, stalls, garbage, a cut body); chat-only behaviours (refuse, content_filter, tool_call...) embed
 * normally, since a model that refuses to chat still embeds.
 *
 * @example
 * planEmbeddings({ model, upstreamId: 'sim-embed', request: { model: 'sim-embed', input: ['a', 'b'] }, rng, callIndex: 0 });
 */
export function planEmbeddings(input: EmbedPlanInput): WireScript {
  const { model, request, rng } = input;
  const behavior = pickBehavior(model, input.callIndex, rng);
  const delayMs = uniformInt(rng, model.first_token_ms[0], model.first_token_ms[1]);
  const failure = failureScript(behavior, model, input.upstreamId, delayMs, 'input');
  if (failure !== null) return failure;
  const items = embeddingItems(request.input);
  if (typeof items === 'string') return invalid(items, 'input', delayMs);
  const dimensions = request.dimensions ?? DEFAULT_DIMENSIONS;
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_DIMENSIONS) {
    return invalid(`'dimensions' must be a whole number from 1 to ${MAX_DIMENSIONS}.`, 'dimensions', delayMs);
  }
  const vectors = items.map((item) => (behavior === 'empty' ? [] : embedVector(input.upstreamId, item, dimensions)));
  const tokens = embeddingTokens(items);
  const body = {
    object: 'list',
    // `no_choices` is the embeddings analogue of an answer without choices: a list with nothing in it.
    data:
      behavior === 'no_choices'
        ? []
        : vectors.map((embedding, index) => ({ object: 'embedding', index, embedding: embedding })),
    model: input.upstreamId,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
  const json = JSON.stringify(body);
  switch (behavior) {
    case 'headers_then_stall':
      return reply(behavior, delayMs, [], 'stall');
    case 'malformed':
      // What a serialiser bug upstream looks like: a NaN where a number should be.
      return reply(behavior, delayMs, [json.replace(/"embedding":\[[^\],]*/, '"embedding":[NaN')], 'close');
    case 'cut_stream':
      return reply(behavior, delayMs, [json.slice(0, Math.floor(json.length / 2))], 'reset');
    default:
      return reply(behavior, delayMs, [json], 'close');
  }
}

function invalid(message: string, param: string, delayMs: number): WireResponse {
  return errorScript(400, { message, type: 'invalid_request_error', code: 'invalid_value', param }, { delayMs });
}

function reply(behavior: string, delayMs: number, parts: string[], end: WireResponse['end']): WireResponse {
  return {
    kind: 'response',
    headersDelayMs: delayMs,
    status: 200,
    headers: { 'content-type': 'application/json', 'x-sim-behavior': behavior },
    chunks: parts.map((data) => ({ delayMs: 0, data })),
    end,
  };
}
