/**
 * Recall: ranks a conversation's window summaries for the current user message by a hybrid of embedding
 * similarity and keyword matching, because users ask about the past by its names, numbers and exact terms
 * ("is Biscuit due his jabs?", "flat 42") as often as by its meaning.
 *
 * score = COSINE_WEIGHT · cosine + KEYWORD_WEIGHT · keyword + RECENCY_WEIGHT · recency
 *
 * - cosine: the dot product of the query vector and the summary's embedding (both L2-normalised, as
 *   `MemorySummary.embedding` is). A summary embedded with a different dimension scores 0 here.
 * - keyword: BM25 (k1 1.2, b 0.75) of the query's content words over the candidate set itself (document
 *   frequencies come from the candidates, so a word every summary has counts for little), divided by the best
 *   candidate's BM25 so it lies in [0, 1]. A matched term weighs double when it is a number, or a name (written
 *   capitalised mid-sentence in the query or in that summary), or quoted in the query ("the 'Blue Door' place");
 *   the boosts multiply. A summary without the term but with a word of the same first five letters (a crude
 *   stemmer: "Japanese" for "Japan", "allergic" for "allergy") gets half a match, with the stem's own IDF.
 * - recency: 0 for the oldest candidate to 1 for the newest, by `createdAt`; with its weight of 0.001 it only
 *   orders near-ties.
 *
 * Words are tokenised as the offline embedder does (NFKC, lower case, plural folded, stop words dropped,
 * character bigrams for unspaced scripts). Keyword matching is on those terms and their five-letter stems, so it
 * is as lexical as the embedder; a semantic embedder behind the same vectors makes the cosine side semantic, and
 * the keyword side keeps names and numbers exact.
 *
 * Speed: each candidate's term statistics (term hashes, frequencies, name flags) are computed once per summary
 * id and kept in a bounded process-wide cache (checked against the text, so a reused id with other text is
 * re-read); `forgetSummaries` drops entries when a conversation is erased. With the cache warm, ranking 1,000
 * candidates is the 1,000 dot products plus a few binary searches per query term.
 */

import { hashTerm, PREFIX_LENGTH, tokenize } from './offline-embedder.js';

export interface RecallQuery {
  text: string;
  /** The query's embedding, L2-normalised, from the embedder that produced the summaries' embeddings. */
  vector: Float32Array;
}

export interface RecallCandidate {
  id: string;
  text: string;
  embedding: Float32Array;
  createdAt: number;
}

export interface RankedSummary {
  id: string;
  /** The combined score (see the file header). */
  score: number;
  /** Cosine similarity to the query. */
  cosine: number;
  /** Normalised keyword score in [0, 1] (1 for the best keyword match in the candidate set). */
  keyword: number;
}

export interface RankOptions {
  /** Default `COSINE_WEIGHT`. */
  cosineWeight?: number;
  /** Default `KEYWORD_WEIGHT`. */
  keywordWeight?: number;
}

export const COSINE_WEIGHT = 0.6;
export const KEYWORD_WEIGHT = 0.4;
export const RECENCY_WEIGHT = 0.001;
const K1 = 1.2;
const B = 0.75;
const NUMBER_BOOST = 2;
const NAME_BOOST = 2;
const QUOTE_BOOST = 2;
/** A match on the first PREFIX_LENGTH letters only ("japan|ese", "aller|gic") counts this much of a whole one. */
const STEM_WEIGHT = 0.5;
const CACHE_LIMIT = 8_192;

/** A candidate's term statistics: hashes sorted ascending, with frequency and name flag at the same index. */
interface TermIndex {
  text: string;
  hashes: Int32Array;
  frequencies: Uint16Array;
  names: Uint8Array;
  length: number;
}

const cache = new Map<string, TermIndex>();

function buildIndex(text: string): TermIndex {
  const stats = new Map<number, { frequency: number; name: boolean }>();
  let length = 0;
  const add = (hash: number, name: boolean) => {
    const entry = stats.get(hash);
    if (entry) {
      entry.frequency++;
      entry.name ||= name;
    } else stats.set(hash, { frequency: 1, name });
  };
  for (const token of tokenize(text)) {
    if (token.stop) continue;
    length++;
    add(hashTerm(token.term) | 0, token.name);
    const stem = stemHash(token);
    if (stem !== null) add(stem, token.name);
  }
  const hashes = Int32Array.from(stats.keys()).sort();
  const frequencies = new Uint16Array(hashes.length);
  const names = new Uint8Array(hashes.length);
  hashes.forEach((hash, index) => {
    const entry = stats.get(hash) as { frequency: number; name: boolean };
    frequencies[index] = Math.min(entry.frequency, 65_535);
    names[index] = entry.name ? 1 : 0;
  });
  return { text, hashes, frequencies, names, length };
}

function indexFor(candidate: RecallCandidate): TermIndex {
  const cached = cache.get(candidate.id);
  if (cached !== undefined && cached.text === candidate.text) return cached;
  const index = buildIndex(candidate.text);
  cache.delete(candidate.id);
  cache.set(candidate.id, index);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return index;
}

/** Position of `hash` in a sorted Int32Array, or -1. */
function find(hashes: Int32Array, hash: number): number {
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = hashes[middle] as number;
    if (value < hash) low = middle + 1;
    else if (value > hash) high = middle - 1;
    else return middle;
  }
  return -1;
}

/**
 * Drops cached term statistics of these summaries (call it when summaries are erased; the cache is also
 * bounded and keyed by text, so forgetting is about not keeping erased text in memory, not about correctness).
 */
export function forgetSummaries(ids: Iterable<string>): void {
  for (const id of ids) cache.delete(id);
}

/** Drops every cached term statistic (after an erase whose summary ids are not all known). */
export function forgetAllSummaries(): void {
  cache.clear();
}

/** Spans of the text inside quotes: "…", “…”, «…», „…“, 「…」, 『…』, and '…' when the quotes stand alone. */
const QUOTED =
  /"([^"]+)"|“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]|「([^」]+)」|『([^』]+)』|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu;

interface QueryTerm {
  hash: number;
  boost: number;
  name: boolean;
  /** The hash of its first PREFIX_LENGTH letters, in a namespace of their own (null for numbers and grams). */
  stem: number | null;
}

/** Words (not numbers or character grams) also stand for their first PREFIX_LENGTH letters. */
function stemHash(token: { term: string; number: boolean; gram: boolean }): number | null {
  if (token.number || token.gram) return null;
  return hashTerm(`\u0001${token.term.slice(0, PREFIX_LENGTH)}`) | 0;
}

function queryTerms(text: string): QueryTerm[] {
  const normal = text.normalize('NFKC');
  const quoted: Array<[number, number]> = [];
  for (const match of normal.matchAll(QUOTED)) quoted.push([match.index, match.index + match[0].length]);
  const terms = new Map<number, QueryTerm>();
  for (const token of tokenize(text)) {
    if (token.stop) continue;
    const inQuotes = quoted.some(([start, end]) => token.start >= start && token.end <= end);
    const boost = (token.number ? NUMBER_BOOST : 1) * (inQuotes ? QUOTE_BOOST : 1);
    const hash = hashTerm(token.term) | 0;
    const known = terms.get(hash);
    if (known === undefined) terms.set(hash, { hash, boost, name: token.name, stem: stemHash(token) });
    else {
      known.boost = Math.max(known.boost, boost);
      known.name ||= token.name;
    }
  }
  return [...terms.values()];
}

/** The dot product, four lanes at a time (about twice as fast as the plain loop in V8). */
function dot(a: Float32Array, b: Float32Array): number {
  const length = a.length;
  if (length !== b.length) return 0;
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  const end = length - (length % 4);
  let index = 0;
  for (; index < end; index += 4) {
    sum0 += (a[index] as number) * (b[index] as number);
    sum1 += (a[index + 1] as number) * (b[index + 1] as number);
    sum2 += (a[index + 2] as number) * (b[index + 2] as number);
    sum3 += (a[index + 3] as number) * (b[index + 3] as number);
  }
  for (; index < length; index++) sum0 += (a[index] as number) * (b[index] as number);
  return sum0 + sum1 + sum2 + sum3;
}

/**
 * The `k` best summaries for the query, best first (ties: newer first, then id).
 * @example rankSummaries({ text, vector: embedder.embed(text) }, summaries, 5)
 */
export function rankSummaries(
  query: RecallQuery,
  candidates: ReadonlyArray<RecallCandidate>,
  k: number,
  options: RankOptions = {},
): RankedSummary[] {
  const count = candidates.length;
  if (count === 0 || k <= 0) return [];
  const cosineWeight = options.cosineWeight ?? COSINE_WEIGHT;
  const keywordWeight = options.keywordWeight ?? KEYWORD_WEIGHT;

  const terms = keywordWeight > 0 ? queryTerms(query.text) : [];
  const termCount = terms.length;
  const indexes: TermIndex[] = new Array(count);
  // positions[c * termCount + t]: where term t sits in candidate c's index, or -1; stems the same, for
  // candidates without the whole term.
  const positions = new Int32Array(count * termCount);
  const stemPositions = new Int32Array(count * termCount).fill(-1);
  const documentFrequency = new Uint32Array(termCount);
  const stemFrequency = new Uint32Array(termCount);
  let totalLength = 0;
  let oldest = Number.POSITIVE_INFINITY;
  let newest = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < count; c++) {
    const candidate = candidates[c] as RecallCandidate;
    if (candidate.createdAt < oldest) oldest = candidate.createdAt;
    if (candidate.createdAt > newest) newest = candidate.createdAt;
    if (termCount === 0) continue;
    const index = indexFor(candidate);
    indexes[c] = index;
    totalLength += index.length;
    for (let t = 0; t < termCount; t++) {
      const term = terms[t] as QueryTerm;
      const at = find(index.hashes, term.hash);
      positions[c * termCount + t] = at;
      if (at >= 0) documentFrequency[t] = (documentFrequency[t] as number) + 1;
      else if (term.stem !== null) {
        const stemAt = find(index.hashes, term.stem);
        stemPositions[c * termCount + t] = stemAt;
        if (stemAt >= 0) stemFrequency[t] = (stemFrequency[t] as number) + 1;
      }
    }
  }

  const keyword = new Float64Array(count);
  let bestKeyword = 0;
  if (termCount > 0) {
    const averageLength = Math.max(1, totalLength / count);
    const idf = new Float64Array(termCount);
    const stemIdf = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = documentFrequency[t] as number;
      idf[t] = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      // Candidates with the whole term have the stem too.
      const stemDf = df + (stemFrequency[t] as number);
      stemIdf[t] = STEM_WEIGHT * Math.log(1 + (count - stemDf + 0.5) / (stemDf + 0.5));
    }
    for (let c = 0; c < count; c++) {
      const index = indexes[c] as TermIndex;
      const lengthNorm = K1 * (1 - B + (B * index.length) / averageLength);
      let sum = 0;
      for (let t = 0; t < termCount; t++) {
        let at = positions[c * termCount + t] as number;
        let weight = idf[t] as number;
        if (at < 0) {
          at = stemPositions[c * termCount + t] as number;
          weight = stemIdf[t] as number;
          if (at < 0) continue;
        }
        const term = terms[t] as QueryTerm;
        const tf = index.frequencies[at] as number;
        const name = term.name || index.names[at] === 1;
        sum += (weight * term.boost * (name ? NAME_BOOST : 1) * tf * (K1 + 1)) / (tf + lengthNorm);
      }
      keyword[c] = sum;
      if (sum > bestKeyword) bestKeyword = sum;
    }
  }

  const span = newest - oldest;
  const cosines = new Float64Array(count);
  const scores = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    const candidate = candidates[c] as RecallCandidate;
    const cosine = cosineWeight > 0 ? dot(query.vector, candidate.embedding) : 0;
    if (bestKeyword > 0) keyword[c] = (keyword[c] as number) / bestKeyword;
    const recency = span > 0 ? (candidate.createdAt - oldest) / span : 0;
    cosines[c] = cosine;
    scores[c] = cosineWeight * cosine + keywordWeight * (keyword[c] as number) + RECENCY_WEIGHT * recency;
  }
  // Best score first; ties: newer, then id.
  const before = (a: number, b: number): boolean => {
    const scoreA = scores[a] as number;
    const scoreB = scores[b] as number;
    if (scoreA !== scoreB) return scoreA > scoreB;
    const first = candidates[a] as RecallCandidate;
    const second = candidates[b] as RecallCandidate;
    if (first.createdAt !== second.createdAt) return first.createdAt > second.createdAt;
    return first.id < second.id;
  };
  return topK(count, Math.min(k, count), before).map((c) => ({
    id: (candidates[c] as RecallCandidate).id,
    score: scores[c] as number,
    cosine: cosines[c] as number,
    keyword: keyword[c] as number,
  }));
}

/** Indices of the k best of 0..count-1 by `before`: a bounded insertion sort (k is small), or a full sort. */
function topK(count: number, k: number, before: (a: number, b: number) => boolean): number[] {
  if (k * 8 >= count) {
    return Array.from({ length: count }, (_, index) => index)
      .sort((a, b) => (before(a, b) ? -1 : 1))
      .slice(0, k);
  }
  const best: number[] = [];
  for (let index = 0; index < count; index++) {
    if (best.length === k && !before(index, best[k - 1] as number)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(index, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = index;
  }
  return best;
}
