/**
 * The control flow every SSE-speaking adapter shares: read the body's events a network read at a time, map each
 * to a canonical chunk, stop at the provider's end marker (OpenAI's `[DONE]`, Anthropic's `message_stop`) or at
 * the body's end (Gemini), and tell a stream that was cut from one that finished.
 */
import { AttemptFailure } from '../../spec/errors.js';
import { FINISHED, type ProviderStream, type StreamChunk, withAsyncIterator } from '../../spec/provider.js';
import { drain, readSseBatches, type SseEvent, SseTooLargeError } from './sse.js';
import type { UpstreamResponse } from './transport.js';

/** Returned by an event mapper for the provider's end marker: the answer is complete. */
export const STREAM_END: unique symbol = Symbol('stream end');

/** One event as a chunk, null for an event to skip, or STREAM_END. May throw an AttemptFailure. */
export type EventMapper = (event: SseEvent) => StreamChunk | null | typeof STREAM_END;

export interface SseChunkOptions {
  /** The provider has no end marker: the body's end is the stream's (Gemini). */
  endsWithBody?: boolean;
}

/**
 * @example
 * return sseChunkStream(response, 'openai', (event) => (event.data === '[DONE]' ? STREAM_END : parse(event.data)));
 */
export function sseChunkStream(
  response: UpstreamResponse,
  providerName: string,
  map: EventMapper,
  options: SseChunkOptions = {},
): ProviderStream {
  const iterator = new SseChunks(response, providerName, map, options.endsWithBody === true);
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

/**
 * The chunks of one stream, a batch per network read. A hand-written iterator rather than an async generator:
 * V8's async generators cost more per step, and their promise chains were most of what a streaming request left
 * for the garbage collector to promote (see docs/performance.md). One `next()` at a time, as `for await` calls it.
 */
class SseChunks implements AsyncIterator<StreamChunk[], undefined> {
  cancelled = false;
  private readonly source: AsyncIterableIterator<SseEvent[]>;
  private finished = false;
  /** The end marker arrived: the answer is complete, whatever follows. */
  private done = false;
  /** Nothing more will be yielded; the body was released (or is being drained). */
  private closed = false;

  constructor(
    private readonly response: UpstreamResponse,
    private readonly providerName: string,
    private readonly map: EventMapper,
    private readonly endsWithBody: boolean,
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
          // Read what follows the end marker (normally just the end of the body) in the background: destroying
          // the body instead would close the pooled keep-alive connection and cost a new one on the next request.
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
    // A body read to its end has released its connection; without an end marker that is how a stream ends.
    if (this.endsWithBody) this.closed = true;
    else this.release();
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

  /** The body is not read any further (unless the end marker came, when it is being drained). */
  private release(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.done) this.response.discard();
  }

  private batch(events: readonly SseEvent[]): StreamChunk[] {
    const batch: StreamChunk[] = [];
    for (const event of events) {
      const part = this.map(event);
      if (part === STREAM_END) {
        this.done = true;
        break;
      }
      if (part === null) continue;
      if (part.finish !== null) this.finished = true;
      batch.push(part);
    }
    return batch;
  }
}
