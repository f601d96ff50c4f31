/**
 * The innermost handler: climbs the chain and shapes the answer, priced and reported.
 */
import type { ChatResponse } from '../../spec/chat.js';
import type { EmbeddingRequest } from '../../spec/embeddings.js';
import { type LoopSettings, runChat, runEmbed, runStream } from '../attempt-loop.js';
import { messageText } from '../classify-answer.js';
import { encodeVectors } from '../encode-vectors.js';
import { cacheSavings, estimateEmbeddingUsage, estimateUsage, priceUsage } from '../pricing.js';
import { rungAt } from '../resolve-chain.js';
import { streamOutput } from '../stream-output.js';
import { type Handler, round, rungHeaders, rungMeta, type Turn, type TurnResult, withRung } from '../turn.js';

export function answer(settings: LoopSettings): Handler {
  return async (turn) => {
    if (turn.embedding !== null) return embeddings(turn, turn.embedding, settings);
    if (turn.stream) {
      const committed = await runStream(turn, settings);
      return { kind: 'stream', headers: rungHeaders(turn), events: streamOutput(turn, committed, turn.encoder(turn)) };
    }
    const result = await runChat(turn, settings);
    // An in-character answer was made here, at no cost, and has already set its usage and cost.
    if (turn.flags.in_character !== true) {
      const rung = rungAt(turn.chain, turn.answer?.attempt ?? 0);
      turn.usage =
        result.usage ??
        estimateUsage(turn.request.messages, messageText(result.response.choices[0]?.message.content ?? ''));
      turn.costUsd = priceUsage(rung?.modelConfig ?? null, turn.usage);
      turn.cacheSavingsUsd += cacheSavings(rung?.modelConfig ?? null, turn.usage) ?? 0;
    }
    turn.totalMs = round(performance.now() - turn.startedAt);
    const meta = rungMeta(turn);
    const body: ChatResponse = result.response;
    body.rung = meta;
    const text = result.raw === undefined ? undefined : withRung(result.raw, meta);
    return text === undefined ? { kind: 'response', body, meta } : { kind: 'response', body, meta, text };
  };
}

async function embeddings(turn: Turn, request: EmbeddingRequest, settings: LoopSettings): Promise<TurnResult> {
  const result = await runEmbed(turn, request, settings);
  const rung = rungAt(turn.chain, turn.answer?.attempt ?? 0);
  turn.usage = result.usage ?? estimateEmbeddingUsage(request.input);
  turn.costUsd = priceUsage(rung?.modelConfig ?? null, turn.usage);
  turn.totalMs = round(performance.now() - turn.startedAt);
  const meta = rungMeta(turn);
  const body = result.response;
  body.usage = { prompt_tokens: turn.usage.input, total_tokens: turn.usage.input };
  if (request.encoding_format === 'base64') encodeVectors(body);
  body.rung = meta;
  return { kind: 'embedding', body, meta };
}
