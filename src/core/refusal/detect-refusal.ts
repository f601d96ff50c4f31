/**
 * Tells a refusal from an answer, in 17 languages, without a model call. An answer is split into sentences; a
 * sentence is a refusal when, outside quotes and *actions*, a first-person marker opens it and a refusal core
 * (a negation next to something models refuse to do) follows — or a complete refusal phrase stands in it. Then
 * position decides: refusal sentences that open a reply with little else are a whole refusal; refusal sentences
 * that close a reply after real content (with at most a short reason after them) are a trailing refusal
 * (salvageable); anywhere else they are the story. Weak refusals — the ones fiction says too ("I'd rather not",
 * "I won't", "не напишу") — count only with refusal context nearby: an apology or offer, a policy or a harm
 * named, the user addressed. A short reply that is a bare no and an apology ("No, sorry.", "不行，抱歉。") is a
 * whole refusal of its own.
 */

import { jsonContent } from './answer-content.js';
import {
  type CompiledLanguage,
  compileCatalogue,
  type Grouped,
  kindOf,
  LATIN_SCRIPT,
  lowerCase,
  MARKER,
  type MarkerKind,
  markerKind,
  NEGATION,
  nextMatch,
  type OpeningIndex,
  openingIndex,
} from './compile-catalogue.js';
import { EVIDENCED_LANGUAGES, latinLanguages, tailStart } from './language-evidence.js';
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
/** How far before a bare negation its marker may end and still open it ("I'm sorry, but I can't."). */
const OPENED_REACH = 20;
/** How far after a plain negation its verb may be, after an identity marker ("je ne fournis pas"). */
const PLAIN_REACH = 12;
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
/** A weak refusal this short needs no context when it is the whole reply ("I won't do that."). */
const MAX_ALONE = 60;
/** A reason this short after a trailing refusal is cut with it ("That would be dishonest."). */
const MAX_REASON_AFTER = 140;
/** A reply this short may be a bare no and an apology with an offer after them ("No, sorry. Anything else?"). */
const MAX_BARE_REPLY = 200;
/** A casual decline is a short reply ("Nope — can't do that.", "Wah, yang itu nggak bisa, ya. Yang lain aja?"). */
const MAX_DECLINE_REPLY = 100;
/**
 * A short reply that opens with a casual decline and goes on to name what it declines ("Yeah, no — I'm not going
 * along with that. Getting into your ex's Instagram behind her back is a hard pass from me."): the decline is a
 * weak refusal there, so the rest must give it context.
 */
const MAX_CASUAL_REPLY = 260;
/** A casual decline's sentence is short ("Yeah, no — I'm not going along with that."): a cheap test first. */
const CASUAL_OPENING = /^[^.!?。！？؟।\n]{0,60}(?:[.!?。！？؟।\n]|$)/;
/** What may follow a casual decline in its sentence: punctuation and a short word ("…, tío.", "…, bro."). */
const DECLINE_REST = /^[\s\p{P}\p{S}]*(?:[\p{L}\p{M}]{1,5}[\s\p{P}\p{S}]*)?$/u;
/** What may come before a casual decline in its reply: punctuation and at most two short words. */
const DECLINE_LEAD = '[\\s\\p{P}\\p{S}]*(?:[\\p{L}\\p{M}]{1,8}[\\s\\p{P}\\p{S}]+){0,2}?';
/** A bare reply's first sentence is short ("No.", "No, sorry.", "그건 좀 어려울 것 같아."): a cheap test first. */
const BARE_OPENING = /^[^.!?。！？؟।\n]{0,40}(?:[.!?。！？؟।\n]|$)/;
/** How far into a sentence an object may start and still be the clause a closing negation refuses. */
const CLAUSE_OBJECT_REACH = 16;
/** How far from that object the closing negation may be ("Однако написать рекомендацию от имени … я не могу:"). */
const MAX_CLAUSE = 110;
/** Characters past a sentence's end that its negation search still sees (a negation phrase is a few words). */
const NEGATION_SCOPE_MARGIN = 64;

const ACTION = /(^|[^*])\*[^*\n]+\*(?!\*)/;
const CLAUSE_BREAK = /[,;:，；：]/;
const NO_LETTERS = /^[^\p{L}]*$/u;
const WORD_CHARACTER = /[\p{L}\p{M}]/u;
// Any UTF-16 unit above U+007F (an astral character is two of them, both above it).
const NON_ASCII = /[\u0080-\uFFFF]/;
const DENSE = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/gu;

/** Size of a sentence as content: a CJK or Hangul character says about what two Latin letters do. */
function weight(text: string): number {
  return text.length + (text.match(DENSE)?.length ?? 0);
}

interface Hit {
  readonly index: number;
  readonly text: string;
  readonly language: CompiledLanguage;
  readonly kind: MarkerKind;
}

/** A sentence's refusal: the hit that makes it one, or the weak hits that do if one has context nearby. */
interface Found {
  readonly hit: Hit;
  readonly weak: readonly Hit[] | null;
}

type Strength = 'strong' | 'weak';

const isWeakMarker = (kind: MarkerKind) =>
  kind === MARKER.weakComplete || kind === MARKER.weakOpener || kind === MARKER.passive || kind === MARKER.deflection;

/** How far into its sentence an impersonal refusal may start ("Unfortunately, this request can't be…"). */
const IMPERSONAL_REACH = 30;

/**
 * Whether an impersonal refusal ("This request can't be fulfilled") stands as one: it opens its sentence, and what
 * follows it is nothing (a "here", an apology) or a reason. "If your bank says your request can't be processed,
 * call them" and "Esta solicitud no puede ser procesada por el banco si falta la firma" are not.
 */
function standsAlone(masked: string, sentence: Sentence, hit: Hit): boolean {
  if (hit.index - sentence.start > IMPERSONAL_REACH) return false;
  const after = masked.slice(hit.index + hit.text.length, sentence.end);
  const verb = hit.language.impersonalVerbs?.exec(after);
  if (verb == null) return false;
  const rest = after.slice(verb[0].length);
  return hit.language.bareTail.test(rest) || hit.language.reasons?.test(rest) === true;
}

/**
 * Whether a negation next to a refusal object follows the marker (or, verb-final, sits anywhere near it), and
 * how strong the weaker of marker and negation is; null when there is no core.
 */
function core(masked: string, sentence: Sentence, hit: Hit): Strength | null {
  const { objects, innocentAfter, innocentBefore, bareTail, verbFinal } = hit.language;
  const grouped = hit.language.negations;
  if (grouped === null) return null;
  const negations = grouped.regex;
  const from = verbFinal ? sentence.start : hit.index;
  // Searched up to a little past the sentence, not to the end of the answer: this runs once per hit, and a search
  // that found nothing in its sentence read on to the end of the text — hits × length, 250 µs for a 2,000-character
  // Arabic answer whose common words open markers. The margin keeps lookarounds at the sentence's end as they were.
  const scope =
    masked.length - sentence.end > NEGATION_SCOPE_MARGIN
      ? masked.slice(0, sentence.end + NEGATION_SCOPE_MARGIN)
      : masked;
  let found: Strength | null = null;
  negations.lastIndex = from;
  for (let match = nextMatch(grouped, scope); match !== null; match = nextMatch(grouped, scope)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start >= sentence.end) break;
    if (match[0].length === 0) negations.lastIndex++;
    const kind = kindOf(grouped, match);
    // A plain negation counts after "As an AI", and (weakly) just after a weak opener: "Wolałbym jednak nie pisać".
    const afterWeakOpener =
      hit.kind === MARKER.weakOpener && start >= hit.index && start - hit.index <= 3 * PLAIN_REACH;
    if (kind === NEGATION.plain && hit.kind !== MARKER.identity && !afterWeakOpener) {
      // Not a negation here: let a longer one that starts inside it be found ("하지 않" hides "않겠").
      negations.lastIndex = start + 1;
      continue;
    }
    const after = masked.slice(end, sentence.end);
    if (innocentAfter?.test(after.slice(0, 40))) continue;
    if (innocentBefore?.test(masked.slice(Math.max(sentence.start, start - CORE_REACH), start))) continue;
    let strength: Strength | null = null;
    if (kind === NEGATION.plain) {
      // "As an AI, I don't provide…": the verb must be right next to it (after, or before where verbs come
      // last), or "I don't have feelings, but I can tell you…" would be one.
      const object = verbFinal
        ? objects?.exec(
            masked.slice(Math.max(sentence.start, start - PLAIN_REACH), Math.min(sentence.end, end + PLAIN_REACH)),
          )
        : objects?.exec(masked.slice(end, Math.min(sentence.end, end + PLAIN_REACH + 20)));
      if (object != null && (verbFinal || object.index <= PLAIN_REACH)) strength = 'strong';
    } else {
      if (objects !== null) {
        if (verbFinal) {
          // Verb-final: the object comes first ("お手伝い できません"), or after in German ("nicht … schreiben")
          // but in the same clause ("keinen Körper, aber ich helfe dir gern" is not one).
          const clause = after.search(CLAUSE_BREAK);
          const near = masked.slice(
            Math.max(sentence.start, start - CORE_REACH),
            Math.min(sentence.end, end + 2 * CORE_REACH, clause < 0 ? sentence.end : end + clause),
          );
          if (objects.test(near)) strength = 'strong';
        } else {
          // The object must start within reach; the slice runs on so that a long stem there is still whole.
          const object = objects.exec(masked.slice(end, Math.min(sentence.end, end + CORE_REACH + 20)));
          if (object !== null && object.index <= CORE_REACH) strength = 'strong';
          // Object first, negation closing its clause: "Инструкцию дать не могу, так как…", "Однако написать
          // рекомендацию от имени вашего начальника я не могу:".
          else if (
            /^[\s\uE000]*[\p{P}]/u.test(after) &&
            (objectBefore(masked, sentence, start, objects) || clauseObject(masked, sentence, start, hit.language))
          ) {
            strength = 'strong';
          }
        }
      }
      if (strength === null && bareTail.test(after)) {
        // "I'm sorry, but I can't." — a negation with nothing after it (but a generic verb, an apology) refuses
        // whatever was asked. It is strong when an apology or a marker just before opens it, or an object stands
        // before it ("Рецепт дать не могу."); weak when nothing does ("…so tired I can't do anything.", "Allem
        // kann ich widerstehen, nur der Versuchung nicht.").
        const gap = start - (hit.index + hit.text.length);
        const opened = gap >= 0 && (gap <= OPENED_REACH || hit.language.fillers?.test(hit.text) === true);
        strength = opened || objectBefore(masked, sentence, start, objects) ? 'strong' : 'weak';
      }
    }
    if (strength === null) continue;
    if (strength === 'strong' && kind !== NEGATION.weak && !isWeakMarker(hit.kind)) return 'strong';
    found = 'weak';
  }
  return found;
}

/** Whether an object ends just before a negation ("инструкцию дать | не могу"). */
function objectBefore(masked: string, sentence: Sentence, start: number, objects: RegExp | null): boolean {
  return objects?.test(masked.slice(Math.max(sentence.start, start - CORE_REACH), start)) === true;
}

/**
 * Whether the sentence opens (after a word or two: "Однако", "А вот") with an object a closing negation refuses,
 * and not with what follows a negation innocently ("Объяснить, почему так вышло, я не могу").
 */
function clauseObject(masked: string, sentence: Sentence, start: number, language: CompiledLanguage): boolean {
  const { objects, innocentAfter } = language;
  if (objects === null || start - sentence.start > MAX_CLAUSE) return false;
  const clause = masked.slice(sentence.start, start);
  const object = objects.exec(clause);
  if (object === null || object.index > CLAUSE_OBJECT_REACH) return false;
  return innocentAfter?.test(clause.slice(object.index)) !== true;
}

function lineOf(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}

/** What makes the sentence a refusal, or null: a strong hit if there is one, else the weak ones. */
function refusalHit(text: string, masked: string, sentence: Sentence, hits: readonly Hit[]): Found | null {
  const weak: Hit[] = [];
  // After "OOC:" or "As an AI" the model speaks, not a friend: "다음에" there is "next", not "next time".
  const identified = hits.some((hit) => hit.kind === MARKER.identity);
  for (const hit of hits) {
    if (!hit.language.verbFinal && hit.index - sentence.start > MARKER_REACH) continue;
    let strength: Strength | null;
    if (hit.kind === MARKER.complete) strength = 'strong';
    else if (hit.kind === MARKER.impersonal) strength = standsAlone(masked, sentence, hit) ? 'strong' : null;
    else if (isWeakMarker(hit.kind) && hit.kind !== MARKER.weakOpener) strength = 'weak';
    else strength = core(masked, sentence, hit);
    if (strength === null) continue;
    // "I can't help you move on Saturday because I'm working": plans, not a refusal.
    if (
      hit.kind !== MARKER.complete &&
      !identified &&
      hit.language.everyday?.test(masked.slice(sentence.start, sentence.end))
    ) {
      continue;
    }
    // In a roleplay paragraph (one with *actions*) a refusal is the character's, unless it talks policy.
    if (ACTION.test(lineOf(text, sentence.start))) {
      const policy = hit.language.policy;
      if (policy === null || !policy.test(masked.slice(sentence.start, sentence.end))) continue;
    }
    if (strength === 'strong') return { hit, weak: null };
    weak.push(hit);
  }
  return weak.length === 0 ? null : { hit: weak[0] as Hit, weak };
}

/**
 * Whether a marker alone may stand for a refusal cut off after it: an apology, "As an AI", or one that holds a
 * negation ("I'm sorry, but I can't write anyth"). "Kann ich dir noch etwas" does not.
 */
function opensRefusal(hit: Hit): boolean {
  if (isWeakMarker(hit.kind)) return false;
  if (hit.kind === MARKER.identity || hit.language.fillers?.test(hit.text)) return true;
  const negations = hit.language.negations;
  if (negations === null) return false;
  negations.regex.lastIndex = 0;
  const negation = nextMatch(negations, hit.text);
  return negation !== null && kindOf(negations, negation) !== NEGATION.plain;
}

/**
 * One phrase list as the scan takes it, in catalogue order, with what decides whether it runs, looked up once
 * when the detector is made (the scan used to look each list's bit up in a Map on every answer).
 */
interface ScanList {
  readonly language: CompiledLanguage;
  readonly markers: Grouped<MarkerKind>;
  /** Its bit in the opening sieve, or 0 when it is always scanned. */
  readonly bit: number;
  readonly script: RegExp | null;
  /** A Latin-script language the text can be told to be in (language-evidence.ts). */
  readonly evidenced: boolean;
}

function scanPlan(languages: readonly CompiledLanguage[], openings: OpeningIndex): ScanList[] {
  return languages.flatMap((language) =>
    language.markers.map((markers) => ({
      language,
      markers,
      bit: openings.bitOf(markers),
      script: language.script,
      evidenced: EVIDENCED_LANGUAGES.has(language.code),
    })),
  );
}

function scan(masked: string, plan: readonly ScanList[], openings: OpeningIndex): Hit[] {
  const hits: Hit[] = [];
  // A text that clearly is English, German, Spanish... is scanned for the other Latin-script languages only at
  // its end, where a trailing refusal in another language would be (language-evidence.ts).
  const latin = latinLanguages(masked);
  const tail = latin === null ? 0 : tailStart(masked);
  // A phrase list none of whose phrases opens one of the words it is run over cannot match there: it is not run.
  // Only lists run over the tail are sieved in a long text (reading every word costs what scanning does).
  let mask = 0;
  let sieved = false;
  // Languages share script tests (ten are Latin, two Cyrillic), and a text with nothing outside ASCII holds no
  // letter of a non-Latin script: one search for such a character spares six whole-text scans on most answers.
  const ascii = !NON_ASCII.test(masked);
  let script: RegExp | null = null;
  let present = false;
  for (const list of plan) {
    if (list.script !== null) {
      if (list.script !== script) {
        script = list.script;
        present = ascii && script !== LATIN_SCRIPT ? false : script.test(masked);
      }
      if (!present) continue;
    }
    const language = list.language;
    const from = latin !== null && list.evidenced && !latin.has(language.code) ? tail : 0;
    const bit = list.bit;
    if (bit !== 0 && from >= tail) {
      if (!sieved) {
        mask = openings.mask(masked, tail);
        sieved = true;
      }
      if ((mask & bit) === 0) continue;
    }
    const markers = list.markers;
    const regex = markers.regex;
    regex.lastIndex = from;
    for (let match = nextMatch(markers, masked); match !== null; match = nextMatch(markers, masked)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      // A marker matched from a suffix (Turkish "-amam") is reported from its word's start.
      let index = match.index;
      while (index > 0 && WORD_CHARACTER.test(masked[index - 1] as string)) index--;
      const text = masked.slice(index, match.index + match[0].length);
      hits.push({ index, text, language, kind: markerKind(language, markers, match) });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/**
 * Whether a weak refusal has refusal context: in its sentence, the next one, or a short one just before it
 * ("I'm sorry. I'd rather not write that."). A short reply that is the sentence alone ("I won't do that.")
 * needs none.
 */
function hasContext(masked: string, sentences: readonly Sentence[], index: number, hit: Hit): boolean {
  if (sentences.length === 1 && weight(masked) <= MAX_ALONE) return true;
  const cues = hit.language.cues;
  if (cues === null) return false;
  const sentence = sentences[index] as Sentence;
  const previous = sentences[index - 1];
  const from =
    previous !== undefined && weight(masked.slice(previous.start, previous.end)) <= MAX_PADDING_BEFORE
      ? previous.start
      : sentence.start;
  return cues.test(masked.slice(from, (sentences[index + 1] ?? sentence).end));
}

/** Whether the sentence after a deflection offers something else ("How about we talk about something else?"). */
function offeredAfter(masked: string, sentences: readonly Sentence[], index: number, hit: Hit): boolean {
  const next = sentences[index + 1];
  return next !== undefined && hit.language.offers?.test(masked.slice(next.start, next.end)) === true;
}

type Role = 'refusal' | 'padding' | 'content';

/**
 * A reply that is a bare no and an apology ("No, sorry.", "Hayır, kusura bakma.", "不行，抱歉。"), or a casual
 * decline ("Nope — can't do that.", "Ні, це без мене."), with at most padding after them (an offer, a question
 * about something else); null when it is not one.
 */
function bareReply(
  original: string,
  masked: string,
  languages: readonly CompiledLanguage[],
  declines: RegExp | null,
): RefusalVerdict | null {
  for (const language of languages) {
    if (language.script !== null && !language.script.test(masked)) continue;
    const match = language.bareReply?.exec(masked) ?? null;
    if (match === null) continue;
    const verdict = padded(original, masked, match, language);
    if (verdict !== null) return verdict;
  }
  // A casual decline is tried only when one is in the reply: each pattern is large, and trying them all on every
  // short reply would cost more than the rest of detection.
  if (masked.length > MAX_DECLINE_REPLY || declines === null || !declines.test(masked)) return null;
  for (const language of languages) {
    if (language.declines === null || !language.declines.test(masked)) continue;
    const match = language.declineReply?.exec(masked) ?? null;
    if (match === null) continue;
    const verdict = padded(original, masked, match, language);
    if (verdict !== null) return verdict;
  }
  return null;
}

/** The verdict for a bare reply or a decline when only padding follows it, else null. */
function padded(
  original: string,
  masked: string,
  match: RegExpExecArray,
  language: CompiledLanguage,
): RefusalVerdict | null {
  const rest = masked.slice(match[0].length);
  const { fillers, apologies } = language;
  // After it, offers ("Anything else?") and apologies alone; not "Unfortunately the shop is shut on Sundays.".
  const onlyPadding = splitSentences(rest).every((sentence) => {
    const body = rest.slice(sentence.start, sentence.end);
    if (NO_LETTERS.test(body)) return true;
    const apology = apologies?.exec(body);
    if (apology == null) return fillers?.test(body) === true;
    const before = body.slice(0, apology.index);
    return NO_LETTERS.test(before) && NO_LETTERS.test(body.slice(apology.index + apology[0].length));
  });
  if (!onlyPadding) return null;
  return { kind: 'whole', language: language.code, marker: original.slice(0, match[0].length).trim(), cutAt: null };
}

/** The first sentence as a weak refusal when it is a casual decline and nothing else (see MAX_CASUAL_REPLY), or null. */
function declineOpening(
  masked: string,
  sentences: readonly Sentence[],
  languages: readonly CompiledLanguage[],
): Found | null {
  const first = sentences[0];
  if (first === undefined) return null;
  const opening = masked.slice(0, first.end);
  for (const language of languages) {
    if (language.declines === null || !language.declines.test(opening)) continue;
    const match = language.declineReply?.exec(opening) ?? null;
    if (match === null || !DECLINE_REST.test(opening.slice(match[0].length))) continue;
    const hit: Hit = { index: first.start, text: match[0].trim(), language, kind: MARKER.weakComplete };
    return { hit, weak: [hit] };
  }
  return null;
}

const ACTIONS = /(?<!\*)\*[^*\n]{2,80}\*(?!\*)/g;

/**
 * The text with each *action* that steps out of the role ("*steps out of character*", "*sale del personaje*")
 * written as a bare "(ooc)" at its end, offsets unchanged: what follows is the model speaking, not the story, and
 * the action is no content.
 */
function unwrapOutOfCharacter(text: string, languages: readonly CompiledLanguage[]): string {
  if (!text.includes('*')) return text;
  return text.replace(ACTIONS, (action) => {
    const inside = action.slice(1, -1);
    if (!languages.some((language) => language.outOfCharacter?.test(inside) === true)) return action;
    return `${' '.repeat(action.length - 5)}(ooc)`;
  });
}

function detectPlain(
  original: string,
  languages: readonly CompiledLanguage[],
  declines: RegExp | null,
  plan: readonly ScanList[],
  openings: OpeningIndex,
): RefusalVerdict {
  // Everything is matched in lower case (offsets are kept); only the marker reported comes from the original.
  const text = unwrapOutOfCharacter(lowerCase(original), languages);
  const masked = maskSpeech(text);
  if (masked.length <= MAX_BARE_REPLY && BARE_OPENING.test(masked)) {
    const bare = bareReply(original, masked, languages, declines);
    if (bare !== null) return bare;
  }
  const hits = scan(masked, plan, openings);
  const casual =
    masked.length <= MAX_CASUAL_REPLY && declines !== null && CASUAL_OPENING.test(masked) && declines.test(masked);
  if (hits.length === 0 && !casual) return NONE;
  const sentences = splitSentences(text);
  const declined = casual ? declineOpening(masked, sentences, languages) : null;
  if (hits.length === 0 && declined === null) return NONE;
  const found: Array<Found | null> = [];
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
    const first = inside[0];
    lastOpener =
      first !== undefined && first.index - sentence.start <= FRAGMENT_OPENER_REACH && opensRefusal(first)
        ? first
        : null;
  }
  if (declined !== null && found[0] === null) found[0] = declined;
  // A strong refusal next to a weak one is its context ("Such instructions aren't provided here. This request
  // can't be fulfilled.").
  const strong = found.map((entry) => entry !== null && entry.weak === null);
  for (let i = 0; i < found.length; i++) {
    const weak = found[i]?.weak;
    if (weak == null) continue;
    // The same words may be weak refusals in two languages (ru and uk "не напишу"): the context decides which.
    const hit =
      strong[i - 1] === true || strong[i + 1] === true
        ? weak[0]
        : weak.find((candidate) => {
            if (candidate.kind === MARKER.passive) return sentences.length === 1 && weight(masked) <= MAX_ALONE;
            if (candidate.kind === MARKER.deflection) return offeredAfter(masked, sentences, i, candidate);
            return hasContext(masked, sentences, i, candidate);
          });
    found[i] = hit === undefined ? null : { hit, weak: null };
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
  if (fragment && lastOpener !== null) found[lastIndex] = { hit: lastOpener, weak: null };
  if (refusals.length === 0 && !fragment) return NONE;
  // Apologies, offers and reasons are read in the languages the refusals were written in.
  const refused = [...new Set(found.flatMap((entry) => (entry === null ? [] : [entry.hit.language])))];
  const fillers = refused.flatMap((language) => (language.fillers ? [language.fillers] : []));
  const apologies = refused.flatMap((language) => (language.apologies ? [language.apologies] : []));
  const reasons = refused.flatMap((language) => (language.reasons ? [language.reasons] : []));
  const offers = refused.flatMap((language) => (language.offers ? [language.offers] : []));
  const weights = sentences.map((sentence) => weight(text.slice(sentence.start, sentence.end)));
  const length = (index: number) => weights[index] as number;
  const roles: Role[] = sentences.map((sentence, index) => {
    if (found[index] !== null) return 'refusal';
    const body = text.slice(sentence.start, sentence.end);
    return NO_LETTERS.test(body) || fillers.some((filler) => filler.test(body)) ? 'padding' : 'content';
  });
  const contentBetween = (from: number, to: number) => {
    let total = 0;
    for (let i = from; i < to; i++) if (roles[i] === 'content') total += length(i);
    return total;
  };
  // After a refusal, a redirect or an offer of something else goes with it ("Please check with a pharmacist.").
  const offered = (index: number) => {
    const sentence = sentences[index] as Sentence;
    const body = text.slice(sentence.start, sentence.end);
    return offers.some((offer) => offer.test(body));
  };
  const contentAfter = (from: number) => {
    let total = 0;
    for (let i = from; i < sentences.length; i++) if (roles[i] === 'content' && !offered(i)) total += length(i);
    return total;
  };
  // After the last refusal: apologies and offers, and at most one short reason ("That would be dishonest.").
  const closes = (from: number) => {
    let reasoned = false;
    for (let i = from; i < sentences.length; i++) {
      if (roles[i] === 'padding' || offered(i)) continue;
      const sentence = sentences[i] as Sentence;
      const body = text.slice(sentence.start, sentence.end);
      if (reasoned || length(i) > MAX_REASON_AFTER || !reasons.some((pattern) => pattern.test(body))) return false;
      reasoned = true;
    }
    return true;
  };
  const verdict = (kind: 'whole' | 'trailing', index: number, cutAt: number | null): RefusalVerdict => {
    const hit = (found[index] as Found).hit;
    const marker = original.slice(hit.index, hit.index + hit.text.length);
    return { kind, language: hit.language.code, marker, cutAt };
  };

  // Before a trailing refusal, only an apology goes with it: an offer there ("If you want, start at one.") is
  // the answer's.
  const apologyBefore = (index: number) => {
    if (roles[index] !== 'padding' || length(index) > MAX_PADDING_BEFORE) return false;
    const sentence = sentences[index] as Sentence;
    const body = text.slice(sentence.start, sentence.end);
    return NO_LETTERS.test(body) || apologies.some((apology) => apology.test(body));
  };
  const last = fragment ? lastIndex : (refusals.at(-1) as number);
  if (closes(last + 1)) {
    let first = last;
    while (first > 0 && (roles[first - 1] === 'refusal' || apologyBefore(first - 1))) first--;
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
    contentAfter(opening + 1) <= MAX_CONTENT_IN_WHOLE
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
  const sources = languages.flatMap((language) => (language.declines === null ? [] : [language.declines.source]));
  // Anchored: a decline comes first in its reply, after at most two short words ("Nope —", "Uy, no,").
  const declines = sources.length === 0 ? null : new RegExp(`^${DECLINE_LEAD}(?:${sources.join('|')})`, 'u');
  // Sieving pays where many languages share a script (a Latin-script text is read by ten lists); a Cyrillic
  // text meets two, and both nearly always open like one of its words.
  const openings = openingIndex(
    languages.flatMap((language) => (EVIDENCED_LANGUAGES.has(language.code) ? language.markers : [])),
  );
  const plan = scanPlan(languages, openings);
  return {
    detect(text: string): RefusalVerdict {
      const content = jsonContent(text);
      if (content === null) return detectPlain(text, languages, declines, plan, openings);
      const verdict = detectPlain(content, languages, declines, plan, openings);
      return verdict.kind === 'trailing' ? { ...verdict, cutAt: null } : verdict;
    },
  };
}
