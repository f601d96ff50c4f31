/**
 * Which Latin-script languages a text can be in, from its most common words, so that detection scans the marker
 * lists of those languages (and English) instead of all ten. A text gives evidence only when enough of its words
 * are function words and one language clearly leads; otherwise (a short reply, a mix, a list of names) every
 * language is scanned, as before. Languages in other scripts are chosen by their script, not here. The words are
 * the ones language detection counts (core/language/stopwords.ts).
 */

import { LATIN_LANGUAGES } from '../language/detect-language.js';
import { STOPWORDS } from '../language/stopwords.js';

/** Fewer function words than this in a window: too little to go on. */
const MIN_EVIDENCE = 3;
/** Languages with at least this share of the leader's count are scanned too (Romance texts share many words). */
const RUNNER_UP_SHARE = 0.5;
/** Shorter texts are scanned for every language. */
const MIN_TEXT_CHARS = 300;
/** Only the opening is read: where a whole refusal is, and where an answer's language is clear. */
const HEAD_CHARS = 300;
/**
 * The languages a text is not in are still scanned over its last characters (from a word start), where a
 * trailing refusal is: a story in English may end with a short refusal in Turkish ("…the end.\n\nBunu yazamam.").
 */
const TAIL_CHARS = 120;

const WORD = /[\p{L}\p{M}]+/gu;

/** Each Latin-script stopword → the languages it belongs to (a word shared by several counts for each). */
const INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const code of LATIN_LANGUAGES) {
    for (const word of (STOPWORDS[code] ?? '').split(' ')) {
      const codes = index.get(word) ?? [];
      if (!codes.includes(code)) codes.push(code);
      index.set(word, codes);
    }
  }
  return index;
})();

/** The Latin-script languages whose words this module knows. */
export const EVIDENCED_LANGUAGES: ReadonlySet<string> = new Set(LATIN_LANGUAGES);

/**
 * The Latin-script languages worth scanning all of `lowered` (lower-case text) for, English always among them; null
 * when the text is short or its opening does not say clearly (then scan them all).
 * @example latinLanguages(englishAnswer) // Set { 'en' }
 */
export function latinLanguages(lowered: string): ReadonlySet<string> | null {
  // A short text costs little to scan whole, less than reading its words and scanning the end again.
  if (lowered.length < MIN_TEXT_CHARS) return null;
  const window = lowered.length > HEAD_CHARS ? lowered.slice(0, HEAD_CHARS) : lowered;
  const counts = new Map<string, number>();
  let total = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(window); match !== null; match = WORD.exec(window)) {
    const codes = INDEX.get(match[0]);
    if (codes === undefined) continue;
    total++;
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (total < MIN_EVIDENCE) return null;
  let best = 0;
  for (const count of counts.values()) best = Math.max(best, count);
  const chosen = new Set<string>(['en']);
  for (const [code, count] of counts) if (count >= best * RUNNER_UP_SHARE) chosen.add(code);
  return chosen;
}

/** Where the other languages' scan starts: the last TAIL_CHARS characters, from the start of a word. */
export function tailStart(text: string): number {
  let start = text.length - TAIL_CHARS;
  if (start <= 0) return 0;
  const space = text.lastIndexOf(' ', start);
  const newline = text.lastIndexOf('\n', start);
  const boundary = Math.max(space, newline);
  if (boundary !== -1 && start - boundary <= 40) start = boundary;
  return start;
}
