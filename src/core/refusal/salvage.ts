/**
 * Salvage (the article's `salvage_partial`): keep the good text a refused or filtered answer carried before the
 * model stopped, at zero extra API calls. Unwrap a JSON envelope, strip trailing refusal sentences, cut at the
 * last sentence end, and keep the result only if it is long enough to be an answer — the gate is what stops
 * "I can't help" from being salvaged as "I can".
 */

import { jsonContent } from './answer-content.js';
import type { RefusalDetector } from './detect-refusal.js';
import { endsAtSentenceEnd, lastSentenceEnd } from './sentences.js';

export interface SalvageOptions {
  /** Shortest text worth keeping, in code points (so a CJK character counts once). Default 150. */
  minChars?: number;
}

export const DEFAULT_MIN_SALVAGE_CHARS = 150;

/** Strip-and-cut rounds: each can expose one more trailing refusal; more than a few means something odd. */
const MAX_ROUNDS = 4;

/**
 * Length in code points, so that an emoji or a rare CJK character counts once.
 * @example codePointLength('日本語') // 3
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The text up to its last sentence end; a text that already ends a sentence comes back unchanged (byte for
 * byte, trailing spaces included).
 * @example cutToSentenceEnd('One. Two, thr') // 'One.'
 */
export function cutToSentenceEnd(text: string): string {
  if (endsAtSentenceEnd(text)) return text;
  return text.slice(0, lastSentenceEnd(text));
}

/**
 * The usable part of a refused or filtered answer, or null when nothing usable is left (a whole refusal, or less
 * than `minChars` after stripping and cutting). Innocent text that ends a sentence is returned unchanged.
 * @example
 * salvage(`${story}\n\nI'm sorry, but I can't continue this story.`, detector) // story
 * salvage("I'm sorry, but I can't help with that.", detector) // null
 */
export function salvage(text: string, detector: RefusalDetector, options: SalvageOptions = {}): string | null {
  const minChars = options.minChars ?? DEFAULT_MIN_SALVAGE_CHARS;
  let current = jsonContent(text) ?? text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const verdict = detector.detect(current);
    if (verdict.kind === 'whole') return null;
    let next = current;
    if (verdict.kind === 'trailing' && verdict.cutAt !== null) next = current.slice(0, verdict.cutAt).trimEnd();
    next = cutToSentenceEnd(next);
    if (next === current) break;
    current = next;
  }
  return codePointLength(current) < minChars ? null : current;
}
