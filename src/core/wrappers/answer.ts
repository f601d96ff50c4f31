/**
 * The innermost handler: climbs the chain and shapes the answer, priced and reported.
 */
import type { ChatResponse } from '../../spec/chat.js';
import { type LoopSettings, runChat, runStream } from '../attempt-loop.js';
import { messageText } from '../classify-answer.js';
import { estimateUsage, priceUsage } from '../pricing.js';
import { streamOutput } from '../stream-output.js';
import { type Handler, type RungMeta, round, rungHeaders, rungMeta } from '../turn.js';

export function answer(settings: LoopSettings): Handler {
  return async (turn) => {
    if (turn.stream) {
      const committed = await runStream(turn, settings);
      return { kind: 'stream', headers: rungHeaders(turn), events: streamOutput(turn, committed) };
    }
    const result = await runChat(turn, settings);
    const rung = turn.chain?.rungs[turn.answer?.attempt ?? 0];
    turn.usage =
      result.usage ??
      estimateUsage(turn.request.messages, messageText(result.response.choices[0]?.message.content ?? ''));
    turn.costUsd = priceUsage(rung?.modelConfig ?? null, turn.usage);
    turn.totalMs = round(performance.now() - turn.startedAt);
    const meta = rungMeta(turn);
    const body: ChatResponse = result.response;
    body.rung = meta;
    const text = result.raw === undefined ? undefined : withRung(result.raw, meta);
    return text === undefined ? { kind: 'response', body, meta } : { kind: 'response', body, meta, text };
  };
}

/**
 * The upstream's JSON text with `"rung": {...}` added before its closing brace: the body was already parsed and
 * left unchanged, so re-serialising all of it would only cost time. Null when the text does not end as an
 * object should (then the caller serialises the parsed body).
 */
export function withRung(raw: string, meta: RungMeta): string | undefined {
  let end = raw.length - 1;
  while (
    end > 0 &&
    (raw.charCodeAt(end) === 32 ||
      raw.charCodeAt(end) === 10 ||
      raw.charCodeAt(end) === 13 ||
      raw.charCodeAt(end) === 9)
  )
    end--;
  if (raw.charCodeAt(end) !== 125 /* } */) return undefined;
  return `${raw.slice(0, end)},"rung":${JSON.stringify(meta)}}`;
}
