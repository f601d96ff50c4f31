/**
 * Decides whether an HTTP 200 answer is usable. The article's lesson: a 200 can be a silent refusal
 * (finish_reason content_filter or length with empty content), `stop` with empty text is no answer either, and
 * a polite "I can't help with that" in any of 17 languages is a refusal. Before any of those fails the rung,
 * salvage (zero extra calls) tries to keep the good text that came before a filter or a trailing refusal.
 */

import { hasText } from '../spec/answer.js';
import type { ChatMessage, ContentPart, FinishReason } from '../spec/chat.js';
import type { Outcome } from '../spec/outcome.js';
import type { ProviderResult } from '../spec/provider.js';
import type { RefusalDetector } from './refusal/detect-refusal.js';
import { salvage } from './refusal/salvage.js';

export function messageText(content: ChatMessage['content']): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let text = '';
  for (const part of content as ContentPart[]) {
    if (part.type === 'text' && typeof (part as { text?: unknown }).text === 'string')
      text += (part as { text: string }).text;
  }
  return text;
}

/** The text of the latest user message: what the turn asks. */
export function latestUserText(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (message?.role === 'user') return messageText(message.content);
  }
  return '';
}

/** An answer with no usable content: silent refusal when the finish reason says filter or length. */
export function emptyOutcome(finish: FinishReason | null): Outcome {
  return finish?.unified === 'content_filter' || finish?.unified === 'length' ? 'silent_refusal' : 'empty';
}

export interface RefusalPolicy {
  detector: RefusalDetector;
  minSalvageChars: number;
}

export interface Judgement {
  outcome: Outcome;
  detail?: string;
  /** Set when the answer is usable only as salvaged: the text to answer with instead. */
  salvaged?: string;
}

/**
 * Judges answer text (a whole answer, or a stream's buffered opening when `complete` is false: then a trailing
 * refusal cannot be told yet, and only a whole refusal fails).
 */
export function judgeText(
  text: string,
  finish: FinishReason | null,
  policy: RefusalPolicy,
  complete = true,
): Judgement {
  /** Salvage, or fail with `failure` when too little is left. */
  const keep = (failure: Outcome, detail: string): Judgement => {
    const kept = salvage(text, policy.detector, { minChars: policy.minSalvageChars });
    return kept === null ? { outcome: failure, detail } : { outcome: 'ok', salvaged: kept };
  };
  if (finish?.unified === 'content_filter') {
    const why = `finish_reason ${finish.raw ?? 'content_filter'}`;
    if (!hasText(text)) return { outcome: 'silent_refusal', detail: why };
    return keep('silent_refusal', `filtered after ${text.length} characters (${why})`);
  }
  const verdict = policy.detector.detect(text);
  if (verdict.kind === 'whole') {
    return { outcome: 'refusal', detail: `refusal (${verdict.language ?? '?'}: "${verdict.marker ?? ''}")` };
  }
  if (verdict.kind === 'trailing' && complete) {
    return keep('refusal', `trailing refusal (${verdict.language ?? '?'}: "${verdict.marker ?? ''}")`);
  }
  return { outcome: 'ok' };
}

export function classifyResult(result: ProviderResult, policy: RefusalPolicy): Judgement {
  const choice = result.response.choices[0];
  if (choice === undefined) return { outcome: 'no_choices', detail: 'the answer had no choices' };
  const message = choice.message;
  const text = messageText(message.content);
  const calls = Array.isArray(message.tool_calls) && message.tool_calls.length > 0;
  if (!calls && !hasText(text)) {
    const outcome = emptyOutcome(result.finish);
    return {
      outcome,
      detail:
        outcome === 'silent_refusal'
          ? `empty content with finish_reason ${result.finish.raw}`
          : `empty content (finish_reason ${result.finish.raw ?? 'none'})`,
    };
  }
  // Text beside tool calls is a preamble ("Let me check."), not an answer to judge.
  if (calls && result.finish.unified !== 'content_filter') return { outcome: 'ok' };
  return judgeText(text, result.finish, policy);
}
