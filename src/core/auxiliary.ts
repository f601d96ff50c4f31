/**
 * Auxiliary calls a turn makes on its own behalf — the content classifier, the semantic cache's embedding —
 * run through a route like any turn (fallbacks, timeouts, the client's abort) in a child turn of the caller's.
 * Their cost is added to the turn's; they are not the answer.
 */
import type { ChatRequest } from '../spec/chat.js';
import type { EmbeddingRequest, EmbedResult } from '../spec/embeddings.js';
import type { ProviderResult } from '../spec/provider.js';
import { type LoopSettings, runChat, runEmbed } from './attempt-loop.js';
import { priceUsage } from './pricing.js';
import { type ResolvedChain, resolveChain, rungAt } from './resolve-chain.js';
import type { Turn } from './turn.js';

function child(turn: Turn, request: ChatRequest): Turn {
  return {
    ...turn,
    request,
    stream: false,
    chain: withoutJudge(
      resolveChain(turn.runtime, { model: request.model, plan: turn.identity.plan, mode: turn.identity.mode }),
    ),
    attempts: [],
    answer: null,
    usage: null,
    costUsd: null,
    character: null,
    flags: {},
    headers: {},
    cache: null,
  };
}

/** Auxiliary answers are never sent to a refusal judge: a judge judging itself would never end. */
function withoutJudge(chain: ResolvedChain): ResolvedChain {
  return chain.judge === null ? chain : { ...chain, judge: null };
}

function settings(turn: Turn): LoopSettings {
  const defaults = turn.runtime.config.defaults;
  return { baseDelayMs: defaults.retry_base_delay_ms, retryAfterCapMs: defaults.retry_after_cap_ms };
}

/** A chat call on `request.model` (a route); its attempts are returned for the caller to report if it wants. */
export async function auxiliaryChat(turn: Turn, request: ChatRequest): Promise<{ result: ProviderResult; aux: Turn }> {
  const aux = child(turn, request);
  const result = await runChat(aux, settings(turn));
  turn.auxCostUsd += priceUsage(rungAt(aux.chain, aux.answer?.attempt ?? 0)?.modelConfig ?? null, result.usage) ?? 0;
  return { result, aux };
}

/** Embeddings of `input` from a route. */
export async function auxiliaryEmbed(turn: Turn, route: string, input: string): Promise<Float32Array> {
  const request: EmbeddingRequest = { model: route, input };
  const aux = child(turn, { model: route, messages: [] });
  aux.embedding = request;
  const result: EmbedResult = await runEmbed(aux, request, settings(turn));
  turn.auxCostUsd += priceUsage(rungAt(aux.chain, aux.answer?.attempt ?? 0)?.modelConfig ?? null, result.usage) ?? 0;
  const vector = result.response.data[0]?.embedding;
  if (!Array.isArray(vector)) throw new Error('the embeddings route answered no vector');
  return Float32Array.from(vector as number[]);
}
