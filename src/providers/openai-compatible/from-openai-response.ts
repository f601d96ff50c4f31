/**
 * Reads OpenAI-dialect response bodies and chunks into canonical values, checking the shape as it goes:
 * a body that is not the JSON it should be is a `malformed` outcome, not a crash further down.
 */
import type { ChatChunk, ChatResponse, FinishReason, UnifiedFinishReason, Usage } from '../../spec/chat.js';
import { AttemptFailure } from '../../spec/errors.js';
import type { ProviderResult, StreamChunk, TokenUsage } from '../../spec/provider.js';
import { bodyError } from './openai-errors.js';

const UNIFIED: Readonly<Record<string, UnifiedFinishReason>> = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool_calls',
  function_call: 'tool_calls',
  content_filter: 'content_filter',
  error: 'error',
};

export function mapFinishReason(raw: unknown): FinishReason | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw);
  return { unified: UNIFIED[text] ?? 'other', raw: text };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Normalises usage, including the cache and reasoning details vendors report in different places. */
export function normaliseUsage(usage: Usage | null | undefined): TokenUsage | null {
  if (usage === null || usage === undefined || typeof usage !== 'object') return null;
  const promptDetails = usage.prompt_tokens_details;
  const completionDetails = usage.completion_tokens_details;
  return {
    input: count(usage.prompt_tokens),
    output: count(usage.completion_tokens),
    // DeepSeek reports cache hits as prompt_cache_hit_tokens.
    cachedInput: count(promptDetails?.cached_tokens) || count(usage.prompt_cache_hit_tokens),
    cacheWrite: count(promptDetails?.cache_write_tokens),
    reasoning: count(completionDetails?.reasoning_tokens),
    estimated: false,
  };
}

function malformed(providerName: string, what: string, cause?: unknown): AttemptFailure {
  return new AttemptFailure('malformed', `${providerName} sent a malformed ${what}`, {
    upstreamStatus: 200,
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Parses a 200 body. A JSON body carrying `error` (some vendors answer 200 with an error) is an upstream error.
 *
 * @example
 * const result = parseCompletion('{"id":"x","choices":[...]}', 'openrouter');
 */
export function parseCompletion(text: string, providerName: string): ProviderResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(providerName, 'JSON body', error);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw malformed(providerName, 'body (not an object)');
  const record = body as Record<string, unknown>;
  if (record.error !== undefined && record.error !== null && record.choices === undefined) {
    throw bodyError(record.error, text, providerName, 'answered 200 with an error');
  }
  const choices = record.choices;
  if (choices !== undefined && !Array.isArray(choices)) throw malformed(providerName, 'body (choices is not a list)');
  const response = body as ChatResponse;
  if (!Array.isArray(response.choices)) response.choices = [];
  const first = response.choices[0];
  if (
    first !== undefined &&
    (first === null || typeof first !== 'object' || typeof first.message !== 'object' || first.message === null)
  ) {
    throw malformed(providerName, 'choice (no message)');
  }
  failedChoice(first, providerName);
  return {
    response,
    raw: text,
    finish: mapFinishReason(first?.finish_reason) ?? { unified: 'other', raw: null },
    usage: normaliseUsage(response.usage),
    status: 200,
  };
}

/** Parses one `data:` payload of a stream. Returns null for payloads to skip (keep-alives). */
export function parseChunk(data: string, providerName: string): StreamChunk | null {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch (error) {
    throw malformed(providerName, 'stream event', error);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw malformed(providerName, 'stream event');
  const record = body as Record<string, unknown>;
  if (record.error !== undefined && record.error !== null) {
    throw bodyError(record.error, data, providerName, 'sent an error in the stream');
  }
  const chunk = body as ChatChunk;
  // `raw` is the chunk's text only while the parsed chunk still says the same.
  let raw: string | null = data;
  if (!Array.isArray(chunk.choices)) {
    if (chunk.usage === undefined) return null;
    chunk.choices = [];
    raw = null;
  }
  const first = chunk.choices[0];
  if (
    first !== undefined &&
    (first === null || typeof first !== 'object' || typeof first.delta !== 'object' || first.delta === null)
  ) {
    throw malformed(providerName, 'stream chunk (no delta)');
  }
  failedChoice(first, providerName);
  return {
    chunk,
    raw,
    finish: mapFinishReason(first?.finish_reason),
    usage: normaliseUsage(chunk.usage),
    plain: false,
  };
}

/**
 * OpenRouter ends a choice that failed upstream with `finish_reason: "error"` (and may put the error on the
 * choice): the text before it is not an answer, so the attempt fails rather than looking finished.
 */
function failedChoice(choice: { finish_reason?: unknown; error?: unknown } | undefined, providerName: string): void {
  if (choice === undefined) return;
  const error = choice.error ?? null;
  if (choice.finish_reason !== 'error' && error === null) return;
  const text = error === null ? 'finish_reason "error" (no details)' : JSON.stringify({ error });
  throw bodyError(error, text, providerName, 'ended a choice with an error');
}

const PLACEHOLDER: ChatChunk = Object.freeze({
  id: '',
  object: 'chat.completion.chunk',
  created: 0,
  model: '',
  choices: [],
}) as ChatChunk;

/**
 * A plain content delta recognised from its text, without parsing: one object whose only choice ends with
 * `"finish_reason":null}]`, no usage object and no error. Anything else — including the same JSON with other
 * spacing — returns null and takes the full parse.
 */
export function plainChunk(data: string): StreamChunk | null {
  const last = data.length - 1;
  if (data.charCodeAt(0) !== 123 || data.charCodeAt(last) !== 125) return null;
  const finish = data.lastIndexOf('"finish_reason":');
  // The finish reason closes the choice and the choices list; what follows must close the object.
  if (finish === -1 || !data.startsWith('null}]', finish + 16)) return null;
  if (data.indexOf('"usage":{') !== -1 || data.indexOf('"error"') !== -1) return null;
  return plainPart(data);
}

const plainPart = (data: string): StreamChunk => ({
  chunk: PLACEHOLDER,
  raw: data,
  finish: null,
  usage: null,
  plain: true,
});

const CONTENT_KEY = '"delta":{"content":"';

/**
 * `plainChunk` for one stream. A provider frames every text delta of a stream alike (same id, model, created),
 * so once a delta has passed the full check its frame — the text before its content string and after it — is
 * kept, and a later delta in the same frame is recognised by comparing both ends and finding its one closing
 * quote: ~70 ns instead of three searches of the whole event (~330 ns). Anything else takes the full check.
 *
 * @example const plain = plainDeltas(); for (const data of events) part = plain(data) ?? parseChunk(data, name);
 */
export function plainDeltas(): (data: string) => StreamChunk | null {
  let head: string | null = null;
  let tail = '';
  return (data) => {
    if (head !== null) {
      const end = data.length - tail.length;
      if (
        end >= head.length &&
        // Not startsWith: V8 compares a long prefix character by character (~0.5 µs for 160); === on a slice
        // is a memory compare (~35 ns).
        data.slice(0, head.length) === head &&
        data.endsWith(tail) &&
        // The content is one string: its first quote is the frame's, and no backslash stands before that.
        data.indexOf('"', head.length) === end &&
        data.charCodeAt(end - 1) !== 92
      ) {
        return plainPart(data);
      }
    }
    const part = plainChunk(data);
    if (part !== null) {
      const frame = deltaFrame(data);
      if (frame !== null) [head, tail] = frame;
    }
    return part;
  };
}

/** The text around the content string of a delta that holds only content; null for any other delta. */
function deltaFrame(data: string): [string, string] | null {
  const key = data.indexOf(CONTENT_KEY);
  if (key === -1) return null;
  const start = key + CONTENT_KEY.length;
  let end = data.indexOf('"', start);
  while (end !== -1 && data.charCodeAt(end - 1) === 92) end = data.indexOf('"', end + 1);
  if (end === -1 || !data.startsWith('"}', end)) return null;
  return [data.slice(0, start), data.slice(end)];
}
