/**
 * Which Latin-script languages a text can be in, from its most common words, so that detection scans the marker
 * lists of those languages (and English) instead of all ten. A text gives evidence only when enough of its words
 * are function words and one language clearly leads; otherwise (a short reply, a mix, a list of names) every
 * language is scanned, as before. Languages in other scripts are chosen by their script, not here.
 */

/** Frequent words per Latin-script language; a word shared by several languages counts for each of them. */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and is are you that this with for it of to have be what will your was were they there which would a an in on at as by from or but not so if do did can these those its his her their our we he she them then than too very also been has had into about over just all some more when how',
  es: 'el la los las que de y es en un una por para con lo se del como más pero su al está muy también no si yo me te le les este esta hay ser son mi tu',
  pt: 'o os as que de e é em um uma para com não do da no na você mais mas seu sua ao está também eu me te isso isto são dos das pelo pela',
  fr: 'le la les des et est que de un une pour dans pas je vous ne en du au qui ce sur avec il elle nous mais ou sont cette son sa se',
  de: 'der die das und ist nicht ich sie es ein eine zu mit den auf für von dem sich auch wir du im aber wie noch nur so sind',
  it: 'il lo la gli le che di e è un una per con non del della sono mi ti questo questa anche ma nel ho si ci alla al',
  tr: 'bir ve bu da de için ile ne çok ama gibi daha olarak var yok ben sen değil mi şey bunu ki o en her',
  pl: 'i w na nie się z że to jest do co jak ale o tak czy mnie jestem być ten też już dla po ze',
  id: 'yang dan di ini itu dengan untuk tidak ada saya dari akan ke bisa kamu anda juga apa karena dalam atau pada',
  vi: 'và của là không có được cho một những này với các tôi bạn để trong người khi thì đã rất cũng',
};

/** Fewer function words than this in a window: too little to go on. */
const MIN_EVIDENCE = 3;
/** Languages with at least this share of the leader's count are scanned too (Romance texts share many words). */
const RUNNER_UP_SHARE = 0.5;
/** Shorter texts are scanned for every language. */
const MIN_TEXT_CHARS = 300;
/** Only the opening is read: where a whole refusal is, and where an answer's language is clear. */
const HEAD_CHARS = 300;
/**
 * The languages a text is not in are still scanned over its last characters (from a word start), where a
 * trailing refusal is: a story in English may end with a short refusal in Turkish ("…the end.\n\nBunu yazamam.").
 */
const TAIL_CHARS = 120;

const WORD = /[\p{L}\p{M}]+/gu;

const INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [code, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of words.split(' ')) {
      const codes = index.get(word) ?? [];
      if (!codes.includes(code)) codes.push(code);
      index.set(word, codes);
    }
  }
  return index;
})();

/** The Latin-script languages whose words this module knows. */
export const EVIDENCED_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(FUNCTION_WORDS));

/**
 * The Latin-script languages worth scanning all of `lowered` (lower-case text) for, English always among them; null
 * when the text is short or its opening does not say clearly (then scan them all).
 * @example latinLanguages(englishAnswer) // Set { 'en' }
 */
export function latinLanguages(lowered: string): ReadonlySet<string> | null {
  // A short text costs little to scan whole, less than reading its words and scanning the end again.
  if (lowered.length < MIN_TEXT_CHARS) return null;
  const window = lowered.length > HEAD_CHARS ? lowered.slice(0, HEAD_CHARS) : lowered;
  const counts = new Map<string, number>();
  let total = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(window); match !== null; match = WORD.exec(window)) {
    const codes = INDEX.get(match[0]);
    if (codes === undefined) continue;
    total++;
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (total < MIN_EVIDENCE) return null;
  let best = 0;
  for (const count of counts.values()) best = Math.max(best, count);
  const chosen = new Set<string>(['en']);
  for (const [code, count] of counts) if (count >= best * RUNNER_UP_SHARE) chosen.add(code);
  return chosen;
}

/** Where the other languages' scan starts: the last TAIL_CHARS characters, from the start of a word. */
export function tailStart(text: string): number {
  let start = text.length - TAIL_CHARS;
  if (start <= 0) return 0;
  const space = text.lastIndexOf(' ', start);
  const newline = text.lastIndexOf('\n', start);
  const boundary = Math.max(space, newline);
  if (boundary !== -1 && start - boundary <= 40) start = boundary;
  return start;
}
