/**
 * Canonical embeddings shapes: the OpenAI Embeddings API, as most clients and upstreams speak it.
 */
import type { AbortSignalLike } from './abort.js';
import type { Timeouts, TokenUsage } from './provider.js';

/** A request as a client sends it to `POST /v1/embeddings`. Unknown fields are kept and passed upstream. */
export interface EmbeddingRequest {
  /** A route or a configured model; set to the upstream model id before it reaches an adapter. */
  model: string;
  /** One text, several texts, or pre-tokenised input (token ids), as the OpenAI API accepts. */
  input: string | string[] | number[] | number[][];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
  [extra: string]: unknown;
}

export interface Embedding {
  object: 'embedding';
  index: number;
  /** Floats, or a base64 string of little-endian float32 when `encoding_format` is base64. */
  embedding: number[] | string;
}

export interface EmbeddingResponse {
  object: 'list';
  data: Embedding[];
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
  [extra: string]: unknown;
}

export interface EmbedCall {
  /** Canonical request with `model` set to the upstream id. */
  request: EmbeddingRequest;
  extraBody: Record<string, unknown> | undefined;
  timeouts: Timeouts;
  signal: AbortSignalLike;
  abort?: (reason: { kind: 'timeout'; which: 'first_byte' | 'idle' }) => void;
}

export interface EmbedResult {
  /** Vectors in input order, always as floats (the core encodes base64 for clients that ask). */
  response: EmbeddingResponse;
  usage: TokenUsage | null;
  status: number;
}
