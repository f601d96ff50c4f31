/**
 * The innermost handler: climbs the chain and shapes the answer, priced and reported.
 */
import type { ChatResponse } from '../../spec/chat.js';
import { type LoopSettings, runChat, runStream } from '../attempt-loop.js';
import { messageText } from '../classify-answer.js';
import { estimateUsage, priceUsage } from '../pricing.js';
import { streamOutput } from '../stream-output.js';
import { type Handler, round, rungHeaders, rungMeta } from '../turn.js';

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
    return { kind: 'response', body, meta };
  };
}
