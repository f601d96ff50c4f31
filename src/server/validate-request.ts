/**
 * Checks a Chat Completions body before any upstream sees it, with errors that name the bad field.
 * Unknown fields are kept: they pass through to OpenAI-dialect upstreams.
 */
import { z } from 'zod';
import { formatPath } from '../config/load-config.js';
import type { ChatRequest } from '../spec/chat.js';
import type { EmbeddingRequest } from '../spec/embeddings.js';
import { RungError } from '../spec/errors.js';

const textPart = z.looseObject({ type: z.literal('text'), text: z.string() });
const imagePart = z.looseObject({
  type: z.literal('image_url'),
  image_url: z.looseObject({ url: z.string().min(1), detail: z.enum(['auto', 'low', 'high']).optional() }),
});
const otherPart = z.looseObject({ type: z.string().min(1) });
const part = z.union([textPart, imagePart, otherPart]);

const toolCall = z.looseObject({
  id: z.string(),
  type: z.literal('function'),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

export const messageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(part), z.null()]).optional(),
  name: z.string().optional(),
  tool_calls: z.array(toolCall).optional(),
  tool_call_id: z.string().optional(),
});

const tokens = z.number().int().positive().nullish();

export const chatRequestSchema = z.looseObject({
  model: z.string().min(1, 'name a route or a model, e.g. "chat"'),
  messages: z.array(messageSchema).min(1, 'send at least one message'),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: tokens,
  max_completion_tokens: tokens,
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  n: z.literal(1, 'Rung returns one choice; n must be 1').nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  tools: z.array(z.looseObject({ type: z.string() })).optional(),
  tool_choice: z.unknown().optional(),
  response_format: z.looseObject({ type: z.string() }).nullish(),
  user: z.string().optional(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

export const completeRequestSchema = z.strictObject({
  messages: z.array(messageSchema).min(1, 'send at least one message'),
  primary: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  max_tokens: tokens,
  temperature: z.number().min(0).max(2).nullish(),
});

const tokenIds = z.array(z.number().int().nonnegative()).min(1, 'a token list needs at least one token id');

/** OpenAI's own limit: 2048 inputs per request. */
export const embeddingRequestSchema = z.looseObject({
  model: z.string().min(1, 'name an embedding route or model'),
  input: z.union([
    z.string().min(1, 'the input text is empty'),
    z.array(z.string().min(1, 'an input text is empty')).min(1, 'send at least one input').max(2048),
    tokenIds,
    z.array(tokenIds).min(1, 'send at least one input').max(2048),
  ]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().positive().optional(),
  user: z.string().optional(),
});

export type CompleteRequest = z.output<typeof completeRequestSchema>;

/**
 * @example
 * const request = validate(chatRequestSchema, JSON.parse(body)) as ChatRequest;
 */
export function validate<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new RungError('RUNG_INVALID_REQUEST', 'the body must be a JSON object');
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new RungError('RUNG_INVALID_REQUEST', `invalid request: ${problems.join('; ')}`, { details: { problems } });
}

export function validateChatRequest(body: unknown): ChatRequest {
  return validate(chatRequestSchema, body) as ChatRequest;
}

export function validateEmbeddingRequest(body: unknown): EmbeddingRequest {
  return validate(embeddingRequestSchema, body) as EmbeddingRequest;
}
