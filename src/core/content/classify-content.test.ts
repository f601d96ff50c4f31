import { describe, expect, it } from 'vitest';
import { RungError } from '../../spec/errors.js';
import { SUPPORTED_LANGUAGES } from '../language/languages.js';
import { BUILT_IN_CONTENT_RULES } from './built-in-content-rules.js';
import { createContentClassifier, DEFAULT_CONTENT_CLASSES } from './classify-content.js';

const classifier = createContentClassifier({ classes: DEFAULT_CONTENT_CLASSES });
const level = (text: string, language: string | null = 'en') => classifier.classify(text, language).level;

describe('built-in content rules', () => {
  it('cover every supported language for both classes', () => {
    for (const byLanguage of Object.values(BUILT_IN_CONTENT_RULES)) {
      expect(Object.keys(byLanguage).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    }
  });

  it('all compile', () => {
    expect(() => createContentClassifier({ classes: DEFAULT_CONTENT_CLASSES, builtIn: true })).not.toThrow();
  });
});

describe('createContentClassifier with built-ins', () => {
  it('calls ordinary turns safe', () => {
    expect(classifier.classify('What should I cook tonight?', 'en')).toEqual({
      level: 'safe',
      index: 0,
      matched: null,
    });
  });

  it('returns the class, its index and the term that matched', () => {
    expect(classifier.classify('Can I kiss you?', 'en')).toEqual({ level: 'suggestive', index: 1, matched: 'kiss' });
    expect(classifier.classify('I want to have sex', 'en')).toEqual({
      level: 'explicit',
      index: 2,
      matched: 'have sex',
    });
  });

  it('lets the highest class win, wherever it appears in the text', () => {
    expect(level('kiss me, then we have sex, then cuddle')).toBe('explicit');
    expect(level('porn and kisses')).toBe('explicit');
  });

  it('matches case-insensitively and across any whitespace', () => {
    expect(level('KISS ME')).toBe('suggestive');
    expect(level('wanna make\n  out?')).toBe('suggestive');
    expect(level('ПОЦЕЛУЙ меня', 'ru')).toBe('suggestive');
  });

  it('matches whole words only in spaced scripts', () => {
    expect(level('Kissimmee is in Florida')).toBe('safe');
    expect(level('the kissing booth')).toBe('suggestive');
    expect(level('Let me finish my homework first')).toBe('safe');
    expect(level('раздевалка в спортзале', 'ru')).toBe('safe');
    expect(level('Wir sind eine Gemeinschaft', 'de')).toBe('safe');
    expect(level('جماعة من الأصدقاء', 'ar')).toBe('safe');
  });

  it('expands a trailing * to any word that starts so', () => {
    expect(level('she was cuddling the cat')).toBe('suggestive');
    expect(level('Ты меня соблазняешь', 'ru')).toBe('suggestive');
    expect(level('Kuscheln wir?', 'de')).toBe('suggestive');
    expect(level('eine kuschelige Decke', 'de')).toBe('safe');
  });

  it('matches CJK terms as substrings', () => {
    expect(level('キスしてもいい？', 'ja')).toBe('suggestive');
    expect(level('我们做爱吧', 'zh')).toBe('explicit');
    expect(level('뽀뽀해줘', 'ko')).toBe('suggestive');
    expect(level('내일 학교에 가야한다', 'ko')).toBe('safe');
  });

  it('reads Arabic words with their prefixes', () => {
    expect(level('أريد ممارسة الجنس', 'ar')).toBe('explicit');
    expect(level('وتقبيل', 'ar')).toBe('suggestive');
  });

  it('reads apostrophes of either kind', () => {
    expect(level('On pourrait faire l’amour', 'fr')).toBe('explicit');
    expect(level("Facciamo l'amore", 'it')).toBe('explicit');
  });

  it('recognises one turn in every language', () => {
    const samples: Record<string, [string, string]> = {
      en: ['I want to cuddle', 'show me porn'],
      ru: ['хочу поцелуй', 'давай займёмся сексом'],
      uk: ['хочу поцілунок', 'давай займемося сексом'],
      es: ['bésame ahora', 'quiero hacer el amor'],
      pt: ['me dá um beijo', 'vamos transar'],
      fr: ['fais-moi un bisou', 'on peut faire l’amour ?'],
      de: ['gib mir einen Kuss', 'wollen wir Sex haben?'],
      it: ['dammi un bacio', 'facciamo sesso'],
      tr: ['beni öp', 'seninle sevişmek istiyorum'],
      pl: ['daj mi buziaka, pocałuj mnie', 'chcę seksu'],
      ja: ['ちょっとエッチな話', 'セックスしたい'],
      ko: ['키스하고 싶어', '섹스하자'],
      zh: ['我想亲吻你', '我们做爱吧'],
      ar: ['أعطني بوسة', 'أريد ممارسة الجنس'],
      hi: ['मुझे चूमो', 'चलो सेक्स करें'],
      id: ['cium aku dong', 'ayo bercinta'],
      vi: ['cho anh một nụ hôn', 'mình làm tình nhé'],
    };
    expect(Object.keys(samples).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    for (const [language, [suggestive, explicit]] of Object.entries(samples)) {
      expect([language, level(suggestive, language)]).toEqual([language, 'suggestive']);
      expect([language, level(explicit, language)]).toEqual([language, 'explicit']);
    }
  });

  it("applies the turn's language, English and * rules; null applies every language", () => {
    // 'bacio' is Italian only.
    expect(level('un bacio', 'fr')).toBe('safe');
    expect(level('un bacio', 'it')).toBe('suggestive');
    expect(level('un bacio', null)).toBe('suggestive');
    expect(level('un bacio', 'it-IT')).toBe('suggestive');
    // English rules apply whatever the language.
    expect(level('quiero kiss', 'es')).toBe('suggestive');
  });
});

describe('createContentClassifier with config rules', () => {
  it('adds config rules to the built-ins', () => {
    const extended = createContentClassifier({
      classes: DEFAULT_CONTENT_CLASSES,
      rules: { explicit: { en: ['spicy scene'] }, suggestive: { '*': ['😘'] } },
    });
    expect(extended.classify('write a spicy scene', 'en').level).toBe('explicit');
    expect(extended.classify('hola 😘', 'es')).toEqual({ level: 'suggestive', index: 1, matched: '😘' });
    expect(extended.classify('can I kiss you', 'en').level).toBe('suggestive');
  });

  it('never matches a term inside a longer word', () => {
    const strict = createContentClassifier({ classes: ['safe', 'rude'], rules: { rude: { en: ['ass'] } } });
    expect(strict.classify('my class starts at nine', 'en').level).toBe('safe');
    expect(strict.classify('to pass, assess the grass', 'en').level).toBe('safe');
    expect(strict.classify('what an ass!', 'en')).toEqual({ level: 'rude', index: 1, matched: 'ass' });
  });

  it('uses custom classes without any built-ins', () => {
    const custom = createContentClassifier({
      classes: ['g', 'pg', 'pg13', 'r'],
      rules: { pg: { en: ['darn'] }, pg13: { en: ['fight*'] }, r: { en: ['gore'] } },
    });
    expect(custom.classify('kiss me, have sex', 'en')).toEqual({ level: 'g', index: 0, matched: null });
    expect(custom.classify('darn, a fighting scene', 'en')).toEqual({ level: 'pg13', index: 2, matched: 'fight*' });
    expect(custom.classify('gore and darn', 'en').level).toBe('r');
  });

  it('can turn the built-ins off', () => {
    const bare = createContentClassifier({ classes: DEFAULT_CONTENT_CLASSES, builtIn: false });
    expect(bare.classify('have sex', 'en').level).toBe('safe');
  });

  it('escapes regex characters in terms', () => {
    const literal = createContentClassifier({ classes: ['safe', 'flag'], rules: { flag: { en: ['c++', 'a.b'] } } });
    expect(literal.classify('I write c++ daily', 'en').level).toBe('flag');
    expect(literal.classify('axb', 'en').level).toBe('safe');
  });

  it('rejects bad options with a message naming the problem', () => {
    expect(() => createContentClassifier({ classes: [] })).toThrow(RungError);
    expect(() => createContentClassifier({ classes: ['safe', 'safe'] })).toThrow(/listed twice/);
    expect(() => createContentClassifier({ classes: DEFAULT_CONTENT_CLASSES, rules: { nsfw: { en: ['x'] } } })).toThrow(
      /class "nsfw"; known classes: safe, suggestive, explicit/,
    );
    expect(() => createContentClassifier({ classes: ['safe', 'x'], rules: { x: { en: [' * '] } } })).toThrow(/empty/);
  });
});
