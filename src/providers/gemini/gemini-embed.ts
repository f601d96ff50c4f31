/**
 * Canonical embeddings request → Gemini `embedContent` (one text) or `batchEmbedContents` (several), and the
 * answer back to the OpenAI shape. Gemini embeds text only and reports no token usage for embeddings, so the
 * usage is left to the core to estimate.
 */
import type { EmbeddingRequest, EmbeddingResponse } from '../../spec/embeddings.js';
import { AttemptFailure, RungError } from '../../spec/errors.js';
import { malformed } from './from-gemini-response.js';
import { errorPayloadFailure } from './gemini-errors.js';
import { isRecord } from './to-gemini-contents.js';

export interface GeminiEmbedCall {
  url: string;
  body: string;
  /** How many vectors the answer must hold. */
  count: number;
}

/** Model ids may be given bare or as Google's resource name (`models/…`). */
export function modelPath(model: string): string {
  return model.startsWith('models/') ? model : `models/${model}`;
}

function texts(input: EmbeddingRequest['input']): string[] {
  const list: unknown[] = Array.isArray(input) ? input : [input];
  if (list.length === 0) throw new RungError('RUNG_INVALID_REQUEST', 'input: give at least one text to embed');
  if (list.every((item) => typeof item === 'string')) return list as string[];
  throw new AttemptFailure('bad_request', 'Gemini embeddings take text; token-id input cannot be sent to Gemini', {
    status: 400,
  });
}

/**
 * Route extras (e.g. `taskType: 'RETRIEVAL_QUERY'`) belong to each embedding request, so in a batch they are
 * merged into every item rather than beside `requests`.
 *
 * @example
 * toGeminiEmbed({ model: 'gemini-embedding-001', input: 'hi' }, undefined, 'https://generativelanguage.googleapis.com/v1beta');
 * // { url: '.../models/gemini-embedding-001:embedContent', body: '{"content":{"parts":[{"text":"hi"}]}}', count: 1 }
 */
export function toGeminiEmbed(
  request: EmbeddingRequest,
  extraBody: Record<string, unknown> | undefined,
  baseUrl: string,
): GeminiEmbedCall {
  const inputs = texts(request.input);
  const model = modelPath(request.model);
  const item = (text: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { content: { parts: [{ text }] } };
    if (typeof request.dimensions === 'number') out.outputDimensionality = request.dimensions;
    return { ...out, ...extraBody };
  };
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only !== undefined) {
    return { url: `${baseUrl}/${model}:embedContent`, body: JSON.stringify(item(only)), count: 1 };
  }
  const requests = inputs.map((text) => ({ model, ...item(text) }));
  return { url: `${baseUrl}/${model}:batchEmbedContents`, body: JSON.stringify({ requests }), count: inputs.length };
}

function vector(value: unknown, providerName: string): number[] {
  const values = isRecord(value) ? value.values : undefined;
  if (!Array.isArray(values) || !values.every((number) => typeof number === 'number')) {
    throw malformed(providerName, 'embedding (values is not a list of numbers)');
  }
  return values as number[];
}

/**
 * @example
 * parseGeminiEmbeddings('{"embedding":{"values":[0.1,0.2]}}', 'gemini', 'gemini-embedding-001', 1);
 */
export function parseGeminiEmbeddings(
  text: string,
  providerName: string,
  model: string,
  count: number,
): EmbeddingResponse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(providerName, 'JSON body', error);
  }
  if (!isRecord(body)) throw malformed(providerName, 'body (not an object)');
  if (body.error !== undefined) throw errorPayloadFailure(text, providerName, 'with status 200');
  const list = Array.isArray(body.embeddings) ? body.embeddings : body.embedding === undefined ? [] : [body.embedding];
  if (list.length !== count) {
    throw malformed(providerName, `embeddings answer (${list.length} vectors for ${count} inputs)`);
  }
  return {
    object: 'list',
    data: list.map((item, index) => ({ object: 'embedding', index, embedding: vector(item, providerName) })),
    model,
    usage: { prompt_tokens: 0, total_tokens: 0 },
  };
}
