/**
 * The character a conversation is held with, as the config's `characters.<id>` block describes it. Soft
 * refusals and upsell lines are keyed by language code so the character can answer in the user's language.
 */

export interface CharacterSpec {
  id: string;
  /** Substituted for `{name}` in the persona, soft refusals and upsell lines. */
  name: string;
  /** The system prompt that makes the model speak as this character. */
  persona?: string;
  /** Languages the character speaks, preferred first. */
  languages: string[];
  /** In-character ways of steering away from a turn, by language code. */
  soft_refusals: Record<string, string[]>;
  /** Lines offering a paid plan, appended to soft refusals on free plans, by language code. */
  upsell: Record<string, string[]>;
}

/**
 * Replaces every `{name}` with the character's name.
 * @example withName('*{name} smiles*', 'Mia') // '*Mia smiles*'
 */
export function withName(template: string, name: string): string {
  return template.replaceAll('{name}', name);
}
