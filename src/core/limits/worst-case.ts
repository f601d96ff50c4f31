/**
 * The most a turn can cost, reserved before any call: for each rung it may reach, the prompt (an upper bound
 * of its tokens, no tokenizer on the hot path) at the input price plus the output cap at the output price.
 * The reservation holds the largest of these. A turn whose fallbacks each spend (refused answers are billed)
 * can settle above it; the settle counts the real cost all the same, so spend is never lost, only a cascade
 * of billed refusals can pass a ceiling, and by at most one turn's worth.
 */
import { estimatePromptTokensUpperBound } from '../../catalogue/count-tokens.js';
import type { ChatMessage } from '../../spec/chat.js';
import type { ResolvedRung } from '../resolve-chain.js';
import type { Turn } from '../turn.js';

export interface WorstCase {
  usd: number;
  /** Prompt + output tokens, for token budgets and tokens-per-minute limits. */
  tokens: number;
  /** Rungs with no price: their calls cannot be budgeted (rung check warns). */
  unpriced: string[];
}

/** The output tokens a call on this rung may produce: the request's own cap within the rung's. */
export function outputCap(turn: Turn, rung: ResolvedRung): number | undefined {
  const request = turn.request;
  const asked = request.max_completion_tokens ?? request.max_tokens;
  const own = typeof asked === 'number' ? asked : undefined;
  if (own === undefined) return rung.maxOutputTokens;
  return rung.maxOutputTokens === undefined ? own : Math.min(own, rung.maxOutputTokens);
}

// The rate limiter (for a tokens-per-minute line) and the budget, one after the other, both need the turn's prompt
// estimate: one pass over the prompt serves both. Kept per turn and per prompt object, so a turn whose messages
// (or embedding input) were replaced is estimated afresh.
const estimates = new WeakMap<Turn, { prompt: unknown; tokens: number }>();

export function promptTokens(turn: Turn): number {
  const prompt = turn.embedding !== null ? turn.embedding.input : turn.request.messages;
  const known = estimates.get(turn);
  if (known !== undefined && known.prompt === prompt) return known.tokens;
  const tokens = estimatePrompt(turn);
  estimates.set(turn, { prompt, tokens });
  return tokens;
}

function estimatePrompt(turn: Turn): number {
  if (turn.embedding !== null) {
    const input = turn.embedding.input;
    const texts = typeof input === 'string' ? [input] : input;
    let tokens = 0;
    for (const item of texts) {
      if (typeof item === 'string') {
        tokens += estimatePromptTokensUpperBound([{ role: 'user', content: item }]);
      } else tokens += typeof item === 'number' ? 1 : item.length;
    }
    return tokens;
  }
  return estimatePromptTokensUpperBound(turn.request.messages as readonly ChatMessage[]);
}

export function worstCase(turn: Turn, rungs: readonly ResolvedRung[]): WorstCase {
  const prompt = promptTokens(turn);
  let usd = 0;
  let tokens = prompt;
  const unpriced: string[] = [];
  for (const rung of rungs) {
    const output = turn.embedding !== null ? 0 : (outputCap(turn, rung) ?? 0);
    tokens = Math.max(tokens, prompt + output);
    const price = rung.modelConfig?.price;
    if (price === undefined) {
      unpriced.push(rung.model);
      continue;
    }
    usd = Math.max(usd, (prompt * price.input + output * price.output) / 1_000_000);
  }
  return { usd, tokens, unpriced };
}
