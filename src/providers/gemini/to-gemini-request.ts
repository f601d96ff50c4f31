/**
 * Builds the Gemini `generateContent` body from a canonical request. Gemini rejects fields it does not know, so
 * nothing passes through by default: every field sent is mapped on purpose. Dropped, because Gemini has no such
 * field: n, logprobs, top_logprobs, logit_bias, user, metadata, store, service_tier, stream_options,
 * parallel_tool_calls, modalities, audio, prediction, prompt_cache_key, verbosity, and every `cache_control`
 * (Gemini's prompt caching is implicit). Route `extra_body` is merged last, which is how a route sets Gemini's
 * own fields such as `safetySettings`.
 */
import type { ChatRequest } from '../../spec/chat.js';
import { RungError } from '../../spec/errors.js';
import type { ProviderCall } from '../../spec/provider.js';
import { type GeminiContent, invalid, isRecord, toGeminiContents } from './to-gemini-contents.js';

export interface GeminiRequest {
  contents: GeminiContent[];
  systemInstruction?: { parts: Array<{ text: string }> };
  tools?: Array<Record<string, unknown>>;
  toolConfig?: { functionCallingConfig: { mode: 'AUTO' | 'ANY' | 'NONE'; allowedFunctionNames?: string[] } };
  generationConfig?: Record<string, unknown>;
}

/**
 * Thinking budgets for OpenAI's `reasoning_effort` and OpenRouter's `reasoning.effort`. 24576 is the largest
 * budget Gemini 2.5 Flash accepts, so `high` works on every thinking model.
 */
export const EFFORT_BUDGET: Readonly<Record<string, number>> = { minimal: 512, low: 1024, medium: 8192, high: 24576 };

/** Gemini 3 and later reject replayed function calls without a thought signature. */
export function needsThoughtSignatures(model: string): boolean {
  const major = /gemini-(\d+)/i.exec(model)?.[1];
  return major !== undefined && Number(major) >= 3;
}

/**
 * @example
 * toGeminiRequest({ model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 100 });
 * // { contents: [{ role: 'user', parts: [{ text: 'Hi' }] }], generationConfig: { maxOutputTokens: 100 } }
 */
export function toGeminiRequest(request: ChatRequest): GeminiRequest {
  const messages = Array.isArray(request.messages) ? request.messages : [];
  const { system, contents } = toGeminiContents(messages, needsThoughtSignatures(String(request.model)));
  const body: GeminiRequest = { contents };
  if (system.length > 0) body.systemInstruction = { parts: system };
  const tools = toolsOf(request.tools);
  if (tools !== undefined) {
    body.tools = tools;
    const toolConfig = toolConfigOf(request.tool_choice);
    if (toolConfig !== undefined) body.toolConfig = toolConfig;
  }
  const config = generationConfigOf(request);
  if (Object.keys(config).length > 0) body.generationConfig = config;
  return body;
}

/**
 * The body text for one call: the mapped request with route extras on top. An extra that is an object where
 * the mapped body has one too (`generationConfig`, `toolConfig`) is merged into it, so a route can add
 * `generationConfig.thinkingConfig` without wiping the client's temperature; anything else replaces.
 *
 * @example
 * toGeminiBody({ ...call, extraBody: { safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }] } });
 */
export function toGeminiBody(call: ProviderCall): string {
  const body: Record<string, unknown> = { ...toGeminiRequest(call.request) };
  for (const [key, value] of Object.entries(call.extraBody ?? {})) {
    const mapped = body[key];
    body[key] = isRecord(mapped) && isRecord(value) ? { ...mapped, ...value } : value;
  }
  try {
    return JSON.stringify(body);
  } catch (error) {
    // A value nested deeper than the stack allows; the client's request is at fault, not the upstream.
    throw new RungError('RUNG_INVALID_REQUEST', 'the request cannot be serialised (nested too deeply?)', {
      cause: error,
    });
  }
}

function generationConfigOf(request: ChatRequest): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  const number = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  if (number(request.temperature)) config.temperature = request.temperature;
  if (number(request.top_p)) config.topP = request.top_p;
  if (number(request.top_k)) config.topK = request.top_k;
  const caps = [request.max_tokens, request.max_completion_tokens].filter(number);
  if (caps.length > 0) config.maxOutputTokens = Math.min(...caps);
  const stop = typeof request.stop === 'string' ? [request.stop] : Array.isArray(request.stop) ? request.stop : [];
  if (stop.length > 0) config.stopSequences = stop;
  if (number(request.seed)) config.seed = request.seed;
  if (number(request.presence_penalty)) config.presencePenalty = request.presence_penalty;
  if (number(request.frequency_penalty)) config.frequencyPenalty = request.frequency_penalty;
  Object.assign(config, responseFormatOf(request.response_format));
  const thinking = thinkingConfigOf(request);
  if (thinking !== undefined) config.thinkingConfig = thinking;
  return config;
}

/**
 * `json_schema` goes to `responseJsonSchema`, which takes JSON Schema as clients write it (`responseSchema`
 * takes Google's OpenAPI subset and rejects `additionalProperties`, `$ref` and friends).
 */
function responseFormatOf(format: unknown): Record<string, unknown> {
  if (!isRecord(format) || format.type === 'text') return {};
  if (format.type === 'json_object') return { responseMimeType: 'application/json' };
  if (format.type === 'json_schema') {
    const schema = isRecord(format.json_schema) ? format.json_schema.schema : undefined;
    if (!isRecord(schema)) throw invalid('response_format.json_schema.schema must be an object');
    return { responseMimeType: 'application/json', responseJsonSchema: cleanSchema(schema) };
  }
  throw invalid('response_format.type must be "text", "json_object" or "json_schema"');
}

type ThinkingConfig = { includeThoughts?: boolean; thinkingBudget: number };

/** A canonical `thinking` wins; then OpenRouter's `reasoning`; then OpenAI's `reasoning_effort`. */
function thinkingConfigOf(request: ChatRequest): ThinkingConfig | undefined {
  const model = String(request.model);
  const thinking = request.thinking;
  if (isRecord(thinking)) {
    if (thinking.type === 'disabled') return off(model);
    if (typeof thinking.budget_tokens === 'number')
      return { includeThoughts: true, thinkingBudget: thinking.budget_tokens };
  }
  const reasoning = request.reasoning;
  if (isRecord(reasoning)) {
    const include = reasoning.exclude !== true;
    if (reasoning.enabled === false) return off(model);
    if (typeof reasoning.max_tokens === 'number')
      return { includeThoughts: include, thinkingBudget: reasoning.max_tokens };
    if (typeof reasoning.effort === 'string') return effort(reasoning.effort, 'reasoning.effort', include, model);
    if (reasoning.enabled === true) return { includeThoughts: include, thinkingBudget: -1 };
  }
  if (typeof request.reasoning_effort === 'string') {
    return effort(request.reasoning_effort, 'reasoning_effort', true, model);
  }
  return undefined;
}

function effort(value: string, field: string, include: boolean, model: string): ThinkingConfig {
  if (value === 'none') return off(model);
  const budget = EFFORT_BUDGET[value];
  if (budget === undefined) {
    throw invalid(`${field}: "${value}" is not one of ${Object.keys(EFFORT_BUDGET).join(', ')}, none`);
  }
  return { includeThoughts: include, thinkingBudget: budget };
}

/** Pro models cannot stop thinking and answer a budget of 0 with 400; their smallest budget is 128. */
function off(model: string): ThinkingConfig {
  return { thinkingBudget: /-pro\b/i.test(model) ? 128 : 0 };
}

/** Function tools become one `functionDeclarations` tool; any other tool is taken to be Gemini's (googleSearch…). */
function toolsOf(tools: unknown): Array<Record<string, unknown>> | undefined {
  if (!Array.isArray(tools) || tools.length === 0) return undefined;
  const declarations: Array<Record<string, unknown>> = [];
  const native: Array<Record<string, unknown>> = [];
  for (const [i, tool] of tools.entries()) {
    if (!isRecord(tool)) throw invalid(`tools[${i}] must be an object`);
    if (tool.type !== 'function') {
      const { cache_control: _dropped, ...rest } = tool;
      native.push(rest);
      continue;
    }
    const fn = tool.function;
    if (!isRecord(fn) || typeof fn.name !== 'string') throw invalid(`tools[${i}].function.name must be a string`);
    const declaration: Record<string, unknown> = { name: fn.name };
    if (typeof fn.description === 'string') declaration.description = fn.description;
    // `parametersJsonSchema` takes JSON Schema as written (additionalProperties, $ref, anyOf…), where
    // `parameters` takes only Google's OpenAPI subset and rejects the rest with a 400.
    if (isRecord(fn.parameters)) declaration.parametersJsonSchema = cleanSchema(fn.parameters);
    declarations.push(declaration);
  }
  return declarations.length > 0 ? [{ functionDeclarations: declarations }, ...native] : native;
}

function toolConfigOf(choice: unknown): GeminiRequest['toolConfig'] {
  if (choice === undefined || choice === null) return undefined;
  if (choice === 'auto') return { functionCallingConfig: { mode: 'AUTO' } };
  if (choice === 'required') return { functionCallingConfig: { mode: 'ANY' } };
  if (choice === 'none') return { functionCallingConfig: { mode: 'NONE' } };
  if (isRecord(choice) && choice.type === 'function') {
    const name = isRecord(choice.function) ? choice.function.name : undefined;
    if (typeof name !== 'string') throw invalid('tool_choice.function.name must be a string');
    return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [name] } };
  }
  throw invalid('tool_choice must be "auto", "required", "none" or {type:"function", function:{name}}');
}

/** Keywords whose value is one subschema, a list of them, or a map of names to them. */
const ONE = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);
const LIST = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems', 'items']);
const MAP = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);

/**
 * Removes `$schema` at every level: Gemini answers 400 to it even on the JSON Schema path, while the keywords it
 * does not use are ignored there. Property names are left alone (a property may be called `$schema`).
 *
 * @example cleanSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }) // { type: 'object' }
 */
export function cleanSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue;
    if (LIST.has(key) && Array.isArray(value)) {
      out[key] = value.map((item) => (isRecord(item) ? cleanSchema(item) : item));
    } else if (ONE.has(key) && isRecord(value)) {
      out[key] = cleanSchema(value);
    } else if (MAP.has(key) && isRecord(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [name, isRecord(item) ? cleanSchema(item) : item]),
      );
    } else {
      out[key] = value;
    }
  }
  return out;
}
