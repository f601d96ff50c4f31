/**
 * Anthropic message → canonical (OpenAI-shaped) response, checking the shape as it goes: a body that is not the
 * JSON it should be is a `malformed` outcome, not a crash further down. The stop-reason and usage rules here
 * are docs/dialects.md's, shared with the stream mapper.
 */
import type { ChatMessage, ChatResponse, FinishReason, ToolCall, UnifiedFinishReason, Usage } from '../../spec/chat.js';
import { AttemptFailure } from '../../spec/errors.js';
import type { ProviderResult, TokenUsage } from '../../spec/provider.js';
import { errorEventFailure } from './anthropic-errors.js';
import type { AnthropicUsage } from './anthropic-wire.js';
import { REASONING_FORMAT } from './anthropic-wire.js';
import { isRecord } from './to-anthropic-messages.js';

const UNIFIED: Readonly<Record<string, UnifiedFinishReason>> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  // The turn is whole as far as the client can tell; the native value tells an Anthropic client to continue.
  pause_turn: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
};

/** @example mapStopReason('max_tokens') // { unified: 'length', raw: 'max_tokens' } */
export function mapStopReason(raw: unknown): FinishReason {
  if (typeof raw !== 'string') return { unified: 'other', raw: null };
  return { unified: UNIFIED[raw] ?? 'other', raw };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Anthropic's `input_tokens` leaves out cache reads and writes; Rung's `input` counts every prompt token. */
export function tokenUsage(usage: Partial<AnthropicUsage> | undefined): TokenUsage | null {
  if (!isRecord(usage)) return null;
  const read = count(usage.cache_read_input_tokens);
  const write = count(usage.cache_creation_input_tokens);
  return {
    input: count(usage.input_tokens) + read + write,
    output: count(usage.output_tokens),
    cachedInput: read,
    cacheWrite: write,
    reasoning: 0,
    estimated: false,
  };
}

export function canonicalUsage(tokens: TokenUsage): Usage {
  return {
    prompt_tokens: tokens.input,
    completion_tokens: tokens.output,
    total_tokens: tokens.input + tokens.output,
    prompt_tokens_details: { cached_tokens: tokens.cachedInput, cache_write_tokens: tokens.cacheWrite },
  };
}

/** One thinking block as a canonical reasoning detail (OpenRouter's shape; the signature must survive). */
export function thinkingDetail(text: string, signature: string | undefined, index: number): Record<string, unknown> {
  return {
    type: 'reasoning.text',
    text,
    ...(signature === undefined ? {} : { signature }),
    format: REASONING_FORMAT,
    index,
  };
}

export function redactedDetail(data: string, index: number): Record<string, unknown> {
  return { type: 'reasoning.encrypted', data, format: REASONING_FORMAT, index };
}

export function malformed(providerName: string, what: string, cause?: unknown): AttemptFailure {
  return new AttemptFailure('malformed', `${providerName} sent a malformed ${what}`, {
    upstreamStatus: 200,
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Parses a 200 body. `raw` is not set on the result: the text is Anthropic's, not the canonical JSON.
 *
 * @example
 * const result = parseMessage('{"type":"message","content":[{"type":"text","text":"Hi"}],...}', 'anthropic', true);
 */
export function parseMessage(text: string, providerName: string, keepThinking: boolean): ProviderResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(providerName, 'JSON body', error);
  }
  if (!isRecord(body)) throw malformed(providerName, 'body (not an object)');
  if (body.type === 'error') throw errorEventFailure(text, providerName, 'with status 200');
  if ((body.type !== undefined && body.type !== 'message') || !Array.isArray(body.content)) {
    throw malformed(providerName, 'body (not a message with a content list)');
  }
  const texts: string[] = [];
  const thinking: string[] = [];
  const details: Array<Record<string, unknown>> = [];
  const calls: ToolCall[] = [];
  for (const block of body.content as unknown[]) {
    if (!isRecord(block) || typeof block.type !== 'string') throw malformed(providerName, 'content block');
    if (block.type === 'text') {
      if (typeof block.text !== 'string') throw malformed(providerName, 'text block');
      texts.push(block.text);
    } else if (block.type === 'tool_use') {
      if (typeof block.name !== 'string') throw malformed(providerName, 'tool_use block (no name)');
      const id = typeof block.id === 'string' && block.id !== '' ? block.id : `call_${calls.length}`;
      const args = JSON.stringify(block.input ?? {});
      calls.push({ id, type: 'function', function: { name: block.name, arguments: args } });
    } else if (block.type === 'thinking' && keepThinking) {
      const said = typeof block.thinking === 'string' ? block.thinking : '';
      thinking.push(said);
      details.push(thinkingDetail(said, typeof block.signature === 'string' ? block.signature : '', details.length));
    } else if (block.type === 'redacted_thinking' && keepThinking && typeof block.data === 'string') {
      details.push(redactedDetail(block.data, details.length));
    }
    // Server tool blocks (server_tool_use, web_search_tool_result…) ran upstream and have no canonical form.
  }

  const message: ChatMessage = { role: 'assistant', content: texts.length > 0 ? texts.join('') : null };
  if (calls.length > 0) message.tool_calls = calls;
  if (thinking.length > 0) message.reasoning = thinking.join('');
  if (details.length > 0) message.reasoning_details = details;
  const finish = mapStopReason(body.stop_reason);
  const usage = tokenUsage(body.usage as Partial<AnthropicUsage> | undefined);
  const response: ChatResponse = {
    id: typeof body.id === 'string' ? body.id : '',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: typeof body.model === 'string' ? body.model : '',
    choices: [{ index: 0, message, finish_reason: finish.unified, native_finish_reason: finish.raw, logprobs: null }],
  };
  if (usage !== null) response.usage = canonicalUsage(usage);
  return { response, finish, usage, status: 200 };
}
