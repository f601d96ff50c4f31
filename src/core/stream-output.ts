/**
 * Turns a committed upstream stream into the payloads the client receives. Chunks pass through untouched
 * (their original JSON text is reused); only the end is rewritten so the last chunk carries the `rung` report:
 * with include_usage it rides on the usage chunk, without it the finish chunk is held back to carry it, so a
 * client that indexes `choices[0]` never meets an empty chunk it did not ask for.
 */
import type { ChatChunk } from '../spec/chat.js';
import { isAttemptFailure, RungError } from '../spec/errors.js';
import type { StreamChunk } from '../spec/provider.js';
import type { CommittedStream } from './attempt-loop.js';
import { estimateUsage, priceUsage } from './pricing.js';
import { round, rungMeta, type Turn } from './turn.js';

/**
 * Yields ready-to-write SSE text, one block per upstream batch (`data: …\n\n` for each chunk in it).
 */
export async function* streamOutput(turn: Turn, committed: CommittedStream): AsyncGenerator<string> {
  const { rung, control } = committed;
  let completion = '';
  let heldFinish: ChatChunk | null = null;
  let usageChunk: ChatChunk | null = null;
  let first = true;
  // Plain chunks are not parsed; their text is kept only in case the upstream reports no usage to price by.
  let unparsed: string[] | null = [];
  let unparsedChars = 0;

  const emit = (part: StreamChunk): string | null => {
    if (part.plain) {
      if (unparsed !== null) {
        unparsed.push(part.raw as string);
        unparsedChars += (part.raw as string).length;
        // Bounded: past 4 M characters, give up the exact estimate rather than hold more.
        if (unparsedChars > 4_000_000) unparsed = null;
      }
      return part.raw;
    }
    const chunk = part.chunk;
    if (part.usage !== null) turn.usage = part.usage;
    const choice = chunk.choices[0];
    if (choice === undefined) {
      // A usage-only chunk: kept for the end, shown only to clients that asked for usage.
      if (chunk.usage !== undefined && chunk.usage !== null) usageChunk = chunk;
      return null;
    }
    if (typeof choice.delta.content === 'string') completion += choice.delta.content;
    if (first) {
      first = false;
      if (choice.delta.role === undefined) {
        choice.delta.role = 'assistant';
        return JSON.stringify(chunk);
      }
    }
    if (part.finish !== null && !turn.includeUsage) {
      heldFinish = chunk;
      return null;
    }
    if (chunk.usage !== undefined && chunk.usage !== null && !turn.includeUsage) {
      chunk.usage = undefined;
      return JSON.stringify(chunk);
    }
    return part.raw ?? JSON.stringify(chunk);
  };

  const block = (parts: readonly StreamChunk[]): string => {
    let text = '';
    for (const part of parts) {
      const payload = emit(part);
      if (payload !== null) text += `data: ${payload}\n\n`;
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

  if (turn.usage === null) {
    for (const raw of unparsed ?? []) {
      try {
        const content = (JSON.parse(raw) as ChatChunk).choices[0]?.delta.content;
        if (typeof content === 'string') completion += content;
      } catch {
        // forwarded as it came; nothing to count
      }
    }
    turn.usage = estimateUsage(turn.request.messages, completion);
  }
  turn.costUsd = priceUsage(rung.modelConfig, turn.usage);
  turn.totalMs = round(performance.now() - turn.startedAt);
  const meta = rungMeta(turn);
  const closing: ChatChunk | null = turn.includeUsage ? usageChunk : heldFinish;
  if (closing !== null) {
    yield `data: ${JSON.stringify({ ...(closing as ChatChunk), rung: meta })}\n\ndata: [DONE]\n\n`;
  } else {
    const template = committed.held[0]?.chunk;
    const last = JSON.stringify({
      id: template?.id ?? `chatcmpl-${turn.id}`,
      object: 'chat.completion.chunk',
      created: template?.created ?? Math.floor(turn.ts / 1000),
      model: template?.model ?? rung.upstreamId,
      choices: [],
      ...(turn.includeUsage ? { usage: usageFromTurn(turn) } : {}),
      rung: meta,
    });
    yield `data: ${last}\n\ndata: [DONE]\n\n`;
  }
}

function usageFromTurn(turn: Turn) {
  const usage = turn.usage;
  if (usage === null) return null;
  return {
    prompt_tokens: usage.input,
    completion_tokens: usage.output,
    total_tokens: usage.input + usage.output,
  };
}
