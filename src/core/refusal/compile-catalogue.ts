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
 * so they count only with refusal context nearby. Impersonal ones ("This request can't be fulfilled.") are
 * complete where they open their sentence and close it, or give a reason; passive ones ("Such instructions aren't
 * provided here.") are weak and count only next to a strong refusal, or alone; deflections ("Let's leave this
 * topic.") are weak and count only with an offer of something else after them.
 */
export const MARKER = {
  complete: 0,
  weakComplete: 1,
  identity: 2,
  opener: 3,
  weakOpener: 4,
  impersonal: 5,
  passive: 6,
  deflection: 7,
} as const;
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
  /**
   * The first group whose matches must start a word, or null when none must. The regex does not check it: a
   * lookbehind in front of the phrases keeps the engine from skipping ahead to where they can start, and the
   * scan costs about twice as much. `nextMatch` checks it instead.
   */
  readonly wordFrom: number | null;
  /**
   * The regex opens with `(?:^|separator)` (see LEAD), so every match starts a word and the engine jumps from
   * separator to separator instead of trying each letter: the plain phrase lists of the Latin-script languages
   * scan 2–3× faster on text without refusals. `nextMatch` drops the separator from the match it returns.
   */
  readonly led: boolean;
  /**
   * For a led regex: the openings its phrases can start with (`openingKey`), so a text none of whose words opens
   * that way is not scanned at all (`wordOpenings`); null when some phrase opens with no literal letter.
   */
  readonly openings: ReadonlySet<number> | null;
  /**
   * For a list of `/…/` patterns: a match counts only where a led regex could start one (the text's start, or
   * after a separator), so the list can be sieved by the openings of its patterns like a led list.
   */
  readonly anchored?: true;
}

/** A separator-led regex's next match, reported from the word it starts (see `Grouped.led`). */
function nextLedMatch(regex: RegExp, text: string): RegExpExecArray | null {
  const from = regex.lastIndex;
  // A word starting right at `from` has its separator just before it: start there so the regex can take it.
  if (from > 0 && !INSIDE_WORD.test(text[from - 1] as string)) regex.lastIndex = from - 1;
  const match = regex.exec(text);
  if (match === null) return null;
  const index = match.index;
  if (index === 0 && INSIDE_WORD.test(text[0] as string)) return match;
  const separator = (text.codePointAt(index) as number) > 0xffff ? 2 : 1;
  match.index = index + separator;
  match[0] = match[0].slice(separator);
  return match;
}

/** An anchored list's next match that starts where a led regex's could (see `Grouped.anchored`). */
function nextAnchoredMatch(regex: RegExp, text: string): RegExpExecArray | null {
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const index = match.index;
    if (index === 0 || UNIT_CLASS[text.charCodeAt(index - 1)] !== 0) return match;
    regex.lastIndex = index + 1;
  }
  return null;
}

/** The capture group (from 1) a match of a Grouped regex came from. */
function groupOf(match: RegExpExecArray): number {
  let group = 1;
  while (group < match.length - 1 && match[group] === undefined) group++;
  return group;
}

/** The kind of the list a match of a Grouped regex came from. */
export function kindOf<Kind extends number>(grouped: Grouped<Kind>, match: RegExpExecArray): Kind {
  return grouped.kinds[groupOf(match) - 1] as Kind;
}

const INSIDE_WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * The next match of a Grouped regex in text from its `lastIndex`, skipping phrases found inside a word ("not" in
 * "nothing"); null when there is none. Like `exec`, it leaves `lastIndex` after the match.
 */
export function nextMatch<Kind extends number>(grouped: Grouped<Kind>, text: string): RegExpExecArray | null {
  const { regex, wordFrom } = grouped;
  if (grouped.led) return nextLedMatch(regex, text);
  if (grouped.anchored === true) return nextAnchoredMatch(regex, text);
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const index = match.index;
    if (wordFrom === null || index === 0 || !INSIDE_WORD.test(text[index - 1] as string)) return match;
    if (groupOf(match) < wordFrom) return match;
    regex.lastIndex = index + 1;
  }
  return null;
}

export interface CompiledLanguage {
  readonly code: string;
  readonly verbFinal: boolean;
  /**
   * Global; `kindOf` says which list matched. The `/…/` patterns and the plain phrases are scanned apart: in one
   * regex, a pattern that may start at any "e" keeps the engine from skipping ahead for the phrases too.
   */
  readonly markers: readonly Grouped<MarkerKind>[];
  /** Whole-match tests for the markers found in a shared group: impersonal, passive, deflection (see `markerKind`). */
  readonly impersonal: RegExp | null;
  readonly passive: RegExp | null;
  readonly deflections: RegExp | null;
  /** Global, for scanning a sentence from a position; `kindOf` says which list matched. */
  readonly negations: Grouped<NegationKind> | null;
  readonly objects: RegExp | null;
  /** Anchored at the start of the text that follows an impersonal marker: its verb ("fulfilled", "受理"). */
  readonly impersonalVerbs: RegExp | null;
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
  /**
   * Anchored at the text start: a bare no and an apology, in either order ("No, sorry.", "Lo siento, pero no.",
   * "不行，抱歉。"), and the punctuation after them. A reply that is that and padding is a whole refusal.
   */
  readonly bareReply: RegExp | null;
  /** Apologies proper ("sorry", "извините"): the only padding cut together with a trailing refusal before it. */
  readonly apologies: RegExp | null;
  /**
   * Anchored at the text start: a casual decline, alone or after a no ("Nope — can't do that.", "Nee, das mach ich
   * nicht.", "Thôi, cái này mình chịu."), with a particle or an apology after it. A reply that is that and padding
   * is a whole refusal.
   */
  readonly declineReply: RegExp | null;
  /** The casual declines alone, anywhere: a cheap test before `declineReply`. */
  readonly declines: RegExp | null;
  /** Redirects and offers of something else ("Please check with a pharmacist.", "Могу объяснить…"): after a refusal, not content. */
  readonly offers: RegExp | null;
  /** Everyday plans ("on Saturday", "because I'm working"): a refusal core in their sentence is ordinary speech. */
  readonly everyday: RegExp | null;
  /** Inside an *action*, the model stepping out of the role ("*steps out of character*"): the line is not the story. */
  readonly outOfCharacter: RegExp | null;
}

const APOSTROPHES = "'’ʼ‘`´";
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
// Marks are written as the characters themselves, not escapes: V8 stops optimising a regex whose source is over
// 20 KB, and the Arabic markers, with these after every letter, came near it.
const ARABIC_MARKS = '[ً-ٰٟـ]*';
const DEVANAGARI = /[\u0900-\u097F]/;
// The nukta, optional after any Devanagari letter (written as itself, like the Arabic marks).
const NUKTA = '़?';

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
  const source = phraseAtoms(phrase).join('');
  return endsWord(phrase) ? source + WORD_END : source;
}

/** The phrase as a list of regex sources, one per character (or run of spaces, or punctuation mark). */
function phraseAtoms(phrase: string): string[] {
  // Diacritics and nukta are dropped from the phrase and then allowed anywhere after a letter of that script.
  const plain = lowerCase(
    phrase
      .normalize('NFC')
      .replace(/[\u064B-\u065F\u0670\u0640\u093C]/g, '')
      .trim(),
  );
  const atoms: string[] = [];
  const characters = [...plain];
  for (let i = 0; i < characters.length; i++) {
    const character = characters[i] as string;
    if (APOSTROPHES.includes(character)) atoms.push("['’ʼ‘`´]?");
    else if (/\s/.test(character)) {
      while (i + 1 < characters.length && /\s/.test(characters[i + 1] as string)) i++;
      if (PUNCTUATION[characters[i + 1] ?? ''] === undefined) atoms.push('\\s+');
    } else if (PUNCTUATION[character] !== undefined) {
      atoms.push(PUNCTUATION[character] as string);
      while (i + 1 < characters.length && /\s/.test(characters[i + 1] as string)) i++;
    } else if (ARABIC_LETTER.test(character)) {
      const letter = 'أإآا'.includes(character) ? '[أإآا]' : 'ىي'.includes(character) ? '[ىي]' : character;
      atoms.push(letter + ARABIC_MARKS);
    } else if (DEVANAGARI.test(character)) {
      atoms.push(('ंँ'.includes(character) ? '[ंँ]' : character) + NUKTA);
    } else atoms.push(character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  }
  return atoms;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  end: boolean;
  /** The most atoms below this node: children are tried deepest first, so the longest phrase wins. */
  depth: number;
}

/**
 * One regex source for many phrases, their common beginnings written once ("I can't" and "I can't help" as
 * "i can['’]?t(?:\\s+help|)"): the engine tries a few branches per position instead of every phrase, and the
 * source stays small. Deeper branches come first and the end of a phrase last, so the longest phrase wins.
 */
function trie(sequences: readonly (readonly string[])[]): string {
  const root: TrieNode = { children: new Map(), end: false, depth: 0 };
  for (const sequence of sequences) {
    let node = root;
    for (const atom of sequence) {
      let child = node.children.get(atom);
      if (child === undefined) {
        child = { children: new Map(), end: false, depth: 0 };
        node.children.set(atom, child);
      }
      node = child;
    }
    node.end = true;
  }
  const measure = (node: TrieNode): number => {
    for (const child of node.children.values()) node.depth = Math.max(node.depth, measure(child) + 1);
    return node.depth;
  };
  measure(root);
  const emit = (node: TrieNode): string => {
    const branches = [...node.children]
      .sort((a, b) => b[1].depth - a[1].depth)
      .map(([atom, child]) => atom + emit(child));
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.end) return branches[0] as string;
    return `(?:${branches.join('|')}${node.end ? '|' : ''})`;
  };
  return emit(root);
}

/** "вы " with a space after it is the word itself, not a stem ("вы" is not in "высплюсь"). */
const endsWord = (phrase: string) => /\s$/.test(phrase);
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

const WORD_START = '(?<![\\p{L}\\p{N}\\p{M}])';

/**
 * The plain phrases' patterns as one trie, so the longest phrase wins at a position; null if none. Those that must
 * end a word share one check after them: a check after each phrase makes the whole scan several times slower.
 */
function body(phrases: readonly string[]): string | null {
  const plain = [...new Set(phrases)].filter((phrase) => !isRaw(phrase));
  const stems = plain.filter((phrase) => !endsWord(phrase)).map(phraseAtoms);
  const words = plain.filter(endsWord).map((phrase) => phraseAtoms(phrase.trimEnd()));
  const parts = [];
  if (words.length > 0) parts.push(`${trie(words)}${WORD_END}`);
  if (stems.length > 0) parts.push(trie(stems));
  return parts.length === 0 ? null : parts.join('|');
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

/** A regex matching exactly one of the phrases, as a whole string; null if there are none. */
function exact(phrases: readonly string[]): RegExp | null {
  const source = alternation(phrases, false);
  return source === null ? null : new RegExp(`^${source}$`, 'u');
}

/**
 * The kind of a marker match: its group's, unless a shared group's match is an impersonal, passive or deflection
 * phrase.
 * @example markerKind(english, markers, match) // MARKER.impersonal for "this request can't be"
 */
export function markerKind(
  language: CompiledLanguage,
  markers: Grouped<MarkerKind>,
  match: RegExpExecArray,
): MarkerKind {
  const kind = kindOf(markers, match);
  if (kind === MARKER.complete && language.impersonal?.test(match[0])) return MARKER.impersonal;
  if (kind === MARKER.weakComplete) {
    if (language.passive?.test(match[0])) return MARKER.passive;
    if (language.deflections?.test(match[0])) return MARKER.deflection;
  }
  return kind;
}

/** The Latin script's test; every other script's letters are outside ASCII. */
export const LATIN_SCRIPT = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

const SCRIPTS: Record<string, RegExp> = {
  latin: LATIN_SCRIPT,
  cyrillic: /[\u0400-\u04FF]/,
  japanese: /[\u3040-\u30FF\u4E00-\u9FFF]/,
  han: /[\u3400-\u9FFF]/,
  hangul: /[\uAC00-\uD7AF\u1100-\u11FF]/,
  arabic: /[\u0600-\u06FF]/,
  devanagari: /[\u0900-\u097F]/,
};

/** Languages whose `/…/` patterns may start inside a word (a suffix): they are never anchored or sieved. */
const SUFFIXING = new Set(['tr']);

/** Languages written without spaces between words. */
const UNSPACED = ['ja', 'zh', 'ko'];

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
  impersonal: [],
  impersonalVerbs: [],
  weakComplete: [],
  passive: [],
  deflections: [],
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
  bareNo: [],
  apologies: [],
  declines: [],
  everyday: [],
  offers: [],
  outOfCharacter: [],
  verbFinal: false,
  wordStart: true,
};

/**
 * The start of the text or a separator: what a led regex opens with. The separators are listed (whitespace, ASCII
 * punctuation and symbols, the common Unicode quotes, dashes and CJK, Arabic and Devanagari punctuation) rather
 * than written as "not a letter": with a short list the engine skips to the next separator, while a Unicode
 * property class is looked up at every position and makes Cyrillic or Devanagari text slower than before. A
 * phrase right after an unlisted character (an emoji with no space) is not found.
 */
const LEAD = '(?:^|[\\s!-\\/:-@\\[-`{-~¡¿«»‹›“”„‘’…·•–—―、。，！？：；（）「」『』【】《》〈〉،؛؟۔।॥])';

/**
 * How many UTF-16 units of a word's opening are compared; a run of whitespace counts as one unit and the opening
 * goes on into the next word, so a short word does not open every phrase it begins ("a be…" is not "a gente").
 * Five measured fastest on the gateway bench's answer (four: 4.3 µs, five: 4.1, six: 4.5, eight: 5.2).
 */
const OPENING_UNITS = 5;

/**
 * A word's opening as a 32-bit key: FNV-1a over its units, mixed with their count, never 0 (an empty slot of the
 * opening table). A whitespace unit is 0x20, so "no p" of "no puedo" is not opened by "not".
 */
const OPENING_SEED = 0x811c9dc5 | 0;
const openingStep = (hash: number, unit: number) => Math.imul(hash ^ unit, 0x01000193);
const openingKeyOf = (hash: number, count: number) => (hash ^ count) | 0 || 1;

function openingKey(units: readonly number[]): number {
  let hash = OPENING_SEED;
  for (const unit of units) hash = openingStep(hash, unit);
  return openingKeyOf(hash, units.length);
}

/**
 * The openings the plain phrases of `lists` can match with, or null if one opens with no literal character. An
 * optional apostrophe branches: "j'ai" opens as "jai", "j'ai", "j’ai"...
 */
function phraseOpenings(lists: ReadonlyArray<readonly [number, readonly string[]]>): Set<number> | null {
  const keys = new Set<number>();
  const apostrophe = "['’ʼ‘`´]?";
  const expand = (atoms: readonly string[], from: number, units: number[]): boolean => {
    if (units.length === OPENING_UNITS || from === atoms.length) {
      if (units.length === 0) return false;
      keys.add(openingKey(units));
      return true;
    }
    const atom = atoms[from] as string;
    if (atom === apostrophe) {
      if (!expand(atoms, from + 1, units)) return false;
      for (const mark of APOSTROPHES) if (!expand(atoms, from + 1, [...units, mark.charCodeAt(0)])) return false;
      return true;
    }
    const literal = atom.length === 1 ? atom : atom.length === 2 && atom[0] === '\\' ? atom[1] : undefined;
    if (literal !== undefined && literal.length === 1)
      return expand(atoms, from + 1, [...units, literal.charCodeAt(0)]);
    if (units.length === 0) return false;
    // Whitespace is one unit, and the opening goes on into the next word ("a ge" of "a gente" is not "a be").
    if (atom === '\\s+') return expand(atoms, from + 1, [...units, 0x20]);
    // Anything else (a class, a mark run) ends the opening.
    keys.add(openingKey(units));
    return true;
  };
  for (const [, phrases] of lists) {
    for (const phrase of phrases) {
      if (isRaw(phrase)) continue;
      if (!expand(phraseAtoms(phrase), 0, [])) return null;
    }
  }
  return keys;
}

/**
 * The openings a `/…/` pattern's matches start with, read from its source: its leading `(?:a|b|…)` group's
 * alternatives (or the source itself), each as far as it is literal — letters, `\s+` or `\s` as one whitespace
 * unit, a class of a few literal characters (branching) — and no further than OPENING_UNITS. Null when some
 * alternative opens with nothing literal, or when the pattern is meant to match inside a word (a suffix checked by
 * a lookbehind, "e ich" after "würd"): such a pattern is scanned as it is, unsieved and unanchored.
 */
function rawOpenings(source: string): Set<number> | null {
  if (source.includes('(?<=\\p{L}') || source.startsWith('^')) return null;
  const quantifier = (next: string | undefined) => next !== undefined && '?*+{'.includes(next);
  /** Where `text` splits into alternatives at depth `depth` (escapes and classes skipped), and where it ends. */
  const cuts = (text: string, from: number, depth: number): { cuts: number[]; end: number } => {
    const found: number[] = [];
    let level = depth;
    for (let at = from; at < text.length; at++) {
      const character = text[at];
      if (character === '\\') at++;
      else if (character === '[') at = text.indexOf(']', at);
      else if (character === '(') level++;
      else if (character === ')' && --level < depth) return { cuts: found, end: at };
      else if (character === '|' && level === depth) found.push(at);
    }
    return { cuts: found, end: text.length };
  };
  const pieces = (text: string, from: number, split: { cuts: number[]; end: number }) => {
    const bounds = [from - 1, ...split.cuts, split.end];
    return bounds.slice(0, -1).map((at, index) => text.slice(at + 1, bounds[index + 1]));
  };
  // Top-level alternatives; one opening with a `(?:…)` group (not skipped or repeated) stands for its alternatives.
  const alternatives: string[] = [];
  for (const alternative of pieces(source, 0, cuts(source, 0, 0))) {
    if (!alternative.startsWith('(?:')) {
      alternatives.push(alternative);
      continue;
    }
    const group = cuts(alternative, 3, 1);
    if (group.end >= alternative.length || quantifier(alternative[group.end + 1])) return null;
    alternatives.push(...pieces(alternative, 3, group));
  }
  const keys = new Set<number>();
  const read = (text: string, at: number, units: number[]): boolean => {
    if (units.length === OPENING_UNITS || at >= text.length) {
      if (units.length === 0) return false;
      keys.add(openingKey(units));
      return true;
    }
    const character = text[at] as string;
    // Whitespace is one unit (`\s+`, or one `\s`), as the text's openings count it; an optional one ends here.
    if (text.startsWith('\\s', at) && units.length > 0 && units[units.length - 1] !== 0x20) {
      if (text[at + 2] === '+') return read(text, at + 3, [...units, 0x20]);
      if (!quantifier(text[at + 2])) return read(text, at + 2, [...units, 0x20]);
    }
    if (character === '[') {
      const close = text.indexOf(']', at);
      const members = text.slice(at + 1, close);
      if (close > at + 1 && !quantifier(text[close + 1]) && /^[^\\\-^\]]+$/.test(members)) {
        for (const member of members) if (!read(text, close + 1, [...units, member.charCodeAt(0)])) return false;
        return true;
      }
    } else if (/^[\p{L}\p{N}'’ʼ‘`´]$/u.test(character) && !quantifier(text[at + 1])) {
      return read(text, at + 1, [...units, character.charCodeAt(0)]);
    }
    // Anything else (a group, an escape, a quantified atom) ends the opening.
    if (units.length === 0) return false;
    keys.add(openingKey(units));
    return true;
  };
  for (const alternative of alternatives) if (!read(alternative, 0, [])) return null;
  return keys;
}

/** The openings of every `/…/` pattern in `lists` (each must have some: see `rawOpenings`). */
function rawListOpenings(lists: ReadonlyArray<readonly [number, readonly string[]]>): Set<number> {
  const keys = new Set<number>();
  for (const [, phrases] of lists) {
    for (const phrase of phrases) for (const key of rawOpenings(phrase.slice(1, -1)) ?? []) keys.add(key);
  }
  return keys;
}

/** UTF-16 units a led regex's LEAD accepts before a word (1), and whitespace units (2), built once from LEAD. */
const UNIT_CLASS = (() => {
  const table = new Uint8Array(0x1_0000);
  const lead = new RegExp(`^${LEAD.slice('(?:^|'.length, -1)}$`);
  for (let unit = 0; unit < table.length; unit++) {
    const character = String.fromCharCode(unit);
    if (lead.test(character)) table[unit] = /\s/.test(character) ? 3 : 1;
  }
  return table;
})();

/**
 * Which led phrase lists a text could match, found without running them: each list gets a bit, and the text's
 * word openings (at its start and after each separator, where LEAD lets a match begin) select the lists with a
 * phrase that opens that way. Lists without `openings`, and past the 30th, are always scanned.
 */
export interface OpeningIndex {
  /** The list's bit, or 0 when it is always scanned. */
  bitOf(grouped: Grouped<number>): number;
  /** The bits of the lists `text` could match with a word starting at `from` or after. */
  mask(text: string, from: number): number;
}

export function openingIndex(groups: readonly Grouped<number>[]): OpeningIndex {
  const bits = new Map<Grouped<number>, number>();
  const lists = new Map<number, number>();
  for (const grouped of groups) {
    if (grouped.openings === null || bits.size === 30) continue;
    const bit = 1 << bits.size;
    bits.set(grouped, bit);
    for (const key of grouped.openings) lists.set(key, (lists.get(key) ?? 0) | bit);
  }
  // Open addressing, key and lists side by side, at most half full: exact (a word opens only the lists that
  // have its opening) and small. The first table, 2^15 slots of bits with no keys, was 128 KB for ~800 openings:
  // on the gateway, between one request's detection and the next, the caches had let go of it, and its ~120
  // scattered reads per answer made detection cost 6× what it did in a loop.
  let slots = 64;
  while (slots < lists.size * 2) slots *= 2;
  const table = new Int32Array(slots * 2);
  const last = slots - 1;
  for (const [key, listBits] of lists) {
    let slot = key & last;
    while (table[slot * 2] !== 0) slot = (slot + 1) & last;
    table[slot * 2] = key;
    table[slot * 2 + 1] = listBits;
  }
  const listsOf = (key: number): number => {
    for (let slot = key & last; ; slot = (slot + 1) & last) {
      const found = table[slot * 2] as number;
      if (found === key) return table[slot * 2 + 1] as number;
      if (found === 0) return 0;
    }
  };
  return {
    bitOf: (grouped) => bits.get(grouped) ?? 0,
    mask(text, from) {
      let mask = 0;
      const length = text.length;
      for (let at = from; at < length; at++) {
        if (at > 0 && (UNIT_CLASS[text.charCodeAt(at - 1)] as number) === 0) continue;
        if (UNIT_CLASS[text.charCodeAt(at)] !== 0) continue;
        // Every prefix of the word's opening (a phrase may open with one letter: "j" of "j'ai").
        let hash = OPENING_SEED;
        let next = at;
        for (let count = 1; count <= OPENING_UNITS && next < length; count++) {
          const unit = text.charCodeAt(next++);
          const space = UNIT_CLASS[unit] === 3;
          hash = openingStep(hash, space ? 0x20 : unit);
          mask |= listsOf(openingKeyOf(hash, count));
          // A run of whitespace is one unit, as `\s+` is in a phrase.
          if (space) while (next < length && UNIT_CLASS[text.charCodeAt(next)] === 3) next++;
        }
      }
      return mask;
    },
  };
}

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
  start = WORD_START,
): Grouped<Kind> | null {
  // Raw patterns (specific constructions: "не" only before a "-тиму" verb) come first, so that at one position
  // they win over a plain phrase. Plain phrases must start a word: `nextMatch` checks that (see `wordFrom`).
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
  // The word start is checked by `nextMatch`, unless it is a pattern of its own (Arabic "و" and "ف").
  const inRegex = wordStart && start !== WORD_START;
  // Led when every match must start a word and every phrase starts with a letter (so `^` and the separator
  // are the only ways in; see `Grouped.led`).
  const led =
    wordStart &&
    !inRegex &&
    own.length === 0 &&
    plain.length > 0 &&
    lists.every(([, phrases]) => phrases.every((phrase) => isRaw(phrase) || INSIDE_WORD.test(phrase[0] as string)));
  const openings = led ? phraseOpenings(lists) : null;
  if (led) parts.push(`${LEAD}(?:${plain.join('|')})`);
  else if (plain.length > 0) parts.push(inRegex ? `${start}(?:${plain.join('|')})` : plain.join('|'));
  const wordFrom = wordStart && !inRegex && plain.length > 0 ? own.length + 1 : null;
  // Every list has the same keys in the same order (`anchored` included), so the scan's reads of them stay
  // monomorphic.
  return parts.length === 0
    ? null
    : { regex: new RegExp(parts.join('|'), 'gu'), kinds, wordFrom, led, openings, anchored: undefined };
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

/** Words that join an apology to a no ("Sorry, but no."), in any of the languages. */
// biome-ignore format: a word list reads better packed
const BUT = [
  'but', 'pero', 'mas', 'mais', 'aber', 'ma', 'però', 'ama', 'ancak', 'но', 'але', 'ale', 'けど', 'が', '但是', '但', '可是',
  '不过', 'لكن', 'ولكن', 'लेकिन', 'पर', 'tapi', 'tetapi', 'namun', 'nhưng',
];
const REPLY_GAP = '[\\s\\p{P}\\p{S}\\uE000\\uFE0F\\u200D]*';

/**
 * The `bareReply` pattern: an apology and a bare no in either order, joined by punctuation or a "but", each a
 * whole word where words are spaced. A short word may follow the apology there ("maaf ya", "xin lỗi nhé"); where
 * words are not spaced, a particle may follow either ("ごめんね", "안 돼요").
 */
function bareReply(catalogue: RefusalCatalogue, spaced: boolean): RegExp | null {
  const no = alternation(catalogue.bareNo, catalogue.wordStart);
  const sorry = alternation(catalogue.apologies, catalogue.wordStart);
  if (no === null || sorry === null) return null;
  const end = spaced ? '(?![\\p{L}\\p{M}\\p{N}])' : '';
  const but = `(?:(?:${BUT.join('|')})${end}${REPLY_GAP})?`;
  const apology = spaced ? `${sorry}${end}(?:\\s+[\\p{L}\\p{M}]{1,4}${end})?` : `${sorry}[\\p{L}\\p{M}]{0,2}`;
  const bare = spaced ? `${no}${end}` : `${no}[\\p{L}\\p{M}]{0,2}`;
  const either = `${apology}${REPLY_GAP}${but}${bare}|${bare}${REPLY_GAP}${but}${apology}`;
  // An interjection may come first: "Ih, isso não rola, foi mal.", "Ой, нет, извини."
  const interjection = spaced ? `(?:[\\p{L}\\p{M}]{1,3}${end}\\s*[,!！]${REPLY_GAP})?` : '';
  return new RegExp(`^${REPLY_GAP}${interjection}(?:${either})${REPLY_GAP}`, 'u');
}

/**
 * The `declineReply` pattern: an interjection or a no or two ("Nope —", "Uy, no,", "नहीं यार,"), then a casual
 * decline that refuses by itself, then a particle ("ya", "nhé", "かな") and an apology, all optional but the decline.
 */
function declineReply(catalogue: RefusalCatalogue, spaced: boolean): RegExp | null {
  const decline = alternation(catalogue.declines, catalogue.wordStart);
  if (decline === null) return null;
  const no = alternation(catalogue.bareNo, catalogue.wordStart);
  const sorry = alternation(catalogue.apologies, catalogue.wordStart);
  const end = spaced ? '(?![\\p{L}\\p{M}\\p{N}])' : '';
  // Leading words: a no (and a word after it: "नहीं यार"), or a short interjection before a comma ("Uy,", "Thôi,").
  const interjection = spaced ? `|[\\p{L}\\p{M}]{1,5}${end}(?=\\s*[,،!！—–-])` : '';
  const vocative = spaced ? `(?:\\s+[\\p{L}\\p{M}]{1,4}${end})?` : '[\\p{L}\\p{M}]{0,2}';
  const lead = no === null ? interjection.slice(1) : `${no}${end}${vocative}${interjection}`;
  const leads = lead === '' ? '' : `(?:(?:${lead})${REPLY_GAP}){0,2}`;
  // A particle stays in the sentence ("nggak bisa, ya", "無理かな"); an apology may follow ("…fazer, foi mal").
  const particle = spaced ? `[\\s,，、~]*[\\p{L}\\p{M}]{1,4}${end}` : '[\\p{L}\\p{M}]{1,3}';
  const but = `(?:(?:${BUT.join('|')})${end}${REPLY_GAP})?`;
  const apology = sorry === null ? '' : `${REPLY_GAP}${but}${sorry}${end}`;
  // The apology is tried first, so that its first word is not taken for a particle ("foi" in "foi mal").
  const tail = apology === '' ? `(?:${particle})?` : `(?:${apology}|${particle}(?:${apology})?)?`;
  return new RegExp(`^${REPLY_GAP}${leads}${decline}${end}${tail}${REPLY_GAP}`, 'u');
}

/** Where Arabic negations start: a word start, or just after a joined "and"/"so" ("ولن", "فليس"). */
const ARABIC_WORD_START = `${WORD_START}(?:[وف][\\u064B-\\u065F]*)?`;

function compileLanguage(code: string, catalogue: RefusalCatalogue, extra: readonly string[]): CompiledLanguage {
  const { wordStart } = catalogue;
  // At one position a complete phrase wins over an opener, a strong one over a weak one.
  const markerLists: ReadonlyArray<readonly [MarkerKind, readonly string[]]> = [
    // Impersonal, passive and deflection markers share the complete and weak lists' groups, and `markerKind` tells
    // them apart after a match: each group more costs every scan a try at each word.
    [MARKER.complete, [...catalogue.complete, ...catalogue.impersonal, ...extra]],
    [MARKER.weakComplete, [...catalogue.weakComplete, ...catalogue.passive, ...catalogue.deflections]],
    [MARKER.identity, catalogue.identity],
    [MARKER.opener, catalogue.markers],
    [MARKER.weakOpener, catalogue.weakMarkers],
  ];
  // The `/…/` patterns whose openings can be read are scanned where a word starts, and sieved by those openings like
  // the plain phrases; the rest (suffixes, patterns opening with a group) are scanned as they are.
  // Only where words are spaced and patterns start words: Turkish ones read suffixes ("yaz-mamayı tercih ederim").
  const anchors =
    (SCRIPT_OF[code] ?? (code in REFUSAL_CATALOGUE ? 'latin' : undefined)) === 'latin' && !SUFFIXING.has(code);
  const sievable = (phrase: string) => anchors && isRaw(phrase) && rawOpenings(phrase.slice(1, -1)) !== null;
  const split = (keep: (phrase: string) => boolean) =>
    markerLists.map(([kind, phrases]) => [kind, phrases.filter(keep)] as const);
  const anchoredLists = split(sievable);
  const anchored = grouped(anchoredLists, wordStart, 'raw');
  const markers = [
    anchored === null
      ? null
      : {
          regex: anchored.regex,
          kinds: anchored.kinds,
          wordFrom: anchored.wordFrom,
          led: anchored.led,
          openings: rawListOpenings(anchoredLists),
          anchored: true as const,
        },
    grouped(
      split((phrase) => !sievable(phrase)),
      wordStart,
      'raw',
    ),
    grouped(markerLists, wordStart, 'plain'),
  ].filter((scan): scan is Grouped<MarkerKind> => scan !== null);
  // Negations start a word wherever words are spaced, or "not" would be found in "nothing" and Arabic "لا"
  // inside "السلام" (Arabic stems elsewhere may carry attached prefixes, so only negations get the boundary).
  const negations = grouped<NegationKind>(
    [
      [NEGATION.strong, catalogue.negations],
      [NEGATION.weak, catalogue.weakNegations],
      [NEGATION.plain, catalogue.plainNegations],
    ],
    wordStart || code === 'ar',
    'both',
    code === 'ar' ? ARABIC_WORD_START : WORD_START,
  );
  const scriptName = SCRIPT_OF[code] ?? (code in REFUSAL_CATALOGUE ? 'latin' : undefined);
  return {
    code,
    verbFinal: catalogue.verbFinal,
    markers,
    negations,
    objects: regex(catalogue.objects, wordStart, 'u'),
    impersonal: exact(catalogue.impersonal),
    passive: exact(catalogue.passive),
    deflections: exact(catalogue.deflections),
    impersonalVerbs: regex(catalogue.impersonalVerbs, false, 'u', '^[\\s\\uE000]*'),
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
    bareReply: bareReply(catalogue, !UNSPACED.includes(code)),
    apologies: regex(catalogue.apologies, wordStart, 'u'),
    declineReply: declineReply(catalogue, !UNSPACED.includes(code)),
    declines: regex(catalogue.declines, wordStart, 'u'),
    offers: regex([...catalogue.offers, ...catalogue.fillers], wordStart, 'u'),
    outOfCharacter: regex(catalogue.outOfCharacter, false, 'u'),
    everyday: regex(catalogue.everyday, wordStart, 'u'),
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
