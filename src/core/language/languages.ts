/**
 * The languages Rung speaks out of the box: the 17 locales of the companion product the design comes from.
 * Detection, built-in soft refusals and built-in content rules all cover exactly this list.
 */

export const SUPPORTED_LANGUAGES = [
  'en',
  'ru',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'tr',
  'uk',
  'pl',
  'ja',
  'ko',
  'zh',
  'ar',
  'hi',
  'id',
  'vi',
] as const;

export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number];

const SUPPORTED = new Set<string>(SUPPORTED_LANGUAGES);

/**
 * Narrows a code from config or detection to one of the 17.
 * @example isSupportedLanguage('pt') // true; isSupportedLanguage('nl') // false
 */
export function isSupportedLanguage(code: string): code is LanguageCode {
  return SUPPORTED.has(code);
}
