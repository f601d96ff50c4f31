/**
 * What differs between the API dialects Rung serves (OpenAI's and Anthropic's): how a request becomes a turn's
 * canonical request, and how an answer, a stream, an error and an error in the middle of a stream are written.
 * Routing, fallback, records and metrics are the same for all.
 */

import { anthropicErrorBody } from '../providers/anthropic/ingress/anthropic-error-body.js';
import { createAnthropicEncoder } from '../providers/anthropic/ingress/anthropic-events.js';
import { anthropicToCanonical } from '../providers/anthropic/ingress/from-anthropic-request.js';
import { canonicalToAnthropic } from '../providers/anthropic/ingress/to-anthropic-response.js';
import type { ChatChunk, ChatRequest } from '../spec/chat.js';
import type { RungError } from '../spec/errors.js';
import { openAIEncoder, type StreamEncoderFactory } from './stream-encoder.js';
import type { TurnResult } from './turn.js';

export type AnswerResult = Exclude<TurnResult, { kind: 'stream' }>;

export interface Ingress {
  /** The JSON text of a successful non-streaming answer. */
  answer(result: AnswerResult): string;
  /** How a stream is written. */
  encoder: StreamEncoderFactory;
  /** The body of an error response. */
  errorBody(error: RungError, requestId?: string): unknown;
  /** The SSE text reporting an error after the stream has begun. */
  streamError(error: RungError): string;
}

export const openAIIngress: Ingress = {
  answer: (result) =>
    result.kind === 'response' && result.text !== undefined ? result.text : JSON.stringify(result.body),
  encoder: openAIEncoder,
  errorBody: (error) => error.toBody(),
  streamError: (error) => `data: ${JSON.stringify(error.toBody())}\n\n`,
};

/**
 * The Anthropic Messages dialect. Rung's report rides as a top-level `rung` field: on the message, and on the
 * stream's `message_delta` event.
 */
export const anthropicIngress: Ingress & { toCanonical(body: unknown): ChatRequest } = {
  toCanonical: anthropicToCanonical,
  answer(result) {
    if (result.kind !== 'response') return JSON.stringify(result.body);
    return JSON.stringify({ ...canonicalToAnthropic(result.body, result.body.model), rung: result.meta });
  },
  encoder(turn) {
    const encoder = createAnthropicEncoder({
      id: turn.id,
      model: turn.answer?.upstreamModel ?? turn.request.model,
    });
    return {
      chunk: (part) => encoder.chunk(part.plain ? (JSON.parse(part.raw as string) as ChatChunk) : part.chunk),
      end: ({ finish, usage, meta }) => encoder.end({ finish, usage, extra: { rung: meta } }),
    };
  },
  errorBody: (error, requestId) => anthropicErrorBody(error.status, error.message, requestId),
  streamError: (error) => `event: error\ndata: ${JSON.stringify(anthropicErrorBody(error.status, error.message))}\n\n`,
};
