/**
 * Turns the refusal catalogue (plain phrases) into regular expressions once, at detector creation, so detection
 * is a handful of regex scans per answer, run over the answer in lower case (`lowerCase`). The phrase-to-pattern
 * rules are what make matching tolerant: any case, any apostrophe or none ("can't", "can’t", "cant"), any
 * whitespace run, ASCII or full-width punctuation, Arabic diacritics and alef forms, Devanagari nukta and
 * candrabindu. A phrase ending in a space must end a word ("вы " is not in "высплюсь"). A phrase written `/…/` is
 * a regex source, for what a phrase list cannot say (Turkish verb suffixes).
 */

import { REFUSAL_CATALOGUE, REFUSAL_LANGUAGES, type RefusalCatalogue } from './refusal-markers.js';

/**
 * What a marker match is. Weak ones ("I'd rather not", "не напишу", "möchte ich") are refusals in fiction too,
 * so they count only with refusal context nearby.
 */
export const MARKER = { complete: 0, weakComplete: 1, identity: 2, opener: 3, weakOpener: 4 } as const;
export type MarkerKind = (typeof MARKER)[keyof typeof MARKER];

/**
 * What a negation match is. Plain ones ("don't", "не", "ne") count only after an identity marker ("As an AI, I
 * don't provide…"), with their verb right after them.
 */
export const NEGATION = { strong: 0, weak: 1, plain: 2 } as const;
export type NegationKind = (typeof NEGATION)[keyof typeof NEGATION];

/** A global regex whose capture groups each hold one list; `kinds[group - 1]` says which list that is. */
export interface Grouped<Kind extends number> {
  readonly regex: RegExp;
  readonly kinds: readonly Kind[];
}

/** The kind of the list a match of a Grouped regex came from. */
export function kindOf<Kind extends number>(grouped: Grouped<Kind>, match: RegExpExecArray): Kind {
  let group = 1;
  while (group < match.length - 1 && match[group] === undefined) group++;
  return grouped.kinds[group - 1] as Kind;
}

export interface CompiledLanguage {
  readonly code: string;
  readonly verbFinal: boolean;
  /**
   * Global; `kindOf` says which list matched. The `/…/` patterns and the plain phrases are scanned apart: in one
   * regex, a pattern that may start at any "e" keeps the engine from skipping ahead for the phrases too.
   */
  readonly markers: readonly Grouped<MarkerKind>[];
  /** Global, for scanning a sentence from a position; `kindOf` says which list matched. */
  readonly negations: Grouped<NegationKind> | null;
  readonly objects: RegExp | null;
  /** Anchored at the start of the text that follows a negation. */
  readonly innocentAfter: RegExp | null;
  /** Found in the text just before a negation. */
  readonly innocentBefore: RegExp | null;
  /** Anchored: what may follow a negation that still refuses whatever was asked ("…, sorry.", "fazer, desculpe."). */
  readonly bareTail: RegExp;
  readonly policy: RegExp | null;
  readonly fillers: RegExp | null;
  /** Refusal context: fillers, policy, the user addressed, a reason given — what a weak refusal needs nearby. */
  readonly cues: RegExp | null;
  /** A reason given for a refusal (policy or harm): a short sentence with one may close a refusal block. */
  readonly reasons: RegExp | null;
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
 * Lower case that keeps every offset: what `toLowerCase` lengthens (Turkish "İ") is mapped to one character.
 * Text and phrases are both lowered, and the patterns need no case-insensitive flag, which would make every
 * scan several times slower.
 * @example lowerCase('İstersen') // 'istersen'
 */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const character of text) {
    const lowered = character.toLowerCase();
    result += lowered.length === character.length ? lowered : character === 'İ' ? 'i' : character;
  }
  return result;
}

/** A phrase written `/…/` is a regex source (in lower case: the text it meets is lowered). */
const isRaw = (phrase: string) => phrase.length > 2 && phrase.startsWith('/') && phrase.endsWith('/');

/**
 * A regex source matching the phrase tolerantly (see the module header).
 * @example new RegExp(phrasePattern("I can't"), 'iu').test('I  CAN’T') // true
 */
export function phrasePattern(phrase: string): string {
  if (isRaw(phrase)) return phrase.slice(1, -1);
  // Diacritics and nukta are dropped from the phrase and then allowed anywhere after a letter of that script.
  const plain = lowerCase(
    phrase
      .normalize('NFC')
      .replace(/[\u064B-\u065F\u0670\u0640\u093C]/g, '')
      .trim(),
  );
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
  return endsWord(phrase) ? source + WORD_END : source;
}

/** "вы " with a space after it is the word itself, not a stem ("вы" is not in "высплюсь"). */
const endsWord = (phrase: string) => /\s$/.test(phrase);
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';

/**
 * The plain phrases' patterns, longest first so the longest phrase wins at a position; null if none. Those that
 * must end a word share one check after them: a check after each phrase makes the whole scan several times slower.
 */
function body(phrases: readonly string[]): string | null {
  const plain = [...new Set(phrases)].filter((phrase) => !isRaw(phrase)).sort((a, b) => b.length - a.length);
  const stems = plain.filter((phrase) => !endsWord(phrase)).map(phrasePattern);
  const words = plain.filter(endsWord).map((phrase) => phrasePattern(phrase.trimEnd()));
  if (words.length > 0) stems.unshift(`(?:${words.join('|')})${WORD_END}`);
  return stems.length === 0 ? null : stems.join('|');
}

/** The `/…/` phrases' sources: they set their own word boundaries. */
function raw(phrases: readonly string[]): string | null {
  const sources = [...new Set(phrases)].filter(isRaw).map(phrasePattern);
  return sources.length === 0 ? null : sources.join('|');
}

/** An alternation of phrases, longest first so the longest phrase wins at a position. */
function alternation(phrases: readonly string[], wordStart: boolean): string | null {
  const plain = body(phrases);
  const own = raw(phrases);
  const parts = [];
  if (plain !== null) parts.push(wordStart ? `${WORD_START}(?:${plain})` : plain);
  if (own !== null) parts.push(own);
  return parts.length === 0 ? null : `(?:${parts.join('|')})`;
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
  weakMarkers: [],
  identity: [],
  complete: [],
  weakComplete: [],
  negations: [],
  weakNegations: [],
  plainNegations: [],
  objects: [],
  doVerbs: [],
  innocentAfter: [],
  innocentBefore: [],
  policy: [],
  fillers: [],
  context: [],
  reasons: [],
  verbFinal: false,
  wordStart: true,
};

const SPACE_OR_MARK = '[\\s\\p{P}\\p{S}\\uE000]*';

/**
 * `(a)|(b)|…`, one capture group per non-empty list (in the order given, so that at one position the earlier
 * list wins), or null when all are empty. Empty lists get no group: an always-failing one would keep the engine
 * from skipping ahead to the characters a match can start with, and the scan would cost twice as much.
 */
function grouped<Kind extends number>(
  lists: ReadonlyArray<readonly [Kind, readonly string[]]>,
  wordStart: boolean,
  take: 'raw' | 'plain' | 'both' = 'both',
): Grouped<Kind> | null {
  // Raw patterns (specific constructions: "не" only before a "-тиму" verb) come first, so that at one position
  // they win over a plain phrase. The word-start check is written once, before all the plain groups: in each
  // group it would cost twice as much.
  const kinds: Kind[] = [];
  const own: string[] = [];
  const plain: string[] = [];
  for (const [kind, phrases] of take === 'plain' ? [] : lists) {
    const source = raw(phrases);
    if (source === null) continue;
    kinds.push(kind);
    own.push(`(${source})`);
  }
  for (const [kind, phrases] of take === 'raw' ? [] : lists) {
    const source = body(phrases);
    if (source === null) continue;
    kinds.push(kind);
    plain.push(`(${source})`);
  }
  const parts = [...own];
  if (plain.length > 0) parts.push(wordStart ? `${WORD_START}(?:${plain.join('|')})` : plain.join('|'));
  return parts.length === 0 ? null : { regex: new RegExp(parts.join('|'), 'gu'), kinds };
}

/**
 * What may follow a negation that refuses whatever was asked: punctuation, up to two generic words ("do that",
 * "for you"), an apology or offer, the end ("I'm sorry, but I can't.", "não consigo fazer, desculpe.") — or any
 * one verb when an apology closes it ("…eu não consigo descobrir para você, desculpe.").
 */
function bareTail(catalogue: RefusalCatalogue): RegExp {
  const verbs = alternation(catalogue.doVerbs, catalogue.wordStart);
  const fillers = alternation(catalogue.fillers, catalogue.wordStart);
  const verb = verbs === null ? '' : `(?:${verbs}(?![\\p{L}\\p{M}])${SPACE_OR_MARK})`;
  const filler = fillers === null ? '' : `(?:${fillers}[\\p{L}\\p{M}\\s,'’]{0,30}${SPACE_OR_MARK})`;
  const bare = `${verb === '' ? '' : `${verb}{0,2}`}${filler === '' ? '' : `${filler}?`}`;
  const apology = filler === '' ? '' : `|[\\p{L}\\p{M}]+${SPACE_OR_MARK}${verb === '' ? '' : `${verb}?`}${filler}`;
  return new RegExp(`^${SPACE_OR_MARK}(?:${bare}${apology})$`, 'u');
}

function compileLanguage(code: string, catalogue: RefusalCatalogue, extra: readonly string[]): CompiledLanguage {
  const { wordStart } = catalogue;
  // At one position a complete phrase wins over an opener, a strong one over a weak one.
  const markerLists: ReadonlyArray<readonly [MarkerKind, readonly string[]]> = [
    [MARKER.complete, [...catalogue.complete, ...extra]],
    [MARKER.weakComplete, catalogue.weakComplete],
    [MARKER.identity, catalogue.identity],
    [MARKER.opener, catalogue.markers],
    [MARKER.weakOpener, catalogue.weakMarkers],
  ];
  const markers = [grouped(markerLists, wordStart, 'raw'), grouped(markerLists, wordStart, 'plain')].filter(
    (scan): scan is Grouped<MarkerKind> => scan !== null,
  );
  // Negations start a word wherever words are spaced, or "not" would be found in "nothing" and Arabic "لا"
  // inside "السلام" (Arabic stems elsewhere may carry attached prefixes, so only negations get the boundary).
  const negations = grouped<NegationKind>(
    [
      [NEGATION.strong, catalogue.negations],
      [NEGATION.weak, catalogue.weakNegations],
      [NEGATION.plain, catalogue.plainNegations],
    ],
    wordStart || code === 'ar',
  );
  const scriptName = SCRIPT_OF[code] ?? (code in REFUSAL_CATALOGUE ? 'latin' : undefined);
  return {
    code,
    verbFinal: catalogue.verbFinal,
    markers,
    negations,
    objects: regex(catalogue.objects, wordStart, 'u'),
    innocentAfter: regex(catalogue.innocentAfter, false, 'u', '^[\\s\\uE000]*'),
    innocentBefore: regex(catalogue.innocentBefore, wordStart, 'u'),
    bareTail: bareTail(catalogue),
    policy: regex(catalogue.policy, wordStart, 'u'),
    fillers: regex(catalogue.fillers, wordStart, 'u'),
    cues: regex(
      [...catalogue.fillers, ...catalogue.policy, ...catalogue.context, ...catalogue.reasons],
      wordStart,
      'u',
    ),
    reasons: regex([...catalogue.policy, ...catalogue.reasons], wordStart, 'u'),
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
