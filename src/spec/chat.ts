/**
 * The canonical chat shapes Rung speaks internally. They are the OpenAI Chat Completions wire shapes,
 * because that is what most clients and most upstreams speak: an OpenAI-dialect request can travel
 * through Rung with its unknown fields intact and no translation at all.
 */

export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';

export interface TextPart {
  type: 'text';
  text: string;
  [extra: string]: unknown;
}

export interface ImagePart {
  type: 'image_url';
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
  [extra: string]: unknown;
}

export type ContentPart = TextPart | ImagePart | { type: string; [extra: string]: unknown };

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
  /** e.g. `cache_control` carried from an Anthropic `tool_use` block. */
  [extra: string]: unknown;
}

export interface ChatMessage {
  role: Role;
  content?: string | ContentPart[] | null;
  name?: string;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  [extra: string]: unknown;
}

/** A Chat Completions request as a client sends it. Unknown fields are kept and passed upstream. */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean; [extra: string]: unknown } | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  stop?: string | string[] | null;
  tools?: unknown[];
  tool_choice?: unknown;
  response_format?: unknown;
  user?: string;
  metadata?: Record<string, string>;
  [extra: string]: unknown;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number; [extra: string]: unknown };
  completion_tokens_details?: { reasoning_tokens?: number; [extra: string]: unknown };
  [extra: string]: unknown;
}

export interface ChatChoice {
  index: number;
  message: ChatMessage;
  finish_reason: string | null;
  logprobs?: unknown;
  [extra: string]: unknown;
}

export interface ChatResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: ChatChoice[];
  usage?: Usage;
  [extra: string]: unknown;
}

export interface ChunkToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface ChunkChoice {
  index: number;
  delta: {
    role?: Role;
    content?: string | null;
    tool_calls?: ChunkToolCallDelta[];
    refusal?: string | null;
    [extra: string]: unknown;
  };
  finish_reason: string | null;
  logprobs?: unknown;
  [extra: string]: unknown;
}

export interface ChatChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: ChunkChoice[];
  usage?: Usage | null;
  [extra: string]: unknown;
}

/** Finish reasons normalised, with the provider's own value kept beside. */
export type UnifiedFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'error' | 'other';

export interface FinishReason {
  unified: UnifiedFinishReason;
  raw: string | null;
}
