/**
 * Text for the simulator: the seeded default answer, the text an `echo` model repeats, the token estimate its
 * usage reports, and the split into word-sized stream deltas.
 */
import type { ChatMessage } from '../../spec/chat.js';
import type { Rng } from './sim-random.js';

/** Plain sentences rather than lorem ipsum, so demos and screenshots read like a real answer. */
const SENTENCES = [
  'The short answer is that it depends on how much traffic you expect in the first month.',
  'Most teams start with a single region and add a second one once the latency numbers justify it.',
  'A cache in front of the database usually removes more load than a bigger database would.',
  'It helps to write down what a good result looks like before comparing the options.',
  'The cheapest plan covers the common case, and the expensive one only pays off at scale.',
  'If the first attempt fails, a second provider can usually answer within a few hundred milliseconds.',
  'Measuring the time to the first token tells you more about perceived speed than the total time.',
  'The old system kept working for years because nobody needed to change it.',
  'Small, frequent releases make each change easier to review and easier to roll back.',
  'A clear error message saves more support time than any amount of documentation.',
  'The garden looks its best in late May, when the roses and the irises bloom together.',
  'Bread dough rises faster in a warm kitchen, so the recipe times are only a guide.',
  'The train from the coast takes about three hours and runs every morning except Sunday.',
  'Reading the logs from the oldest entry forward usually shows where the trouble began.',
  'Good defaults matter because most people never open the settings page.',
  'The bridge opened two months early, which surprised everyone who had followed the project.',
  'A budget that resets every day is easier to reason about than one that rolls over.',
  'The library keeps its rare maps in a cool, dark room and lends copies instead.',
  'Testing the failure paths is what turns a demo into something people can rely on.',
  'When two answers disagree, the one with a source you can check is usually the safer bet.',
] as const;

/** The minimum length of the default answer: long enough to stream visibly, short enough to read. */
const PARAGRAPH_MIN_CHARS = 200;

/**
 * A deterministic paragraph of distinct sentences, at least 200 characters.
 *
 * @example
 * seededParagraph(mulberry32(1)); // same text for the same generator state
 */
export function seededParagraph(rng: Rng): string {
  const pool: string[] = [...SENTENCES];
  const picked: string[] = [];
  let length = 0;
  while (length < PARAGRAPH_MIN_CHARS && pool.length > 0) {
    const [sentence] = pool.splice(Math.floor(rng() * pool.length), 1);
    if (sentence === undefined) break;
    picked.push(sentence);
    length += sentence.length + 1;
  }
  return picked.join(' ');
}

/** The text of a message: its string content, or its text parts joined. */
export function messageText(message: ChatMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => (part.type === 'text' && typeof part.text === 'string' ? part.text : ''))
    .filter((text) => text !== '')
    .join('\n');
}

/** What an `echo` model says back: the last user message's text. */
export function lastUserText(messages: readonly ChatMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (message?.role === 'user') return messageText(message);
  }
  return '';
}

/** Characters the prompt would be tokenised from: message texts plus tool call names and arguments. */
export function promptChars(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const message of messages) {
    chars += messageText(message).length;
    for (const call of message.tool_calls ?? []) chars += call.function.name.length + call.function.arguments.length;
  }
  return chars;
}

/** The usual rough rule of four characters per token; exact counts would need the model's tokenizer. */
export function estimateTokens(chars: number): number {
  return Math.ceil(chars / 4);
}

/**
 * Word-sized stream deltas, each with its leading whitespace, so joining them gives back the text exactly.
 *
 * @example
 * splitTokens('Hello there, world.'); // ['Hello', ' there,', ' world.']
 */
export function splitTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

/** Cuts the text to about `maxTokens` tokens, on the same four-characters rule as the usage estimate. */
export function truncateToTokens(text: string, maxTokens: number): string {
  return text.slice(0, Math.max(0, maxTokens) * 4);
}
