import { describe, expect, it } from 'vitest';
import { createOfflineEmbedder } from './offline-embedder.js';
import { forgetSummaries, type RecallCandidate, rankSummaries } from './recall.js';

const embedder = createOfflineEmbedder();
let nextId = 0;

/** Candidates with embeddings, ids unique across tests (the term cache is process-wide). */
function summaries(texts: string[], createdAt = (index: number) => 1_000 + index): RecallCandidate[] {
  nextId++;
  return texts.map((text, index) => ({
    id: `t${nextId}-s${index}`,
    text,
    embedding: embedder.embed(text),
    createdAt: createdAt(index),
  }));
}
const query = (text: string) => ({ text, vector: embedder.embed(text) });
const keywordOnly = { cosineWeight: 0, keywordWeight: 1 };

const FILLER = [
  'Work was exhausting today, Dana and I were stuck in meetings until 7.',
  'We ordered pizza because nobody could be bothered to cook.',
  "The neighbour's dog barked all night again, I barely slept.",
  'My sister sent me a meme at 6 in the morning.',
  'Thinking about repainting the living room green this weekend.',
];

describe('rankSummaries', () => {
  it('returns at most k results, best first, with their parts', () => {
    const candidates = summaries([...FILLER, 'We finally adopted a beagle and named him Biscuit.']);
    const ranked = rankSummaries(query('Biscuit keeps chewing the sofa, any tips?'), candidates, 3);
    expect(ranked).toHaveLength(3);
    expect(ranked[0]!.id).toBe(candidates[5]!.id);
    expect(ranked[0]!.keyword).toBe(1);
    for (let index = 1; index < ranked.length; index++) {
      expect(ranked[index - 1]!.score).toBeGreaterThanOrEqual(ranked[index]!.score);
    }
    for (const entry of ranked) {
      expect(entry.keyword).toBeGreaterThanOrEqual(0);
      expect(entry.keyword).toBeLessThanOrEqual(1);
      expect(entry.score).toBeCloseTo(0.6 * entry.cosine + 0.4 * entry.keyword, 2);
    }
  });

  it('returns nothing for no candidates or k ≤ 0, and everything when k is larger than the set', () => {
    expect(rankSummaries(query('anything'), [], 5)).toEqual([]);
    expect(rankSummaries(query('anything'), summaries(FILLER), 0)).toEqual([]);
    expect(rankSummaries(query('anything'), summaries(FILLER), 50)).toHaveLength(FILLER.length);
  });

  it('weighs a term by its rarity among the candidates (BM25 IDF)', () => {
    const candidates = summaries([
      'The pub quiz was fun, the quiz master was funny.',
      'Another quiz night, we came fourth at the quiz.',
      'Quiz again on Thursday with the usual team, a good quiz.',
      'We went to the quiz and I finally tried the lamb tagine.',
    ]);
    const [best] = rankSummaries(query('quiz tagine'), candidates, 1, keywordOnly);
    expect(best!.id).toBe(candidates[3]!.id);
  });

  it('gives numbers, names and quoted terms extra weight', () => {
    // Each query term matches one (older) candidate as a number, name or quote, and one (newer) plainly: without
    // the boost they would tie and recency would pick the newer.
    const numbers = summaries(['We got the keys to number 42 today.', 'The flat above us is lovely.']);
    expect(rankSummaries(query('flat 42?'), numbers, 1, keywordOnly)[0]!.id).toBe(numbers[0]!.id);

    // "rose": a name in one (capitalised mid-sentence), a flower in the other; the query says it in lower case.
    const names = summaries(['My friend Rose finally called back.', 'The garden rose finally bloomed.']);
    const [named, plain] = rankSummaries(query('how is rose?'), names, 2, keywordOnly);
    expect(named!.id).toBe(names[0]!.id);
    expect(named!.keyword).toBeGreaterThan(plain!.keyword);

    const quoted = summaries(['The cafe had a lovely terrace.', 'We talked about the blue door.']);
    expect(rankSummaries(query('that "terrace" place, or the blue one?'), quoted, 1, keywordOnly)[0]!.id).toBe(
      quoted[0]!.id,
    );
    expect(rankSummaries(query('that terrace place, or the blue one?'), quoted, 1, keywordOnly)[0]!.id).toBe(
      quoted[1]!.id,
    );
  });

  it('matches plural, possessive and case variants of a term', () => {
    const candidates = summaries([...FILLER, "Biscuit's new bed arrived, he loves it."]);
    expect(rankSummaries(query('what does BISCUIT like?'), candidates, 1)[0]!.id).toBe(candidates[5]!.id);
    const allergy = summaries([...FILLER, 'Found out I am allergic to peanuts, my lips swelled up.']);
    expect(rankSummaries(query('does satay have peanut in it?'), allergy, 1)[0]!.id).toBe(allergy[5]!.id);
  });

  it('gives half a match to another form of a word with the same first five letters', () => {
    const candidates = summaries([...FILLER, 'We booked two weeks in Japan for May.']);
    const [best] = rankSummaries(query('what Japanese dishes should I try?'), candidates, 1, keywordOnly);
    expect(best!.id).toBe(candidates[5]!.id);
    const whole = summaries(['We booked two weeks in Japan for May.', 'Japanese food night at the office.']);
    const [exact, stem] = rankSummaries(query('is Japan nice in May?'), whole, 2, {
      cosineWeight: 0,
      keywordWeight: 1,
    });
    expect(exact!.id).toBe(whole[0]!.id);
    expect(stem!.keyword).toBeGreaterThan(0);
    expect(stem!.keyword).toBeLessThan(exact!.keyword);
  });

  it('ranks by cosine alone when asked, and falls back on it when no keyword matches', () => {
    const candidates = summaries([...FILLER, 'We adopted a beagle from the rescue centre.']);
    const byCosine = rankSummaries(query('the beagles at the rescue'), candidates, candidates.length, {
      cosineWeight: 1,
      keywordWeight: 0,
    });
    const cosines = byCosine.map((entry) => entry.cosine);
    expect(cosines).toEqual([...cosines].sort((a, b) => b - a));
    expect(byCosine.every((entry) => entry.keyword === 0)).toBe(true);
  });

  it('scores a summary embedded with another size at cosine 0', () => {
    const [candidate] = summaries(['We adopted a beagle named Biscuit.']);
    const other = { ...candidate!, embedding: createOfflineEmbedder({ dimensions: 256 }).embed(candidate!.text) };
    const [ranked] = rankSummaries(query('Biscuit'), [other], 1);
    expect(ranked!.cosine).toBe(0);
    expect(ranked!.keyword).toBe(1);
  });

  it('breaks ties by recency, then id', () => {
    const same = 'We talked about the weather.';
    const candidates = summaries([same, same, same], (index) => [5_000, 9_000, 1_000][index]!);
    expect(rankSummaries(query('unrelated words entirely'), candidates, 3).map((entry) => entry.id)).toEqual([
      candidates[1]!.id,
      candidates[0]!.id,
      candidates[2]!.id,
    ]);
  });

  it('re-reads a summary whose id comes back with another text, and forgets on request', () => {
    const [first] = summaries(['We adopted a beagle named Biscuit.']);
    const filler = summaries(FILLER);
    expect(rankSummaries(query('Biscuit'), [first!, ...filler], 1, keywordOnly)[0]!.keyword).toBe(1);
    const changed = {
      ...first!,
      text: 'Nothing about pets here.',
      embedding: embedder.embed('Nothing about pets here.'),
    };
    expect(
      rankSummaries(query('Biscuit'), [changed, ...filler], 6, keywordOnly).every((entry) => entry.keyword === 0),
    ).toBe(true);
    forgetSummaries([first!.id, ...filler.map((candidate) => candidate.id)]);
    expect(rankSummaries(query('Biscuit'), [first!, ...filler], 1)[0]!.id).toBe(first!.id);
  });

  it('takes the top k from a large set the same as a full sort would', () => {
    const texts = Array.from({ length: 300 }, (_, index) => `${FILLER[index % FILLER.length]} Day ${index % 17}.`);
    const candidates = summaries(texts);
    const question = query('meetings with Dana on day 3');
    const top = rankSummaries(question, candidates, 5);
    expect(top).toEqual(rankSummaries(question, candidates, 300).slice(0, 5));
  });

  it('ranks 1,000 candidates in a few milliseconds once their terms are known', () => {
    const texts = Array.from({ length: 1_000 }, (_, index) => `${FILLER[index % FILLER.length]} Item ${index}.`);
    const candidates = summaries(texts);
    const question = query('what happened with item 512 and Dana?');
    rankSummaries(question, candidates, 5);
    const start = performance.now();
    for (let run = 0; run < 20; run++) rankSummaries(question, candidates, 5);
    expect((performance.now() - start) / 20).toBeLessThan(10);
  });
});
