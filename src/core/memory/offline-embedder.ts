/**
 * The default memory embedder: offline (no model, nothing downloaded or fetched), deterministic (the same text
 * gives the same vector on every machine and run) and fast (tens of µs for a 100-word summary). It is feature
 * hashing, not a language model:
 *
 * - Text is NFKC-normalised, lower-cased and split on anything that is not a letter, number or combining mark.
 *   Scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) become overlapping
 *   character bigrams; digits inside a word also count on their own ("14th" gives "14", "£450" gives "450").
 *   A plain trailing "s" is folded ("beagles" is "beagle"). Stop words — the short words of the 17 detected
 *   languages, a standard English list and the commonest English verbs and vague words ("get", "thing",
 *   "again") — are not unigrams.
 * - Features: word unigrams (weight 1; ×2 for numbers and for names, i.e. words capitalised mid-sentence),
 *   bigrams of neighbouring content words (0.4: "pub quiz", "Harrow Road"), the first five letters of words
 *   that long (0.5: a crude stemmer, "Japan" meets "Japanese", "allergy" meets "allergic"), and boundary-marked
 *   character trigrams of each content word (0.25 each: a softer match of other word forms). Term frequency is
 *   sublinear (1 + ln tf).
 * - Each feature is hashed (FNV-1a, murmur3 finaliser) to one of `dimensions` buckets; another bit of the hash
 *   picks the sign, so collisions cancel on average instead of piling up. The vector is L2-normalised, so a dot
 *   product is the cosine.
 *
 * Limits: it is lexical, not semantic. Synonyms and paraphrases that share no words or word pieces do not
 * match ("dog" never meets "puppy", "moved abroad" never meets "emigrated"; "what is our pet called again?"
 * finds "we adopted a beagle and named him Biscuit" only by chance), there are no word senses, and importance is
 * only term frequency plus the name/number weight (the keyword side of recall, with IDF over the candidates,
 * makes up for some of that). Hash collisions add noise of roughly 1/√dimensions to every cosine, so one shared
 * rare word is a modest signal at 512 (bench/sections/memory-recall.mjs shows recall by size). It is good at what
 * companion recall mostly needs: names, places, numbers, dates and a topic that comes back in the same words. A
 * real embedding model can replace it behind the same `{ dimensions, embed }` shape.
 */

import { STOPWORDS } from '../language/stopwords.js';

export interface OfflineEmbedderOptions {
  /** Vector length; default 512. */
  dimensions?: number;
}

export interface OfflineEmbedder {
  readonly dimensions: number;
  /** An L2-normalised vector (all zeros for text with no words). */
  embed(text: string): Float32Array;
}

/** One word of a text, as both the embedder and the keyword side of recall see it. */
export interface Token {
  /** Normalised: NFKC, lower case, plural folded; a character bigram for scripts without spaces. */
  term: string;
  /** Offsets in the NFKC-normalised text. */
  start: number;
  end: number;
  /** All digits. */
  number: boolean;
  /** A stop word, or a single letter. */
  stop: boolean;
  /** Written with a capital first letter and not at the start of a sentence: a name, a place, a brand. */
  name: boolean;
  /** A character bigram (or lone character) of a script written without spaces. */
  gram: boolean;
}

const DEFAULT_DIMENSIONS = 512;
const UNIGRAM_WEIGHT = 1;
const BIGRAM_WEIGHT = 0.4;
const TRIGRAM_WEIGHT = 0.25;
/** Words of PREFIX_LENGTH letters or more also give their first PREFIX_LENGTH letters ("japan|ese"). */
const PREFIX_WEIGHT = 0.5;
/** The length of the crude stem, here and on the keyword side of recall. */
export const PREFIX_LENGTH = 5;
/** Names (capitalised mid-sentence) and numbers carry identity: their unigrams weigh this much more. */
const NAME_NUMBER_BOOST = 2;

/** A standard English stop list (function words, auxiliaries, pronouns), added to the per-language lists. */
const ENGLISH_STOPWORDS =
  'a about above after again against all am an and any are as at be because been before being below between ' +
  'both but by can could did do does doing down during each few for from further had has have having he her ' +
  'here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor ' +
  'not now of off on once only or other our ours ourselves out over own same she should so some such than that ' +
  'the their theirs them themselves then there these they this those through to too under until up very was we ' +
  'were what when where which while who whom why will with would you your yours yourself yourselves im ive ' +
  'youre dont didnt doesnt isnt wasnt cant wont thats whats hes shes oh ok okay yeah yes also really don didn ' +
  'doesn isn wasn aren weren haven hasn hadn couldn wouldn shouldn ll ve re';

/**
 * The commonest English verbs, adverbs and vague nouns: in chat they say little about what a message is about
 * ("how do I get past…", "any tips", "what was it called again"), and on a handful of summaries their rarity
 * would otherwise make them weigh as much as a name.
 */
const COMMON_ENGLISH =
  'get gets getting got go goes going gone went come comes coming came make makes making made take takes took ' +
  'taken give gave put keep kept know knew known think thought want wanted need needs needed like liked say ' +
  'says said tell told ask asked see saw seen look looking looked feel felt try tried use used find found ' +
  'remember remind mean means way thing things something anything nothing everything someone anyone everyone ' +
  'lot lots much many every one still even back well good great nice bad new old last next first little big ' +
  'long bit kind sort ever never always maybe already yet though since ago around past soon later usually ' +
  'actually probably pretty quite right sure thanks thank sorry please tip tips idea ideas help';

/**
 * Stop words of other languages that are English content words or common names ("soy", "die", "Ben", "Ada",
 * "pour"): they stay content words.
 */
const NOT_STOPWORDS = new Set(
  'soy con pour die den gut bin per boa ai ben sen dan ada ale les des dong mam ma pan var eu sin'.split(' '),
);

const STOP: ReadonlySet<string> = new Set(
  [ENGLISH_STOPWORDS, COMMON_ENGLISH, ...Object.values(STOPWORDS)]
    .flatMap((list) => (list ?? '').split(' '))
    .filter((word) => word !== '' && !NOT_STOPWORDS.has(word)),
);

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const DIGITS = /\p{Nd}+/gu;
const HAS_DIGIT = /\p{Nd}/u;
const ALL_DIGITS = /^\p{Nd}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** What may stand between a sentence end and the next word: spaces, opening quotes and brackets, dashes. */
const SENTENCE_GAP = /[\s"'“”‘’«»„‚「」『』([{—–-]/u;
const SENTENCE_END = /[.!?…。！？؟।\n]/u;

/** Scripts written without spaces between words: their text is split into character bigrams. */
function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x3400 && code <= 0x4dbf) || // Han extension A
    (code >= 0x4e00 && code <= 0x9fff) || // Han
    (code >= 0xf900 && code <= 0xfaff) || // Han compatibility
    (code >= 0x20000 && code <= 0x3134f) // Han extensions B–G
  );
}

/** "beagles" → "beagle", "parties" stays (only a plain trailing s after 3+ letters, never "ss"). */
function foldPlural(word: string): string {
  const length = word.length;
  if (length < 4 || word.charCodeAt(length - 1) !== 0x73 || word.charCodeAt(length - 2) === 0x73) return word;
  return word.slice(0, -1);
}

/** Whether the word starting at `start` opens a sentence (only gaps back to a sentence end or the start). */
function opensSentence(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const char = text[index] as string;
    if (SENTENCE_END.test(char)) return true;
    if (!SENTENCE_GAP.test(char)) return false;
  }
  return true;
}

/**
 * The tokens of a text, in order (see `Token`). Words of unspaced scripts come out as overlapping character
 * bigrams; a word mixing digits and letters also gives its digit runs as number tokens.
 * @example tokenize('We named him Biscuit.').map((token) => token.term) // ['we', 'named', 'him', 'biscuit']
 */
export function tokenize(text: string): Token[] {
  const normal = text.normalize('NFKC');
  const tokens: Token[] = [];
  for (const match of normal.matchAll(WORD)) {
    if (hasUnspacedScript(match[0])) pushMixed(normal, match[0], match.index, tokens);
    else pushWord(normal, match[0], match.index, tokens);
  }
  return tokens;
}

/** A word of a spaced script, then its digit runs when it mixes digits and letters. */
function pushWord(normal: string, raw: string, start: number, tokens: Token[]): void {
  const lower = raw.toLowerCase();
  const number = ALL_DIGITS.test(raw);
  const stop = !number && (STOP.has(lower) || lower.length === 1);
  const name = !number && !stop && UPPER_FIRST.test(raw) && !opensSentence(normal, start);
  const end = start + raw.length;
  tokens.push({ term: number ? lower : foldPlural(lower), start, end, number, stop, name, gram: false });
  if (number || !HAS_DIGIT.test(raw)) return;
  for (const digits of raw.matchAll(DIGITS)) {
    const at = start + digits.index;
    const term = digits[0];
    tokens.push({ term, start: at, end: at + term.length, number: true, stop: false, name: false, gram: false });
  }
}

function hasUnspacedScript(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.codePointAt(index) as number;
    if (code >= 0x0e00 && isUnspacedScript(code)) return true;
  }
  return false;
}

/** Splits a word into runs of unspaced script (character bigrams) and the rest (words). */
function pushMixed(normal: string, word: string, start: number, tokens: Token[]): void {
  const chars = Array.from(word);
  let offset = start;
  let index = 0;
  while (index < chars.length) {
    const unspaced = isUnspacedScript((chars[index] as string).codePointAt(0) as number);
    let end = index;
    while (end < chars.length && isUnspacedScript((chars[end] as string).codePointAt(0) as number) === unspaced) end++;
    const run = chars.slice(index, end);
    const runText = run.join('');
    if (!unspaced) pushWord(normal, runText, offset, tokens);
    else if (run.length === 1) {
      tokens.push({ term: runText, start: offset, end: offset + runText.length, ...GRAM });
    } else {
      let at = offset;
      for (let position = 0; position + 1 < run.length; position++) {
        const first = run[position] as string;
        const term = first + (run[position + 1] as string);
        tokens.push({ term, start: at, end: at + term.length, ...GRAM });
        at += first.length;
      }
    }
    offset += runText.length;
    index = end;
  }
}

const GRAM = { number: false, stop: false, name: false, gram: true } as const;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNIGRAM_SEED = 0x2545f491;
const BIGRAM_SEED = 0x6c8e9cf5;
const TRIGRAM_SEED = 0x1b873593;
const PREFIX_SEED = 0x4cf5ad43;
const BOUNDARY_START = 0x02;
const BOUNDARY_END = 0x03;
const SEPARATOR = 0x1f;

function fnvAppend(hash: number, text: string): number {
  let h = hash;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

function fnvChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The murmur3 32-bit finaliser: spreads FNV's weak low bits over the whole word. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A 32-bit hash of a normalised term (for keyword indexes that keep numbers, not text).
 * @example hashTerm('biscuit') === hashTerm('biscuit') // true
 */
export function hashTerm(term: string): number {
  return mix(fnvAppend(FNV_OFFSET ^ UNIGRAM_SEED, term));
}

function count(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Adds the boundary-marked character trigrams of a word ("^bi", "bis", …, "it$"). */
function countTrigrams(word: string, counts: Map<number, number>): void {
  const last = word.length;
  for (let index = -1; index + 1 < last; index++) {
    let h = FNV_OFFSET ^ TRIGRAM_SEED;
    h = fnvChar(h, index < 0 ? BOUNDARY_START : word.charCodeAt(index));
    h = fnvChar(h, word.charCodeAt(index + 1));
    h = fnvChar(h, index + 2 < last ? word.charCodeAt(index + 2) : BOUNDARY_END);
    count(counts, mix(h));
  }
}

function addFeatures(
  vector: Float32Array,
  counts: Map<number, number>,
  weight: number,
  boosted: ReadonlySet<number> = new Set(),
): void {
  const dimensions = vector.length;
  for (const [hash, tf] of counts) {
    const value = weight * (1 + Math.log(tf)) * (boosted.has(hash) ? NAME_NUMBER_BOOST : 1);
    // The low bits choose the bucket, the top bit the sign.
    const bucket = hash % dimensions;
    vector[bucket] = (vector[bucket] as number) + (hash >>> 31 === 1 ? -value : value);
  }
}

/**
 * The offline embedder (see the file header for what it can and cannot match).
 * @example const embedder = createOfflineEmbedder(); const vector = embedder.embed('we named him Biscuit')
 */
export function createOfflineEmbedder(options: OfflineEmbedderOptions = {}): OfflineEmbedder {
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
  if (!Number.isInteger(dimensions) || dimensions < 16 || dimensions > 65_536) {
    throw new RangeError(`dimensions must be an integer in [16, 65536], not ${dimensions}`);
  }
  return {
    dimensions,
    embed(text: string): Float32Array {
      const unigrams = new Map<number, number>();
      const boosted = new Set<number>();
      const bigrams = new Map<number, number>();
      const trigrams = new Map<number, number>();
      const prefixes = new Map<number, number>();
      let previous: Token | null = null;
      let previousHash = 0;
      for (const token of tokenize(text)) {
        const termHash = fnvAppend(FNV_OFFSET ^ UNIGRAM_SEED, token.term);
        if (!token.stop) {
          const hash = mix(termHash);
          count(unigrams, hash);
          if (token.name || token.number) boosted.add(hash);
          if (!token.number && !token.gram) {
            countTrigrams(token.term, trigrams);
            if (token.term.length >= PREFIX_LENGTH) {
              count(prefixes, mix(fnvAppend(FNV_OFFSET ^ PREFIX_SEED, token.term.slice(0, PREFIX_LENGTH))));
            }
          }
        }
        if (token.gram) {
          // Character bigrams already carry the order of unspaced scripts.
          previous = null;
          continue;
        }
        // A digit run split out of a word ("14" of "14th") is not the word's neighbour.
        if (previous !== null && previous.end > token.start) continue;
        // Word bigrams join neighbouring content words ("pub quiz", "Harrow Road"), not "of the" or "my dog".
        if (previous !== null && !previous.stop && !token.stop) {
          count(bigrams, mix(fnvAppend(fnvChar(previousHash ^ BIGRAM_SEED, SEPARATOR), token.term)));
        }
        previous = token;
        previousHash = termHash;
      }
      const vector = new Float32Array(dimensions);
      addFeatures(vector, unigrams, UNIGRAM_WEIGHT, boosted);
      addFeatures(vector, bigrams, BIGRAM_WEIGHT);
      addFeatures(vector, trigrams, TRIGRAM_WEIGHT);
      addFeatures(vector, prefixes, PREFIX_WEIGHT);
      let norm = 0;
      for (let index = 0; index < dimensions; index++) norm += (vector[index] as number) ** 2;
      if (norm > 0) {
        const scale = 1 / Math.sqrt(norm);
        for (let index = 0; index < dimensions; index++) vector[index] = (vector[index] as number) * scale;
      }
      return vector;
    },
  };
}
