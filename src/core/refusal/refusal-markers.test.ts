import { describe, expect, it } from 'vitest';
import { compileCatalogue, phrasePattern } from './compile-catalogue.js';
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
