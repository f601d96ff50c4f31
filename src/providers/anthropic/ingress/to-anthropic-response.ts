/**
 * Canonical (OpenAI Chat Completions) response → Anthropic `message`, for the `/v1/messages` ingress, plus the
 * pieces the stream encoder shares: usage, stop reason and thinking blocks. Follows docs/dialects.md: the
 * upstream's own finish reason wins when it is an Anthropic value, and usage subtracts cache reads and writes
 * from the prompt count because Anthropic's `input_tokens` excludes them.
 */
import type { ChatResponse } from '../../../spec/chat.js';
import type { TokenUsage } from '../../../spec/provider.js';
import { normaliseUsage } from '../../openai-compatible/from-openai-response.js';
import type {
  AnthropicResponse,
  AnthropicStopReason,
  AnthropicUsage,
  ContentBlock,
  RedactedThinkingBlock,
  ThinkingBlock,
} from '../anthropic-wire.js';
import { REASONING_FORMAT } from '../anthropic-wire.js';

const STOP_REASONS: ReadonlySet<string> = new Set<AnthropicStopReason>([
  'end_turn',
  'max_tokens',
  'stop_sequence',
  'tool_use',
  'pause_turn',
  'refusal',
  'model_context_window_exceeded',
]);

const FROM_OPENAI: Readonly<Record<string, AnthropicStopReason>> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  function_call: 'tool_use',
  content_filter: 'refusal',
};

function isStopReason(value: unknown): value is AnthropicStopReason {
  return typeof value === 'string' && STOP_REASONS.has(value);
}

/**
 * The Anthropic stop reason for a turn. `native` (the upstream's own value) wins when it is an Anthropic one —
 * the upstream was Claude; otherwise the OpenAI / unified `finish` value is mapped (unknown values → end_turn).
 * A turn that ends with tool calls is always `tool_use`: Anthropic clients run their tool loop on that value.
 *
 * @example
 * anthropicStopReason('MAX_TOKENS', 'length', false); // 'max_tokens'
 * anthropicStopReason('pause_turn', 'stop', false); // 'pause_turn'
 */
export function anthropicStopReason(
  native: unknown,
  finish: string | null | undefined,
  hasToolUse: boolean,
): AnthropicStopReason {
  let reason: AnthropicStopReason;
  if (isStopReason(native)) reason = native;
  else if (isStopReason(finish)) reason = finish;
  else reason = FROM_OPENAI[finish ?? 'stop'] ?? 'end_turn';
  return hasToolUse && (reason === 'end_turn' || reason === 'stop_sequence') ? 'tool_use' : reason;
}

/**
 * Anthropic usage from Rung's token counts: `input_tokens` leaves out cache reads and writes (never below 0).
 *
 * @example
 * anthropicUsage({ input: 100, output: 7, cachedInput: 60, cacheWrite: 10, reasoning: 0, estimated: false });
 * // { input_tokens: 30, output_tokens: 7, cache_read_input_tokens: 60, cache_creation_input_tokens: 10 }
 */
export function anthropicUsage(usage: TokenUsage | null): AnthropicUsage {
  if (usage === null) {
    return { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };
  }
  return {
    input_tokens: Math.max(0, usage.input - usage.cachedInput - usage.cacheWrite),
    output_tokens: usage.output,
    cache_read_input_tokens: usage.cachedInput,
    cache_creation_input_tokens: usage.cacheWrite,
  };
}

/** A signature or encrypted blob only means something to Claude; other formats' are dropped. */
export function isAnthropicFormat(detail: { format?: unknown }): boolean {
  return detail.format === undefined || detail.format === null || detail.format === REASONING_FORMAT;
}

/**
 * Thinking blocks from `reasoning_details` (consecutive details with the same index are one block), or from the
 * plain `reasoning` text when there are none. Reasoning from non-Claude models is shown with an empty signature:
 * clients display it, and Rung drops unsigned thinking when the block comes back in a later request.
 */
export function thinkingBlocks(details: unknown, reasoning: unknown): Array<ThinkingBlock | RedactedThinkingBlock> {
  const blocks: Array<ThinkingBlock | RedactedThinkingBlock> = [];
  let lastIndex: unknown;
  for (const detail of Array.isArray(details) ? (details as Record<string, unknown>[]) : []) {
    if (detail === null || typeof detail !== 'object') continue;
    const last = blocks.at(-1);
    if (detail.type === 'reasoning.encrypted') {
      if (typeof detail.data === 'string' && isAnthropicFormat(detail)) {
        blocks.push({ type: 'redacted_thinking', data: detail.data });
      }
      lastIndex = undefined;
      continue;
    }
    const text =
      typeof detail.text === 'string' ? detail.text : typeof detail.summary === 'string' ? detail.summary : '';
    const signature = typeof detail.signature === 'string' && isAnthropicFormat(detail) ? detail.signature : '';
    if (last?.type === 'thinking' && detail.index !== undefined && detail.index === lastIndex) {
      last.thinking += text;
      if (signature !== '') last.signature = signature;
    } else if (text !== '' || signature !== '') {
      blocks.push({ type: 'thinking', thinking: text, signature });
    }
    lastIndex = detail.index;
  }
  if (blocks.length === 0 && typeof reasoning === 'string' && reasoning !== '') {
    blocks.push({ type: 'thinking', thinking: reasoning, signature: '' });
  }
  return blocks;
}

/** Tool arguments as an object; Anthropic's `input` must be one, so anything unparseable becomes `{}`. */
export function parseArguments(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: { type?: unknown; text?: unknown }) =>
      part?.type === 'text' && typeof part.text === 'string' ? part.text : '',
    )
    .join('');
}

/** `msg_` ids are kept; any other id gets the prefix Anthropic clients expect. */
export function anthropicMessageId(id: string): string {
  return id.startsWith('msg_') ? id : `msg_${id}`;
}

/**
 * The Anthropic `message` for a canonical response: thinking, then text, then tool_use blocks.
 *
 * @example
 * canonicalToAnthropic(response, 'chat');
 * // { id: 'msg_chatcmpl-1', type: 'message', role: 'assistant', model: 'gpt-4o', content: [{ type: 'text', ... }],
 * //   stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 12, output_tokens: 3, ... } }
 */
export function canonicalToAnthropic(response: ChatResponse, fallbackModel: string): AnthropicResponse {
  const choice = response.choices[0];
  const message = choice?.message;
  const content: ContentBlock[] = [
    ...thinkingBlocks(message?.reasoning_details, message?.reasoning ?? message?.reasoning_content),
  ];
  const text = messageText(message?.content) || (typeof message?.refusal === 'string' ? message.refusal : '');
  if (text !== '') content.push({ type: 'text', text });
  for (const call of message?.tool_calls ?? []) {
    content.push({
      type: 'tool_use',
      id: call.id,
      name: call.function.name,
      input: parseArguments(call.function.arguments),
    });
  }
  const hasToolUse = (message?.tool_calls?.length ?? 0) > 0;
  const stopReason = anthropicStopReason(choice?.native_finish_reason, choice?.finish_reason, hasToolUse);
  const stopSequence =
    stopReason === 'stop_sequence' && typeof choice?.stop_sequence === 'string' ? choice.stop_sequence : null;
  return {
    id: anthropicMessageId(response.id),
    type: 'message',
    role: 'assistant',
    model: response.model || fallbackModel,
    content,
    stop_reason: stopReason,
    stop_sequence: stopSequence,
    usage: anthropicUsage(normaliseUsage(response.usage)),
  };
}
