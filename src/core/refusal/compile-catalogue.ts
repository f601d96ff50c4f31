/**
 * Turns the refusal catalogue (plain phrases) into regular expressions once, at detector creation, so detection
 * is a handful of regex scans per answer. The phrase-to-pattern rules are what make matching tolerant: any
 * apostrophe or none ("can't", "can’t", "cant"), any whitespace run, ASCII or full-width punctuation, Arabic
 * diacritics and alef forms, Devanagari nukta and candrabindu.
 */

import { REFUSAL_CATALOGUE, REFUSAL_LANGUAGES, type RefusalCatalogue } from './refusal-markers.js';

export interface CompiledLanguage {
  readonly code: string;
  readonly verbFinal: boolean;
  /** Global; group 1 is a complete phrase, group 2 an opener. */
  readonly markers: RegExp;
  /** Global, for scanning a sentence from a position. */
  readonly negations: RegExp | null;
  readonly objects: RegExp | null;
  /** Anchored at the start of the text that follows a negation. */
  readonly innocentAfter: RegExp | null;
  readonly policy: RegExp | null;
  readonly fillers: RegExp | null;
  /** The script the language is written in: a text without it cannot hold its markers. */
  readonly script: RegExp | null;
}

const APOSTROPHES = "'’ʼ‘`´";
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const ARABIC_MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';
const DEVANAGARI = /[\u0900-\u097F]/;

const PUNCTUATION: Record<string, string> = {
  ',': '\\s*[,，、]\\s*',
  '.': '\\s*[.。]',
  '!': '\\s*[!！]',
  '?': '\\s*[?？]',
  ':': '\\s*[:：]\\s*',
  ';': '\\s*[;；]\\s*',
  '-': '[-‐‑–]?',
};
// A phrase written with full-width punctuation matches the ASCII form too, and the other way round.
for (const [wide, narrow] of Object.entries({
  '，': ',',
  '、': ',',
  '。': '.',
  '！': '!',
  '？': '?',
  '：': ':',
  '；': ';',
})) {
  PUNCTUATION[wide] = PUNCTUATION[narrow] as string;
}

/**
 * A regex source matching the phrase tolerantly (see the module header).
 * @example new RegExp(phrasePattern("I can't"), 'iu').test('I  CAN’T') // true
 */
export function phrasePattern(phrase: string): string {
  // Diacritics and nukta are dropped from the phrase and then allowed anywhere after a letter of that script.
  const plain = phrase
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640\u093C]/g, '')
    .trim();
  let source = '';
  const characters = [...plain];
  for (let i = 0; i < characters.length; i++) {
    const character = characters[i] as string;
    if (APOSTROPHES.includes(character)) source += "['’ʼ‘`´]?";
    else if (/\s/.test(character)) {
      while (i + 1 < characters.length && /\s/.test(characters[i + 1] as string)) i++;
      source += PUNCTUATION[characters[i + 1] ?? ''] === undefined ? '\\s+' : '';
    } else if (PUNCTUATION[character] !== undefined) {
      source += PUNCTUATION[character];
      while (i + 1 < characters.length && /\s/.test(characters[i + 1] as string)) i++;
    } else if (ARABIC_LETTER.test(character)) {
      const letter = 'أإآا'.includes(character) ? '[أإآا]' : 'ىي'.includes(character) ? '[ىي]' : character;
      source += letter + ARABIC_MARKS;
    } else if (DEVANAGARI.test(character)) {
      source += ('ंँ'.includes(character) ? '[ंँ]' : character) + '\\u093C?';
    } else source += character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  return source;
}

/** An alternation of phrases, longest first so the longest phrase wins at a position. */
function alternation(phrases: readonly string[], wordStart: boolean): string | null {
  if (phrases.length === 0) return null;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const body = sorted.map(phrasePattern).join('|');
  return wordStart ? `(?<![\\p{L}\\p{N}\\p{M}])(?:${body})` : `(?:${body})`;
}

function regex(phrases: readonly string[], wordStart: boolean, flags: string, prefix = ''): RegExp | null {
  const source = alternation(phrases, wordStart);
  return source === null ? null : new RegExp(prefix + source, flags);
}

const SCRIPTS: Record<string, RegExp> = {
  latin: /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/,
  cyrillic: /[\u0400-\u04FF]/,
  japanese: /[\u3040-\u30FF\u4E00-\u9FFF]/,
  han: /[\u3400-\u9FFF]/,
  hangul: /[\uAC00-\uD7AF\u1100-\u11FF]/,
  arabic: /[\u0600-\u06FF]/,
  devanagari: /[\u0900-\u097F]/,
};

const SCRIPT_OF: Record<string, string> = {
  ru: 'cyrillic',
  uk: 'cyrillic',
  ja: 'japanese',
  zh: 'han',
  ko: 'hangul',
  ar: 'arabic',
  hi: 'devanagari',
};

/** An empty catalogue for a language known only from the config's extra markers. */
const BARE: RefusalCatalogue = {
  markers: [],
  complete: [],
  negations: [],
  objects: [],
  innocentAfter: [],
  policy: [],
  fillers: [],
  verbFinal: false,
  wordStart: true,
};

function compileLanguage(code: string, catalogue: RefusalCatalogue, extra: readonly string[]): CompiledLanguage {
  const { wordStart } = catalogue;
  const complete = alternation([...catalogue.complete, ...extra], wordStart);
  const openers = alternation(catalogue.markers, wordStart);
  // Two groups so a match says whether it is complete; complete phrases come first to win at the same position.
  const markers = new RegExp(`(${complete ?? '(?!)'})|(${openers ?? '(?!)'})`, 'giu');
  const scriptName = SCRIPT_OF[code] ?? (code in REFUSAL_CATALOGUE ? 'latin' : undefined);
  return {
    code,
    verbFinal: catalogue.verbFinal,
    markers,
    // Negations start a word wherever words are spaced, or "not" would be found in "nothing" and Arabic "لا"
    // inside "السلام" (Arabic stems elsewhere may carry attached prefixes, so only negations get the boundary).
    negations: regex(catalogue.negations, wordStart || code === 'ar', 'giu'),
    objects: regex(catalogue.objects, wordStart, 'iu'),
    innocentAfter: regex(catalogue.innocentAfter, false, 'iu', '^[\\s\\uE000]*'),
    policy: regex(catalogue.policy, wordStart, 'iu'),
    fillers: regex(catalogue.fillers, wordStart, 'iu'),
    // Extra markers may be in any script, so a language that has them is always scanned.
    script: extra.length > 0 || scriptName === undefined ? null : (SCRIPTS[scriptName] ?? null),
  };
}

/**
 * Compiles the built-in catalogue plus extra markers from config (per language code; unknown codes become new
 * languages whose markers are all complete phrases).
 * @example compileCatalogue({ en: ['OOC: no'] }).find((language) => language.code === 'en')
 */
export function compileCatalogue(extra: Partial<Record<string, readonly string[]>> = {}): CompiledLanguage[] {
  const compiled = REFUSAL_LANGUAGES.map((code) => compileLanguage(code, REFUSAL_CATALOGUE[code], extra[code] ?? []));
  for (const [code, phrases] of Object.entries(extra)) {
    if ((REFUSAL_LANGUAGES as readonly string[]).includes(code) || phrases === undefined || phrases.length === 0) {
      continue;
    }
    const spaced = phrases.some((phrase) => /\s/.test(phrase));
    compiled.push(compileLanguage(code, { ...BARE, wordStart: spaced }, phrases));
  }
  return compiled;
}
