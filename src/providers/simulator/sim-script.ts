/**
 * Plans what a simulated model sends on the wire for one call: a pure function of the model's config, the
 * request and a seeded generator. The in-memory transport and the HTTP server both play these plans, so the
 * OpenAI-compatible adapter parses the same bytes whichever of the two carries them.
 */
import type { SimBehavior, SimModelConfig } from '../../config/schema.js';
import type { ChatRequest, ToolCall } from '../../spec/chat.js';
import type { Rng } from './sim-random.js';
import { randomId, uniformInt } from './sim-random.js';
import { estimateTokens, lastUserText, promptChars, seededParagraph, truncateToTokens } from './sim-text.js';
import type { Completion, WireContext, WireScript } from './sim-wire.js';
import {
  completionScript,
  cutStreamScript,
  errorScript,
  malformedScript,
  modelNotFoundScript,
  noChoicesScript,
  stallScript,
} from './sim-wire.js';

export type { WireChunk, WireResponse, WireScript } from './sim-wire.js';

export interface PlanInput {
  model: SimModelConfig;
  upstreamId: string;
  /** The parsed request body. */
  request: ChatRequest;
  stream: boolean;
  rng: Rng;
  /** How many calls this model answered before this one (drives `script`). */
  callIndex: number;
  /** Unix seconds for `created`; default: now. */
  created?: number;
  /**
   * Prompt tokens the simulated prefix cache reads back (the engine keeps the cache: see sim-prefix-cache.ts).
   * A hit also brings the first byte forward: `first_token_ms` scaled by 1 − 0.5 × cached / prompt tokens.
   */
  cachedTokens?: number;
  /** Prompt tokens newly written to the cache, reported as `cache_write_tokens`; absent: the field is left out. */
  cacheWriteTokens?: number;
}

const REFUSAL = "I'm sorry, but I can't help with that request.";
const FALLBACK_TOOL_NAME = 'simulated_tool';

/**
 * The behaviour for one call: `script` cycled by call index, else a weighted `mix` draw, else `behavior`.
 * Mix weights are walked in the config's key order, so reordering keys changes the draws (not the odds).
 */
export function pickBehavior(model: SimModelConfig, callIndex: number, rng: Rng): SimBehavior {
  if (model.script !== undefined && model.script.length > 0) {
    return model.script[callIndex % model.script.length] ?? model.behavior;
  }
  if (model.mix !== undefined) {
    const entries = (Object.entries(model.mix) as [SimBehavior, number | undefined][]).filter(
      (entry): entry is [SimBehavior, number] => (entry[1] ?? 0) > 0,
    );
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = rng() * total;
    for (const [behavior, weight] of entries) {
      draw -= weight;
      if (draw < 0) return behavior;
    }
    // Only floating-point rounding lands here; the last weighted behaviour owns the top of the range.
    const last = entries[entries.length - 1];
    if (last !== undefined) return last[0];
  }
  return model.behavior;
}

/**
 * The bytes a simulated model sends for one call.
 *
 * @example
 * const script = planScript({ model, upstreamId: 'sim-fast', request, stream: true, rng: callRng(42, 'sim-fast', 0), callIndex: 0 });
 */
export function planScript(input: PlanInput): WireScript {
  const { model, request, rng } = input;
  const behavior = pickBehavior(model, input.callIndex, rng);
  // Drawn for every behaviour, so a model's later draws do not shift when its mix picks differently.
  const firstByteMs = uniformInt(rng, model.first_token_ms[0], model.first_token_ms[1]);
  const id = `chatcmpl-sim-${randomId(rng)}`;
  const promptTokens = estimateTokens(promptChars(Array.isArray(request.messages) ? request.messages : []));
  const cachedTokens = Math.min(input.cachedTokens ?? 0, promptTokens);
  const context: WireContext = {
    base: { id, created: input.created ?? Math.floor(Date.now() / 1000), model: input.upstreamId },
    behavior,
    stream: input.stream,
    includeUsage: request.stream_options?.include_usage === true,
    // A cached prefix is not processed again, so the first token comes sooner; failures keep the full delay.
    firstByteMs: cachedTokens > 0 ? Math.round(firstByteMs * (1 - (0.5 * cachedTokens) / promptTokens)) : firstByteMs,
    tokenDelayMs: model.tokens_per_second > 0 ? 1000 / model.tokens_per_second : 0,
    promptTokens,
    cachedTokens,
    cacheWriteTokens:
      input.cacheWriteTokens === undefined ? null : Math.min(input.cacheWriteTokens, promptTokens - cachedTokens),
  };
  const failure = failureScript(behavior, model, input.upstreamId, firstByteMs, 'messages');
  if (failure !== null) return failure;
  switch (behavior) {
    case 'headers_then_stall':
      return stallScript(context);
    case 'no_choices':
      return noChoicesScript(context);
    case 'malformed':
      return malformedScript(context);
    case 'cut_stream':
      return cutStreamScript(context, answerCompletion(model, request, rng));
    default:
      return completionScript(context, completionFor(behavior, model, request, rng));
  }
}

/**
 * The script of a behaviour that fails before any body, the same for chat and embeddings: no connection, a
 * hang, or an OpenAI-shaped error status. Null for behaviours that answer 200.
 *
 * @example
 * failureScript('rate_limit', model, 'sim-flaky', 120, 'input'); // 429 with retry-after
 */
export function failureScript(
  behavior: SimBehavior,
  model: SimModelConfig,
  upstreamId: string,
  delayMs: number,
  /** The request field a simulated bad request names. */
  param: string,
): WireScript | null {
  const options = { delayMs, behavior };
  switch (behavior) {
    case 'hang':
      return { kind: 'hang' };
    case 'reset':
      return { kind: 'reset' };
    case 'rate_limit':
      return errorScript(
        429,
        {
          message: `Rate limit reached for ${upstreamId} (simulated). Please try again in ${model.retry_after_s}s.`,
          type: 'requests',
          code: 'rate_limit_exceeded',
        },
        { ...options, headers: { 'retry-after': String(model.retry_after_s) } },
      );
    case 'server_error':
      return errorScript(
        model.error_status,
        {
          message: 'The server had an error while processing your request (simulated).',
          type: 'server_error',
          code: null,
        },
        options,
      );
    case 'model_not_found':
      return modelNotFoundScript(upstreamId, options);
    case 'bad_request':
      return errorScript(
        400,
        {
          message: `Invalid value for '${param}' (simulated bad request).`,
          type: 'invalid_request_error',
          code: 'invalid_value',
          param,
        },
        options,
      );
    case 'unauthorized':
      return errorScript(
        401,
        { message: 'Incorrect API key provided (simulated).', type: 'invalid_request_error', code: 'invalid_api_key' },
        options,
      );
    default:
      return null;
  }
}

function completionFor(behavior: SimBehavior, model: SimModelConfig, request: ChatRequest, rng: Rng): Completion {
  switch (behavior) {
    case 'echo':
      return capped(lastUserText(Array.isArray(request.messages) ? request.messages : []), request);
    case 'refuse':
      return { content: REFUSAL, toolCall: null, finish: 'stop' };
    case 'content_filter':
      return { content: '', toolCall: null, finish: 'content_filter' };
    case 'length_empty':
      return { content: '', toolCall: null, finish: 'length' };
    case 'empty':
      return { content: '   ', toolCall: null, finish: 'stop' };
    case 'tool_call': {
      const toolCall: ToolCall = {
        id: `call_sim_${randomId(rng)}`,
        type: 'function',
        function: { name: firstToolName(request.tools), arguments: '{}' },
      };
      return { content: null, toolCall, finish: 'tool_calls' };
    }
    default:
      return answerCompletion(model, request, rng);
  }
}

function answerCompletion(model: SimModelConfig, request: ChatRequest, rng: Rng): Completion {
  return capped(model.reply ?? seededParagraph(rng), request);
}

/** Honours the request's output cap the way a real model does: cut the text, finish with `length`. */
function capped(text: string, request: ChatRequest): Completion {
  const cap = request.max_completion_tokens ?? request.max_tokens;
  if (typeof cap === 'number' && estimateTokens(text.length) > cap) {
    return { content: truncateToTokens(text, cap), toolCall: null, finish: 'length' };
  }
  return { content: text, toolCall: null, finish: 'stop' };
}

/** A model without tools offered cannot name one; the fallback name keeps the behaviour what config asked. */
function firstToolName(tools: unknown[] | undefined): string {
  const tool = tools?.[0];
  if (typeof tool === 'object' && tool !== null && 'function' in tool) {
    const definition = tool.function;
    if (
      typeof definition === 'object' &&
      definition !== null &&
      'name' in definition &&
      typeof definition.name === 'string'
    ) {
      return definition.name;
    }
  }
  return FALLBACK_TOOL_NAME;
}
