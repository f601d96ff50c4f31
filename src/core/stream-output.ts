/**
 * Turns a committed upstream stream into the SSE text the client receives. The loop here is the same for every
 * ingress dialect: it tracks the answer text (to estimate usage when the upstream reports none), prices the
 * turn and builds the `rung` report. How chunks are written is the encoder's business: `openAIEncoder` passes
 * chunks through untouched (their original JSON text is reused); the Anthropic ingress supplies its own.
 */
import type { ChatChunk } from '../spec/chat.js';
import { isAttemptFailure, RungError } from '../spec/errors.js';
import type { StreamChunk } from '../spec/provider.js';
import type { CommittedStream } from './attempt-loop.js';
import { cacheSavings, estimateUsage, priceUsage } from './pricing.js';
import type { StreamEncoder } from './stream-encoder.js';
import { round, rungMeta, type Turn } from './turn.js';

/** Past this many characters of unparsed chunks, give up the exact usage estimate rather than hold more. */
const UNPARSED_LIMIT = 4_000_000;

/**
 * Yields ready-to-write SSE text, one block per upstream batch.
 */
export async function* streamOutput(
  turn: Turn,
  committed: CommittedStream,
  encoder: StreamEncoder,
): AsyncGenerator<string> {
  const { rung, control } = committed;
  let completion = '';
  let finish: StreamChunk['finish'] = null;
  let toolCalls = false;
  // Plain chunks are not parsed; their text is kept only in case the upstream reports no usage to price by.
  let unparsed: string[] | null = [];
  let unparsedChars = 0;

  const block = (parts: readonly StreamChunk[]): string => {
    let text = '';
    for (const part of parts) {
      if (part.plain) {
        if (unparsed !== null) {
          unparsed.push(part.raw as string);
          unparsedChars += (part.raw as string).length;
          if (unparsedChars > UNPARSED_LIMIT) unparsed = null;
        }
      } else {
        if (part.usage !== null) turn.usage = part.usage;
        if (part.finish !== null) finish = part.finish;
        const delta = part.chunk.choices[0]?.delta;
        if (typeof delta?.content === 'string') completion += delta.content;
        if (delta?.tool_calls !== undefined) toolCalls = true;
      }
      text += encoder.chunk(part);
    }
    return text;
  };

  try {
    const head = block(committed.held);
    if (head !== '') yield head;
    for (;;) {
      const next = await committed.rest.next();
      if (next.done) break;
      const text = block(next.value);
      if (text !== '') yield text;
    }
  } catch (error) {
    committed.stream.cancel();
    const failure = isAttemptFailure(error) ? error : null;
    const code = failure?.code ?? 'RUNG_STREAM_CUT';
    turn.errorCode = code;
    const last = turn.attempts[turn.attempts.length - 1];
    if (last !== undefined && failure !== null) last.detail = `after content: ${failure.message}`;
    throw error instanceof RungError
      ? error
      : new RungError('RUNG_STREAM_CUT', `${rung.model}: the stream failed after content was sent`, { cause: error });
  } finally {
    control.release();
  }

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
  const wholeText = () => completion + (plainText() ?? '');
  if (turn.usage === null) turn.usage = estimateUsage(turn.request.messages, wholeText());
  // A stream cut by a filter after its answer began: the client has the text, and it is kept as the answer
  // when it is long enough to be one (the salvage gate); otherwise the filter's finish says what happened.
  // (`finish` is assigned inside `block`, which TypeScript's narrowing does not follow.)
  const ended = finish as StreamChunk['finish'];
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
    if (wanted && ended?.unified === 'stop' && !toolCalls && plainText() !== null) {
      turn.streamedText = wholeText();
    }
  }
  turn.totalMs = round(performance.now() - turn.startedAt);
  yield encoder.end({ finish, usage: turn.usage, meta: rungMeta(turn) });
}
