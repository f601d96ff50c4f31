/**
 * Synthesises an in-character soft refusal: what a free-plan user gets instead of a rescue cascade when a
 * model refuses, and what any user gets when a turn is above the plan's content ceiling. The character
 * steers away warmly in the user's language; on a free plan one of the character's own upsell lines follows.
 *
 * The template is chosen by a hash of `seed` (the request id, say), so a retried request gets the same words
 * and tests are deterministic, while different requests still vary.
 */

import { BUILT_IN_SOFT_REFUSALS } from './built-in-soft-refusals.js';
import { type CharacterSpec, withName } from './character-spec.js';

export { BUILT_IN_SOFT_REFUSALS } from './built-in-soft-refusals.js';
export type { CharacterSpec } from './character-spec.js';

export interface SoftRefusalInput {
  character: CharacterSpec | null;
  /** The user's language, e.g. from conversationLanguage. */
  language: string;
  /** Paid plans get no upsell line. */
  paid: boolean;
  /** Picks the template; the same seed always gives the same text. */
  seed: string;
}

export interface SoftRefusal {
  text: string;
  /** The language the text is in: `language` when a template existed in it, else the one fallen back to. */
  language: string;
  /** Whether an upsell line was appended. */
  upsell: boolean;
}

/** 32-bit FNV-1a: tiny, stable across processes, and spreads short ids well enough for picking a line. */
function hash(seed: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) {
    value ^= seed.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

function pick(templates: readonly string[], seed: string): string {
  return templates[hash(seed) % templates.length] as string;
}

/** The keys a language may be filed under: as given, then its base language ('pt-BR' → 'pt'). */
function keysOf(language: string): string[] {
  const base = language.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return base !== '' && base !== language ? [language, base] : [language];
}

/** The first non-empty list among `languages`, with the language it was found under. */
function firstList(
  lists: Readonly<Record<string, readonly string[]>>,
  languages: readonly (string | undefined)[],
): { language: string; templates: readonly string[] } | null {
  for (const language of languages) {
    if (language === undefined) continue;
    for (const key of keysOf(language)) {
      const templates = Object.hasOwn(lists, key) ? lists[key]?.filter((line) => line.trim() !== '') : undefined;
      if (templates !== undefined && templates.length > 0) return { language: key, templates };
    }
  }
  return null;
}

/** Drops the `*narration*` that names the character, for when there is no character to name. */
function withoutNarration(template: string): string {
  return template.replace(/\*[^*]*\{name\}[^*]*\*\s*/g, '').trim();
}

/**
 * An in-character soft refusal. Templates come from the character in `language`, else from the character in
 * its first language, else from Rung's built-ins in `language` (then the character's first language, then
 * English). On a free plan one line from the character's `upsell` is appended — never a built-in one, since
 * only the operator knows what its plans are called and cost.
 * @example
 * softRefusal({ character: mia, language: 'es', paid: false, seed: requestId })
 * // { text: '*Mia sonríe con dulzura* Dejemos eso a un lado…\n\n¿Quieres más? Mira el plan Premium.', language: 'es', upsell: true }
 */
export function softRefusal(input: SoftRefusalInput): SoftRefusal {
  const { character, language, paid, seed } = input;
  const preferred = character?.languages[0];
  const own = character === null ? null : firstList(character.soft_refusals, [language, preferred]);
  const builtIn = own ?? firstList(BUILT_IN_SOFT_REFUSALS, [language, preferred, 'en']);
  // The built-ins cover English, so builtIn is never null; the fallback keeps the type honest.
  const chosen = builtIn ?? { language: 'en', templates: BUILT_IN_SOFT_REFUSALS.en };
  const template = pick(chosen.templates, seed);
  const name = character?.name.trim() ?? '';
  let text = name === '' ? withoutNarration(template) : withName(template, name);

  let upsell = false;
  if (!paid && character !== null) {
    // The upsell is only ever in the refusal's language: a Russian reply with an English sales line reads as
    // a bug, so a character without an upsell line in that language simply gets none.
    const lines = firstList(character.upsell, [chosen.language]);
    if (lines !== null) {
      text = `${text}\n\n${withName(pick(lines.templates, `${seed}:upsell`), name)}`;
      upsell = true;
    }
  }
  return { text, language: chosen.language, upsell };
}
