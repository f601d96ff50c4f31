/**
 * Builds the upstream body. The canonical request is already OpenAI-shaped, so unknown client fields pass
 * through untouched; only streaming flags, route extras and the output-cap field name are set here.
 */

import type { ChatMessage, ChatRequest } from '../../spec/chat.js';
import { RungError } from '../../spec/errors.js';
import type { ProviderCall } from '../../spec/provider.js';

export function toOpenAIBody(
  call: ProviderCall,
  stream: boolean,
  maxTokensField: 'max_tokens' | 'max_completion_tokens',
  strict = false,
): string {
  const body: Record<string, unknown> = {
    ...(strict ? stripExtensions(call.request) : call.request),
    ...call.extraBody,
  };
  if (stream) {
    body.stream = true;
    // Always ask for usage: it prices the call. The core hides the usage chunk from clients that did not ask.
    body.stream_options = { ...(call.request.stream_options ?? {}), include_usage: true };
  } else {
    // Cleared, not deleted (JSON.stringify leaves both out): `delete` would make `body` a slow dictionary.
    if (body.stream !== undefined) body.stream = undefined;
    if (body.stream_options !== undefined) body.stream_options = undefined;
  }
  // The core writes the cap as max_tokens; move it where this vendor wants it, unless the client chose.
  if (
    maxTokensField === 'max_completion_tokens' &&
    body.max_tokens !== undefined &&
    body.max_completion_tokens === undefined
  ) {
    body.max_completion_tokens = body.max_tokens;
    body.max_tokens = undefined;
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

/** Top-level fields Rung's canonical form may carry that OpenAI's own API does not accept. */
const FOREIGN_FIELDS = ['thinking', 'top_k', 'reasoning'] as const;
/** The same, on a message. */
const FOREIGN_MESSAGE_FIELDS = ['reasoning', 'reasoning_details', 'reasoning_content', 'is_error', 'cache_control'];

/**
 * The request without the canonical extensions a strict vendor rejects: prompt-cache markers (on parts, tools and
 * tool calls), thinking carried back from another provider, Anthropic-only parameters. OpenRouter-style
 * `reasoning.effort` becomes OpenAI's `reasoning_effort`. The client's request is not mutated.
 */
export function stripExtensions(request: ChatRequest): ChatRequest {
  const out: ChatRequest = { ...request };
  const reasoning = request.reasoning as { effort?: unknown } | undefined;
  for (const field of FOREIGN_FIELDS) delete out[field];
  if (typeof reasoning?.effort === 'string' && out.reasoning_effort === undefined) {
    out.reasoning_effort = reasoning.effort;
  }
  if (Array.isArray(request.tools)) out.tools = request.tools.map(withoutCacheControl);
  out.messages = request.messages.map((message) => {
    const clean: ChatMessage = { ...message };
    for (const field of FOREIGN_MESSAGE_FIELDS) delete clean[field];
    if (Array.isArray(message.content)) clean.content = message.content.map(withoutCacheControl);
    if (Array.isArray(message.tool_calls)) clean.tool_calls = message.tool_calls.map(withoutCacheControl);
    return clean;
  });
  return out;
}

function withoutCacheControl<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !('cache_control' in value)) return value;
  const { cache_control: _dropped, ...rest } = value as Record<string, unknown>;
  return rest as T;
}
