/**
 * Gemini `GenerateContentResponse` → canonical (OpenAI-shaped) response, checking the shape as it goes: a body
 * that is not the JSON it should be is a `malformed` outcome, not a crash further down. The finish-reason, usage
 * and part rules here are docs/dialects.md's, shared with the stream mapper.
 */
import { syntheticIdPrefix } from '../../spec/answer.js';
import type { ChatMessage, ChatResponse, FinishReason, ToolCall, Usage } from '../../spec/chat.js';
import { AttemptFailure } from '../../spec/errors.js';
import type { ProviderResult, TokenUsage } from '../../spec/provider.js';
import { errorPayloadFailure } from './gemini-errors.js';
import { isRecord, REASONING_FORMAT } from './to-gemini-contents.js';

/** Finish reasons that mean a filter stopped the answer (the prompt, the output, or a generated image). */
const FILTERED = new Set([
  'SAFETY',
  'RECITATION',
  'LANGUAGE',
  'OTHER',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
  'IMAGE_OTHER',
]);

/** Finish reasons that mean the model failed at a tool or image call: no answer, but no filter either. */
const FAILED = new Set(['MALFORMED_FUNCTION_CALL', 'UNEXPECTED_TOOL_CALL', 'TOO_MANY_TOOL_CALLS', 'NO_IMAGE']);

/**
 * Gemini says STOP after function calls too; the canonical side says `tool_calls` then.
 *
 * @example mapFinishReason('SAFETY', false) // { unified: 'content_filter', raw: 'SAFETY' }
 */
export function mapFinishReason(raw: unknown, calledTools: boolean): FinishReason | null {
  if (typeof raw !== 'string' || raw === '') return null;
  if (raw === 'STOP') return { unified: calledTools ? 'tool_calls' : 'stop', raw };
  if (raw === 'MAX_TOKENS') return { unified: 'length', raw };
  if (FILTERED.has(raw)) return { unified: 'content_filter', raw };
  if (FAILED.has(raw)) return { unified: 'error', raw };
  return { unified: 'other', raw };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Gemini counts thinking apart from the answer (`thoughtsTokenCount`) but bills it as output; its prompt count
 * already includes cached tokens, and search-tool prompts (`toolUsePromptTokenCount`) are billed as input.
 */
export function tokenUsage(meta: unknown): TokenUsage | null {
  if (!isRecord(meta)) return null;
  const thoughts = count(meta.thoughtsTokenCount);
  return {
    input: count(meta.promptTokenCount) + count(meta.toolUsePromptTokenCount),
    output: count(meta.candidatesTokenCount) + thoughts,
    cachedInput: count(meta.cachedContentTokenCount),
    cacheWrite: 0,
    reasoning: thoughts,
    estimated: false,
  };
}

export function canonicalUsage(tokens: TokenUsage): Usage {
  return {
    prompt_tokens: tokens.input,
    completion_tokens: tokens.output,
    total_tokens: tokens.input + tokens.output,
    prompt_tokens_details: { cached_tokens: tokens.cachedInput },
    completion_tokens_details: { reasoning_tokens: tokens.reasoning },
  };
}

export function malformed(providerName: string, what: string, cause?: unknown): AttemptFailure {
  return new AttemptFailure('malformed', `${providerName} sent a malformed ${what}`, {
    upstreamStatus: 200,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** What one candidate's parts add up to. */
export interface CandidateParts {
  text: string;
  reasoning: string;
  calls: ToolCall[];
  /** Thought signatures, as reasoning details keyed by the tool call they rode on. */
  details: Array<Record<string, unknown>>;
}

/**
 * Reads a candidate's `content.parts`. `seen` numbers calls and details across the events of one stream, so
 * synthesised ids (`call_<random>_<n>`) and detail indexes stay unique.
 */
export function readCandidate(
  candidate: Record<string, unknown>,
  providerName: string,
  seen: { calls: number; details: number; idPrefix: string } = { calls: 0, details: 0, idPrefix: syntheticIdPrefix() },
): CandidateParts {
  const out: CandidateParts = { text: '', reasoning: '', calls: [], details: [] };
  const content = candidate.content;
  if (content === undefined || content === null) return out;
  if (!isRecord(content)) throw malformed(providerName, 'candidate (content is not an object)');
  const parts = content.parts ?? [];
  if (!Array.isArray(parts)) throw malformed(providerName, 'candidate (parts is not a list)');
  for (const part of parts) {
    if (!isRecord(part)) throw malformed(providerName, 'content part');
    if (typeof part.text === 'string') {
      if (part.thought === true) out.reasoning += part.text;
      else out.text += part.text;
      continue;
    }
    const call = part.functionCall;
    if (call === undefined) continue; // executableCode, inlineData…: no canonical form
    if (!isRecord(call) || typeof call.name !== 'string') throw malformed(providerName, 'functionCall (no name)');
    const id = typeof call.id === 'string' && call.id !== '' ? call.id : `${seen.idPrefix}${seen.calls}`;
    seen.calls++;
    out.calls.push({ id, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.args ?? {}) } });
    if (typeof part.thoughtSignature === 'string') {
      const index = seen.details++;
      out.details.push({
        type: 'reasoning.encrypted',
        data: part.thoughtSignature,
        id,
        format: REASONING_FORMAT,
        index,
      });
    }
  }
  return out;
}

/** A prompt blocked before any candidate was made: a refusal, whatever the HTTP status said. */
export function promptBlocked(body: Record<string, unknown>, providerName: string): AttemptFailure | null {
  const feedback = body.promptFeedback;
  if (!isRecord(feedback) || typeof feedback.blockReason !== 'string') return null;
  const why = typeof feedback.blockReasonMessage === 'string' ? ` (${feedback.blockReasonMessage})` : '';
  return new AttemptFailure('silent_refusal', `${providerName} blocked the prompt: ${feedback.blockReason}${why}`, {
    upstreamStatus: 200,
  });
}

/**
 * Parses a 200 body. `raw` is not set on the result: the text is Gemini's, not the canonical JSON.
 *
 * @example
 * const result = parseGenerateContent('{"candidates":[{"content":{"parts":[{"text":"Hi"}]},...}]}', 'gemini', 'gemini-2.5-flash');
 */
export function parseGenerateContent(text: string, providerName: string, model: string): ProviderResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw malformed(providerName, 'JSON body', error);
  }
  if (!isRecord(body)) throw malformed(providerName, 'body (not an object)');
  if (body.error !== undefined) throw errorPayloadFailure(text, providerName, 'with status 200');
  const candidates = body.candidates ?? [];
  if (!Array.isArray(candidates)) throw malformed(providerName, 'body (candidates is not a list)');
  const usage = tokenUsage(body.usageMetadata);
  const response: ChatResponse = {
    id: typeof body.responseId === 'string' ? body.responseId : '',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: typeof body.modelVersion === 'string' ? body.modelVersion : model,
    choices: [],
  };
  if (usage !== null) response.usage = canonicalUsage(usage);
  const candidate: unknown = candidates[0];
  if (candidate === undefined) {
    const blocked = promptBlocked(body, providerName);
    if (blocked !== null) throw blocked;
    return { response, finish: { unified: 'other', raw: null }, usage, status: 200 };
  }
  if (!isRecord(candidate)) throw malformed(providerName, 'candidate (not an object)');
  const parts = readCandidate(candidate, providerName);
  const message: ChatMessage = { role: 'assistant', content: parts.text === '' ? null : parts.text };
  if (parts.calls.length > 0) message.tool_calls = parts.calls;
  if (parts.reasoning !== '') message.reasoning = parts.reasoning;
  if (parts.details.length > 0) message.reasoning_details = parts.details;
  const finish = mapFinishReason(candidate.finishReason, parts.calls.length > 0) ?? { unified: 'other', raw: null };
  response.choices.push({
    index: 0,
    message,
    finish_reason: finish.unified,
    native_finish_reason: finish.raw,
    logprobs: null,
  });
  return { response, finish, usage, status: 200 };
}
