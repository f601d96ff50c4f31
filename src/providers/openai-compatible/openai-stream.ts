/**
 * Turns an OpenAI-dialect SSE body into canonical stream chunks. A stream that stops before `[DONE]` and
 * before any finish reason was cut, and says so, instead of looking like a short answer.
 */
import { chunkCarriesAnswer } from '../../spec/answer.js';
import { AttemptFailure } from '../../spec/errors.js';
import { type ProviderStream, type StreamChunk, withAsyncIterator } from '../../spec/provider.js';
import { drain, readSseBatches, type SseEvent, SseTooLargeError } from '../http/sse.js';
import type { UpstreamResponse } from '../http/transport.js';
import { parseChunk, plainDeltas } from './from-openai-response.js';

export function openAIStream(response: UpstreamResponse, providerName: string): ProviderStream {
  const iterator = new OpenAIChunks(response, providerName);
  return withAsyncIterator(
    {
      status: response.status,
      cancel() {
        if (iterator.cancelled) return;
        iterator.cancelled = true;
        response.discard();
        void iterator.return().catch(() => {});
      },
    },
    () => iterator,
  );
}

const FINISHED: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * The chunks of one stream, a batch per network read. A hand-written iterator rather than an async generator:
 * V8's async generators cost more per step, and their promise chains were most of what a streaming request left
 * for the garbage collector to promote (see docs/performance.md). One `next()` at a time, as `for await` calls it.
 */
class OpenAIChunks implements AsyncIterator<StreamChunk[], undefined> {
  cancelled = false;
  private readonly source: AsyncIterableIterator<SseEvent[]>;
  private readonly plain = plainDeltas();
  private answered = false;
  private finished = false;
  /** `[DONE]` arrived: the answer is complete, whatever follows. */
  private done = false;
  /** Nothing more will be yielded; the body was released (or is being drained). */
  private closed = false;

  constructor(
    private readonly response: UpstreamResponse,
    private readonly providerName: string,
  ) {
    this.source = readSseBatches(response.body);
  }

  async next(): Promise<IteratorResult<StreamChunk[], undefined>> {
    if (this.closed) return FINISHED;
    try {
      for (;;) {
        const next = await this.source.next();
        if (next.done === true) break;
        const batch = this.batch(next.value);
        if (this.done) {
          // Read what follows [DONE] (normally just the end of the body) in the background: destroying the body
          // instead would close the pooled keep-alive connection and cost a new one on the next request.
          this.closed = true;
          void drain(this.source);
          return batch.length > 0 ? { done: false, value: batch } : FINISHED;
        }
        if (batch.length > 0) return { done: false, value: batch };
      }
    } catch (error) {
      this.release();
      if (this.done) return FINISHED;
      if (error instanceof SseTooLargeError) {
        throw new AttemptFailure('malformed', `${this.providerName} sent an oversized stream event`, {
          cause: error,
        });
      }
      throw error;
    }
    this.release();
    if (!this.finished && !this.cancelled) {
      throw new AttemptFailure('stream_cut', `${this.providerName} ended the stream before it finished`, {
        upstreamStatus: 200,
      });
    }
    return FINISHED;
  }

  async return(): Promise<IteratorResult<StreamChunk[], undefined>> {
    this.release();
    return FINISHED;
  }

  /** The body is not read any further (unless [DONE] came, when it is being drained). */
  private release(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.done) this.response.discard();
  }

  private batch(events: readonly SseEvent[]): StreamChunk[] {
    const batch: StreamChunk[] = [];
    for (const event of events) {
      if (event.data === '[DONE]') {
        this.done = true;
        break;
      }
      if (event.event === 'error') {
        throw new AttemptFailure(
          'upstream_error',
          `${this.providerName} sent an error event: ${event.data.slice(0, 500)}`,
          { upstreamStatus: 200 },
        );
      }
      const parsed = (this.answered ? this.plain(event.data) : null) ?? parseChunk(event.data, this.providerName);
      if (parsed === null) continue;
      if (!this.answered && chunkCarriesAnswer(parsed.chunk)) this.answered = true;
      if (parsed.finish !== null) this.finished = true;
      batch.push(parsed);
    }
    return batch;
  }
}
