import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../language/detect-language.js';
import { SUPPORTED_LANGUAGES } from '../language/languages.js';
import { BUILT_IN_SOFT_REFUSALS, type CharacterSpec, softRefusal } from './soft-refusal.js';

const mia: CharacterSpec = {
  id: 'mia',
  name: 'Mia',
  persona: 'You are {name}.',
  languages: ['pt', 'en'],
  soft_refusals: {
    pt: ['*{name} ri* Outro assunto, {name} pede.', '*{name} pisca* Deixa isso pra lá.'],
    en: ['*{name} winks* Not that one.'],
  },
  upsell: {
    pt: ['Quer ir além com {name}? Conheça o plano Premium.'],
    en: ['Want more of {name}? Premium unlocks it.', 'Premium makes {name} bolder.'],
  },
};

const seeds = Array.from({ length: 40 }, (_, index) => `request-${index}`);

describe('BUILT_IN_SOFT_REFUSALS', () => {
  it('covers all 17 languages with at least three templates each', () => {
    expect(Object.keys(BUILT_IN_SOFT_REFUSALS).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    for (const templates of Object.values(BUILT_IN_SOFT_REFUSALS)) expect(templates.length).toBeGreaterThanOrEqual(3);
  });

  it('names the character only in the narration, so it can be dropped', () => {
    for (const templates of Object.values(BUILT_IN_SOFT_REFUSALS)) {
      for (const template of templates) expect(template).toMatch(/^\*[^*]*\{name\}[^*]*\* [^*{}]+$/);
    }
  });

  it('is written in the language it is filed under', () => {
    for (const [language, templates] of Object.entries(BUILT_IN_SOFT_REFUSALS)) {
      for (const template of templates) expect(detectLanguage(template.replaceAll('{name}', ''))).toBe(language);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(BUILT_IN_SOFT_REFUSALS)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_SOFT_REFUSALS.en)).toBe(true);
  });
});

describe('softRefusal', () => {
  it('gives the same text for the same seed and varies across seeds', () => {
    const input = { character: null, language: 'en', paid: true };
    expect(softRefusal({ ...input, seed: 'abc' })).toEqual(softRefusal({ ...input, seed: 'abc' }));
    const texts = new Set(seeds.map((seed) => softRefusal({ ...input, seed }).text));
    expect(texts.size).toBe(BUILT_IN_SOFT_REFUSALS.en.length);
  });

  it("uses the character's templates in the user's language and fills {name} everywhere", () => {
    const texts = new Set(seeds.map((seed) => softRefusal({ character: mia, language: 'pt', paid: true, seed }).text));
    expect([...texts].sort()).toEqual(['*Mia pisca* Deixa isso pra lá.', '*Mia ri* Outro assunto, Mia pede.']);
  });

  it("falls back to the character's first language before the built-ins", () => {
    const result = softRefusal({ character: mia, language: 'ja', paid: true, seed: 's' });
    expect(result.language).toBe('pt');
    expect(mia.soft_refusals.pt?.map((line) => line.replaceAll('{name}', 'Mia'))).toContain(result.text);
  });

  it('falls back to the built-ins in the user language when the character has none to offer', () => {
    const plain: CharacterSpec = { ...mia, languages: ['fr'], soft_refusals: {} };
    const result = softRefusal({ character: plain, language: 'ko', paid: true, seed: 's' });
    expect(result.language).toBe('ko');
    expect(BUILT_IN_SOFT_REFUSALS.ko.map((line) => line.replaceAll('{name}', 'Mia'))).toContain(result.text);
  });

  it("then to the built-ins in the character's first language, then English", () => {
    const plain: CharacterSpec = { ...mia, languages: ['fr'], soft_refusals: {} };
    expect(softRefusal({ character: plain, language: 'nl', paid: true, seed: 's' }).language).toBe('fr');
    expect(softRefusal({ character: null, language: 'nl', paid: true, seed: 's' }).language).toBe('en');
  });

  it('accepts a regional code and ignores blank templates', () => {
    const regional: CharacterSpec = { ...mia, soft_refusals: { 'pt-BR': [' '], pt: ['*{name} sorri* Depois.'] } };
    const result = softRefusal({ character: regional, language: 'pt-BR', paid: true, seed: 's' });
    expect(result).toEqual({ text: '*Mia sorri* Depois.', language: 'pt', upsell: false });
  });

  it('drops the narration when there is no character to name', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const seed of seeds.slice(0, 6)) {
        const { text } = softRefusal({ character: null, language, paid: false, seed });
        expect(text).not.toMatch(/[*{}]/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('names the character in the built-ins', () => {
    const plain: CharacterSpec = { ...mia, soft_refusals: {} };
    const { text } = softRefusal({ character: plain, language: 'de', paid: true, seed: 's' });
    expect(text).toMatch(/^\*Mia [^*]+\* /);
  });

  it("appends one of the character's upsell lines on a free plan, in the refusal's language", () => {
    const result = softRefusal({ character: mia, language: 'pt', paid: false, seed: 's' });
    expect(result.upsell).toBe(true);
    expect(result.text.endsWith('\n\nQuer ir além com Mia? Conheça o plano Premium.')).toBe(true);
    const english = softRefusal({ character: mia, language: 'en', paid: false, seed: 's' });
    expect(english.text).toMatch(
      /^\*Mia winks\* Not that one\.\n\n(Want more of Mia\? Premium unlocks it\.|Premium makes Mia bolder\.)$/,
    );
  });

  it('appends no upsell on a paid plan', () => {
    const result = softRefusal({ character: mia, language: 'pt', paid: true, seed: 's' });
    expect(result.upsell).toBe(false);
    expect(result.text).not.toContain('Premium');
  });

  it('never appends a built-in upsell', () => {
    const quiet: CharacterSpec = { ...mia, upsell: {} };
    const result = softRefusal({ character: quiet, language: 'pt', paid: false, seed: 's' });
    expect(result.upsell).toBe(false);
    expect(result.text).not.toContain('\n');
    expect(softRefusal({ character: null, language: 'en', paid: false, seed: 's' }).upsell).toBe(false);
  });

  it('does not change the character', () => {
    const snapshot = structuredClone(mia);
    softRefusal({ character: mia, language: 'en', paid: false, seed: 's' });
    expect(mia).toEqual(snapshot);
  });
});
