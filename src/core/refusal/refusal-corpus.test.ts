/**
 * The labelled corpus (__fixtures__/refusal-corpus.json, 17 languages): whole-refusal precision and recall, no
 * innocent text flagged or altered, and salvage output exactly as labelled for every entry. The bench section
 * `refusals` prints the same figures per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRefusalDetector } from './detect-refusal.js';
import { REFUSAL_LANGUAGES } from './refusal-markers.js';
import { salvage } from './salvage.js';
import { endsAtSentenceEnd } from './sentences.js';

interface Entry {
  id: string;
  lang: string;
  label: 'whole' | 'trailing' | 'innocent';
  text: string;
  salvage: string | null;
}

const corpus: Entry[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '__fixtures__', 'refusal-corpus.json'), 'utf8'),
);
const detector = createRefusalDetector();
const verdicts = new Map(corpus.map((entry) => [entry.id, detector.detect(entry.text)]));

describe('the refusal corpus', () => {
  it('covers all 17 languages with at least 12 entries each, 300 in all, and unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((entry) => entry.id)).size).toBe(corpus.length);
    for (const language of REFUSAL_LANGUAGES) {
      const entries = corpus.filter((entry) => entry.lang === language);
      expect(entries.length, language).toBeGreaterThanOrEqual(12);
      for (const label of ['whole', 'trailing', 'innocent']) {
        expect(
          entries.some((entry) => entry.label === label),
          `${language} ${label}`,
        ).toBe(true);
      }
    }
  });

  it('finds whole refusals with precision ≥ 0.98 and recall ≥ 0.95', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const entry of corpus) {
      const flagged = verdicts.get(entry.id)?.kind === 'whole';
      if (flagged && entry.label === 'whole') truePositives++;
      else if (flagged) falsePositives++;
      else if (entry.label === 'whole') falseNegatives++;
    }
    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(0.98);
    expect(truePositives / (truePositives + falseNegatives)).toBeGreaterThanOrEqual(0.95);
  });

  it('flags no innocent text, and never alters one that ends a sentence and passes the gate', () => {
    for (const entry of corpus.filter((candidate) => candidate.label === 'innocent')) {
      expect(verdicts.get(entry.id)?.kind, entry.id).toBe('none');
      if ([...entry.text].length >= 150 && endsAtSentenceEnd(entry.text)) {
        expect(salvage(entry.text, detector), entry.id).toBe(entry.text);
      }
    }
  });

  it('salvages every entry exactly as labelled', () => {
    const wrong = corpus.filter((entry) => salvage(entry.text, detector) !== entry.salvage).map((entry) => entry.id);
    expect(wrong).toEqual([]);
  });

  it('never salvages a whole refusal', () => {
    for (const entry of corpus.filter((candidate) => candidate.label === 'whole')) {
      expect(entry.salvage, entry.id).toBeNull();
    }
  });
});
