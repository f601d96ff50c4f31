/**
 * Provider prompt-cache markers, added where they pay: models whose cache mode is `marker` (Anthropic, also
 * through OpenRouter) cache a prompt only up to an explicit `cache_control` breakpoint, and a route that
 * forgets one gets 0% hits. Rung marks the last stable block — the last system message (system prompt,
 * persona, memory) — and, with `conversation`, the end of the history before the new user turn, so each turn
 * reads what the previous one wrote. Never the new user turn. String content becomes a one-part array to carry
 * the marker; nothing else in the request changes. Markers the client sent are kept and count towards the
 * provider's limit of four.
 */
import type { ChatMessage, ContentPart } from '../spec/chat.js';

export type CacheMarkerMode = 'system' | 'conversation' | 'off';

/** Anthropic accepts at most four cache breakpoints per request. */
export const MAX_CACHE_MARKERS = 4;

const EPHEMERAL = { type: 'ephemeral' } as const;

function hasMarker(message: ChatMessage): boolean {
  const content = message.content;
  return (
    Array.isArray(content) && content.some((part) => (part as { cache_control?: unknown }).cache_control !== undefined)
  );
}

function countMarkers(messages: readonly ChatMessage[]): number {
  let count = 0;
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content) if ((part as { cache_control?: unknown }).cache_control !== undefined) count++;
  }
  return count;
}

/** Characters of text up to and including message `index`: a cheap size of the prefix the marker would cache. */
function prefixChars(messages: readonly ChatMessage[], index: number): number {
  let chars = 0;
  for (let at = 0; at <= index; at++) {
    const content = messages[at]?.content;
    if (typeof content === 'string') chars += content.length;
    else if (Array.isArray(content)) {
      for (const part of content) {
        const text = (part as { text?: unknown }).text;
        if (part.type === 'text' && typeof text === 'string') chars += text.length;
      }
    }
  }
  return chars;
}

/** The message with a marker on its last text part (string content becomes one text part). */
function marked(message: ChatMessage): ChatMessage | null {
  const content = message.content;
  if (typeof content === 'string') {
    if (content === '') return null;
    return { ...message, content: [{ type: 'text', text: content, cache_control: EPHEMERAL } as ContentPart] };
  }
  if (!Array.isArray(content)) return null;
  for (let index = content.length - 1; index >= 0; index--) {
    const part = content[index] as ContentPart;
    if (part.type !== 'text') continue;
    const parts = content.slice();
    parts[index] = { ...part, cache_control: EPHEMERAL } as ContentPart;
    return { ...message, content: parts };
  }
  return null;
}

/**
 * The messages with markers added, or the same array when none is due. `minTokens`: the provider's smallest
 * cacheable prefix; a shorter prefix gets no marker (it would not be cached).
 */
export function withCacheMarkers(
  messages: ChatMessage[],
  mode: CacheMarkerMode,
  minTokens: number | undefined,
): ChatMessage[] {
  if (mode === 'off') return messages;
  let room = MAX_CACHE_MARKERS - countMarkers(messages);
  const targets: number[] = [];
  let lastSystem = -1;
  for (let index = 0; index < messages.length; index++) {
    const role = messages[index]?.role;
    if (role === 'system' || role === 'developer') lastSystem = index;
  }
  if (lastSystem >= 0) targets.push(lastSystem);
  if (mode === 'conversation') {
    // The new turn is the last message; the history ends just before it.
    const historyEnd = messages.length - 2;
    if (historyEnd > lastSystem) targets.push(historyEnd);
  }
  const minChars = (minTokens ?? 0) * 4;
  let out: ChatMessage[] | null = null;
  for (const index of targets) {
    if (room <= 0) break;
    const message = messages[index] as ChatMessage;
    if (hasMarker(message) || prefixChars(messages, index) < minChars) continue;
    const replaced = marked(message);
    if (replaced === null) continue;
    out ??= messages.slice();
    out[index] = replaced;
    room--;
  }
  return out ?? messages;
}
