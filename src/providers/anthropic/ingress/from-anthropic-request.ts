/**
 * Anthropic Messages request → canonical (OpenAI Chat Completions) request, for the `/v1/messages` ingress.
 * Follows docs/dialects.md: cache_control stays on every part, tool and system block; images become data: or
 * http(s) URLs; thinking becomes `reasoning` + `reasoning_details`; tool results become `tool` messages.
 * Anthropic-only top-level fields Rung does not map are dropped, since an OpenAI-dialect upstream rejects them.
 */
import type { ChatMessage, ChatRequest, ContentPart, ToolCall } from '../../../spec/chat.js';
import { type CacheControl, REASONING_FORMAT } from '../anthropic-wire.js';
import {
  type AnthropicRequestInput,
  type AssistantBlock,
  type DocumentBlockInput,
  type ImageBlockInput,
  parseAnthropicRequest,
  type TextBlockInput,
  type ToolInput,
  type UserBlock,
} from './anthropic-request-schema.js';

/** The `format` OpenRouter gives Anthropic reasoning details; the signature is only valid with Claude. */

type Cache = CacheControl | null | undefined;

function withCache<T extends ContentPart>(part: T, cache: Cache): T {
  return cache ? { ...part, cache_control: cache } : part;
}

/** Puts a block's cache marker on the last part it became: that is where Anthropic's breakpoint sits. */
function cacheLast(parts: ContentPart[], cache: Cache): ContentPart[] {
  const last = parts.at(-1);
  if (!cache || last === undefined) return parts;
  return [...parts.slice(0, -1), { ...last, cache_control: cache }];
}

function textPart(block: TextBlockInput): ContentPart {
  return withCache({ type: 'text', text: block.text }, block.cache_control);
}

function imagePart(block: ImageBlockInput): ContentPart {
  const source = block.source;
  const url = source.type === 'base64' ? `data:${source.media_type};base64,${source.data}` : source.url;
  return withCache({ type: 'image_url', image_url: { url } }, block.cache_control);
}

/**
 * Documents: PDFs (base64 or URL) become OpenAI `file` parts, which OpenRouter forwards to PDF-capable models;
 * plain-text and content documents become their text (and image) parts.
 */
function documentParts(block: DocumentBlockInput): ContentPart[] {
  const source = block.source;
  let parts: ContentPart[];
  if (source.type === 'base64' || source.type === 'url') {
    const fileData = source.type === 'base64' ? `data:${source.media_type};base64,${source.data}` : source.url;
    parts = [{ type: 'file', file: { filename: block.title ?? 'document.pdf', file_data: fileData } }];
  } else if (source.type === 'text') {
    parts = [{ type: 'text', text: source.data }];
  } else if (typeof source.content === 'string') {
    parts = [{ type: 'text', text: source.content }];
  } else {
    parts = source.content.map((inner) => (inner.type === 'text' ? textPart(inner) : imagePart(inner)));
  }
  return cacheLast(parts, block.cache_control);
}

function userParts(block: Exclude<UserBlock, { type: 'tool_result' }>): ContentPart[] {
  if (block.type === 'text') return [textPart(block)];
  if (block.type === 'image') return [imagePart(block)];
  return documentParts(block);
}

/** One plain text part travels as a string, the form every OpenAI-dialect upstream accepts. */
function collapse(parts: ContentPart[]): string | ContentPart[] {
  const only = parts[0];
  if (parts.length === 1 && only?.type === 'text' && only.cache_control === undefined) return only.text as string;
  return parts;
}

function toolMessage(block: Extract<UserBlock, { type: 'tool_result' }>): ChatMessage {
  let parts: ContentPart[];
  if (block.content === undefined) parts = [];
  else if (typeof block.content === 'string') parts = [{ type: 'text', text: block.content }];
  else parts = block.content.flatMap(userParts);
  parts = cacheLast(parts, block.cache_control);
  // Tool output is one text for most upstreams; parts are kept only when they carry images or a cache marker.
  const plain = parts.every((part) => part.type === 'text' && part.cache_control === undefined);
  const content = plain ? parts.map((part) => part.text as string).join('\n') : parts;
  const message: ChatMessage = { role: 'tool', tool_call_id: block.tool_use_id, content };
  // Kept as a field, not a text prefix, so the text reaches the model unchanged and an Anthropic upstream can put
  // the flag back; error results usually say so in their text for the other upstreams.
  if (block.is_error === true) message.is_error = true;
  return message;
}

/** Tool results first, as OpenAI requires `tool` messages right after the assistant's calls, then the rest. */
function userMessages(content: string | UserBlock[]): ChatMessage[] {
  if (typeof content === 'string') return [{ role: 'user', content }];
  const messages: ChatMessage[] = [];
  const parts: ContentPart[] = [];
  for (const block of content) {
    if (block.type === 'tool_result') messages.push(toolMessage(block));
    else parts.push(...userParts(block));
  }
  if (parts.length > 0 || messages.length === 0) messages.push({ role: 'user', content: collapse(parts) });
  return messages;
}

function assistantMessage(content: string | AssistantBlock[]): ChatMessage {
  if (typeof content === 'string') return { role: 'assistant', content };
  const parts: ContentPart[] = [];
  const toolCalls: ToolCall[] = [];
  const details: Record<string, unknown>[] = [];
  const reasoning: string[] = [];
  for (const block of content) {
    if (block.type === 'text') parts.push(textPart(block));
    else if (block.type === 'tool_use') {
      const call: ToolCall = {
        id: block.id,
        type: 'function',
        function: { name: block.name, arguments: JSON.stringify(block.input) },
      };
      toolCalls.push(block.cache_control ? Object.assign(call, { cache_control: block.cache_control }) : call);
    } else if (block.type === 'thinking') {
      reasoning.push(block.thinking);
      // Unsigned thinking (Rung shows other models' reasoning with an empty signature) cannot go back to Claude.
      if (block.signature !== '') {
        details.push({
          type: 'reasoning.text',
          text: block.thinking,
          signature: block.signature,
          format: REASONING_FORMAT,
          index: details.length,
        });
      }
    } else {
      details.push({
        type: 'reasoning.encrypted',
        data: block.data,
        format: REASONING_FORMAT,
        index: details.length,
      });
    }
  }
  const message: ChatMessage = {
    role: 'assistant',
    content: parts.length > 0 ? collapse(parts) : toolCalls.length > 0 ? null : '',
  };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  if (reasoning.length > 0) message.reasoning = reasoning.join('');
  if (details.length > 0) message.reasoning_details = details;
  return message;
}

function systemMessage(system: string | TextBlockInput[]): ChatMessage | null {
  if (typeof system === 'string') return system === '' ? null : { role: 'system', content: system };
  if (system.length === 0) return null;
  if (system.some((block) => block.cache_control)) return { role: 'system', content: system.map(textPart) };
  return { role: 'system', content: system.map((block) => block.text).join('\n\n') };
}

function functionTool(tool: ToolInput): Record<string, unknown> {
  const fn: Record<string, unknown> = { name: tool.name };
  if (tool.description !== undefined) fn.description = tool.description;
  fn.parameters = tool.input_schema;
  if (typeof tool.strict === 'boolean') fn.strict = tool.strict;
  const mapped: Record<string, unknown> = { type: 'function', function: fn };
  if (tool.cache_control) mapped.cache_control = tool.cache_control;
  return mapped;
}

function applyToolChoice(request: ChatRequest, choice: NonNullable<AnthropicRequestInput['tool_choice']>): void {
  if (choice.type === 'auto') request.tool_choice = 'auto';
  else if (choice.type === 'any') request.tool_choice = 'required';
  else if (choice.type === 'none') request.tool_choice = 'none';
  else request.tool_choice = { type: 'function', function: { name: choice.name } };
  if (choice.type !== 'none' && choice.disable_parallel_tool_use === true) request.parallel_tool_calls = false;
}

/**
 * Validates an Anthropic Messages body and maps it to Rung's canonical request. Throws RUNG_INVALID_REQUEST
 * naming the bad field.
 *
 * @example
 * anthropicToCanonical({ model: 'chat', max_tokens: 256, system: 'Be brief.',
 *   messages: [{ role: 'user', content: 'Hi' }] });
 * // { model: 'chat', max_tokens: 256,
 * //   messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] }
 */
export function anthropicToCanonical(body: unknown): ChatRequest {
  const input = parseAnthropicRequest(body);
  const messages: ChatMessage[] = [];
  const system = input.system == null ? null : systemMessage(input.system);
  if (system !== null) messages.push(system);
  for (const message of input.messages) {
    if (message.role === 'user') messages.push(...userMessages(message.content));
    else messages.push(assistantMessage(message.content));
  }
  const request: ChatRequest = { model: input.model, messages, max_tokens: input.max_tokens };
  if (input.stream != null) request.stream = input.stream;
  if (input.stream === true) request.stream_options = { include_usage: true };
  if (input.temperature != null) request.temperature = input.temperature;
  if (input.top_p != null) request.top_p = input.top_p;
  if (input.top_k != null) request.top_k = input.top_k;
  if (input.stop_sequences != null && input.stop_sequences.length > 0) request.stop = input.stop_sequences;
  if (input.tools != null && input.tools.length > 0) request.tools = input.tools.map(functionTool);
  if (input.tool_choice != null) applyToolChoice(request, input.tool_choice);
  if (input.metadata?.user_id != null) request.user = input.metadata.user_id;
  const thinking = input.thinking;
  if (thinking != null) {
    // Kept as Anthropic wrote it for Anthropic upstreams, and as OpenRouter's `reasoning` for the rest.
    request.thinking = thinking;
    if (thinking.type === 'enabled') request.reasoning = { max_tokens: thinking.budget_tokens };
    else if (thinking.type !== 'disabled') request.reasoning = { enabled: true };
  }
  return request;
}
