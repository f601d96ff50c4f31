/**
 * Tells a refusal from an answer, in 17 languages, without a model call. An answer is split into sentences; a
 * sentence is a refusal when, outside quotes and *actions*, a first-person marker opens it and a refusal core
 * (a negation next to something models refuse to do) follows — or a complete refusal phrase stands in it. Then
 * position decides: refusal sentences that open a reply with little else are a whole refusal; refusal sentences
 * that close a reply after real content are a trailing refusal (salvageable); anywhere else they are the story.
 */

import { jsonContent } from './answer-content.js';
import { type CompiledLanguage, compileCatalogue } from './compile-catalogue.js';
import { endsAtSentenceEnd, maskSpeech, type Sentence, splitSentences } from './sentences.js';

export interface RefusalVerdict {
  kind: 'none' | 'whole' | 'trailing';
  language: string | null;
  marker: string | null;
  /**
   * For 'trailing': index in text where the trailing refusal sentences begin. Null when the text is a JSON
   * envelope (the refusal sits inside its `content` string; `salvage` unwraps it).
   */
  cutAt: number | null;
}

export interface RefusalDetector {
  detect(text: string): RefusalVerdict;
}

const NONE: RefusalVerdict = Object.freeze({ kind: 'none', language: null, marker: null, cutAt: null });

/** How far into a sentence a marker may start in languages that put it first ("Unfortunately, as much as…"). */
const MARKER_REACH = 120;
/** How far from a negation its object may be ("can't in good conscience write"). */
const CORE_REACH = 30;
/** Content before a trailing refusal: less than this and the reply is a refusal with a preamble. */
const MIN_CONTENT_BEFORE = 40;
/** Content before an opening refusal: up to this, it still opens the reply ("Here is the thing."). */
const MAX_CONTENT_BEFORE_WHOLE = 60;
/** Content a whole refusal may carry besides apologies and offers (a reason, a one-line alternative). */
const MAX_CONTENT_IN_WHOLE = 220;
/** How close to a final fragment's start its opener must be, and how long the fragment may be. */
const FRAGMENT_OPENER_REACH = 12;
const MAX_FRAGMENT = 150;
/** An apology or offer this short just before a trailing refusal is cut with it ("I'm sorry."). */
const MAX_PADDING_BEFORE = 80;

const ACTION = /(^|[^*])\*[^*\n]+\*(?!\*)/;
const BARE_END = /^[\s\p{Co}\p{P}\p{S}]*$/u;
const NO_LETTERS = /^[^\p{L}]*$/u;
const DENSE = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/gu;

/** Size of a sentence as content: a CJK or Hangul character says about what two Latin letters do. */
function weight(text: string): number {
  return text.length + (text.match(DENSE)?.length ?? 0);
}

interface Hit {
  readonly index: number;
  readonly text: string;
  readonly language: CompiledLanguage;
  readonly complete: boolean;
}

/** Whether a negation next to a refusal object follows the marker (or, verb-final, sits anywhere near it). */
function hasCore(masked: string, sentence: Sentence, hit: Hit): boolean {
  const { negations, objects, innocentAfter, verbFinal } = hit.language;
  if (negations === null) return false;
  const from = verbFinal ? sentence.start : hit.index;
  negations.lastIndex = from;
  for (let match = negations.exec(masked); match !== null; match = negations.exec(masked)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start >= sentence.end) break;
    if (match[0].length === 0) negations.lastIndex++;
    const after = masked.slice(end, sentence.end);
    if (innocentAfter?.test(after.slice(0, 40))) continue;
    // "I'm sorry, but I can't." — a negation with nothing after it refuses whatever was asked.
    if (BARE_END.test(after)) return true;
    if (objects === null) continue;
    if (verbFinal) {
      // Verb-final: the object comes first ("お手伝い できません"), or after in German ("nicht … schreiben").
      const near = masked.slice(
        Math.max(sentence.start, start - CORE_REACH),
        Math.min(sentence.end, end + 2 * CORE_REACH),
      );
      if (objects.test(near)) return true;
    } else {
      // The object must start within reach; the slice runs on so that a long stem there is still whole.
      const object = objects.exec(masked.slice(end, Math.min(sentence.end, end + CORE_REACH + 20)));
      if (object !== null && object.index <= CORE_REACH) return true;
    }
  }
  return false;
}

function lineOf(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The hit that makes the sentence a refusal, or null. */
function refusalHit(text: string, masked: string, sentence: Sentence, hits: readonly Hit[]): Hit | null {
  for (const hit of hits) {
    if (!hit.language.verbFinal && hit.index - sentence.start > MARKER_REACH) continue;
    if (!hit.complete && !hasCore(masked, sentence, hit)) continue;
    // In a roleplay paragraph (one with *actions*) a refusal is the character's, unless it talks policy.
    if (ACTION.test(lineOf(text, sentence.start))) {
      const policy = hit.language.policy;
      if (policy === null || !policy.test(masked.slice(sentence.start, sentence.end))) continue;
    }
    return hit;
  }
  return null;
}

function scan(masked: string, languages: readonly CompiledLanguage[]): Hit[] {
  const hits: Hit[] = [];
  for (const language of languages) {
    if (language.script !== null && !language.script.test(masked)) continue;
    const markers = language.markers;
    markers.lastIndex = 0;
    for (let match = markers.exec(masked); match !== null; match = markers.exec(masked)) {
      if (match[0].length === 0) {
        markers.lastIndex++;
        continue;
      }
      hits.push({ index: match.index, text: match[0], language, complete: match[1] !== undefined });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

type Role = 'refusal' | 'padding' | 'content';

function detectPlain(text: string, languages: readonly CompiledLanguage[]): RefusalVerdict {
  const masked = maskSpeech(text);
  const hits = scan(masked, languages);
  if (hits.length === 0) return NONE;
  const sentences = splitSentences(text);
  const found: Array<Hit | null> = [];
  let next = 0;
  let lastOpener: Hit | null = null;
  for (const sentence of sentences) {
    const inside: Hit[] = [];
    while (next < hits.length && (hits[next] as Hit).index < sentence.end) {
      const hit = hits[next] as Hit;
      if (hit.index >= sentence.start) inside.push(hit);
      next++;
    }
    found.push(inside.length === 0 ? null : refusalHit(text, masked, sentence, inside));
    lastOpener =
      inside[0] !== undefined && inside[0].index - sentence.start <= FRAGMENT_OPENER_REACH ? inside[0] : null;
  }
  const refusals = found.flatMap((hit, index) => (hit === null ? [] : [index]));
  // A stream cut inside a refusal ("…story.\n\nI'm sorry, but I can't write anyth") leaves a fragment whose
  // opener is all there is to go on. It may end a trailing refusal, never make a whole one.
  const lastIndex = sentences.length - 1;
  const fragment =
    found[lastIndex] === null &&
    lastOpener !== null &&
    !endsAtSentenceEnd(text) &&
    weight(text.slice((sentences[lastIndex] as Sentence).start)) < MAX_FRAGMENT;
  if (fragment) found[lastIndex] = lastOpener;
  if (refusals.length === 0 && !fragment) return NONE;
  // Apologies and offers are read in the languages the refusals were written in.
  const fillers = [...new Set(found.flatMap((hit) => (hit?.language.fillers ? [hit.language.fillers] : [])))];
  const roles: Role[] = sentences.map((sentence, index) => {
    if (found[index] !== null) return 'refusal';
    const body = text.slice(sentence.start, sentence.end);
    return NO_LETTERS.test(body) || fillers.some((filler) => filler.test(body)) ? 'padding' : 'content';
  });
  const weights = sentences.map((sentence) => weight(text.slice(sentence.start, sentence.end)));
  const length = (index: number) => weights[index] as number;
  const contentBetween = (from: number, to: number) => {
    let total = 0;
    for (let i = from; i < to; i++) if (roles[i] === 'content') total += length(i);
    return total;
  };
  const verdict = (kind: 'whole' | 'trailing', index: number, cutAt: number | null): RefusalVerdict => {
    const hit = found[index] as Hit;
    return { kind, language: hit.language.code, marker: hit.text, cutAt };
  };

  const last = fragment ? lastIndex : (refusals.at(-1) as number);
  if (roles.slice(last + 1).every((role) => role === 'padding')) {
    let first = last;
    while (
      first > 0 &&
      (roles[first - 1] === 'refusal' || (roles[first - 1] === 'padding' && length(first - 1) <= MAX_PADDING_BEFORE))
    ) {
      first--;
    }
    if (contentBetween(0, first) >= MIN_CONTENT_BEFORE) {
      let opening = first;
      while (roles[opening] !== 'refusal') opening++;
      return verdict('trailing', opening, (sentences[first] as Sentence).start);
    }
  }
  const opening = refusals[0];
  if (
    opening !== undefined &&
    contentBetween(0, opening) < MAX_CONTENT_BEFORE_WHOLE &&
    contentBetween(opening + 1, sentences.length) <= MAX_CONTENT_IN_WHOLE
  ) {
    return verdict('whole', opening, null);
  }
  return NONE;
}

/**
 * A refusal detector over the built-in 17-language catalogue plus `extra` markers from config (per language
 * code; unknown codes are new languages). Extra markers are complete phrases: a sentence they open is a refusal.
 * @example
 * const detector = createRefusalDetector({ en: ['OOC: I must stop'] });
 * detector.detect("I'm sorry, but I can't help with that.").kind // 'whole'
 * detector.detect("I can't wait to see you!").kind // 'none'
 */
export function createRefusalDetector(extra?: Partial<Record<string, readonly string[]>>): RefusalDetector {
  const languages = compileCatalogue(extra);
  return {
    detect(text: string): RefusalVerdict {
      const content = jsonContent(text);
      if (content === null) return detectPlain(text, languages);
      const verdict = detectPlain(content, languages);
      return verdict.kind === 'trailing' ? { ...verdict, cutAt: null } : verdict;
    },
  };
}
