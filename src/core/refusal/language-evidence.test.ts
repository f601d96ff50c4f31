import { describe, expect, it } from 'vitest';
import { createRefusalDetector } from './detect-refusal.js';
import { latinLanguages } from './language-evidence.js';

describe('latinLanguages', () => {
  it('names the language a text is clearly written in, with English always scanned', () => {
    expect(latinLanguages('the history of the silk road is a story of exchange, and it was long. '.repeat(5))).toEqual(
      new Set(['en']),
    );
    expect(latinLanguages('der hund ist nicht im haus, und ich weiß es auch nicht. '.repeat(6))).toEqual(
      new Set(['en', 'de']),
    );
  });

  it('keeps the languages that share the words of a Romance text', () => {
    const chosen = latinLanguages(
      'pela las patatas y fríelas con aceite de oliva para que la tortilla quede jugosa. '.repeat(4),
    );
    expect(chosen?.has('es')).toBe(true);
    expect(chosen?.has('en')).toBe(true);
    expect(chosen?.has('de')).toBe(false);
  });

  it('says nothing when the text is short or has no function words to go on', () => {
    expect(latinLanguages('no, sorry.')).toBeNull();
    expect(latinLanguages('the quick brown fox jumps over the lazy dog, and it was fast')).toBeNull();
    expect(latinLanguages('rust go zig nim crystal julia kotlin scala elixir haskell ocaml '.repeat(6))).toBeNull();
  });

  it('never costs a refusal written after content in another language (English is always scanned)', () => {
    const detector = createRefusalDetector();
    const text =
      "Para hacer una tortilla de patatas, pela las patatas y córtalas en láminas finas. Fríelas a fuego medio con aceite de oliva y una pizca de sal, y luego mézclalas con los huevos batidos.\n\nI'm sorry, but I can't continue with this.";
    expect(detector.detect(text).kind).toBe('trailing');
  });
});
