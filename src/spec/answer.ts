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

/**
 * True when the chunk carries thinking (`reasoning`, or DeepSeek's `reasoning_content`): the model is alive and
 * working, but has not started its answer.
 */
export function chunkCarriesReasoning(chunk: ChatChunk): boolean {
  const delta = chunk.choices[0]?.delta;
  if (delta === undefined) return false;
  return hasText(delta.reasoning as string | undefined) || hasText(delta.reasoning_content as string | undefined);
}

/**
 * A prefix for the tool-call ids an adapter must invent (Gemini sends calls without ids). Unique per response, so
 * ids stay unique across the turns of a conversation — which Anthropic requires if the chat later moves there.
 */
export function syntheticIdPrefix(): string {
  return `call_${Math.random().toString(36).slice(2, 10)}_`;
}
