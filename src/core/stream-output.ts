/**
 * Turns a committed upstream stream into the SSE text the client receives. The loop here is the same for every
 * ingress dialect: it tracks the answer text (to estimate usage when the upstream reports none), prices the
 * turn and builds the `rung` report. How chunks are written is the encoder's business: `openAIEncoder` passes
 * chunks through untouched (their original JSON text is reused); the Anthropic ingress supplies its own.
 */
import type { ChatChunk } from '../spec/chat.js';
import { isAttemptFailure, RungError } from '../spec/errors.js';
import { FINISHED, type StreamChunk } from '../spec/provider.js';
import type { CommittedStream } from './attempt-loop.js';
import { cacheSavings, estimateUsage, priceUsage } from './pricing.js';
import type { StreamEncoder } from './stream-encoder.js';
import { round, rungMeta, type Turn } from './turn.js';

/** Past this many characters of unparsed chunks, give up the exact usage estimate rather than hold more. */
const UNPARSED_LIMIT = 4_000_000;

/**
 * Yields ready-to-write SSE text, one block per upstream batch, then the closing block with the report.
 *
 * A hand-written iterator rather than an async generator (see readSseBatches in providers/http/sse.ts): one
 * `next()` at a time, as `for await` calls it. Stopping early (`return()`) releases the attempt, as leaving the
 * loop does.
 */
export function streamOutput(
  turn: Turn,
  committed: CommittedStream,
  encoder: StreamEncoder,
): AsyncIterableIterator<string> {
  return new StreamOutput(turn, committed, encoder);
}

class StreamOutput implements AsyncIterableIterator<string> {
  /** head: the held chunks are next; body: reading the rest; end: the closing block is next; done. */
  private state: 'head' | 'body' | 'end' | 'done' = 'head';
  private completion = '';
  private finish: StreamChunk['finish'] = null;
  private toolCalls = false;
  // Plain chunks are not parsed; their text is kept only in case the upstream reports no usage to price by.
  private unparsed: string[] | null = [];
  private unparsedChars = 0;

  constructor(
    private readonly turn: Turn,
    private readonly committed: CommittedStream,
    private readonly encoder: StreamEncoder,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<string, undefined>> {
    if (this.state === 'head' || this.state === 'body') {
      try {
        if (this.state === 'head') {
          this.state = 'body';
          const head = this.block(this.committed.held);
          if (head !== '') return { done: false, value: head };
        }
        for (;;) {
          const next = await this.committed.rest.next();
          if (next.done === true) break;
          const text = this.block(next.value);
          if (text !== '') return { done: false, value: text };
        }
      } catch (error) {
        this.state = 'done';
        const failure = this.failed(error);
        this.committed.control.release();
        throw failure;
      }
      this.state = 'end';
      this.committed.control.release();
    }
    if (this.state === 'end') {
      this.state = 'done';
      return { done: false, value: this.end() };
    }
    return FINISHED;
  }

  async return(): Promise<IteratorResult<string, undefined>> {
    if (this.state === 'head' || this.state === 'body') this.committed.control.release();
    this.state = 'done';
    return FINISHED;
  }

  private block(parts: readonly StreamChunk[]): string {
    let text = '';
    for (const part of parts) {
      if (part.plain) {
        if (this.unparsed !== null) {
          this.unparsed.push(part.raw as string);
          this.unparsedChars += (part.raw as string).length;
          if (this.unparsedChars > UNPARSED_LIMIT) this.unparsed = null;
        }
      } else {
        if (part.usage !== null) this.turn.usage = part.usage;
        if (part.finish !== null) this.finish = part.finish;
        const delta = part.chunk.choices[0]?.delta;
        if (typeof delta?.content === 'string') this.completion += delta.content;
        if (delta?.tool_calls !== undefined) this.toolCalls = true;
      }
      text += this.encoder.chunk(part);
    }
    return text;
  }

  /** A failure after content was sent: the stream is cancelled and the turn records why. */
  private failed(error: unknown): RungError {
    const { turn, committed } = this;
    committed.stream.cancel();
    const failure = isAttemptFailure(error) ? error : null;
    turn.errorCode = failure?.code ?? 'RUNG_STREAM_CUT';
    const last = turn.attempts[turn.attempts.length - 1];
    if (last !== undefined && failure !== null) last.detail = `after content: ${failure.message}`;
    return error instanceof RungError
      ? error
      : new RungError('RUNG_STREAM_CUT', `${committed.rung.model}: the stream failed after content was sent`, {
          cause: error,
        });
  }

  /** Prices the turn and returns the closing block. */
  private end(): string {
    const { turn, committed, unparsed } = this;
    const rung = committed.rung;
    // The text of the plain chunks (forwarded unparsed), read only when it is needed; null past the limit.
    let plain: string | null | undefined;
    const plainText = (): string | null => {
      if (plain !== undefined) return plain;
      if (unparsed === null) {
        plain = null;
        return plain;
      }
      let text = '';
      for (const raw of unparsed) {
        try {
          const content = (JSON.parse(raw) as ChatChunk).choices[0]?.delta.content;
          if (typeof content === 'string') text += content;
        } catch {
          // forwarded as it came; nothing to count
        }
      }
      plain = text;
      return plain;
    };
    const wholeText = () => this.completion + (plainText() ?? '');
    if (turn.usage === null) turn.usage = estimateUsage(turn.request.messages, wholeText());
    // A stream cut by a filter after its answer began: the client has the text, and it is kept as the answer
    // when it is long enough to be one (the salvage gate); otherwise the filter's finish says what happened.
    const ended = this.finish;
    if (ended?.unified === 'content_filter' && wholeText().length >= turn.runtime.refusals.minSalvageChars) {
      turn.flags.salvaged = true;
    }
    if (rung.provider.kind === 'local') {
      // Made without a call (a soft refusal, a cache hit): it cost nothing, and its maker set what it saved.
      turn.costUsd = 0;
    } else {
      turn.costUsd = priceUsage(rung.modelConfig, turn.usage);
      turn.cacheSavingsUsd += cacheSavings(rung.modelConfig, turn.usage) ?? 0;
      // A response cache keeps a finished text answer (a tool call or a cut answer is not worth replaying).
      const wanted = turn.cache?.result === 'miss' || turn.captureText === true;
      if (wanted && ended?.unified === 'stop' && !this.toolCalls && plainText() !== null) {
        turn.streamedText = wholeText();
      }
    }
    turn.totalMs = round(performance.now() - turn.startedAt);
    return this.encoder.end({ finish: this.finish, usage: turn.usage, meta: rungMeta(turn) });
  }
}
