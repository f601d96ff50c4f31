import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, type Grouped, lowerCase, nextMatch, openingIndex } from './compile-catalogue.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const texts: string[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Array<{ text: string }>)
  .map((entry) => lowerCase(entry.text));

describe('the opening sieve (openingIndex)', () => {
  const languages = compileCatalogue({ fr: ['Zut alors, je refuse', "Q'uox, je refuse"] });
  const groups = languages.flatMap((language) => language.markers.map((markers) => ({ code: language.code, markers })));
  const index = openingIndex(groups.map((group) => group.markers));
  const sieved = groups.filter((group) => index.bitOf(group.markers) !== 0);

  const firstMatch = (markers: Grouped<number>, text: string, from: number) => {
    markers.regex.lastIndex = from;
    return nextMatch(markers, text);
  };

  it('sieves the led lists of several languages', () => {
    expect(sieved.map((group) => group.code)).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'de']));
  });

  it('sieves the `/…/` patterns of the spaced Latin-script languages too, not Turkish suffixes', () => {
    const anchored = groups.filter((group) => group.markers.anchored === true && index.bitOf(group.markers) !== 0);
    expect(anchored.map((group) => group.code)).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'de', 'it', 'pt']));
    expect(groups.some((group) => group.code === 'tr' && group.markers.anchored === true)).toBe(false);
  });

  it('reads a pattern’s openings from each top-level alternative and each alternative of its leading group', () => {
    const custom = compileCatalogue({ it: ["/(?:zorglub|vai\\s+oltre)\\s+x|(?:excede|sobra)\\s+o|can['’]t\\s+y/"] });
    const lists = custom.flatMap((language) => (language.code === 'it' ? language.markers : []));
    const customIndex = openingIndex(lists);
    const anchored = lists.find((markers) => markers.anchored === true && customIndex.bitOf(markers) !== 0);
    if (anchored === undefined) throw new Error('the pattern was not sieved');
    const bit = customIndex.bitOf(anchored);
    for (const text of ['zorglub x', 'vai  oltre x', 'excede o', 'sobra o', "can't y", 'can’t y']) {
      expect(customIndex.mask(`so ${text}`, 0) & bit, text).not.toBe(0);
      expect(firstMatch(anchored, `so ${text}`, 0), text).not.toBeNull();
    }
    expect(customIndex.mask('nothing of the sort here', 0) & bit).toBe(0);
  });

  it('counts an anchored pattern only where a word starts, as a led phrase would', () => {
    const spanish = groups.find((group) => group.code === 'es' && group.markers.anchored === true)?.markers;
    if (spanish === undefined) throw new Error('no anchored Spanish list');
    expect(firstMatch(spanish, 'no lo haré', 0)?.[0]).toBe('no lo haré');
    expect(firstMatch(spanish, '¿no lo haré?', 0)?.[0]).toBe('no lo haré');
    // "sino lo haré" ("but I will do it") holds "no lo haré" inside a word.
    expect(firstMatch(spanish, 'sino lo haré', 0)).toBeNull();
  });

  it('never rules out a list that matches: every corpus text, from its start and from a later word', () => {
    let checked = 0;
    for (const text of texts) {
      const from = Math.max(0, text.indexOf(' ', text.length >> 1));
      for (const start of [0, from]) {
        const mask = index.mask(text, start);
        for (const { markers } of sieved) {
          if (firstMatch(markers, text, start) === null) continue;
          checked++;
          expect((mask & index.bitOf(markers)) !== 0, `${text.slice(0, 80)} from ${start}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('rules out lists whose phrases open none of the words', () => {
    const bit = (code: string) =>
      sieved.filter((group) => group.code === code).reduce((sum, group) => sum | index.bitOf(group.markers), 0);
    const english = index.mask('the quick brown fox jumps over the lazy dog while a benchmark counts', 0);
    expect(sieved.filter((group) => (english & index.bitOf(group.markers)) === 0).length).toBeGreaterThanOrEqual(5);
    // A phrase from config is sieved like the built-in ones.
    expect(index.mask('zut alors', 0) & bit('fr')).not.toBe(0);
    // A short word opens only the phrases its next word goes on with; a run of whitespace is one unit.
    const portuguese = bit('pt');
    expect(index.mask('a benchmark', 0) & portuguese).toBe(0);
    for (const text of ['a gente não seguir', 'a  \n gente não seguir'])
      expect(index.mask(text, 0) & portuguese).not.toBe(0);
    // An optional apostrophe in a phrase opens with it, in any form, or without it.
    for (const text of ["q'uox", 'q’uox', 'quox']) expect(index.mask(text, 0) & bit('fr')).not.toBe(0);
  });
});
