import { describe, expect, it } from 'vitest';
import { compileCatalogue, kindOf, MARKER, NEGATION, nextMatch, phrasePattern } from './compile-catalogue.js';
import { REFUSAL_CATALOGUE, REFUSAL_LANGUAGES, REFUSAL_MARKERS } from './refusal-markers.js';

describe('the refusal catalogue', () => {
  it('has several markers, negations and objects for each of the 17 languages', () => {
    expect(REFUSAL_LANGUAGES).toHaveLength(17);
    for (const language of REFUSAL_LANGUAGES) {
      expect(REFUSAL_MARKERS[language].length, language).toBeGreaterThanOrEqual(10);
      expect(REFUSAL_CATALOGUE[language].negations.length, language).toBeGreaterThanOrEqual(3);
      expect(REFUSAL_CATALOGUE[language].objects.length, language).toBeGreaterThanOrEqual(10);
    }
  });

  it('compiles every language (and config languages) into working expressions', () => {
    const compiled = compileCatalogue({ nl: ['Het spijt me'] });
    expect(compiled.map((language) => language.code)).toEqual([...REFUSAL_LANGUAGES, 'nl']);
  });
});

describe('phrasePattern', () => {
  const matches = (phrase: string, text: string) => new RegExp(phrasePattern(phrase), 'iu').test(text);

  it('ignores apostrophe style, case and whitespace runs', () => {
    expect(matches("I can't", 'I CAN’T')).toBe(true);
    expect(matches("I can't", 'i cant')).toBe(true);
    expect(matches("I'm not able to", 'I’m   not\nable to')).toBe(true);
  });

  it('accepts ASCII or full-width punctuation', () => {
    expect(matches('抱歉，我不能', '抱歉,我不能')).toBe(true);
    expect(matches('Sorry, but', 'Sorry ,but')).toBe(true);
  });

  it('ignores Arabic diacritics and alef forms, and the Devanagari nukta', () => {
    expect(matches('عذرًا', 'عذرا')).toBe(true);
    expect(matches('لا أستطيع', 'لا استطيع')).toBe(true);
    expect(matches('माफ़ कीजिए', 'माफ कीजिए')).toBe(true);
  });
});

describe('the compiled scans', () => {
  const compiled = compileCatalogue();
  const language = (code: string) => compiled.find((candidate) => candidate.code === code);

  it('find the longest phrase at a position, from the list that comes first', () => {
    const markers = language('en')?.markers.at(-1);
    if (markers === undefined) throw new Error('no en markers');
    markers.regex.lastIndex = 0;
    const match = nextMatch(markers, "i'm sorry, but i can't help with that.");
    expect(match?.[0]).toBe("i'm sorry");
    const complete = nextMatch(markers, "i'm sorry, but i can't help with that.");
    expect(complete?.[0]).toBe("i can't help with that");
    expect(complete && kindOf(markers, complete)).toBe(MARKER.complete);
  });

  it('take a phrase only at a word start, checked outside the regex', () => {
    const negations = language('en')?.negations;
    if (negations == null) throw new Error('no en negations');
    negations.regex.lastIndex = 0;
    expect(nextMatch(negations, 'uncannot')).toBeNull();
    negations.regex.lastIndex = 0;
    expect(nextMatch(negations, 'so i cannot')?.index).toBe(5);
  });

  it('read an Arabic negation after a joined "and" or "so"', () => {
    const negations = language('ar')?.negations;
    if (negations == null) throw new Error('no ar negations');
    negations.regex.lastIndex = 0;
    const match = nextMatch(negations, 'ولن أساعد');
    expect(match && kindOf(negations, match)).toBe(NEGATION.weak);
  });

  it('recognise a bare no and an apology, in either order', () => {
    expect(language('de')?.bareReply?.test('nein, sorry.')).toBe(true);
    expect(language('es')?.bareReply?.test('lo siento, pero no.')).toBe(true);
    expect(language('en')?.bareReply?.test('sorry, nobody')).toBe(false);
  });
});
