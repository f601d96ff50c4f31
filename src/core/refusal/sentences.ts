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
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/;

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\r' || character === '\n' || character === '\u00A0';
}

/** Where the sentence whose terminator starts at `index` ends, or -1 when the mark there ends no sentence. */
function terminatorEnd(text: string, index: number): number {
  const character = text[index] as string;
  const tight = TIGHT_TERMINATORS.includes(character);
  if (!tight && !LOOSE_TERMINATORS.includes(character)) return -1;
  let end = index + 1;
  while (end < text.length && (LOOSE_TERMINATORS + TIGHT_TERMINATORS).includes(text[end] as string)) end++;
  while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
  if (tight || end === text.length) return end;
  const next = text[end] as string;
  return isSpace(next) || CJK.test(next) ? end : -1;
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
    const character = text[i] as string;
    if (character === '\n') {
      close(i);
      continue;
    }
    if (start < 0) {
      if (isSpace(character)) continue;
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
    while (end > last.start && isSpace(text[end - 1])) end--;
    sentences[sentences.length - 1] = { start: last.start, end };
  }
  return sentences;
}

/** What `maskSpeech` puts in place of speech: a private-use character, neither letter, space nor punctuation. */
export const MASK = '\uE000';

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
const DASHES = '—–―';
const LETTER = /[\p{L}\p{N}]/u;
const OPENS_AFTER = /[\s([{:—–\-"“„«]/;

/** An apostrophe-like quote opens only at a word start and closes only at a word end ("can't" does neither). */
function quoteOpens(text: string, index: number): boolean {
  const character = text[index] as string;
  if (character !== "'") return true;
  const previous = text[index - 1];
  return (previous === undefined || OPENS_AFTER.test(previous)) && LETTER.test(text[index + 1] ?? '');
}

function quoteCloses(text: string, index: number, closer: string): boolean {
  const character = text[index] as string;
  if (!closer.includes(character)) return false;
  if (character !== "'" && character !== '’') return true;
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
    const character = text[i] as string;
    if (character === '\n') {
      endLine(i);
      continue;
    }
    if (closer !== null) {
      if (quoteCloses(text, i, closer)) {
        ranges.push([openedAt, i + 1]);
        closer = null;
      }
    } else if (action) {
      if (character === '*' && text[i + 1] !== '*') {
        ranges.push([openedAt, i + 1]);
        action = false;
      }
    } else if (character === '*') {
      if (text[i + 1] === '*') i++;
      else {
        action = true;
        openedAt = i;
      }
    } else if (DASHES.includes(character) && sentenceStart) {
      // Dialogue runs to the dash that hands over to the narrator, or to the line end.
      closer = DASHES;
      openedAt = i;
      if (firstDash < 0) firstDash = i;
    } else {
      const pair = PAIRS[character];
      if (pair !== undefined && quoteOpens(text, i)) {
        closer = pair;
        openedAt = i;
      }
    }
    if (!isSpace(character)) sentenceStart = (LOOSE_TERMINATORS + TIGHT_TERMINATORS).includes(character);
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
  while (end > 0 && CLOSERS.includes(trimmed[end - 1] as string)) end--;
  const last = trimmed[end - 1];
  return last !== undefined && (LOOSE_TERMINATORS + TIGHT_TERMINATORS).includes(last);
}

/**
 * The index just past the last complete sentence (terminator and closers), or 0 when there is none.
 * @example lastSentenceEnd('One. Two, thr') // 4
 */
export function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const character = text[i] as string;
    if (!LOOSE_TERMINATORS.includes(character) && !TIGHT_TERMINATORS.includes(character)) continue;
    // Step back to the first of a run of terminators ("?!", "...") so the run is judged whole.
    let first = i;
    while (first > 0 && (LOOSE_TERMINATORS + TIGHT_TERMINATORS).includes(text[first - 1] as string)) first--;
    const end = terminatorEnd(text, first);
    if (end > 0) return end;
    i = first;
  }
  return 0;
}
