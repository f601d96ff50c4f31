/**
 * Decides whether an HTTP 200 answer is usable. The article's lesson: a 200 can be a silent refusal
 * (finish_reason content_filter or length with empty content), and `stop` with empty text is no answer either.
 */

import { hasText } from '../spec/answer.js';
import type { ChatMessage, ContentPart, FinishReason } from '../spec/chat.js';
import type { Outcome } from '../spec/outcome.js';
import type { ProviderResult } from '../spec/provider.js';

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

/** An answer with no usable content: silent refusal when the finish reason says filter or length. */
export function emptyOutcome(finish: FinishReason | null): Outcome {
  return finish?.unified === 'content_filter' || finish?.unified === 'length' ? 'silent_refusal' : 'empty';
}

export function classifyResult(result: ProviderResult): { outcome: Outcome; detail?: string } {
  const choice = result.response.choices[0];
  if (choice === undefined) return { outcome: 'no_choices', detail: 'the answer had no choices' };
  const message = choice.message;
  // A filter cut the answer: whatever text came before the cut is not the answer (issue 4 salvages from it).
  if (result.finish.unified === 'content_filter') {
    return { outcome: 'silent_refusal', detail: `finish_reason ${result.finish.raw ?? 'content_filter'}` };
  }
  if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) return { outcome: 'ok' };
  if (hasText(messageText(message.content))) return { outcome: 'ok' };
  const outcome = emptyOutcome(result.finish);
  return {
    outcome,
    detail:
      outcome === 'silent_refusal'
        ? `empty content with finish_reason ${result.finish.raw}`
        : `empty content (finish_reason ${result.finish.raw ?? 'none'})`,
  };
}
