/**
 * Turns an OpenAI-dialect SSE body into canonical stream chunks. A stream that stops before `[DONE]` and
 * before any finish reason was cut, and says so, instead of looking like a short answer.
 */
import { chunkCarriesAnswer } from '../../spec/answer.js';
import { AttemptFailure } from '../../spec/errors.js';
import type { ProviderStream } from '../../spec/provider.js';
import { STREAM_END, sseChunkStream } from '../http/sse-chunks.js';
import type { UpstreamResponse } from '../http/transport.js';
import { parseChunk, plainDeltas } from './from-openai-response.js';

export function openAIStream(response: UpstreamResponse, providerName: string): ProviderStream {
  const plain = plainDeltas();
  let answered = false;
  // A chunk with a choice has been parsed: the encoder has its template and has sent (or added) the role.
  let opened = false;
  return sseChunkStream(response, providerName, (event) => {
    if (event.data === '[DONE]') return STREAM_END;
    if (event.event === 'error') {
      throw new AttemptFailure('upstream_error', `${providerName} sent an error event: ${event.data.slice(0, 500)}`, {
        upstreamStatus: 200,
      });
    }
    // Once the answer has begun, a plain text delta is recognised without parsing it; after the opening chunk,
    // so is the answer's first text.
    const parsed =
      (answered ? plain(event.data) : opened ? plain(event.data, true) : null) ?? parseChunk(event.data, providerName);
    if (parsed === null) return null;
    if (!answered && (parsed.plain || chunkCarriesAnswer(parsed.chunk))) answered = true;
    if (!parsed.plain && parsed.chunk.choices.length > 0) opened = true;
    return parsed;
  });
}
