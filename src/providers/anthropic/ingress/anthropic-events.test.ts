import { describe, expect, it } from 'vitest';
import type { ChatChunk, ChunkChoice } from '../../../spec/chat.js';
import type { TokenUsage } from '../../../spec/provider.js';
import { anthropicErrorEvent, createAnthropicEncoder } from './anthropic-events.js';

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

const USAGE: TokenUsage = {
  input: 500,
  output: 42,
  cachedInput: 300,
  cacheWrite: 100,
  reasoning: 0,
  estimated: false,
};

/** Text, then two parallel tool calls whose arguments arrive split, as OpenAI streams them. */
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

function parseEvents(sse: string): Array<{ event: string; data: Record<string, unknown> }> {
  return sse
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      const [eventLine, dataLine, ...rest] = block.split('\n');
      expect(rest).toEqual([]);
      const event = eventLine?.replace(/^event: /, '') ?? '';
      const data = JSON.parse(dataLine?.replace(/^data: /, '') ?? '') as Record<string, unknown>;
      expect(data.type).toBe(event);
      return { event, data };
    });
}

describe('createAnthropicEncoder', () => {
  it('encodes text then two parallel tool calls as contiguous blocks', () => {
    const encoder = createAnthropicEncoder({ id: 'turn-1', model: 'claude-route' });
    const outputs = TOOL_CHUNKS.map((part) => encoder.chunk(part));
    expect(outputs.at(-1)).toBe(''); // the usage-only chunk
    const sse =
      outputs.join('') +
      encoder.end({
        finish: { unified: 'tool_calls', raw: 'tool_calls' },
        usage: USAGE,
        extra: { rung: { attempt: 0 } },
      });
    expect(parseEvents(sse).map(({ data }) => data)).toEqual([
      {
        type: 'message_start',
        message: {
          id: 'msg_turn-1',
          type: 'message',
          role: 'assistant',
          model: 'claude-route',
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 },
        },
      },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Let me ' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'check.' } },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'call_w', name: 'get_weather', input: {} },
      },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"city":' } },
      {
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '"Paris","unit":"celsius"}' },
      },
      { type: 'content_block_stop', index: 1 },
      {
        type: 'content_block_start',
        index: 2,
        content_block: { type: 'tool_use', id: 'call_t', name: 'get_time', input: {} },
      },
      { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{"zo' } },
      {
        type: 'content_block_delta',
        index: 2,
        delta: { type: 'input_json_delta', partial_json: 'ne":"Europe/Paris"}' },
      },
      { type: 'content_block_stop', index: 2 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null },
        usage: { input_tokens: 100, output_tokens: 42, cache_read_input_tokens: 300, cache_creation_input_tokens: 100 },
        rung: { attempt: 0 },
      },
      { type: 'message_stop' },
    ]);
  });

  it('emits nothing for a usage-only first chunk, and a full empty message when nothing came', () => {
    const encoder = createAnthropicEncoder({ id: 'msg_x', model: 'm' });
    expect(encoder.chunk({ ...chunk({}), choices: [] })).toBe('');
    const events = parseEvents(encoder.end({ finish: null, usage: null }));
    expect(events.map(({ event }) => event)).toEqual(['message_start', 'message_delta', 'message_stop']);
    expect(events[1]?.data).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 0 },
    });
    expect(encoder.end({ finish: null, usage: null })).toBe('');
  });

  it('tolerates absent roles, null content and tool names that arrive after the id', () => {
    const encoder = createAnthropicEncoder({ id: 'x', model: 'm' });
    const sse = [
      chunk({ content: null }),
      chunk({ tool_calls: [{ index: 3, id: 'call_late', function: { arguments: '{"a"' } }] }),
      chunk({ tool_calls: [{ index: 3, function: { name: 'late_name', arguments: ':1}' } }] }),
      chunk({ tool_calls: [{ index: 4, function: { arguments: '{}' } }] }),
    ]
      .map((part) => encoder.chunk(part))
      .join('');
    const end = encoder.end({ finish: { unified: 'stop', raw: 'stop' }, usage: null });
    const events = parseEvents(sse + end).map(({ data }) => data);
    expect(events.slice(1, -2)).toEqual([
      {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: 'call_late', name: 'late_name', input: {} },
      },
      { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"a":1}' } },
      { type: 'content_block_stop', index: 0 },
      // A call whose name never came still gets a block (and a synthesised id) at the end.
      { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'call_4', name: '', input: {} } },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{}' } },
      { type: 'content_block_stop', index: 1 },
    ]);
    expect(events.at(-2)).toMatchObject({ delta: { stop_reason: 'tool_use' } });
  });

  it('streams OpenRouter-style reasoning details as thinking with a signature, and redacted thinking whole', () => {
    const encoder = createAnthropicEncoder({ id: 'x', model: 'm' });
    const detail = (fields: Record<string, unknown>) => ({
      type: 'reasoning.text',
      format: 'anthropic-claude-v1',
      index: 0,
      ...fields,
    });
    const sse = [
      chunk({ role: 'assistant', reasoning: 'Think', reasoning_details: [detail({ text: 'Think' })] }),
      chunk({ reasoning: 'ing.', reasoning_details: [detail({ text: 'ing.' })] }),
      chunk({ reasoning_details: [detail({ text: '', signature: 'sig-abc' })] }),
      chunk({
        reasoning_details: [{ type: 'reasoning.encrypted', data: 'ENC', format: 'anthropic-claude-v1', index: 1 }],
      }),
      chunk({ content: 'Done.' }, 'stop', { native_finish_reason: 'end_turn' }),
    ]
      .map((part) => encoder.chunk(part))
      .join('');
    const events = parseEvents(sse + encoder.end({ finish: { unified: 'stop', raw: 'stop' }, usage: null }));
    expect(events.map(({ data }) => data).slice(1, -2)).toEqual([
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Think' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'ing.' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'sig-abc' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'redacted_thinking', data: 'ENC' } },
      { type: 'content_block_stop', index: 1 },
      { type: 'content_block_start', index: 2, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 2, delta: { type: 'text_delta', text: 'Done.' } },
      { type: 'content_block_stop', index: 2 },
    ]);
  });

  it('streams plain reasoning text (DeepSeek reasoning_content) as unsigned thinking', () => {
    const encoder = createAnthropicEncoder({ id: 'x', model: 'm' });
    const sse = [chunk({ reasoning_content: 'a' }), chunk({ reasoning_content: 'b' }), chunk({ content: 'c' })]
      .map((part) => encoder.chunk(part))
      .join('');
    const types = parseEvents(sse).map(({ data }) => [data.type, (data.delta as { type?: string })?.type ?? '']);
    expect(types).toEqual([
      ['message_start', ''],
      ['content_block_start', ''],
      ['content_block_delta', 'thinking_delta'],
      ['content_block_delta', 'thinking_delta'],
      ['content_block_stop', ''],
      ['content_block_start', ''],
      ['content_block_delta', 'text_delta'],
    ]);
  });

  it('prefers an Anthropic native finish reason and reports a known stop sequence', () => {
    const encoder = createAnthropicEncoder({ id: 'x', model: 'm' });
    encoder.chunk(chunk({ content: 'a' }, 'stop', { native_finish_reason: 'stop_sequence', stop_sequence: '###' }));
    const events = parseEvents(encoder.end({ finish: { unified: 'stop', raw: 'stop' }, usage: null }));
    expect(events.at(-2)?.data.delta).toEqual({ stop_reason: 'stop_sequence', stop_sequence: '###' });

    const length = createAnthropicEncoder({ id: 'x', model: 'm' });
    length.chunk(chunk({ content: 'a' }));
    const cut = parseEvents(length.end({ finish: { unified: 'length', raw: 'MAX_TOKENS' }, usage: null }));
    expect(cut.at(-2)?.data.delta).toEqual({ stop_reason: 'max_tokens', stop_sequence: null });
  });

  it('never lets extra fields overwrite the protocol fields', () => {
    const encoder = createAnthropicEncoder({ id: 'x', model: 'm' });
    const events = parseEvents(encoder.end({ finish: null, usage: null, extra: { type: 'oops', rung: 1 } }));
    expect(events[1]?.data).toMatchObject({ type: 'message_delta', rung: 1 });
  });

  it('writes error events, and nothing after one', () => {
    expect(anthropicErrorEvent('overloaded_error', 'Overloaded')).toBe(
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
    );
    const encoder = createAnthropicEncoder({ id: 'x', model: 'm' });
    encoder.chunk(chunk({ content: 'a' }));
    expect(parseEvents(encoder.errorEvent('api_error', 'upstream cut'))[0]?.data).toEqual({
      type: 'error',
      error: { type: 'api_error', message: 'upstream cut' },
    });
    expect(encoder.chunk(chunk({ content: 'b' }))).toBe('');
    expect(encoder.end({ finish: null, usage: null })).toBe('');
  });
});
