/**
 * Rule-based content-level classification of a user turn, for gating before the model: if the turn's class
 * is above the plan's ceiling, no model is called and the character answers in character
 * (llm-routing-per-tier.md, "content-level gating happens before the LLM"). Classes are ordered from the
 * lowest (index 0, e.g. 'safe') to the highest, and the verdict is the highest class any rule matches.
 *
 * Keyword rules are cheap and predictable but blunt: they are a floor, not a classifier. The built-in lists
 * (see built-in-content-rules.ts) only cover the default classes; operators add their own per class and
 * language, and a classification route with a model is the real tool for nuance.
 *
 * Rules are compiled once, at creation, into one regular expression per (class, language), so a turn costs
 * at most a few regex scans.
 */

import { RungError } from '../../spec/errors.js';
import { BUILT_IN_CONTENT_RULES } from './built-in-content-rules.js';

export const DEFAULT_CONTENT_CLASSES = ['safe', 'suggestive', 'explicit'] as const;

/** Rules keyed by class, then by language code; the language `*` applies whatever the language. */
export type ContentRules = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export interface ContentClassifierOptions {
  /** Class names from lowest to highest. */
  classes: readonly string[];
  /** Extra rules, added to the built-ins. Terms: case-insensitive, trailing `*` for a word prefix. */
  rules?: ContentRules;
  /** Use the built-in keyword lists (default true); they apply only with the default class names. */
  builtIn?: boolean;
}

export interface ContentVerdict {
  /** The class name. */
  level: string;
  /** Its position in `classes`: compare this with the plan's ceiling. */
  index: number;
  /** The rule term that decided it, as written in the rules; null when no rule matched. */
  matched: string | null;
}

export interface ContentClassifier {
  /**
   * Classifies one turn (the latest user message, not the whole history). `language` narrows the rules to
   * that language plus English and `*`; null applies every language's rules.
   */
  classify(text: string, language: string | null): ContentVerdict;
}

/** Chat turns are far shorter; the cap keeps a pathological body from costing more than a bounded scan. */
const MAX_CLASSIFIED_CHARS = 32_768;
/** English is the internet's second language: its rules apply to every turn whose language is known. */
const ALWAYS = ['en', '*'];

/** Scripts written without spaces between words: a term there can only be matched as a substring. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const ARABIC = /\p{Script=Arabic}/u;
/** A word character on either side means the term is only part of a word ("class" holds "ass"). */
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';
/** Arabic writes conjunctions, prepositions and the article onto the word: و ف ب ك ل, ال, لل. */
const ARABIC_PROCLITICS = '(?:لل|[وفبكل]?(?:ال)?)';

interface Matcher {
  regex: RegExp;
  /** The terms in the order of the regex's capture groups. */
  terms: string[];
}

function configError(message: string): RungError {
  return new RungError('RUNG_CONFIG_INVALID', message);
}

type TermKind = 'word' | 'prefix' | 'arabicWord' | 'arabicPrefix' | 'substring';

/** Where a term may match: whole words where the script has words, anywhere where it has not. */
function kindOf(body: string, prefix: boolean): TermKind {
  if (UNSPACED.test(body)) return 'substring';
  if (ARABIC.test(body)) return prefix ? 'arabicPrefix' : 'arabicWord';
  return prefix ? 'prefix' : 'word';
}

/** What goes around each kind's group of alternatives: the boundary lookarounds are written once per group. */
const WRAP: Record<TermKind, [string, string]> = {
  word: [BEFORE, AFTER],
  prefix: [BEFORE, ''],
  arabicWord: [BEFORE + ARABIC_PROCLITICS, AFTER],
  arabicPrefix: [BEFORE + ARABIC_PROCLITICS, ''],
  substring: ['', ''],
};

/**
 * One regex for a list of terms, each term a capture group so the match tells which term it was. Text and
 * terms are lowercased instead of using the `i` flag: with `i`, V8 case-folds every `\p{L}` in the
 * boundaries, which made the first match of each regex cost tens of milliseconds.
 */
function compile(terms: readonly string[]): Matcher {
  const groups = new Map<TermKind, { term: string; source: string }[]>();
  for (const term of new Set(terms)) {
    const normalized = term.normalize('NFC').toLowerCase().trim();
    const prefix = normalized.endsWith('*');
    const body = (prefix ? normalized.slice(0, -1) : normalized).trim();
    if (body === '') throw configError(`content rule term ${JSON.stringify(term)} is empty`);
    const source = body
      .replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
      .replace(/\s+/g, '\\s+')
      .replace(/['’ʼ]/g, "['’ʼ]");
    const kind = kindOf(body, prefix);
    groups.set(kind, [...(groups.get(kind) ?? []), { term, source }]);
  }
  const ordered: string[] = [];
  const alternatives: string[] = [];
  for (const [kind, entries] of groups) {
    // Longest first, so the term reported for "make out" is the phrase rather than a shorter term inside it.
    entries.sort((a, b) => b.source.length - a.source.length);
    const [before, after] = WRAP[kind];
    alternatives.push(`${before}(?:${entries.map((entry) => `(${entry.source})`).join('|')})${after}`);
    for (const entry of entries) ordered.push(entry.term);
  }
  const regex = new RegExp(alternatives.join('|'), 'u');
  // V8 compiles a regex on its first use: pay that at start-up rather than on some user's first turn.
  regex.exec('');
  return { regex, terms: ordered };
}

function baseOf(language: string): string {
  return language.split(/[-_]/)[0]?.toLowerCase() ?? language;
}

function sameClasses(classes: readonly string[]): boolean {
  return (
    classes.length === DEFAULT_CONTENT_CLASSES.length &&
    DEFAULT_CONTENT_CLASSES.every((name, index) => classes[index] === name)
  );
}

/**
 * Builds a classifier; throws RUNG_CONFIG_INVALID for empty or repeated classes, rules naming an unknown
 * class, or empty terms.
 * @example
 * const classifier = createContentClassifier({ classes: DEFAULT_CONTENT_CLASSES });
 * classifier.classify('can I kiss you?', 'en') // { level: 'suggestive', index: 1, matched: 'kiss' }
 */
export function createContentClassifier(options: ContentClassifierOptions): ContentClassifier {
  const { classes, rules = {}, builtIn = true } = options;
  if (classes.length === 0) throw configError('content classes are empty; name at least one, e.g. ["safe"]');
  const duplicate = classes.find((name, index) => classes.indexOf(name) !== index);
  if (duplicate !== undefined) throw configError(`content class "${duplicate}" is listed twice`);

  // terms[class index][language] → terms, merged from built-ins and config.
  const terms = classes.map(() => new Map<string, string[]>());
  const add = (className: string, language: string, list: readonly string[]): void => {
    const index = classes.indexOf(className);
    if (index < 0) {
      throw configError(`content rules name class "${className}"; known classes: ${classes.join(', ')}`);
    }
    const key = language === '*' ? '*' : language.toLowerCase();
    const byLanguage = terms[index] as Map<string, string[]>;
    byLanguage.set(key, [...(byLanguage.get(key) ?? []), ...list]);
  };
  if (builtIn && sameClasses(classes)) {
    for (const [className, byLanguage] of Object.entries(BUILT_IN_CONTENT_RULES)) {
      for (const [language, list] of Object.entries(byLanguage)) add(className, language, list.split('|'));
    }
  }
  for (const [className, byLanguage] of Object.entries(rules)) {
    for (const [language, list] of Object.entries(byLanguage)) add(className, language, list);
  }

  // Class 0 is the verdict when nothing matches, so rules for it can never change one: they are not compiled.
  const matchers = terms.map((byLanguage, index) => {
    const compiled = new Map<string, Matcher>();
    if (index === 0) return compiled;
    for (const [language, list] of byLanguage) if (list.length > 0) compiled.set(language, compile(list));
    return compiled;
  });
  const lowest: ContentVerdict = { level: classes[0] as string, index: 0, matched: null };

  const applicable = (byLanguage: Map<string, Matcher>, language: string | null): Iterable<Matcher> => {
    if (language === null) return byLanguage.values();
    const keys = new Set([language.toLowerCase(), baseOf(language), ...ALWAYS]);
    const found: Matcher[] = [];
    for (const key of keys) {
      const matcher = byLanguage.get(key);
      if (matcher !== undefined) found.push(matcher);
    }
    return found;
  };

  return {
    classify(text, language) {
      const bounded = text.length > MAX_CLASSIFIED_CHARS ? text.slice(0, MAX_CLASSIFIED_CHARS) : text;
      const input = bounded.normalize('NFC').toLowerCase();
      for (let index = matchers.length - 1; index > 0; index--) {
        for (const matcher of applicable(matchers[index] as Map<string, Matcher>, language)) {
          const match = matcher.regex.exec(input);
          if (match === null) continue;
          const group = match.findIndex((value, position) => position > 0 && value !== undefined);
          return { level: classes[index] as string, index, matched: matcher.terms[group - 1] ?? null };
        }
      }
      return { ...lowest };
    },
  };
}
