/**
 * How a stream reaches the client, per ingress dialect. The core feeds every upstream chunk through `chunk`
 * and, once the upstream has finished and the turn is priced, calls `end` with Rung's report.
 */
import type { ChatChunk } from '../spec/chat.js';
import type { StreamChunk, TokenUsage } from '../spec/provider.js';
import { type RungMeta, type Turn, withRung } from './turn.js';

export interface StreamEnd {
  finish: StreamChunk['finish'];
  /** Upstream-reported, or estimated when the upstream reported none. */
  usage: TokenUsage;
  meta: RungMeta;
}

export interface StreamEncoder {
  /** SSE text for one upstream chunk; '' when nothing is sent for it (yet). */
  chunk(part: StreamChunk): string;
  /** The closing SSE text, carrying the `rung` report. */
  end(closing: StreamEnd): string;
}

export type StreamEncoderFactory = (turn: Turn) => StreamEncoder;

/**
 * The OpenAI dialect: chunks pass through as they came. Only the end is rewritten so the last chunk carries
 * the `rung` report: with include_usage it rides on the usage chunk; without it the finish chunk is held back
 * to carry it, so a client that indexes `choices[0]` never meets an empty chunk it did not ask for.
 */
export function openAIEncoder(turn: Turn): StreamEncoder {
  let first = true;
  let template: ChatChunk | null = null;
  let heldFinish: ChatChunk | null = null;
  let usageChunk: ChatChunk | null = null;
  // The closing chunk's text as the upstream sent it, when it was not changed here: the report is spliced into it
  // instead of serialising the chunk again.
  let closingRaw: string | null = null;
  return {
    chunk(part) {
      if (part.plain) return `data: ${part.raw}\n\n`;
      const chunk = part.chunk;
      template ??= chunk;
      const choice = chunk.choices[0];
      if (choice === undefined) {
        // A usage-only chunk: kept for the end, shown only to clients that asked for usage.
        if (chunk.usage !== undefined && chunk.usage !== null) {
          usageChunk = chunk;
          if (turn.includeUsage) closingRaw = part.raw;
        }
        return '';
      }
      let changed = false;
      if (first) {
        first = false;
        if (choice.delta.role === undefined) {
          choice.delta.role = 'assistant';
          changed = true;
          if (part.finish === null || turn.includeUsage) return `data: ${JSON.stringify(chunk)}\n\n`;
        }
      }
      if (part.finish !== null && !turn.includeUsage) {
        heldFinish = chunk;
        closingRaw = changed ? null : part.raw;
        return '';
      }
      if (chunk.usage !== undefined && chunk.usage !== null && !turn.includeUsage) {
        chunk.usage = undefined;
        return `data: ${JSON.stringify(chunk)}\n\n`;
      }
      return `data: ${part.raw ?? JSON.stringify(chunk)}\n\n`;
    },
    end({ usage, meta }) {
      const closing = turn.includeUsage ? usageChunk : heldFinish;
      if (closing !== null) {
        const text =
          (closingRaw === null ? undefined : withRung(closingRaw, meta)) ?? JSON.stringify({ ...closing, rung: meta });
        return `data: ${text}\n\ndata: [DONE]\n\n`;
      }
      const last = JSON.stringify({
        id: template?.id ?? `chatcmpl-${turn.id}`,
        object: 'chat.completion.chunk',
        created: template?.created ?? Math.floor(turn.ts / 1000),
        model: template?.model ?? turn.answer?.upstreamModel ?? '',
        choices: [],
        ...(turn.includeUsage
          ? {
              usage: {
                prompt_tokens: usage.input,
                completion_tokens: usage.output,
                total_tokens: usage.input + usage.output,
              },
            }
          : {}),
        rung: meta,
      });
      return `data: ${last}\n\ndata: [DONE]\n\n`;
    },
  };
}
