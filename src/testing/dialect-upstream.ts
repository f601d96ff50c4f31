/**
 * A fake upstream on a real socket that speaks all three dialects Rung calls: OpenAI (`/v1/chat/completions`,
 * `/v1/embeddings`), Anthropic (`/v1/messages`) and Gemini (`/v1beta/models/{model}:generateContent` and
 * friends). Each model's answer is a function the test writes; the renderers below build the wire bodies
 * the way each provider documents them, so a test reads as "Claude answers with this tool call".
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Dialect = 'openai' | 'anthropic' | 'gemini';

export interface WireAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** SSE events, each already formatted (`data: …` or `event: …\ndata: …`), joined with blank lines. */
  sse?: string[];
}

export interface UpstreamCall {
  dialect: Dialect;
  model: string;
  path: string;
  stream: boolean;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export type DialectHandler = (call: UpstreamCall) => WireAnswer | Promise<WireAnswer>;

export interface DialectUpstream {
  /** Base URLs as each provider's config wants them. */
  openaiURL: string;
  anthropicURL: string;
  geminiURL: string;
  seen: UpstreamCall[];
  close(): Promise<void>;
}

function route(method: string, path: string, body: Record<string, unknown>): Omit<UpstreamCall, 'body' | 'headers'> {
  if (method !== 'POST') return { dialect: 'openai', model: '', path, stream: false };
  const gemini = /^\/v1beta\/models\/([^:]+):(\w+)/.exec(path);
  if (gemini !== null) {
    return {
      dialect: 'gemini',
      model: decodeURIComponent(gemini[1] as string),
      path,
      stream: gemini[2] === 'streamGenerateContent',
    };
  }
  const dialect: Dialect = path.startsWith('/v1/messages') ? 'anthropic' : 'openai';
  return { dialect, model: String(body.model), path, stream: body.stream === true };
}

/**
 * @example
 * const upstream = await startDialectUpstream({ 'claude-x': () => ({ json: anthropicMessage({ text: 'Hi' }) }) });
 */
export async function startDialectUpstream(handlers: Record<string, DialectHandler>): Promise<DialectUpstream> {
  const seen: UpstreamCall[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    const path = (request.url ?? '/').split('?')[0] as string;
    const call: UpstreamCall = { ...route(request.method ?? 'GET', path, body), body, headers: request.headers };
    seen.push(call);
    const handler = handlers[call.model];
    if (handler === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `model ${call.model} not found` } }));
      return;
    }
    const answer = await handler(call);
    if (answer.sse !== undefined) {
      response.writeHead(answer.status ?? 200, { 'content-type': 'text/event-stream', ...answer.headers });
      // One write: the events arrive together, as a fast upstream's often do (tests of held batches rely on it).
      response.end(answer.sse.map((event) => `${event}\n\n`).join(''));
      return;
    }
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    response.end(JSON.stringify(answer.json ?? {}));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    openaiURL: `${origin}/v1`,
    anthropicURL: `${origin}/v1`,
    geminiURL: `${origin}/v1beta`,
    seen,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface ToolCallSpec {
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export interface AnswerSpec {
  text?: string;
  toolCalls?: ToolCallSpec[];
  /** The provider's own finish value; defaults from the content. */
  stop?: string;
  /**
   * Token counts as each dialect reports them. `input` is the whole prompt; `cached` of it was read from the
   * provider's cache and `cacheWrite` written to it (Anthropic reports input_tokens without either).
   */
  usage?: { input: number; output: number; cached?: number; cacheWrite?: number };
}

const event = (type: string, data: unknown) => `event: ${type}\ndata: ${JSON.stringify(data)}`;

export function anthropicMessage(spec: AnswerSpec): Record<string, unknown> {
  const content: unknown[] = [];
  if (spec.text !== undefined) content.push({ type: 'text', text: spec.text });
  for (const call of spec.toolCalls ?? [])
    content.push({ type: 'tool_use', id: call.id, name: call.name, input: call.input });
  return {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: 'claude-fake',
    content,
    stop_reason: spec.stop ?? (spec.toolCalls?.length ? 'tool_use' : 'end_turn'),
    stop_sequence: null,
    usage: {
      input_tokens: (spec.usage?.input ?? 12) - (spec.usage?.cached ?? 0) - (spec.usage?.cacheWrite ?? 0),
      output_tokens: spec.usage?.output ?? 7,
      ...(spec.usage?.cached === undefined ? {} : { cache_read_input_tokens: spec.usage.cached }),
      ...(spec.usage?.cacheWrite === undefined ? {} : { cache_creation_input_tokens: spec.usage.cacheWrite }),
    },
  };
}

export function anthropicEvents(spec: AnswerSpec): string[] {
  const events = [
    event('message_start', {
      type: 'message_start',
      message: { ...anthropicMessage({ ...spec, text: undefined, toolCalls: [] }), content: [], stop_reason: null },
    }),
  ];
  let index = 0;
  if (spec.text !== undefined) {
    events.push(
      event('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } }),
    );
    events.push(event('ping', { type: 'ping' }));
    for (const piece of spec.text.match(/.{1,8}/gs) ?? []) {
      events.push(
        event('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: { type: 'text_delta', text: piece },
        }),
      );
    }
    events.push(event('content_block_stop', { type: 'content_block_stop', index }));
    index++;
  }
  for (const call of spec.toolCalls ?? []) {
    events.push(
      event('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: { type: 'tool_use', id: call.id, name: call.name, input: {} },
      }),
    );
    const json = JSON.stringify(call.input);
    for (const piece of ['', ...(json.match(/.{1,10}/gs) ?? [])]) {
      events.push(
        event('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: { type: 'input_json_delta', partial_json: piece },
        }),
      );
    }
    events.push(event('content_block_stop', { type: 'content_block_stop', index }));
    index++;
  }
  events.push(
    event('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: spec.stop ?? (spec.toolCalls?.length ? 'tool_use' : 'end_turn'), stop_sequence: null },
      usage: { output_tokens: spec.usage?.output ?? 7 },
    }),
  );
  events.push(event('message_stop', { type: 'message_stop' }));
  return events;
}

export function anthropicError(status: number, type: string, message: string): WireAnswer {
  return { status, json: { type: 'error', error: { type, message }, request_id: 'req_fake' } };
}

export function geminiResponse(spec: AnswerSpec): Record<string, unknown> {
  const parts: unknown[] = [];
  if (spec.text !== undefined) parts.push({ text: spec.text });
  for (const call of spec.toolCalls ?? []) parts.push({ functionCall: { name: call.name, args: call.input } });
  return {
    candidates: [
      {
        content: { role: 'model', parts },
        finishReason: spec.stop ?? 'STOP',
        index: 0,
      },
    ],
    usageMetadata: {
      promptTokenCount: spec.usage?.input ?? 12,
      candidatesTokenCount: spec.usage?.output ?? 7,
      totalTokenCount: (spec.usage?.input ?? 12) + (spec.usage?.output ?? 7),
      ...(spec.usage?.cached === undefined ? {} : { cachedContentTokenCount: spec.usage.cached }),
    },
    modelVersion: 'gemini-fake',
  };
}

export function geminiSse(spec: AnswerSpec): string[] {
  const pieces = spec.text?.match(/.{1,8}/gs) ?? [];
  const events: string[] = pieces
    .slice(0, -1)
    .map(
      (piece) =>
        `data: ${JSON.stringify({ candidates: [{ content: { role: 'model', parts: [{ text: piece }] }, index: 0 }] })}`,
    );
  const last = pieces[pieces.length - 1];
  events.push(`data: ${JSON.stringify(geminiResponse({ ...spec, ...(last === undefined ? {} : { text: last }) }))}`);
  return events;
}

export function openAIMessage(spec: AnswerSpec): Record<string, unknown> {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'openai-fake',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: spec.text ?? null,
          ...(spec.toolCalls?.length
            ? {
                tool_calls: spec.toolCalls.map((call) => ({
                  id: call.id,
                  type: 'function',
                  function: { name: call.name, arguments: JSON.stringify(call.input) },
                })),
              }
            : {}),
        },
        finish_reason: spec.stop ?? (spec.toolCalls?.length ? 'tool_calls' : 'stop'),
      },
    ],
    usage: {
      prompt_tokens: spec.usage?.input ?? 12,
      completion_tokens: spec.usage?.output ?? 7,
      total_tokens: (spec.usage?.input ?? 12) + (spec.usage?.output ?? 7),
      ...(spec.usage?.cached === undefined && spec.usage?.cacheWrite === undefined
        ? {}
        : {
            prompt_tokens_details: {
              cached_tokens: spec.usage?.cached ?? 0,
              ...(spec.usage?.cacheWrite === undefined ? {} : { cache_write_tokens: spec.usage.cacheWrite }),
            },
          }),
    },
  };
}

export function openAISse(spec: AnswerSpec): string[] {
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'openai-fake' };
  const data = (delta: unknown, finish: string | null = null) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}`;
  const events = [data({ role: 'assistant', content: '' })];
  for (const piece of spec.text?.match(/.{1,8}/gs) ?? []) events.push(data({ content: piece }));
  (spec.toolCalls ?? []).forEach((call, index) => {
    events.push(
      data({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }),
    );
    events.push(data({ tool_calls: [{ index, function: { arguments: JSON.stringify(call.input) } }] }));
  });
  events.push(data({}, spec.stop ?? (spec.toolCalls?.length ? 'tool_calls' : 'stop')));
  events.push(
    `data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: spec.usage?.input ?? 12, completion_tokens: spec.usage?.output ?? 7, total_tokens: (spec.usage?.input ?? 12) + (spec.usage?.output ?? 7) } })}`,
  );
  events.push('data: [DONE]');
  return events;
}

/** Answers in whichever dialect and mode the call arrived in. */
export function answerAs(spec: AnswerSpec): DialectHandler {
  return (call) => {
    if (call.dialect === 'anthropic')
      return call.stream ? { sse: anthropicEvents(spec) } : { json: anthropicMessage(spec) };
    if (call.dialect === 'gemini') return call.stream ? { sse: geminiSse(spec) } : { json: geminiResponse(spec) };
    return call.stream ? { sse: openAISse(spec) } : { json: openAIMessage(spec) };
  };
}
