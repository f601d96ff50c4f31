/**
 * Builds the Anthropic `/v1/messages` body from a canonical request. Anthropic rejects fields it does not
 * know, so unlike the OpenAI adapter nothing passes through by default: every field sent is mapped on purpose.
 * Dropped, because Anthropic has no such field: n, seed, logprobs, top_logprobs, logit_bias, frequency_penalty,
 * presence_penalty, response_format, metadata (OpenAI's; `user` becomes `metadata.user_id`), stream_options,
 * store, service_tier, modalities, audio, prediction, web_search_options, functions, function_call,
 * prompt_cache_key, verbosity. Route `extra_body` is merged last, so raw Anthropic fields can still be sent.
 */
import type { ChatRequest } from '../../spec/chat.js';
import { RungError } from '../../spec/errors.js';
import type { ProviderCall } from '../../spec/provider.js';
import type { AnthropicRequest, AnthropicTool, AnthropicToolChoice, CacheControl } from './anthropic-wire.js';
import { invalid, isRecord, toAnthropicMessages } from './to-anthropic-messages.js';

export interface AnthropicRequestOptions {
  /** `max_tokens` when the request sets none (Anthropic requires it). */
  defaultMaxTokens: number;
}

/**
 * Thinking budgets for OpenAI's `reasoning_effort` and OpenRouter's `reasoning.effort`. 1024 is Anthropic's
 * smallest budget; medium and high quadruple it, so each step is a visible change in cost and depth.
 */
export const EFFORT_BUDGET: Readonly<Record<string, number>> = { minimal: 1024, low: 1024, medium: 4096, high: 16384 };

type Thinking = NonNullable<AnthropicRequest['thinking']>;

/**
 * @example
 * toAnthropicRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hi' }] },
 *   { defaultMaxTokens: 4096 });
 * // { model: 'claude-sonnet-4-5', max_tokens: 4096, messages: [{ role: 'user', content: 'Hi' }] }
 */
export function toAnthropicRequest(request: ChatRequest, options: AnthropicRequestOptions): AnthropicRequest {
  const { system, messages } = toAnthropicMessages(Array.isArray(request.messages) ? request.messages : []);
  const tools = toolsOf(request.tools);
  const choice = tools === undefined ? undefined : toolChoiceOf(request.tool_choice, request.parallel_tool_calls);
  let thinking = thinkingOf(request);
  // Anthropic refuses thinking with a forced tool; the forced call is what the client's code depends on.
  if ((choice?.type === 'any' || choice?.type === 'tool') && thinking?.type !== 'disabled') thinking = undefined;
  const thinkingOn = thinking !== undefined && thinking.type !== 'disabled';
  const asked = [request.max_tokens, request.max_completion_tokens].filter((value): value is number => {
    return typeof value === 'number';
  });
  let maxTokens = asked.length > 0 ? Math.min(...asked) : options.defaultMaxTokens;
  // Thinking counts against max_tokens and must stay under it: a default cap leaves the answer its full room.
  if (asked.length === 0 && thinking?.type === 'enabled') maxTokens += thinking.budget_tokens;

  const body: AnthropicRequest = { model: request.model, max_tokens: maxTokens, messages };
  if (system.length > 0) {
    const cached = system.some((block) => block.cache_control !== undefined);
    body.system = cached ? system : system.map((block) => block.text).join('\n\n');
  }
  if (tools !== undefined) body.tools = tools;
  if (choice !== undefined) body.tool_choice = choice;
  const stop = typeof request.stop === 'string' ? [request.stop] : Array.isArray(request.stop) ? request.stop : [];
  if (stop.length > 0) body.stop_sequences = stop;
  // Sampling values Anthropic would answer with a 400, which stops the chain at this rung, are left out or
  // clamped: temperature goes to 2 for OpenAI but 1 here, and thinking allows no temperature, no top_k and
  // only a top_p of 0.95 or more.
  if (typeof request.temperature === 'number' && !thinkingOn) {
    body.temperature = Math.min(Math.max(request.temperature, 0), 1);
  }
  if (typeof request.top_p === 'number' && (!thinkingOn || request.top_p >= 0.95)) body.top_p = request.top_p;
  if (typeof request.top_k === 'number' && !thinkingOn) body.top_k = request.top_k;
  if (thinking !== undefined) body.thinking = thinking;
  if (typeof request.user === 'string' && request.user !== '') body.metadata = { user_id: request.user };
  return body;
}

/**
 * The body text for one call: the mapped request, route extras on top, `stream` only when streaming.
 *
 * @example
 * transport.send({ ..., body: toAnthropicBody(call, true, { defaultMaxTokens: 4096 }) });
 */
export function toAnthropicBody(call: ProviderCall, stream: boolean, options: AnthropicRequestOptions): string {
  const body: Record<string, unknown> = { ...toAnthropicRequest(call.request, options), ...call.extraBody };
  if (stream) body.stream = true;
  else delete body.stream;
  try {
    return JSON.stringify(body);
  } catch (error) {
    // A value nested deeper than the stack allows; the client's request is at fault, not the upstream.
    throw new RungError('RUNG_INVALID_REQUEST', 'the request cannot be serialised (nested too deeply?)', {
      cause: error,
    });
  }
}

/** A canonical `thinking` wins; then OpenRouter's `reasoning`; then OpenAI's `reasoning_effort`. */
function thinkingOf(request: ChatRequest): Thinking | undefined {
  if (isRecord(request.thinking)) return request.thinking as Thinking;
  const reasoning = request.reasoning;
  if (isRecord(reasoning)) {
    if (reasoning.enabled === false) return undefined;
    if (typeof reasoning.max_tokens === 'number') return { type: 'enabled', budget_tokens: reasoning.max_tokens };
    if (typeof reasoning.effort === 'string') return effortThinking(reasoning.effort, 'reasoning.effort');
    if (reasoning.enabled === true) return effortThinking('medium', 'reasoning.enabled');
  }
  if (typeof request.reasoning_effort === 'string') return effortThinking(request.reasoning_effort, 'reasoning_effort');
  return undefined;
}

function effortThinking(effort: string, field: string): Thinking | undefined {
  if (effort === 'none') return undefined;
  const budget = EFFORT_BUDGET[effort];
  if (budget === undefined) {
    throw invalid(`${field}: "${effort}" is not one of ${Object.keys(EFFORT_BUDGET).join(', ')}, none`);
  }
  return { type: 'enabled', budget_tokens: budget };
}

/** Function tools are translated; any other tool is taken to be an Anthropic tool already (e.g. web_search). */
function toolsOf(tools: unknown): AnthropicTool[] | undefined {
  if (!Array.isArray(tools) || tools.length === 0) return undefined;
  return tools.map((tool, i): AnthropicTool => {
    if (!isRecord(tool)) throw invalid(`tools[${i}] must be an object`);
    if (tool.type !== 'function') return tool as AnthropicTool;
    const fn = tool.function;
    if (!isRecord(fn) || typeof fn.name !== 'string') throw invalid(`tools[${i}].function.name must be a string`);
    const out: AnthropicTool = {
      name: fn.name,
      input_schema: isRecord(fn.parameters) ? fn.parameters : { type: 'object', properties: {} },
    };
    if (typeof fn.description === 'string') out.description = fn.description;
    if (isRecord(tool.cache_control)) out.cache_control = tool.cache_control as CacheControl;
    return out;
  });
}

function toolChoiceOf(choice: unknown, parallel: unknown): AnthropicToolChoice | undefined {
  let out: AnthropicToolChoice | undefined;
  if (choice === 'auto') out = { type: 'auto' };
  else if (choice === 'required') out = { type: 'any' };
  else if (choice === 'none') out = { type: 'none' };
  else if (isRecord(choice) && choice.type === 'function') {
    const name = isRecord(choice.function) ? choice.function.name : undefined;
    if (typeof name !== 'string') throw invalid('tool_choice.function.name must be a string');
    out = { type: 'tool', name };
  } else if (isRecord(choice) && ['auto', 'any', 'tool', 'none'].includes(String(choice.type))) {
    out = choice as AnthropicToolChoice;
  } else if (choice !== undefined && choice !== null) {
    throw invalid('tool_choice must be "auto", "required", "none" or {type:"function", function:{name}}');
  }
  if (parallel === false) {
    out ??= { type: 'auto' };
    if (out.type !== 'none') out = { ...out, disable_parallel_tool_use: true };
  }
  return out;
}
