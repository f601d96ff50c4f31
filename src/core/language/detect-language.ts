/**
 * Guesses which of Rung's 17 languages a chat turn is written in, so a soft refusal, an upsell line or a
 * content rule can answer in the user's own language. It runs on every request, so it is one bounded pass
 * over the first characters with no per-character allocation, and it says `null` rather than guess when a
 * message carries too little to go on ("ok 👍", "42").
 *
 * How it decides: the script first (Cyrillic, Arabic, Devanagari, Hangul, kana, Han), because for most
 * scripts that settles it. Latin and Cyrillic words are then scored: letters only one language uses (ğ ı ş
 * for Turkish, ą ł ż for Polish, і ї є ґ for Ukrainian...) weigh 2 per word, letters a few languages share
 * (ç, ü, é...) weigh 1, and each frequent function word weighs 1. Counting per word rather than per letter
 * keeps one foreign name ("Łódź" in an English sentence) from outweighing the sentence around it.
 */

import type { ChatMessage } from '../../spec/chat.js';
import { type LanguageCode, SUPPORTED_LANGUAGES } from './languages.js';
import { STOPWORDS } from './stopwords.js';

/** Enough text to decide; a long message says nothing more in its 3,000th character than in its 300th. */
const SCAN_LIMIT = 2000;
/** Stopwords are short; longer words are never looked up, which saves a slice per long word. */
const MAX_STOPWORD_LENGTH = 12;
/** conversationLanguage looks back at most this many user turns. */
const MAX_USER_TURNS = 16;

const bit = (code: LanguageCode): number => 1 << SUPPORTED_LANGUAGES.indexOf(code);

/** Languages written in Latin script; the Latin verdict is the best of these. */
export const LATIN_LANGUAGES: readonly LanguageCode[] = ['en', 'es', 'pt', 'fr', 'de', 'it', 'tr', 'pl', 'id', 'vi'];

/** Each stopword maps to the bitmask of languages it belongs to. */
const WORDS = new Map<string, number>();
for (const [code, list] of Object.entries(STOPWORDS) as [LanguageCode, string][]) {
  for (const word of list.split(' ')) WORDS.set(word, (WORDS.get(word) ?? 0) | bit(code));
}

function marks(table: Map<number, number>, letters: string, codes: readonly LanguageCode[]): void {
  let mask = 0;
  for (const code of codes) mask |= bit(code);
  for (const letter of letters) {
    const point = letter.codePointAt(0) as number;
    table.set(point, (table.get(point) ?? 0) | mask);
  }
}

/** Letters (and ¿ ¡) that, among the 17, belong to one language only. */
const STRONG = new Map<number, number>();
marks(STRONG, 'ğĞıİşŞ', ['tr']);
marks(STRONG, 'ąĄęĘłŁńŃśŚźŹżŻ', ['pl']);
marks(STRONG, 'đĐơƠưƯăĂ', ['vi']);
marks(STRONG, 'ñÑ¿¡', ['es']);
marks(STRONG, 'ãÃõÕ', ['pt']);
marks(STRONG, 'ßẞäÄ', ['de']);
marks(STRONG, 'œŒùÙûÛîÎïÏëËÿŸ', ['fr']);
marks(STRONG, 'ìÌòÒ', ['it']);
marks(STRONG, 'іІїЇєЄґҐ', ['uk']);
marks(STRONG, 'ыЫэЭъЪёЁ', ['ru']);

/** Letters a few of the languages share: they narrow the field without deciding it. */
const WEAK = new Map<number, number>();
marks(WEAK, 'çÇ', ['pt', 'fr', 'tr']);
marks(WEAK, 'öÖüÜ', ['de', 'tr']);
marks(WEAK, 'èÈ', ['fr', 'it']);
marks(WEAK, 'àÀ', ['fr', 'it', 'pt']);
marks(WEAK, 'êÊôÔ', ['fr', 'pt', 'vi']);
marks(WEAK, 'âÂ', ['fr', 'pt', 'tr', 'vi']);
marks(WEAK, 'éÉ', ['fr', 'es', 'pt', 'it', 'vi']);
marks(WEAK, 'áÁíÍúÚ', ['es', 'pt', 'vi']);
marks(WEAK, 'óÓ', ['es', 'pt', 'pl', 'vi']);
marks(WEAK, 'ãÃõÕýÝ', ['vi']);

const VI = bit('vi');

/** Letters that make up the words we score: Latin (with extensions and combining marks) and Cyrillic. */
function isWordLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Adds `weight` to every language whose bit is set in `mask`. */
function credit(scores: Float64Array, mask: number, weight: number): void {
  for (let index = 0; mask !== 0; index++, mask >>>= 1) {
    if ((mask & 1) !== 0) scores[index] = (scores[index] as number) + weight;
  }
}

/** The best-scoring language among `codes`, or null when nothing scored or two tie at the top. */
function best(scores: Float64Array, codes: readonly LanguageCode[]): LanguageCode | null {
  let top: LanguageCode | null = null;
  let topScore = 0;
  let second = 0;
  for (const code of codes) {
    const score = scores[SUPPORTED_LANGUAGES.indexOf(code)] as number;
    if (score > topScore) {
      second = topScore;
      topScore = score;
      top = code;
    } else if (score > second) second = score;
  }
  return topScore >= 1 && topScore > second ? top : null;
}

/**
 * The language of `text` as one of the 17 codes, or null when unsure.
 * @example detectLanguage('привет, как дела?') // 'ru'
 * @example detectLanguage('こんにちは') // 'ja'
 * @example detectLanguage('ok 👍') // null
 */
export function detectLanguage(text: string): LanguageCode | null {
  const end = Math.min(text.length, SCAN_LIMIT);
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let devanagari = 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  const scores = new Float64Array(SUPPORTED_LANGUAGES.length);
  let wordStart = -1;
  let strong = 0;
  let weak = 0;
  let decomposed = false;

  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    if (isWordLetter(c)) {
      if (wordStart < 0) wordStart = i;
      if (c >= 0x400 && c <= 0x4ff) cyrillic++;
      else if (c >= 0x300 && c <= 0x36f) {
        decomposed = true;
        // Hook above and dot below are Vietnamese tone marks when the text arrives decomposed (NFD).
        if (c === 0x309 || c === 0x323) strong |= VI;
      } else latin++;
      if (c >= 0x80) {
        if (c >= 0x1ea0 && c <= 0x1ef9) strong |= VI;
        strong |= STRONG.get(c) ?? 0;
        weak |= WEAK.get(c) ?? 0;
      }
      continue;
    }
    if (c === 0xbf || c === 0xa1) strong |= STRONG.get(c) ?? 0; // ¿ ¡ open the Spanish word that follows
    if (wordStart >= 0) {
      if (i - wordStart <= MAX_STOPWORD_LENGTH) {
        let word = text.slice(wordStart, i).toLowerCase();
        if (decomposed) word = word.normalize('NFC');
        const mask = WORDS.get(word);
        if (mask !== undefined) credit(scores, mask, 1);
      }
      credit(scores, strong, 2);
      credit(scores, weak & ~strong, 1);
      wordStart = -1;
      strong = 0;
      weak = 0;
      decomposed = false;
    }
    if (c < 0x600) continue;
    if (c <= 0x6ff || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff)) arabic++;
    else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)) arabic++;
    else if (c >= 0x900 && c <= 0x97f) devanagari++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
  }

  // One CJK character carries about as much as a short Latin word, so it counts double against Latin.
  const cjk = (kana + han) * 2;
  const korean = hangul * 2;
  const dominant = Math.max(latin, cyrillic, arabic, devanagari, korean, cjk);
  // A single letter of any script is too little to go on (CJK letters count double, hence 4 for them).
  if (dominant < (dominant === cjk || dominant === korean ? 4 : 2)) return null;
  if (dominant === cjk) {
    // Chinese writers borrow の now and then; Japanese prose is never that short of kana.
    return kana * 4 >= han ? 'ja' : 'zh';
  }
  if (dominant === korean) return 'ko';
  if (dominant === arabic) return 'ar';
  if (dominant === devanagari) return 'hi';
  if (dominant === cyrillic) {
    const uk = scores[SUPPORTED_LANGUAGES.indexOf('uk')] as number;
    const ru = scores[SUPPORTED_LANGUAGES.indexOf('ru')] as number;
    // Without Ukrainian letters or words, Cyrillic among the 17 is Russian.
    return uk > ru ? 'uk' : 'ru';
  }
  return best(scores, LATIN_LANGUAGES);
}

/** The text of a message, text parts joined by a newline (so words at part edges stay apart), bounded. */
export function textOf(content: ChatMessage['content']): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let text = '';
  for (const part of content) {
    if (text.length >= SCAN_LIMIT) break;
    if (part.type === 'text' && typeof part.text === 'string') text = text === '' ? part.text : `${text}\n${part.text}`;
  }
  return text;
}

/**
 * The language of a conversation: that of the latest user message that yields one, else of earlier user
 * messages (a trailing "ok" says nothing), else `fallback`. Looks back at most 16 user turns.
 * @example conversationLanguage([{ role: 'user', content: 'hola qué tal' }, { role: 'user', content: '👍' }], 'en') // 'es'
 */
export function conversationLanguage(messages: readonly ChatMessage[], fallback: string): string {
  let turns = 0;
  for (let index = messages.length - 1; index >= 0 && turns < MAX_USER_TURNS; index--) {
    const message = messages[index];
    if (message?.role !== 'user') continue;
    turns++;
    const language = detectLanguage(textOf(message.content));
    if (language !== null) return language;
  }
  return fallback;
}
