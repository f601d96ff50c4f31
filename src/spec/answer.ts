/**
 * What counts as the start of an answer in a stream: text that is not only whitespace, or a tool call.
 * Shared by the attempt loop (which commits to a rung there) and adapters (which may stop parsing plain deltas
 * from there on).
 */
import type { ChatChunk } from './chat.js';

/** True when the text has anything but whitespace. */
export function hasText(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.trim() !== '';
}

export function chunkCarriesAnswer(chunk: ChatChunk): boolean {
  const delta = chunk.choices[0]?.delta;
  if (delta === undefined) return false;
  return hasText(delta.content) || (Array.isArray(delta.tool_calls) && delta.tool_calls.length > 0);
}
