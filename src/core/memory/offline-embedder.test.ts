import { describe, expect, it } from 'vitest';
import { createOfflineEmbedder, hashTerm, tokenize } from './offline-embedder.js';

const embedder = createOfflineEmbedder();
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);
const norm = (vector: Float32Array) => Math.sqrt(cosine(vector, vector));
const terms = (text: string) => tokenize(text).map((token) => token.term);
const content = (text: string) =>
  tokenize(text)
    .filter((token) => !token.stop)
    .map((token) => token.term);

describe('tokenize', () => {
  it('lower-cases, NFKC-normalises, splits on non-letters and folds a plain plural s', () => {
    expect(terms('Our BEAGLES, Biscuit & Ｍｏｃｈｉ!')).toEqual(['our', 'beagle', 'biscuit', 'mochi']);
    expect(terms('boss glass bus')).toEqual(['boss', 'glass', 'bus']);
  });

  it('gives the digits inside a word as a number of their own', () => {
    const tokens = tokenize('on the 14th, paid £450');
    expect(tokens.filter((token) => token.number).map((token) => token.term)).toEqual(['14', '450']);
    expect(terms('on the 14th')).toContain('14th');
  });

  it('splits Han, kana and Thai into overlapping character bigrams', () => {
    expect(terms('我住在北京')).toEqual(['我住', '住在', '在北', '北京']);
    expect(terms('東京タワー')).toEqual(['東京', '京タ', 'タワ', 'ワー']);
    expect(terms('กรุงเทพ')).toHaveLength(6);
    expect(terms('猫')).toEqual(['猫']);
    expect(terms('iPhone15を買った')).toEqual(['iphone15', '15', 'を買', '買っ', 'った']);
  });

  it('keeps Cyrillic, Greek and accented Latin words whole', () => {
    expect(content('Моя собака Бублик')).toEqual(['моя', 'собака', 'бублик']);
    expect(content('café crème')).toEqual(['café', 'crème']);
  });

  it('marks names: capitalised, not at the start of a sentence', () => {
    const tokens = tokenize('Biscuit is a beagle. We named him Biscuit in Lisbon');
    expect(tokens.filter((token) => token.name).map((token) => token.term)).toEqual(['biscuit', 'lisbon']);
    expect(tokens[0]!.name).toBe(false);
  });

  it('marks stop words of English and the detected languages, but keeps English words they collide with', () => {
    const stop = (text: string) => tokenize(text).map((token) => token.stop);
    expect(stop('what was my dog called again')).toEqual([true, true, true, false, false, true]);
    expect(stop('que de la')).toEqual([true, true, true]);
    expect(stop('soy sauce')).toEqual([false, false]);
  });

  it('reports offsets into the NFKC text', () => {
    const text = 'hi Biscuit';
    const [, biscuit] = tokenize(text);
    expect(text.slice(biscuit!.start, biscuit!.end)).toBe('Biscuit');
  });
});

describe('createOfflineEmbedder', () => {
  it('is deterministic, 512-dimensional by default and L2-normalised', () => {
    const text = 'We adopted a beagle from the shelter and named him Biscuit.';
    const first = embedder.embed(text);
    expect(first).toBeInstanceOf(Float32Array);
    expect(first).toHaveLength(512);
    expect(createOfflineEmbedder().embed(text)).toEqual(first);
    expect(norm(first)).toBeCloseTo(1, 5);
  });

  it('takes other dimensions and refuses silly ones', () => {
    expect(createOfflineEmbedder({ dimensions: 1024 }).embed('hello world')).toHaveLength(1024);
    expect(createOfflineEmbedder({ dimensions: 1000 }).dimensions).toBe(1000);
    expect(() => createOfflineEmbedder({ dimensions: 0 })).toThrow(RangeError);
    expect(() => createOfflineEmbedder({ dimensions: 12.5 })).toThrow(RangeError);
  });

  it('gives a zero vector for text without words', () => {
    expect(norm(embedder.embed(''))).toBe(0);
    expect(norm(embedder.embed('  ?! … '))).toBe(0);
  });

  it('ignores case and width', () => {
    expect(embedder.embed('BISCUIT')).toEqual(embedder.embed('biscuit'));
    expect(embedder.embed('ｂｉｓｃｕｉｔ')).toEqual(embedder.embed('biscuit'));
  });

  it('brings texts sharing a name, place or number together', () => {
    const statement = embedder.embed('we finally adopted a beagle from the rescue centre and named him Biscuit');
    const related = embedder.embed('Biscuit keeps chewing the sofa cushions, any tips?');
    const unrelated = embedder.embed('the quarterly report is due on Friday, no pressure');
    expect(cosine(statement, related)).toBeGreaterThan(cosine(statement, unrelated) + 0.1);

    const flat = embedder.embed('we got the keys to flat 42 on Harrow Road today');
    expect(cosine(flat, embedder.embed('the courier cannot find number 42'))).toBeGreaterThan(
      cosine(flat, embedder.embed('the courier cannot find number 17')),
    );
  });

  it('meets word forms half way through character trigrams', () => {
    const allergy = embedder.embed('the doctor confirmed a peanut allergy');
    expect(cosine(allergy, embedder.embed('what am I allergic to?'))).toBeGreaterThan(0.05);
    expect(cosine(embedder.embed("Biscuit's bowl"), embedder.embed('biscuits'))).toBeGreaterThan(0.2);
    const japan = embedder.embed('we booked two weeks in Japan');
    expect(cosine(japan, embedder.embed('Japanese food'))).toBeGreaterThan(
      cosine(japan, embedder.embed('Italian food')),
    );
  });

  it('matches Chinese by character bigrams', () => {
    const beijing = embedder.embed('我妹妹搬到北京了');
    expect(cosine(beijing, embedder.embed('北京的天气怎么样'))).toBeGreaterThan(
      cosine(beijing, embedder.embed('今天的午饭很好吃')),
    );
  });

  it('hashes terms stably', () => {
    expect(hashTerm('biscuit')).toBe(hashTerm('biscuit'));
    expect(hashTerm('biscuit')).not.toBe(hashTerm('biscuits'));
    expect(hashTerm('biscuit')).toBeGreaterThanOrEqual(0);
  });

  it('embeds a 100-word summary in well under a millisecond', () => {
    const summary = Array.from({ length: 10 }, () => 'Dana and I were stuck in meetings until 7 at Northwind.').join(
      ' ',
    );
    embedder.embed(summary);
    const start = performance.now();
    for (let index = 0; index < 100; index++) embedder.embed(summary);
    expect((performance.now() - start) / 100).toBeLessThan(1);
  });
});
