/**
 * Canonical messages → Anthropic `system` + `messages`. Anthropic keeps the system prompt out of the turns,
 * sends tool results as user content, wants user and assistant to alternate, and needs the signed thinking of
 * an assistant turn back verbatim: each rule below exists for one of those.
 */
import type { ChatMessage, ContentPart } from '../../spec/chat.js';
import { RungError } from '../../spec/errors.js';
import {
  type AnthropicMessage,
  type CacheControl,
  type ContentBlock,
  type ImageBlock,
  type ImageSource,
  REASONING_FORMAT,
  type TextBlock,
  type ToolResultBlock,
  type ToolUseBlock,
} from './anthropic-wire.js';

export function invalid(message: string): RungError {
  return new RungError('RUNG_INVALID_REQUEST', message);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * @example
 * toAnthropicMessages([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }]);
 * // { system: [{ type: 'text', text: 'Be brief.' }], messages: [{ role: 'user', content: 'Hi' }] }
 */
export function toAnthropicMessages(messages: readonly ChatMessage[]): {
  system: TextBlock[];
  messages: AnthropicMessage[];
} {
  const system: TextBlock[] = [];
  const out: AnthropicMessage[] = [];
  const push = (role: 'user' | 'assistant', content: string | ContentBlock[]) => {
    if (content.length === 0) return;
    const last = out[out.length - 1];
    // Anthropic rejects two turns of one role in a row; tool results and the user text after them are one turn.
    if (last !== undefined && last.role === role) last.content = [...blocks(last.content), ...blocks(content)];
    else out.push({ role, content });
  };
  for (const [i, message] of messages.entries()) {
    const where = `messages[${i}]`;
    switch (message.role) {
      case 'system':
      case 'developer':
        system.push(...systemBlocks(message.content, where));
        break;
      case 'user':
        push('user', userContent(message.content, where));
        break;
      case 'assistant':
        push('assistant', assistantContent(message, where));
        break;
      case 'tool':
        push('user', [toolResult(message, where)]);
        break;
      default:
        throw invalid(
          `${where}.role: "${String(message.role)}" cannot be sent to Anthropic; use user, assistant or tool`,
        );
    }
  }
  return { system, messages: out };
}

function blocks(content: string | ContentBlock[]): ContentBlock[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}

function withCache<T extends ContentBlock>(block: T, part: { [key: string]: unknown }): T {
  if (isRecord(part.cache_control)) block.cache_control = part.cache_control as CacheControl;
  return block;
}

function systemBlocks(content: ChatMessage['content'], where: string): TextBlock[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  if (!Array.isArray(content)) return [];
  const out: TextBlock[] = [];
  content.forEach((part, j) => {
    if (part.type !== 'text' || typeof part.text !== 'string') {
      throw invalid(`${where}.content[${j}]: a system message can hold only text parts for Anthropic`);
    }
    if (part.text !== '') out.push(withCache({ type: 'text', text: part.text }, part));
  });
  return out;
}

function userContent(content: ChatMessage['content'], where: string): string | ContentBlock[] {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return [];
  return partsToBlocks(content, `${where}.content`);
}

/** Text and images are translated; any other part is taken to be an Anthropic block already (e.g. `document`). */
function partsToBlocks(parts: readonly ContentPart[], where: string): ContentBlock[] {
  const out: ContentBlock[] = [];
  parts.forEach((part, j) => {
    if (part.type === 'text') {
      if (typeof part.text !== 'string') throw invalid(`${where}[${j}].text must be a string`);
      // Anthropic rejects empty text blocks.
      if (part.text !== '') out.push(withCache({ type: 'text', text: part.text }, part));
    } else if (part.type === 'image_url') {
      out.push(imageBlock(part, `${where}[${j}]`));
    } else if (part.type === 'file') {
      out.push(documentBlock(part, `${where}[${j}]`));
    } else {
      out.push(part);
    }
  });
  return out;
}

/** A data: URL or an http(s) URL as an Anthropic source; null for anything else. */
function urlSource(url: string): ImageSource | null {
  if (url.startsWith('data:')) {
    // Sliced rather than matched: the data runs to megabytes.
    const comma = url.indexOf(',');
    const header = comma === -1 ? '' : url.slice(5, comma);
    if (!header.endsWith(';base64')) return null;
    return { type: 'base64', media_type: header.slice(0, header.indexOf(';')), data: url.slice(comma + 1) };
  }
  return /^https?:\/\//i.test(url) ? { type: 'url', url } : null;
}

function imageBlock(part: ContentPart, where: string): ImageBlock {
  const image = part.image_url;
  const url = isRecord(image) ? image.url : undefined;
  if (typeof url !== 'string') throw invalid(`${where}.image_url.url must be a string`);
  const source = urlSource(url);
  if (source === null) {
    throw invalid(`${where}.image_url.url: Anthropic takes a data:<media type>;base64,<data> URL or an http(s) URL`);
  }
  return withCache({ type: 'image', source }, part);
}

/** An OpenAI/OpenRouter `file` part (a PDF) as an Anthropic `document` block. */
function documentBlock(part: ContentPart, where: string): ContentBlock {
  const file = isRecord(part.file) ? part.file : {};
  const data = typeof file.file_data === 'string' ? file.file_data : undefined;
  const source = data === undefined ? null : urlSource(data);
  if (source === null) {
    throw invalid(`${where}.file.file_data: Anthropic takes a document as a data:...;base64 URL or an http(s) URL`);
  }
  const block: ContentBlock = { type: 'document', source };
  if (typeof file.filename === 'string' && file.filename !== 'document.pdf') block.title = file.filename;
  return withCache(block, part);
}

function assistantContent(message: ChatMessage, where: string): string | ContentBlock[] {
  const thinking = thinkingBlocks(message.reasoning_details);
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  if (thinking.length === 0 && calls.length === 0 && typeof message.content === 'string') return message.content;
  const out: ContentBlock[] = [...thinking];
  if (typeof message.content === 'string') {
    if (message.content !== '') out.push({ type: 'text', text: message.content });
  } else if (Array.isArray(message.content)) {
    // OpenAI's assistant `refusal` parts have no Anthropic counterpart in a request.
    const parts = message.content.filter((part) => part.type !== 'refusal');
    out.push(...partsToBlocks(parts, `${where}.content`));
  }
  for (const [j, call] of calls.entries()) {
    out.push(withCache(toolUse(call, `${where}.tool_calls[${j}]`), isRecord(call) ? call : {}));
  }
  return out;
}

function toolUse(call: unknown, where: string): ToolUseBlock {
  const fn = isRecord(call) ? call.function : undefined;
  if (!isRecord(call) || typeof call.id !== 'string' || !isRecord(fn) || typeof fn.name !== 'string') {
    throw invalid(`${where}: a tool call needs an id and a function name`);
  }
  const text = typeof fn.arguments === 'string' ? fn.arguments.trim() : '';
  let input: unknown = {};
  if (text !== '') {
    try {
      input = JSON.parse(text);
    } catch {
      throw invalid(`${where}.function.arguments is not valid JSON; Anthropic needs the arguments as an object`);
    }
  }
  if (!isRecord(input)) throw invalid(`${where}.function.arguments must be a JSON object for Anthropic`);
  return { type: 'tool_use', id: call.id, name: fn.name, input };
}

/**
 * Signed thinking goes back first in its assistant turn, as Anthropic requires on tool-use turns. Details that
 * share an `index` are pieces of one block (as a client may have collected them from stream deltas); details of
 * another format, or text without a signature, cannot be verified by Anthropic and are left out.
 */
function thinkingBlocks(details: unknown): ContentBlock[] {
  if (!Array.isArray(details)) return [];
  const out: ContentBlock[] = [];
  let open: { index: unknown; block: { type: 'thinking'; thinking: string; signature: string } } | null = null;
  for (const detail of details) {
    if (!isRecord(detail) || (detail.format !== undefined && detail.format !== REASONING_FORMAT)) continue;
    if (detail.type === 'reasoning.encrypted' && typeof detail.data === 'string') {
      out.push({ type: 'redacted_thinking', data: detail.data });
      open = null;
    } else if (detail.type === 'reasoning.text') {
      const text = typeof detail.text === 'string' ? detail.text : '';
      const signature = typeof detail.signature === 'string' ? detail.signature : '';
      if (open !== null && detail.index !== undefined && open.index === detail.index) {
        open.block.thinking += text;
        open.block.signature += signature;
      } else {
        open = { index: detail.index, block: { type: 'thinking', thinking: text, signature } };
        out.push(open.block);
      }
    }
  }
  return out.filter((block) => block.type !== 'thinking' || block.signature !== '');
}

function toolResult(message: ChatMessage, where: string): ToolResultBlock {
  if (typeof message.tool_call_id !== 'string' || message.tool_call_id === '') {
    throw invalid(`${where}.tool_call_id: a tool message must name the tool call it answers`);
  }
  const block: ToolResultBlock = { type: 'tool_result', tool_use_id: message.tool_call_id };
  if (message.is_error === true) block.is_error = true;
  if (typeof message.content === 'string') {
    if (message.content !== '') block.content = message.content;
  } else if (Array.isArray(message.content)) {
    const content = partsToBlocks(message.content, `${where}.content`) as Array<TextBlock | ImageBlock>;
    if (content.length > 0) block.content = content;
  }
  return block;
}
