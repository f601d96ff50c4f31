/**
 * Sentences and speech for refusal detection: where sentences begin and end in 17 languages (Latin . ! ? …,
 * CJK 。！？, Arabic ؟, Devanagari ।, line breaks), and which parts of a text are a character speaking or acting
 * (quotes, *actions*, dash dialogue) — a refusal there belongs to the story, not to the model.
 */

export interface Sentence {
  /** Index of the first non-space character. */
  readonly start: number;
  /** Index just past the sentence's terminator and closing quotes. */
  readonly end: number;
}

/** Marks and brackets that may follow a terminator and still belong to the sentence ('."', '!)', '。」'). */
const CLOSERS = `"'”’»」』）)]】*_~›`;
/** Terminators that end a sentence with no space after them. */
const TIGHT_TERMINATORS = '。！？؟।｡‼⁉';
/** Terminators that end a sentence only before a space, a line end or CJK text ("3.5" and "e.g." do not). */
const LOOSE_TERMINATORS = '.!?…';
const SPACES = ' \t\r\n\u00A0';
const DASHES = '—–―';

const PAIRS: Record<string, string> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '「': '」',
  '『': '』',
  '《': '》',
  '‘': '’',
  '"': '"',
  '＂': '＂',
  "'": "'",
};

/**
 * What each UTF-16 code unit is to the scanners below, as bits: every character of an answer passes through them
 * (twice), and a table lookup on `charCodeAt` is ~10× cheaper than `text[i]` (a new string per character
 * outside Latin-1) tested with `String#includes` — it was 43% of detection on a 2,000-character answer.
 * All the marks are in the Basic Multilingual Plane, so one code unit is one character here.
 */
const LOOSE = 1;
const TIGHT = 2;
const CLOSER = 4;
const SPACE = 8;
const DASH = 16;
/** Opens a quotation (a key of PAIRS). */
const QUOTE = 32;
/** Kana, CJK ideographs, Hangul, full-width forms: a loose terminator before one ends a sentence. */
const CJK = 64;
const TERMINATOR = LOOSE | TIGHT;

const CLASSES = (() => {
  const table = new Uint8Array(0x10000);
  const range = (from: number, to: number, bit: number) => {
    for (let code = from; code <= to; code++) table[code] = (table[code] as number) | bit;
  };
  const mark = (characters: string, bit: number) => {
    for (let i = 0; i < characters.length; i++) range(characters.charCodeAt(i), characters.charCodeAt(i), bit);
  };
  mark(LOOSE_TERMINATORS, LOOSE);
  mark(TIGHT_TERMINATORS, TIGHT);
  mark(CLOSERS, CLOSER);
  mark(SPACES, SPACE);
  mark(DASHES, DASH);
  mark(Object.keys(PAIRS).join(''), QUOTE);
  range(0x3040, 0x30ff, CJK);
  range(0x3400, 0x9fff, CJK);
  range(0xac00, 0xd7af, CJK);
  range(0xff00, 0xffef, CJK);
  return table;
})();

/** The class bits of a code unit; NaN (`charCodeAt` past either end of a text) has none. */
function classOf(code: number): number {
  return CLASSES[code] ?? 0;
}

/** The class bits of the character at `index`; 0 past either end. */
function classAt(text: string, index: number): number {
  return classOf(text.charCodeAt(index));
}

const NEWLINE = 0x0a;
const STAR = 0x2a;

/** Where the sentence whose terminator starts at `index` ends, or -1 when the mark there ends no sentence. */
function terminatorEnd(text: string, index: number): number {
  const kind = classAt(text, index);
  if ((kind & TERMINATOR) === 0) return -1;
  let end = index + 1;
  while (end < text.length && (classAt(text, end) & TERMINATOR) !== 0) end++;
  while (end < text.length && (classAt(text, end) & CLOSER) !== 0) end++;
  if ((kind & TIGHT) !== 0 || end === text.length) return end;
  return (classAt(text, end) & (SPACE | CJK)) !== 0 ? end : -1;
}

/**
 * Splits text into sentences at terminators and line breaks, keeping offsets into the text.
 * @example splitSentences('Hi. 你好。').length // 2
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) sentences.push({ start, end });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const kind = classAt(text, i);
    // Inside a sentence, a character of no class (a letter, a digit) can neither end it nor start another.
    if (kind === 0 && start >= 0) continue;
    if (text.charCodeAt(i) === NEWLINE) {
      close(i);
      continue;
    }
    if (start < 0) {
      if ((kind & SPACE) !== 0) continue;
      start = i;
    }
    const end = terminatorEnd(text, i);
    if (end > 0) {
      close(end);
      i = end - 1;
    }
  }
  close(text.length);
  // A trailing run of spaces in an unterminated last sentence is not part of it.
  const last = sentences.at(-1);
  if (last !== undefined) {
    let end = last.end;
    while (end > last.start && (classAt(text, end - 1) & SPACE) !== 0) end--;
    sentences[sentences.length - 1] = { start: last.start, end };
  }
  return sentences;
}

/** What `maskSpeech` puts in place of speech: a private-use character, neither letter, space nor punctuation. */
export const MASK = '\uE000';

const LETTER = /[\p{L}\p{N}]/u;
const OPENS_AFTER = /[\s([{:—–\-"“„«]/;

/** An apostrophe-like quote opens only at a word start and closes only at a word end ("can't" does neither). */
function quoteOpens(text: string, index: number): boolean {
  const character = text[index] as string;
  if (character !== "'") return true;
  const previous = text[index - 1];
  return (previous === undefined || OPENS_AFTER.test(previous)) && LETTER.test(text[index + 1] ?? '');
}

/** Whether `code` is one of the closer's characters (a closer is one to three of them). */
function closesWith(closer: string, code: number): boolean {
  for (let k = 0; k < closer.length; k++) if (closer.charCodeAt(k) === code) return true;
  return false;
}

function quoteCloses(text: string, index: number, closer: string): boolean {
  const code = text.charCodeAt(index);
  if (!closesWith(closer, code)) return false;
  if (code !== 0x27 /* ' */ && code !== 0x2019 /* ’ */) return true;
  return !LETTER.test(text[index + 1] ?? '');
}

/**
 * The text with what characters say or do replaced by MASK, offsets unchanged: quoted speech (“…”, «…», „…“,
 * 「…」, "…", '…'), *actions*, and dialogue opened by a dash at a sentence start (Russian and Spanish prose). A quote left open
 * runs to the line end; `**bold**` is not an action. An answer that is one quotation from end to end is the
 * answer itself, not a character, and stays unmasked.
 * @example maskSpeech('She said "no."') // 'She said ' followed by six MASK characters
 */
export function maskSpeech(text: string): string {
  if (!/["“„«‹「『《‘'＂*—–―]/.test(text)) return text;
  const ranges: Array<[number, number]> = [];
  // Where dash dialogue starts: a reply that is one dash line is a character speaking ("— Je ne peux pas vous
  // aider, dit la pharmacienne."), never the answer quoted whole.
  let firstDash = -1;
  let closer: string | null = null;
  let action = false;
  let openedAt = 0;
  // A dash opens speech only where a sentence may begin ("— Я не могу, — сказал он"), not mid-sentence.
  let sentenceStart = true;
  const endLine = (at: number) => {
    if (closer !== null) ranges.push([openedAt, at]);
    closer = null;
    action = false;
    sentenceStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = classOf(code);
    if (code === NEWLINE) {
      endLine(i);
      continue;
    }
    if (closer !== null) {
      if (quoteCloses(text, i, closer)) {
        ranges.push([openedAt, i + 1]);
        closer = null;
      }
    } else if (action) {
      if (code === STAR && text.charCodeAt(i + 1) !== STAR) {
        ranges.push([openedAt, i + 1]);
        action = false;
      }
    } else if (code === STAR) {
      if (text.charCodeAt(i + 1) === STAR) i++;
      else {
        action = true;
        openedAt = i;
      }
    } else if ((kind & DASH) !== 0 && sentenceStart) {
      // Dialogue runs to the dash that hands over to the narrator, or to the line end.
      closer = DASHES;
      openedAt = i;
      if (firstDash < 0) firstDash = i;
    } else if ((kind & QUOTE) !== 0) {
      const pair = PAIRS[text[i] as string];
      if (pair !== undefined && quoteOpens(text, i)) {
        closer = pair;
        openedAt = i;
      }
    }
    if ((kind & SPACE) === 0) sentenceStart = (kind & TERMINATOR) !== 0;
  }
  endLine(text.length);
  if (ranges.length === 0) return text;
  const first = ranges[0] as [number, number];
  const whole = ranges.length === 1 && first[0] === text.search(/\S/) && first[1] === text.trimEnd().length;
  if (whole && first[0] !== firstDash) return text;
  let masked = '';
  let from = 0;
  for (const [start, end] of ranges) {
    masked += text.slice(from, start) + MASK.repeat(end - start);
    from = end;
  }
  return masked + text.slice(from);
}

const EMOJI_END = /\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*$/u;

/**
 * Whether the text (ignoring trailing spaces) ends a sentence: a terminator and any closing quotes or brackets,
 * a closed *action*, an emoji, or a closed code fence.
 * @example endsAtSentenceEnd('Done.”  ') // true
 */
export function endsAtSentenceEnd(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed === '') return false;
  if (trimmed.endsWith('```') || EMOJI_END.test(trimmed)) return true;
  if (/(^|[^*])\*[^*\n]+\*$/.test(trimmed)) return true;
  let end = trimmed.length;
  while (end > 0 && (classAt(trimmed, end - 1) & CLOSER) !== 0) end--;
  return (classAt(trimmed, end - 1) & TERMINATOR) !== 0;
}

/**
 * The index just past the last complete sentence (terminator and closers), or 0 when there is none.
 * @example lastSentenceEnd('One. Two, thr') // 4
 */
export function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if ((classAt(text, i) & TERMINATOR) === 0) continue;
    // Step back to the first of a run of terminators ("?!", "...") so the run is judged whole.
    let first = i;
    while (first > 0 && (classAt(text, first - 1) & TERMINATOR) !== 0) first--;
    const end = terminatorEnd(text, first);
    if (end > 0) return end;
    i = first;
  }
  return 0;
}
