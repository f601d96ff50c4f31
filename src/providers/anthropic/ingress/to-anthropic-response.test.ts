import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatResponse } from '../../../spec/chat.js';
import { anthropicStopReason, anthropicUsage, canonicalToAnthropic, thinkingBlocks } from './to-anthropic-response.js';

function response(message: ChatMessage, finish: string | null, extra: Record<string, unknown> = {}): ChatResponse {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message, finish_reason: finish, ...extra }],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
  };
}

describe('canonicalToAnthropic', () => {
  it('maps a text answer', () => {
    expect(canonicalToAnthropic(response({ role: 'assistant', content: 'Hello!' }, 'stop'), 'chat')).toEqual({
      id: 'msg_chatcmpl-1',
      type: 'message',
      role: 'assistant',
      model: 'gpt-4o-mini',
      content: [{ type: 'text', text: 'Hello!' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 100, output_tokens: 20, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 },
    });
  });

  it('keeps msg_ ids and falls back to the given model', () => {
    const body = { ...response({ role: 'assistant', content: 'x' }, 'stop'), id: 'msg_01abc', model: '' };
    const mapped = canonicalToAnthropic(body, 'claude-route');
    expect(mapped.id).toBe('msg_01abc');
    expect(mapped.model).toBe('claude-route');
  });

  it('orders thinking, text, tool_use and parses arguments', () => {
    const message: ChatMessage = {
      role: 'assistant',
      content: 'Checking both.',
      reasoning: 'ignored: details win',
      reasoning_details: [
        { type: 'reasoning.text', text: 'I need ', format: 'anthropic-claude-v1', index: 0 },
        { type: 'reasoning.text', text: 'two tools.', signature: 'sig-1', format: 'anthropic-claude-v1', index: 0 },
        { type: 'reasoning.encrypted', data: 'ENC', format: 'anthropic-claude-v1', index: 1 },
      ],
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{"zone":' } },
      ],
    };
    const mapped = canonicalToAnthropic(response(message, 'tool_calls'), 'chat');
    expect(mapped.content).toEqual([
      { type: 'thinking', thinking: 'I need two tools.', signature: 'sig-1' },
      { type: 'redacted_thinking', data: 'ENC' },
      { type: 'text', text: 'Checking both.' },
      { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Paris' } },
      // Cut-off arguments cannot be an object: Anthropic's input must be one.
      { type: 'tool_use', id: 'call_2', name: 'get_time', input: {} },
    ]);
    expect(mapped.stop_reason).toBe('tool_use');
  });

  it('shows reasoning from other models as unsigned thinking, and drops their signatures and blobs', () => {
    expect(thinkingBlocks(undefined, 'plain reasoning')).toEqual([
      { type: 'thinking', thinking: 'plain reasoning', signature: '' },
    ]);
    expect(
      thinkingBlocks(
        [
          { type: 'reasoning.summary', summary: 'Summary.', format: 'openai-responses-v1', index: 0 },
          { type: 'reasoning.encrypted', data: 'gAAAA', format: 'openai-responses-v1', index: 1 },
          { type: 'reasoning.text', text: 'Gemini thought', signature: 'g-sig', format: 'google-gemini-v1', index: 2 },
        ],
        'Summary.',
      ),
    ).toEqual([
      { type: 'thinking', thinking: 'Summary.', signature: '' },
      { type: 'thinking', thinking: 'Gemini thought', signature: '' },
    ]);
    const deepseek = canonicalToAnthropic(
      response({ role: 'assistant', content: '42', reasoning_content: 'hmm' }, 'stop'),
      'chat',
    );
    expect(deepseek.content[0]).toEqual({ type: 'thinking', thinking: 'hmm', signature: '' });
  });

  it('uses the native finish reason when it is an Anthropic one, else maps the OpenAI value', () => {
    const stop = (finish: string | null, extra: Record<string, unknown> = {}) =>
      canonicalToAnthropic(response({ role: 'assistant', content: 'x' }, finish, extra), 'chat').stop_reason;
    expect(stop('stop')).toBe('end_turn');
    expect(stop('length')).toBe('max_tokens');
    expect(stop('content_filter')).toBe('refusal');
    expect(stop('something_new')).toBe('end_turn');
    expect(stop(null)).toBe('end_turn');
    expect(stop('stop', { native_finish_reason: 'pause_turn' })).toBe('pause_turn');
    expect(stop('length', { native_finish_reason: 'model_context_window_exceeded' })).toBe(
      'model_context_window_exceeded',
    );
    expect(stop('content_filter', { native_finish_reason: 'SAFETY' })).toBe('refusal');
  });

  it('reports the stop sequence only when the canonical choice names it', () => {
    const hit = canonicalToAnthropic(
      response({ role: 'assistant', content: 'x' }, 'stop', {
        native_finish_reason: 'stop_sequence',
        stop_sequence: 'END',
      }),
      'chat',
    );
    expect([hit.stop_reason, hit.stop_sequence]).toEqual(['stop_sequence', 'END']);
    const unknown = canonicalToAnthropic(
      response({ role: 'assistant', content: 'x' }, 'stop', { native_finish_reason: 'stop_sequence' }),
      'chat',
    );
    expect(unknown.stop_sequence).toBeNull();
  });

  it('says tool_use whenever tool calls came, even if the upstream said stop', () => {
    const message: ChatMessage = {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }],
    };
    expect(canonicalToAnthropic(response(message, 'stop'), 'chat').stop_reason).toBe('tool_use');
    expect(anthropicStopReason('end_turn', 'stop', true)).toBe('tool_use');
    expect(anthropicStopReason(null, 'length', true)).toBe('max_tokens');
  });

  it('subtracts cache reads and writes from input_tokens', () => {
    const body = response({ role: 'assistant', content: 'x' }, 'stop');
    body.usage = {
      prompt_tokens: 1000,
      completion_tokens: 50,
      total_tokens: 1050,
      prompt_tokens_details: { cached_tokens: 700, cache_write_tokens: 200 },
    };
    expect(canonicalToAnthropic(body, 'chat').usage).toEqual({
      input_tokens: 100,
      output_tokens: 50,
      cache_read_input_tokens: 700,
      cache_creation_input_tokens: 200,
    });
  });

  it('anthropicUsage never goes negative and reports zeros for no usage', () => {
    expect(
      anthropicUsage({ input: 5, output: 1, cachedInput: 10, cacheWrite: 0, reasoning: 0, estimated: true }),
    ).toEqual({ input_tokens: 0, output_tokens: 1, cache_read_input_tokens: 10, cache_creation_input_tokens: 0 });
    expect(anthropicUsage(null)).toEqual({
      input_tokens: 0,
      output_tokens: 0,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 0,
    });
  });

  it('answers an empty content list when there is no choice, and uses content parts and refusals as text', () => {
    const none: ChatResponse = { ...response({ role: 'assistant', content: 'x' }, 'stop'), choices: [] };
    expect(canonicalToAnthropic(none, 'chat').content).toEqual([]);
    const parts = canonicalToAnthropic(
      response(
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'a' },
            { type: 'text', text: 'b' },
          ],
        },
        'stop',
      ),
      'chat',
    );
    expect(parts.content).toEqual([{ type: 'text', text: 'ab' }]);
    const refusal = canonicalToAnthropic(
      response({ role: 'assistant', content: null, refusal: 'I cannot help with that.' }, 'stop'),
      'chat',
    );
    expect(refusal.content).toEqual([{ type: 'text', text: 'I cannot help with that.' }]);
  });
});
