/**
 * The official Anthropic SDK against what the ingress functions write, over a real socket: a tiny server answers
 * with the encoder's SSE (one write per event, as a proxy would send them) or with canonicalToAnthropic's JSON.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatChunk, ChatResponse, ChunkChoice } from '../../../spec/chat.js';
import type { TokenUsage } from '../../../spec/provider.js';
import { anthropicErrorBody } from './anthropic-error-body.js';
import { createAnthropicEncoder } from './anthropic-events.js';
import { anthropicToCanonical } from './from-anthropic-request.js';
import { canonicalToAnthropic } from './to-anthropic-response.js';

type Answer = { sse: string[] } | { status: number; json: unknown };

let server: Server;
let client: Anthropic;
let answer: Answer = { sse: [] };
let lastBody: unknown;

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (piece: Buffer) => {
      text += piece.toString();
    });
    request.on('end', async () => {
      lastBody = JSON.parse(text);
      if ('json' in answer) {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.json));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const event of answer.sse) {
        response.write(event);
        await new Promise((resolve) => setImmediate(resolve));
      }
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new Anthropic({ apiKey: 'test-key', baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function chunk(
  delta: ChunkChoice['delta'],
  finish: string | null = null,
  extra: Record<string, unknown> = {},
): ChatChunk {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta, finish_reason: finish, ...extra }],
  };
}

const USAGE: TokenUsage = { input: 500, output: 42, cachedInput: 300, cacheWrite: 100, reasoning: 0, estimated: false };

/** Splits an encoder's output into its events, so the server writes them one by one. */
function encode(chunks: ChatChunk[], finish: 'stop' | 'tool_calls', usage: TokenUsage | null): string[] {
  const encoder = createAnthropicEncoder({ id: 'turn-7', model: 'claude-route' });
  const text =
    chunks.map((part) => encoder.chunk(part)).join('') +
    encoder.end({ finish: { unified: finish, raw: finish }, usage, extra: { rung: { model: 'gpt', attempt: 1 } } });
  return text.split(/(?<=\n\n)/);
}

const TOOL_CHUNKS: ChatChunk[] = [
  chunk({ role: 'assistant', content: '' }),
  chunk({ content: 'Let me ' }),
  chunk({ content: 'check.' }),
  chunk({
    tool_calls: [{ index: 0, id: 'call_w', type: 'function', function: { name: 'get_weather', arguments: '' } }],
  }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris","unit":"celsius"}' } }] }),
  chunk({
    tool_calls: [{ index: 1, id: 'call_t', type: 'function', function: { name: 'get_time', arguments: '{"zo' } }],
  }),
  chunk({ tool_calls: [{ index: 1, function: { arguments: 'ne":"Europe/Paris"}' } }] }),
  chunk({}, 'tool_calls'),
  { ...chunk({}), choices: [], usage: { prompt_tokens: 500, completion_tokens: 42, total_tokens: 542 } },
];

const PARAMS = {
  model: 'chat',
  max_tokens: 256,
  messages: [{ role: 'user' as const, content: 'Weather and time in Paris?' }],
};

describe('the Anthropic SDK reads what the ingress writes', () => {
  it('messages.stream: text then two parallel tool calls with split arguments', async () => {
    answer = { sse: encode(TOOL_CHUNKS, 'tool_calls', USAGE) };
    const stream = client.messages.stream(PARAMS);
    const texts: string[] = [];
    stream.on('text', (piece) => texts.push(piece));
    const message = await stream.finalMessage();
    expect(texts).toEqual(['Let me ', 'check.']);
    expect(message.id).toBe('msg_turn-7');
    expect(message.model).toBe('claude-route');
    expect(message.content).toEqual([
      { type: 'text', text: 'Let me check.' },
      { type: 'tool_use', id: 'call_w', name: 'get_weather', input: { city: 'Paris', unit: 'celsius' } },
      { type: 'tool_use', id: 'call_t', name: 'get_time', input: { zone: 'Europe/Paris' } },
    ]);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.stop_sequence).toBeNull();
    expect(message.usage).toMatchObject({
      input_tokens: 100,
      output_tokens: 42,
      cache_read_input_tokens: 300,
      cache_creation_input_tokens: 100,
    });
  });

  it('messages.create({ stream: true }): raw events in order, with the rung report on message_delta', async () => {
    answer = { sse: encode(TOOL_CHUNKS, 'tool_calls', USAGE) };
    const stream = await client.messages.create({ ...PARAMS, stream: true });
    const seen: string[] = [];
    let report: unknown;
    for await (const event of stream) {
      seen.push(event.type === 'content_block_start' ? `start:${event.content_block.type}` : event.type);
      if (event.type === 'message_delta') report = (event as unknown as { rung: unknown }).rung;
    }
    expect(seen.filter((type) => type.startsWith('start:'))).toEqual([
      'start:text',
      'start:tool_use',
      'start:tool_use',
    ]);
    expect(seen.at(0)).toBe('message_start');
    expect(seen.slice(-2)).toEqual(['message_delta', 'message_stop']);
    expect(report).toEqual({ model: 'gpt', attempt: 1 });
  });

  it('messages.stream: interleaved argument pieces of two calls still land in their own blocks', async () => {
    const call = (index: number, fields: Record<string, unknown>) => chunk({ tool_calls: [{ index, ...fields }] });
    answer = {
      sse: encode(
        [
          call(0, { id: 'call_a', function: { name: 'f', arguments: '{"x":' } }),
          call(1, { id: 'call_b', function: { name: 'g', arguments: '{"y":' } }),
          call(0, { function: { arguments: '1}' } }),
          call(1, { function: { arguments: '2}' } }),
        ],
        'tool_calls',
        null,
      ),
    };
    const message = await client.messages.stream(PARAMS).finalMessage();
    expect(message.content).toEqual([
      { type: 'tool_use', id: 'call_a', name: 'f', input: { x: 1 } },
      { type: 'tool_use', id: 'call_b', name: 'g', input: { y: 2 } },
    ]);
  });

  it('messages.stream: thinking with its signature, then text', async () => {
    const detail = (fields: Record<string, unknown>) => ({
      type: 'reasoning.text',
      format: 'anthropic-claude-v1',
      index: 0,
      ...fields,
    });
    answer = {
      sse: encode(
        [
          chunk({ role: 'assistant', reasoning_details: [detail({ text: '27 * 453 ' })] }),
          chunk({ reasoning_details: [detail({ text: '= 12,231' })] }),
          chunk({ reasoning_details: [detail({ text: '', signature: 'EqQBCgIYAhIM' })] }),
          chunk({ content: '12,231' }, 'stop', { native_finish_reason: 'end_turn' }),
        ],
        'stop',
        null,
      ),
    };
    const message = await client.messages.stream(PARAMS).finalMessage();
    expect(message.content).toEqual([
      { type: 'thinking', thinking: '27 * 453 = 12,231', signature: 'EqQBCgIYAhIM' },
      { type: 'text', text: '12,231' },
    ]);
    expect(message.stop_reason).toBe('end_turn');
  });

  it('raises the error event as an APIError carrying the Anthropic type', async () => {
    const encoder = createAnthropicEncoder({ id: 'x', model: 'm' });
    answer = {
      sse: [encoder.chunk(chunk({ content: 'partial' })), encoder.errorEvent('overloaded_error', 'Overloaded')],
    };
    const failure = await client.messages
      .stream(PARAMS)
      .finalMessage()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Anthropic.APIError);
    expect((failure as { error: unknown }).error).toMatchObject({
      error: { type: 'overloaded_error', message: 'Overloaded' },
    });
  });

  it('messages.create: a canonical response translated back', async () => {
    const response: ChatResponse = {
      id: 'chatcmpl-9',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4o-mini',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: 'Checking.',
            tool_calls: [
              { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 30, completion_tokens: 9, total_tokens: 39 },
    };
    answer = { status: 200, json: canonicalToAnthropic(response, 'chat') };
    const message = await client.messages.create(PARAMS);
    expect(message.content).toEqual([
      { type: 'text', text: 'Checking.' },
      { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Oslo' } },
    ]);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.usage.input_tokens).toBe(30);
  });

  it('raises error bodies as the matching SDK exception', async () => {
    answer = { status: 429, json: anthropicErrorBody(429, 'slow down', 'req_1') };
    const failure = await client.messages.create(PARAMS).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Anthropic.RateLimitError);
    expect((failure as { error: unknown }).error).toEqual({
      type: 'error',
      error: { type: 'rate_limit_error', message: 'slow down' },
      request_id: 'req_1',
    });
  });

  it('what the SDK sends for a tool loop maps to a precise canonical request', async () => {
    const empty: ChatResponse = { id: 'msg_1', object: 'chat.completion', created: 1, model: 'm', choices: [] };
    answer = { status: 200, json: canonicalToAnthropic(empty, 'chat') };
    await client.messages.create({
      ...PARAMS,
      system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }],
      tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      messages: [
        { role: 'user', content: 'Weather in Oslo?' },
        {
          role: 'assistant',
          content: [{ type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Oslo' } }],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_1', content: '4C, rain' }] },
      ],
    });
    expect(anthropicToCanonical(lastBody)).toEqual({
      model: 'chat',
      max_tokens: 256,
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
        },
      ],
      tool_choice: 'required',
      parallel_tool_calls: false,
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }] },
        { role: 'user', content: 'Weather in Oslo?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '4C, rain' },
      ],
    });
  });
});
