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
  return sseChunkStream(response, providerName, (event) => {
    if (event.data === '[DONE]') return STREAM_END;
    if (event.event === 'error') {
      throw new AttemptFailure('upstream_error', `${providerName} sent an error event: ${event.data.slice(0, 500)}`, {
        upstreamStatus: 200,
      });
    }
    // Once the answer has begun, a plain text delta is recognised without parsing it.
    const parsed = (answered ? plain(event.data) : null) ?? parseChunk(event.data, providerName);
    if (parsed !== null && !answered && chunkCarriesAnswer(parsed.chunk)) answered = true;
    return parsed;
  });
}
