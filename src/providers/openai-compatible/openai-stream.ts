/**
 * Turns an OpenAI-dialect SSE body into canonical stream chunks. A stream that stops before `[DONE]` and
 * before any finish reason was cut, and says so, instead of looking like a short answer.
 */
import { AttemptFailure } from '../../spec/errors.js';
import type { ProviderStream, StreamChunk } from '../../spec/provider.js';
import { readSse, SseTooLargeError } from '../http/sse.js';
import type { UpstreamResponse } from '../http/transport.js';
import { parseChunk } from './from-openai-response.js';

export function openAIStream(response: UpstreamResponse, providerName: string): ProviderStream {
  let cancelled = false;
  async function* chunks(): AsyncGenerator<StreamChunk> {
    let finished = false;
    try {
      for await (const event of readSse(response.body)) {
        if (event.data === '[DONE]') return;
        if (event.event === 'error') {
          throw new AttemptFailure(
            'upstream_error',
            `${providerName} sent an error event: ${event.data.slice(0, 500)}`,
            {
              upstreamStatus: 200,
            },
          );
        }
        const parsed = parseChunk(event.data, providerName);
        if (parsed === null) continue;
        if (parsed.finish !== null) finished = true;
        yield parsed;
      }
    } catch (error) {
      if (error instanceof SseTooLargeError) {
        throw new AttemptFailure('malformed', `${providerName} sent an oversized stream event`, { cause: error });
      }
      throw error;
    } finally {
      response.discard();
    }
    if (!finished && !cancelled) {
      throw new AttemptFailure('stream_cut', `${providerName} ended the stream before it finished`, {
        upstreamStatus: 200,
      });
    }
  }
  const iterator = chunks();
  return {
    status: response.status,
    [Symbol.asyncIterator]: () => iterator,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      response.discard();
      void iterator.return(undefined).catch(() => {});
    },
  };
}
