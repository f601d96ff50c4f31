/**
 * The OpenAI Embeddings API both ways: the canonical request as the upstream body, and the upstream body read
 * strictly into the canonical response. A body that is not the list of vectors it should be is a `malformed`
 * outcome here, so the core never stores or returns a half-parsed vector.
 */
import type { EmbedCall, Embedding, EmbeddingResponse, EmbedResult } from '../../spec/embeddings.js';
import { AttemptFailure, RungError } from '../../spec/errors.js';
import type { TokenUsage } from '../../spec/provider.js';
import { bodyError } from './openai-errors.js';

/**
 * The upstream body: the client's request with its unknown fields, the route's extra fields over it, and floats
 * asked for whatever the client wanted.
 *
 * @example
 * toOpenAIEmbeddingsBody({ request: { model: 'text-embedding-3-small', input: 'hi', encoding_format: 'base64' }, ... });
 * // '{"model":"text-embedding-3-small","input":"hi","encoding_format":"float"}'
 */
export function toOpenAIEmbeddingsBody(call: EmbedCall): string {
  // Always floats upstream, even over extra_body: every adapter returns number arrays and the core re-encodes
  // base64 for the clients that asked for it (core/encode-vectors.ts), so there is one encoder, not one per vendor.
  const body: Record<string, unknown> = { ...call.request, ...call.extraBody, encoding_format: 'float' };
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new RungError('RUNG_INVALID_REQUEST', 'the embeddings request cannot be serialised (nested too deeply?)', {
      cause: error,
    });
  }
}

function malformed(providerName: string, what: string, cause?: unknown): AttemptFailure {
  return new AttemptFailure('malformed', `${providerName} sent a malformed embeddings ${what}`, {
    upstreamStatus: 200,
    ...(cause === undefined ? {} : { cause }),
  });
}

function isVector(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}

function embeddingUsage(usage: unknown): TokenUsage | null {
  if (usage === null || typeof usage !== 'object') return null;
  const prompt = (usage as { prompt_tokens?: unknown }).prompt_tokens;
  if (typeof prompt !== 'number' || !Number.isFinite(prompt) || prompt < 0) return null;
  return { input: prompt, output: 0, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: false };
}

/**
 * Reads a 200 embeddings body: `data` must be a list of `{index, embedding: number[]}` whose indices are exactly
 * 0..n-1 (in any order; the result is sorted by index). Usage is `prompt_tokens`; without it, usage is null
 * and the core estimates.
 *
 * @example
 * parseEmbeddings('{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2]}],...}', 'm', 'openai');
 */
export function parseEmbeddings(text: string, requestedModel: string, providerName: string): EmbedResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(providerName, 'body (not JSON)', error);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw malformed(providerName, 'body (not an object)');
  }
  const record = body as Record<string, unknown>;
  if (record.error !== undefined && record.error !== null && record.data === undefined) {
    throw bodyError(record.error, text, providerName, 'answered 200 with an error');
  }
  if (!Array.isArray(record.data)) throw malformed(providerName, 'body (data is not a list)');
  const data: Embedding[] = [];
  for (const item of record.data as unknown[]) {
    if (item === null || typeof item !== 'object') throw malformed(providerName, 'item (not an object)');
    const { index, embedding } = item as { index?: unknown; embedding?: unknown };
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
      throw malformed(providerName, 'item (index is not a whole number)');
    }
    // A base64 string here means the upstream ignored encoding_format: float; decoding it is not ours to guess.
    if (!isVector(embedding)) throw malformed(providerName, `item ${index} (embedding is not a list of numbers)`);
    data.push({ object: 'embedding', index, embedding });
  }
  data.sort((a, b) => a.index - b.index);
  if (data.some((item, position) => item.index !== position)) {
    throw malformed(providerName, 'body (indices are not 0..n-1)');
  }
  const usage = embeddingUsage(record.usage);
  const response: EmbeddingResponse = {
    ...record,
    object: 'list',
    data,
    model: typeof record.model === 'string' ? record.model : requestedModel,
    // The core rewrites usage from the TokenUsage below (or its estimate), so a placeholder is enough here.
    usage: { prompt_tokens: usage?.input ?? 0, total_tokens: usage?.input ?? 0 },
  };
  return { response, usage, status: 200 };
}
