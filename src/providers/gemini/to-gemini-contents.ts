/**
 * Canonical messages → Gemini `systemInstruction` + `contents`. Gemini keeps the system prompt out of the turns,
 * names the assistant `model`, sends tool results as `functionResponse` parts of a user turn keyed by the
 * function's name (canonical tool messages only carry the call id), rejects empty parts and unknown fields, and
 * on Gemini 3 wants the `thoughtSignature` of each step's first function call back: each rule below exists for
 * one of those.
 */
import type { ChatMessage, ContentPart } from '../../spec/chat.js';
import { RungError } from '../../spec/errors.js';

export type GeminiPart = Record<string, unknown>;

export interface GeminiContent {
  role: 'user' | 'model';
  parts: GeminiPart[];
}

/** The `format` of reasoning details that carry Gemini thought signatures (OpenRouter's name). */
export const REASONING_FORMAT = 'google-gemini-v1';

/**
 * Google's documented stand-in for a thought signature Rung never saw (a call made by another model, or a
 * client that dropped `reasoning_details`). Without it Gemini 3 answers 400 to every replayed tool call.
 */
export const SKIP_SIGNATURE = 'skip_thought_signature_validator';

export function invalid(message: string): RungError {
  return new RungError('RUNG_INVALID_REQUEST', message);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  pdf: 'application/pdf',
};

/**
 * @example
 * toGeminiContents([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], false);
 * // { system: [{ text: 'Be brief.' }], contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] }
 */
export function toGeminiContents(
  messages: readonly ChatMessage[],
  needsSignatures: boolean,
): { system: Array<{ text: string }>; contents: GeminiContent[] } {
  const system: Array<{ text: string }> = [];
  const contents: GeminiContent[] = [];
  // Tool messages name only the call id; Gemini's functionResponse needs the function name.
  const callNames = new Map<string, string>();
  const push = (role: 'user' | 'model', parts: GeminiPart[]) => {
    if (parts.length === 0) return;
    const last = contents[contents.length - 1];
    // Gemini wants user and model to alternate; tool results and the user text after them are one turn.
    if (last !== undefined && last.role === role) last.parts.push(...parts);
    else contents.push({ role, parts });
  };
  for (const [i, message] of messages.entries()) {
    const where = `messages[${i}]`;
    switch (message.role) {
      case 'system':
      case 'developer':
        system.push(...systemParts(message.content, where));
        break;
      case 'user':
        push('user', userParts(message.content, `${where}.content`));
        break;
      case 'assistant':
        push('model', assistantParts(message, where, callNames, needsSignatures));
        break;
      case 'tool':
      case 'function':
        push('user', [functionResponse(message, where, callNames)]);
        break;
      default:
        throw invalid(`${where}.role: "${String(message.role)}" cannot be sent to Gemini; use user, assistant or tool`);
    }
  }
  return { system, contents };
}

function systemParts(content: ChatMessage['content'], where: string): Array<{ text: string }> {
  if (typeof content === 'string') return content === '' ? [] : [{ text: content }];
  if (!Array.isArray(content)) return [];
  return content.flatMap((part, j) => {
    if (part.type !== 'text' || typeof part.text !== 'string') {
      throw invalid(`${where}.content[${j}]: a system message can hold only text parts for Gemini`);
    }
    return part.text === '' ? [] : [{ text: part.text }];
  });
}

function userParts(content: ChatMessage['content'], where: string): GeminiPart[] {
  if (typeof content === 'string') return content === '' ? [] : [{ text: content }];
  if (!Array.isArray(content)) return [];
  return content.flatMap((part, j) => contentPart(part, `${where}[${j}]`));
}

/** Text and media; `cache_control` and other canonical extras are dropped (Gemini caches implicitly). */
function contentPart(part: ContentPart, where: string): GeminiPart[] {
  switch (part.type) {
    case 'text':
      if (typeof part.text !== 'string') throw invalid(`${where}.text must be a string`);
      // Gemini rejects a part with empty text.
      return part.text === '' ? [] : [{ text: part.text }];
    case 'image_url': {
      const image = part.image_url;
      const url = typeof image === 'string' ? image : isRecord(image) ? image.url : undefined;
      if (typeof url !== 'string') throw invalid(`${where}.image_url.url must be a string`);
      return [mediaPart(url, `${where}.image_url.url`)];
    }
    case 'input_audio': {
      const audio = isRecord(part.input_audio) ? part.input_audio : {};
      if (typeof audio.data !== 'string' || typeof audio.format !== 'string') {
        throw invalid(`${where}.input_audio needs data and format`);
      }
      return [{ inlineData: { mimeType: `audio/${audio.format}`, data: audio.data } }];
    }
    case 'file': {
      const file = isRecord(part.file) ? part.file : {};
      if (typeof file.file_data !== 'string') throw invalid(`${where}.file.file_data must be a data: or http(s) URL`);
      return [mediaPart(file.file_data, `${where}.file.file_data`)];
    }
    case 'refusal':
      // OpenAI's assistant refusal parts have no Gemini counterpart in a request.
      return [];
    default:
      throw invalid(`${where}.type: "${part.type}" cannot be sent to Gemini; use text, image_url, input_audio or file`);
  }
}

/**
 * A data: URL becomes `inlineData`; an http(s) URL becomes `fileData` with a media type guessed from the
 * extension (Gemini requires one; JPEG is the likeliest for an image URL without one).
 *
 * @example mediaPart('https://x.test/cat.png', 'url') // { fileData: { mimeType: 'image/png', fileUri: '...' } }
 */
export function mediaPart(url: string, where: string): GeminiPart {
  if (url.startsWith('data:')) {
    // Sliced rather than matched: the data runs to megabytes.
    const comma = url.indexOf(',');
    const header = comma === -1 ? '' : url.slice(5, comma);
    if (!header.endsWith(';base64')) throw invalid(`${where}: a data: URL must be base64 (data:<type>;base64,...)`);
    return { inlineData: { mimeType: header.slice(0, header.indexOf(';')), data: url.slice(comma + 1) } };
  }
  if (!/^https?:\/\//i.test(url)) throw invalid(`${where}: Gemini takes a data:<type>;base64 URL or an http(s) URL`);
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return { fileData: { mimeType: IMAGE_TYPES[extension] ?? 'image/jpeg', fileUri: url } };
}

function assistantParts(
  message: ChatMessage,
  where: string,
  callNames: Map<string, string>,
  needsSignatures: boolean,
): GeminiPart[] {
  const parts =
    typeof message.content === 'string'
      ? message.content === ''
        ? []
        : [{ text: message.content }]
      : Array.isArray(message.content)
        ? message.content.flatMap((part, j) => contentPart(part, `${where}.content[${j}]`))
        : [];
  const signatures = signaturesOf(message.reasoning_details);
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  for (const [j, call] of calls.entries()) {
    const at = `${where}.tool_calls[${j}]`;
    const fn = isRecord(call) ? call.function : undefined;
    if (!isRecord(call) || typeof call.id !== 'string' || !isRecord(fn) || typeof fn.name !== 'string') {
      throw invalid(`${at}: a tool call needs an id and a function name`);
    }
    callNames.set(call.id, fn.name);
    const part: GeminiPart = { functionCall: { id: call.id, name: fn.name, args: callArguments(fn.arguments, at) } };
    const signature = signatures.get(call.id);
    // Parallel calls carry one signature, on the first; only that one needs the stand-in.
    if (signature !== undefined) part.thoughtSignature = signature;
    else if (needsSignatures && j === 0) part.thoughtSignature = SKIP_SIGNATURE;
    parts.push(part);
  }
  return parts;
}

function callArguments(raw: unknown, where: string): Record<string, unknown> {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return {};
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    throw invalid(`${where}.function.arguments is not valid JSON; Gemini needs the arguments as an object`);
  }
  if (!isRecord(args)) throw invalid(`${where}.function.arguments must be a JSON object for Gemini`);
  return args;
}

/** Thought signatures Rung surfaced earlier, keyed by the tool call they rode on. */
function signaturesOf(details: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(details)) return out;
  for (const detail of details) {
    if (!isRecord(detail) || detail.format !== REASONING_FORMAT || detail.type !== 'reasoning.encrypted') continue;
    if (typeof detail.id === 'string' && typeof detail.data === 'string') out.set(detail.id, detail.data);
  }
  return out;
}

/** A JSON object result is sent as it is; anything else is wrapped, because `response` must be an object. */
function functionResponse(message: ChatMessage, where: string, callNames: Map<string, string>): GeminiPart {
  const id = typeof message.tool_call_id === 'string' ? message.tool_call_id : undefined;
  const name = (id === undefined ? undefined : callNames.get(id)) ?? message.name;
  if (typeof name !== 'string' || name === '') {
    throw invalid(
      `${where}: tool_call_id "${id ?? ''}" matches no earlier assistant tool call; Gemini needs the function name`,
    );
  }
  const text = resultText(message.content);
  let response: Record<string, unknown> = { content: text };
  if (text.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) response = parsed;
    } catch {
      // Not JSON after all: sent as text.
    }
  }
  return { functionResponse: id === undefined ? { name, response } : { id, name, response } };
}

function resultText(content: ChatMessage['content']): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (part.type === 'text' && typeof part.text === 'string' ? part.text : '')).join('');
}
