/**
 * Turns an OpenAI-dialect SSE body into canonical stream chunks. A stream that stops before `[DONE]` and
 * before any finish reason was cut, and says so, instead of looking like a short answer.
 */
import { chunkCarriesAnswer } from '../../spec/answer.js';
import { AttemptFailure } from '../../spec/errors.js';
import { type ProviderStream, type StreamChunk, withAsyncIterator } from '../../spec/provider.js';
import { readSseBatches, SseTooLargeError } from '../http/sse.js';
import type { UpstreamResponse } from '../http/transport.js';
import { parseChunk, plainDeltas } from './from-openai-response.js';

export function openAIStream(response: UpstreamResponse, providerName: string): ProviderStream {
  let cancelled = false;
  let answered = false;
  const plainChunk = plainDeltas();
  async function* chunks(): AsyncGenerator<StreamChunk[]> {
    let finished = false;
    let done = false;
    try {
      const source = readSseBatches(response.body);
      for (;;) {
        const next = await source.next();
        if (next.done) break;
        const events = next.value;
        const batch: StreamChunk[] = [];
        for (const event of events) {
          if (done) break;
          if (event.data === '[DONE]') {
            done = true;
            break;
          }
          if (event.event === 'error') {
            throw new AttemptFailure(
              'upstream_error',
              `${providerName} sent an error event: ${event.data.slice(0, 500)}`,
              { upstreamStatus: 200 },
            );
          }
          const parsed = (answered ? plainChunk(event.data) : null) ?? parseChunk(event.data, providerName);
          if (parsed === null) continue;
          if (!answered && chunkCarriesAnswer(parsed.chunk)) answered = true;
          if (parsed.finish !== null) finished = true;
          batch.push(parsed);
        }
        if (done) {
          // Read what follows [DONE] (normally just the end of the body) in the background: destroying the body
          // instead would close the pooled keep-alive connection and cost a new one on the next request.
          void drain(source);
          if (batch.length > 0) yield batch;
          return;
        }
        if (batch.length > 0) yield batch;
      }
    } catch (error) {
      if (done) return;
      if (error instanceof SseTooLargeError) {
        throw new AttemptFailure('malformed', `${providerName} sent an oversized stream event`, { cause: error });
      }
      throw error;
    } finally {
      if (!done) response.discard();
    }
    if (done) return;
    if (!finished && !cancelled) {
      throw new AttemptFailure('stream_cut', `${providerName} ended the stream before it finished`, {
        upstreamStatus: 200,
      });
    }
  }
  const iterator = chunks();
  return withAsyncIterator(
    {
      status: response.status,
      cancel() {
        if (cancelled) return;
        cancelled = true;
        response.discard();
        void iterator.return(undefined).catch(() => {});
      },
    },
    () => iterator,
  );
}

async function drain(source: AsyncGenerator<unknown>): Promise<void> {
  try {
    while (!(await source.next()).done) {
      // discard
    }
  } catch {
    // The answer is complete; a failure after [DONE] changes nothing.
  }
}
