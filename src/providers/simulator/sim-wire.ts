/**
 * The OpenAI Chat Completions bytes for a planned call: JSON bodies, SSE chunk sequences, usage and error
 * bodies, shaped like OpenAI's own so the OpenAI-compatible adapter parses them as it would the real thing.
 */
import type { SimBehavior } from '../../config/schema.js';
import type { ChatChunk, ChatResponse, ChunkChoice, ToolCall, Usage } from '../../spec/chat.js';
import { estimateTokens, splitTokens } from './sim-text.js';

export interface WireChunk {
  /** Silence before this chunk, after the previous one (or after the headers). */
  delayMs: number;
  data: string;
}

export type WireScript =
  | { kind: 'hang' }
  | { kind: 'reset' }
  | {
      kind: 'response';
      headersDelayMs: number;
      status: number;
      headers: Record<string, string>;
      chunks: WireChunk[];
      /** After the last chunk: end the body, reset the connection, or keep it open and silent. */
      end: 'close' | 'reset' | 'stall';
    };

export type WireResponse = Extract<WireScript, { kind: 'response' }>;

export interface OpenAiError {
  message: string;
  type: string;
  code: string | null;
  param?: string | null;
}

/** An OpenAI-shaped error response. */
export function errorScript(
  status: number,
  error: OpenAiError,
  options: { delayMs?: number; headers?: Record<string, string>; behavior?: string } = {},
): WireResponse {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.behavior !== undefined) headers['x-sim-behavior'] = options.behavior;
  const body = { error: { message: error.message, type: error.type, param: error.param ?? null, code: error.code } };
  return {
    kind: 'response',
    headersDelayMs: options.delayMs ?? 0,
    status,
    headers,
    chunks: [{ delayMs: 0, data: JSON.stringify(body) }],
    end: 'close',
  };
}

/** The 404 OpenAI sends for a model it does not serve; also what an unconfigured simulator model id gets. */
export function modelNotFoundScript(
  upstreamId: string,
  options: { delayMs?: number; behavior?: string } = {},
): WireResponse {
  return errorScript(
    404,
    { message: `The model \`${upstreamId}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' },
    options,
  );
}

/** What every chunk and body of one call shares. */
export interface WireContext {
  base: { id: string; created: number; model: string };
  behavior: SimBehavior;
  stream: boolean;
  includeUsage: boolean;
  firstByteMs: number;
  /** Silence before each streamed token. */
  tokenDelayMs: number;
  promptTokens: number;
  cachedTokens: number;
  /** Reported as `cache_write_tokens` (Anthropic's cache_creation); null leaves the field out, as OpenAI does. */
  cacheWriteTokens: number | null;
}

/** What the model "generated": text, or a tool call, and why it stopped. */
export interface Completion {
  content: string | null;
  toolCall: ToolCall | null;
  finish: string;
}

function usage(context: WireContext, completion: Completion | null): Usage {
  const call = completion?.toolCall;
  const chars =
    (completion?.content?.length ?? 0) + (call ? call.function.name.length + call.function.arguments.length : 0);
  const completionTokens = estimateTokens(chars);
  return {
    prompt_tokens: context.promptTokens,
    completion_tokens: completionTokens,
    total_tokens: context.promptTokens + completionTokens,
    prompt_tokens_details: {
      cached_tokens: context.cachedTokens,
      ...(context.cacheWriteTokens === null ? {} : { cache_write_tokens: context.cacheWriteTokens }),
    },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}

function completionBody(context: WireContext, completion: Completion): ChatResponse {
  return {
    ...context.base,
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: completion.content,
          ...(completion.toolCall ? { tool_calls: [completion.toolCall] } : {}),
          refusal: null,
        },
        finish_reason: completion.finish,
        logprobs: null,
      },
    ],
    usage: usage(context, completion),
  };
}

export function completionScript(context: WireContext, completion: Completion): WireResponse {
  if (!context.stream) {
    // A non-streamed answer arrives only once it is fully generated.
    const deltas = completion.toolCall ? 2 : splitTokens(completion.content ?? '').length;
    const body = JSON.stringify(completionBody(context, completion));
    return response(
      context,
      context.firstByteMs + deltas * context.tokenDelayMs,
      [{ delayMs: 0, data: body }],
      'close',
    );
  }
  const chunks: WireChunk[] = [roleChunk(context)];
  const delayMs = context.tokenDelayMs;
  if (completion.toolCall) {
    const { id, type, function: definition } = completion.toolCall;
    const opening = { index: 0, id, type, function: { name: definition.name, arguments: '' } };
    chunks.push({ delayMs, data: event(chunk(context, [delta({ tool_calls: [opening] })])) });
    const argumentsDelta = { index: 0, function: { arguments: definition.arguments } };
    chunks.push({ delayMs, data: event(chunk(context, [delta({ tool_calls: [argumentsDelta] })])) });
  } else {
    for (const token of splitTokens(completion.content ?? '')) {
      chunks.push({ delayMs, data: event(chunk(context, [delta({ content: token })])) });
    }
  }
  chunks.push({ delayMs: 0, data: event(chunk(context, [delta({}, completion.finish)])) });
  return response(context, context.firstByteMs, finishStream(context, chunks, usage(context, completion)), 'close');
}

export function noChoicesScript(context: WireContext): WireResponse {
  if (!context.stream) {
    const body: ChatResponse = { ...context.base, object: 'chat.completion', choices: [], usage: usage(context, null) };
    return response(context, context.firstByteMs, [{ delayMs: 0, data: JSON.stringify(body) }], 'close');
  }
  const chunks = finishStream(context, [{ delayMs: 0, data: event(chunk(context, [])) }], usage(context, null));
  return response(context, context.firstByteMs, chunks, 'close');
}

export function malformedScript(context: WireContext): WireResponse {
  if (!context.stream) {
    // What a serialiser bug upstream looks like: almost JSON, with a bare `undefined` in it.
    const body = `{"id":"${context.base.id}","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":undefined}}]}`;
    return response(context, context.firstByteMs, [{ delayMs: 0, data: body }], 'close');
  }
  const chunks = [roleChunk(context), { delayMs: 0, data: 'data: {not json\n\n' }, { delayMs: 0, data: DONE }];
  return response(context, context.firstByteMs, chunks, 'close');
}

/** 200 and headers, then silence with the connection held open. */
export function stallScript(context: WireContext): WireResponse {
  return response(context, context.firstByteMs, [], 'stall');
}

/** A stream that resets after the role chunk; a JSON body that resets halfway through. */
export function cutStreamScript(context: WireContext, completion: Completion): WireResponse {
  if (context.stream) return response(context, context.firstByteMs, [roleChunk(context)], 'reset');
  const json = JSON.stringify(completionBody(context, completion));
  return response(
    context,
    context.firstByteMs,
    [{ delayMs: 0, data: json.slice(0, Math.floor(json.length / 2)) }],
    'reset',
  );
}

const DONE = 'data: [DONE]\n\n';

function finishStream(context: WireContext, chunks: WireChunk[], total: Usage): WireChunk[] {
  if (context.includeUsage) chunks.push({ delayMs: 0, data: event({ ...chunk(context, []), usage: total }) });
  chunks.push({ delayMs: 0, data: DONE });
  return chunks;
}

function response(
  context: WireContext,
  headersDelayMs: number,
  chunks: WireChunk[],
  end: WireResponse['end'],
): WireResponse {
  const headers: Record<string, string> = context.stream
    ? { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' }
    : { 'content-type': 'application/json' };
  headers['x-sim-behavior'] = context.behavior;
  return { kind: 'response', headersDelayMs, status: 200, headers, chunks, end };
}

function roleChunk(context: WireContext): WireChunk {
  return { delayMs: 0, data: event(chunk(context, [delta({ role: 'assistant', content: '' })])) };
}

function delta(fields: ChunkChoice['delta'], finish: string | null = null): ChunkChoice {
  return { index: 0, delta: fields, logprobs: null, finish_reason: finish };
}

function chunk(context: WireContext, choices: ChunkChoice[]): ChatChunk {
  // OpenAI sends `usage: null` on every chunk but the last once usage was asked for.
  return {
    ...context.base,
    object: 'chat.completion.chunk',
    choices,
    ...(context.includeUsage ? { usage: null } : {}),
  };
}

function event(payload: ChatChunk): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}
