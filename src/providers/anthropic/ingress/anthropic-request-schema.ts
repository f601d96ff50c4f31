/**
 * The shape of an Anthropic Messages request as Rung's `/v1/messages` accepts it, checked before any mapping so a
 * bad request is answered with a 400 that names the field and says what to send instead — the same checks
 * Anthropic makes, worded for a person. Unknown fields are tolerated (clients send newer ones) and then dropped by
 * the mapping, because an OpenAI-dialect upstream would reject them.
 */
import { z } from 'zod';
import { formatPath } from '../../../config/load-config.js';
import { RungError } from '../../../spec/errors.js';

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return input.length > 40 ? 'a string' : JSON.stringify(input);
  return typeof input === 'object' ? 'an object' : `${typeof input} ${String(input)}`;
}

/** An error message for a field of the wrong type: says what it must be and what came instead. */
function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `required: ${what}` : `must be ${what}, not ${describe(issue.input)}`;
}

function unknownType(options: string, where: string) {
  return (issue: { input?: unknown; code?: string }) => {
    if (issue.code !== 'invalid_union') return expected(`an object with a "type" (${options})`)(issue);
    const type = (issue.input as { type?: unknown } | undefined)?.type;
    return `${describe(type)} is not ${where}; use one of ${options}`;
  };
}

const cacheControl = z
  .looseObject({
    type: z.literal('ephemeral', { error: 'the only cache_control type is "ephemeral"' }),
    ttl: z.string({ error: expected('a duration such as "5m" or "1h"') }).optional(),
  })
  .nullish();

const text = z.string({ error: expected('a string') });

export const textBlock = z.looseObject({ type: z.literal('text'), text, cache_control: cacheControl });

const base64Source = z.looseObject({
  type: z.literal('base64'),
  media_type: z.string({ error: expected('a media type such as "image/png"') }).min(1),
  data: z.string({ error: expected('base64 data') }).min(1, 'the base64 data is empty'),
});
const urlSource = z.looseObject({
  type: z.literal('url'),
  url: z.string({ error: expected('an http(s) URL') }).min(1, 'the URL is empty'),
});

const imageBlock = z.looseObject({
  type: z.literal('image'),
  source: z.discriminatedUnion('type', [base64Source, urlSource], {
    error: unknownType('"base64", "url"', 'an image source Rung can forward (Files API ids are not supported)'),
  }),
  cache_control: cacheControl,
});

const documentBlock = z.looseObject({
  type: z.literal('document'),
  source: z.discriminatedUnion(
    'type',
    [
      base64Source,
      urlSource,
      z.looseObject({ type: z.literal('text'), data: text }),
      z.looseObject({
        type: z.literal('content'),
        content: z.union([text, z.array(z.discriminatedUnion('type', [textBlock, imageBlock]))]),
      }),
    ],
    { error: unknownType('"base64", "url", "text", "content"', 'a document source Rung can forward') },
  ),
  title: z.string().nullish(),
  cache_control: cacheControl,
});

const toolResultBlock = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: z.string({ error: expected('the id of the tool_use block this answers') }).min(1),
  content: z
    .union([
      text,
      z.array(
        z.discriminatedUnion('type', [textBlock, imageBlock, documentBlock], {
          error: unknownType('"text", "image", "document"', 'a tool_result content block'),
        }),
      ),
    ])
    .optional(),
  is_error: z.boolean({ error: expected('true or false') }).nullish(),
  cache_control: cacheControl,
});

const toolUseBlock = z.looseObject({
  type: z.literal('tool_use'),
  id: z.string({ error: expected('the tool call id, e.g. "toolu_01..."') }).min(1),
  name: z.string({ error: expected("the tool's name") }).min(1),
  input: z.record(z.string(), z.unknown(), { error: expected('an object of tool arguments') }),
  cache_control: cacheControl,
});

const thinkingBlock = z.looseObject({
  type: z.literal('thinking'),
  thinking: text,
  signature: z.string({ error: expected('the signature the thinking block came with') }),
});

const redactedThinkingBlock = z.looseObject({
  type: z.literal('redacted_thinking'),
  data: z.string({ error: expected('the encrypted data the block came with') }),
});

const userMessage = z.looseObject({
  role: z.literal('user'),
  content: z.union([
    text,
    z.array(
      z.discriminatedUnion('type', [textBlock, imageBlock, documentBlock, toolResultBlock], {
        error: unknownType('"text", "image", "document", "tool_result"', 'a block a user message may hold'),
      }),
    ),
  ]),
});

const assistantMessage = z.looseObject({
  role: z.literal('assistant'),
  content: z.union([
    text,
    z.array(
      z.discriminatedUnion('type', [textBlock, toolUseBlock, thinkingBlock, redactedThinkingBlock], {
        error: unknownType(
          '"text", "tool_use", "thinking", "redacted_thinking"',
          'a block an assistant message may hold',
        ),
      }),
    ),
  ]),
});

const tool = z.looseObject({
  type: z
    .literal('custom', {
      error: (issue) =>
        `${describe(issue.input)} is a server tool, which Rung's /v1/messages cannot route; define a custom tool (name, description, input_schema)`,
    })
    .nullish(),
  name: z.string({ error: expected('a tool name') }).regex(/^[a-zA-Z0-9_-]{1,128}$/, {
    error: 'must be 1-128 letters, digits, "_" or "-"',
  }),
  description: z.string({ error: expected('a string') }).optional(),
  input_schema: z.record(z.string(), z.unknown(), {
    error: expected('a JSON Schema object, e.g. {"type":"object","properties":{...}}'),
  }),
  cache_control: cacheControl,
});

const parallel = z.boolean({ error: expected('true or false') }).optional();
const toolChoice = z.discriminatedUnion(
  'type',
  [
    z.looseObject({ type: z.literal('auto'), disable_parallel_tool_use: parallel }),
    z.looseObject({ type: z.literal('any'), disable_parallel_tool_use: parallel }),
    z.looseObject({
      type: z.literal('tool'),
      name: z.string({ error: expected('the name of one of the tools') }).min(1),
      disable_parallel_tool_use: parallel,
    }),
    z.looseObject({ type: z.literal('none') }),
  ],
  { error: unknownType('"auto", "any", "tool", "none"', 'a tool_choice type') },
);

const thinking = z.discriminatedUnion(
  'type',
  [
    z.looseObject({
      type: z.literal('enabled'),
      budget_tokens: z
        .number({ error: expected('a whole number of tokens, at least 1024') })
        .int('must be a whole number of tokens')
        .min(1024, 'must be at least 1024'),
    }),
    z.looseObject({ type: z.literal('disabled') }),
    z.looseObject({ type: z.literal('adaptive') }),
    z.looseObject({ type: z.literal('between_tools') }),
  ],
  { error: unknownType('"enabled", "disabled", "adaptive", "between_tools"', 'a thinking type') },
);

const unit = (field: string) =>
  z
    .number({ error: expected('a number from 0 to 1') })
    .min(0, `${field} must be from 0 to 1`)
    .max(1, `${field} must be from 0 to 1`)
    .nullish();

export const anthropicRequestSchema = z.looseObject({
  model: z.string({ error: expected('a route or model name, e.g. "chat"') }).min(1, 'name a route or a model'),
  max_tokens: z
    .number({ error: expected('the most tokens the answer may use, a positive whole number such as 1024') })
    .int('must be a whole number of tokens')
    .positive('must be at least 1'),
  messages: z
    .array(
      z.discriminatedUnion('role', [userMessage, assistantMessage], {
        error: (issue) =>
          issue.code === 'invalid_union'
            ? `${describe((issue.input as { role?: unknown }).role)} is not allowed; use "user" or "assistant" (put instructions in the top-level "system" field)`
            : expected('a message object {role, content}')(issue),
      }),
      { error: expected('a list of messages') },
    )
    .min(1, 'send at least one message'),
  system: z.union([text, z.array(textBlock)], { error: expected('a string or a list of text blocks') }).nullish(),
  stream: z.boolean({ error: expected('true or false') }).nullish(),
  stop_sequences: z.array(text, { error: expected('a list of strings') }).nullish(),
  temperature: unit('temperature'),
  top_p: unit('top_p'),
  top_k: z
    .number({ error: expected('a whole number') })
    .int('must be a whole number')
    .nonnegative('must not be negative')
    .nullish(),
  tools: z.array(tool, { error: expected('a list of tools') }).nullish(),
  tool_choice: toolChoice.nullish(),
  thinking: thinking.nullish(),
  metadata: z
    .looseObject({ user_id: z.string({ error: expected('a string') }).nullish() }, { error: expected('an object') })
    .nullish(),
});

export type AnthropicRequestInput = z.output<typeof anthropicRequestSchema>;
export type UserBlock = Exclude<z.output<typeof userMessage>['content'], string>[number];
export type AssistantBlock = Exclude<z.output<typeof assistantMessage>['content'], string>[number];
export type TextBlockInput = z.output<typeof textBlock>;
export type ImageBlockInput = z.output<typeof imageBlock>;
export type DocumentBlockInput = z.output<typeof documentBlock>;
export type ToolResultBlockInput = z.output<typeof toolResultBlock>;
export type ToolInput = z.output<typeof tool>;

type Issue = z.core.$ZodIssue;

/**
 * The problems worth showing for one issue. A union (string | list of blocks) hides where the list went wrong
 * behind "invalid input"; when exactly one branch matched the value's type, its own issues are the real ones.
 */
function explain(issue: Issue, base: PropertyKey[]): string[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const matched = issue.errors.filter(
      (branch) => !branch.every((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
    );
    if (matched.length === 1) return (matched[0] ?? []).flatMap((inner) => explain(inner, path));
  }
  return [`${formatPath(path)}: ${issue.message}`];
}

/**
 * Checks a `/v1/messages` body and returns it typed; throws RUNG_INVALID_REQUEST naming each bad field.
 *
 * @example
 * parseAnthropicRequest({ model: 'chat', messages: [] });
 * // throws: invalid request: max_tokens: required: the most tokens ...; messages: send at least one message
 */
export function parseAnthropicRequest(body: unknown): AnthropicRequestInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new RungError('RUNG_INVALID_REQUEST', 'the body must be a JSON object (an Anthropic Messages request)');
  }
  const parsed = anthropicRequestSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => explain(issue, [])).slice(0, 5);
    throw new RungError('RUNG_INVALID_REQUEST', `invalid request: ${problems.join('; ')}`, { details: { problems } });
  }
  const request = parsed.data;
  const choice = request.tool_choice;
  if (choice?.type === 'tool' && !(request.tools ?? []).some((tool) => tool.name === choice.name)) {
    const known = (request.tools ?? []).map((tool) => tool.name).join(', ') || 'none';
    throw new RungError(
      'RUNG_INVALID_REQUEST',
      `invalid request: tool_choice.name: "${choice.name}" is not one of the tools (${known}); name a tool from "tools"`,
    );
  }
  return request;
}
