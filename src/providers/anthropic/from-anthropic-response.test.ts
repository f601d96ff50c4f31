import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAttemptFailure } from '../../spec/errors.js';
import { mapStopReason, parseMessage, tokenUsage } from './from-anthropic-response.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAttemptFailure(error)) return error;
    throw error;
  }
  throw new Error('expected an AttemptFailure');
}

describe('parseMessage', () => {
  it('builds a canonical chat.completion with the native finish reason and cache usage', () => {
    const result = parseMessage(read('text-response.json'), 'anthropic', true);
    expect(result.raw).toBeUndefined();
    expect(result.response).toMatchObject({
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      object: 'chat.completion',
      model: 'claude-sonnet-4-5-20250929',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'The first image is a single pixel; the second shows an ant on a plant.',
          },
          finish_reason: 'stop',
          native_finish_reason: 'end_turn',
        },
      ],
      usage: {
        prompt_tokens: 188107,
        completion_tokens: 393,
        total_tokens: 188500,
        prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 188086 },
      },
    });
    expect(result.response.choices[0]?.message).not.toHaveProperty('tool_calls');
    expect(result.usage).toEqual({
      input: 188107,
      output: 393,
      cachedInput: 0,
      cacheWrite: 188086,
      reasoning: 0,
      estimated: false,
    });
  });

  it('maps tool_use blocks to tool calls with JSON string arguments', () => {
    const message = parseMessage(read('tool-use-response.json'), 'anthropic', true).response.choices[0]?.message;
    expect(message?.tool_calls).toEqual([
      {
        id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"location":"New York, NY","unit":"fahrenheit"}' },
      },
      {
        id: 'toolu_01CswdEQBMshySk6Y9DFKrfq',
        type: 'function',
        function: { name: 'get_time', arguments: '{"timezone":"America/New_York"}' },
      },
    ]);
  });

  it('synthesises call ids when the upstream gives none', () => {
    const body = JSON.stringify({
      type: 'message',
      content: [{ type: 'tool_use', name: 'f', input: { a: 1 } }],
      stop_reason: 'tool_use',
    });
    expect(parseMessage(body, 'anthropic', true).response.choices[0]?.message.tool_calls?.[0]?.id).toBe('call_0');
  });

  it('keeps thinking as reasoning + signed reasoning_details, or drops it', () => {
    const fixture = JSON.parse(read('thinking-response.json'));
    fixture.content.splice(1, 0, { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' });
    const kept = parseMessage(JSON.stringify(fixture), 'anthropic', true).response.choices[0]?.message;
    expect(kept?.content).toBe('27 * 453 = 12,231');
    expect(kept?.reasoning).toBe(fixture.content[0].thinking);
    expect(kept?.reasoning_details).toEqual([
      {
        type: 'reasoning.text',
        text: fixture.content[0].thinking,
        signature: fixture.content[0].signature,
        format: 'anthropic-claude-v1',
        index: 0,
      },
      { type: 'reasoning.encrypted', data: 'EmwKAhgBEgy3va3pzix', format: 'anthropic-claude-v1', index: 1 },
    ]);
    const dropped = parseMessage(JSON.stringify(fixture), 'anthropic', false).response.choices[0]?.message;
    expect(dropped).toEqual({ role: 'assistant', content: '27 * 453 = 12,231' });
  });

  it('gives null content when there is no text (refusal)', () => {
    const result = parseMessage(read('refusal-response.json'), 'anthropic', true);
    expect(result.response.choices[0]?.message.content).toBeNull();
    expect(result.finish).toEqual({ unified: 'content_filter', raw: 'refusal' });
  });

  it('ignores server tool blocks on a paused turn and keeps pause_turn as the native reason', () => {
    const result = parseMessage(read('pause-turn-response.json'), 'anthropic', true);
    expect(result.response.choices[0]).toMatchObject({
      message: { content: "I'll search for recent quantum computing breakthroughs." },
      finish_reason: 'stop',
      native_finish_reason: 'pause_turn',
    });
    expect(result.response.choices[0]?.message).not.toHaveProperty('tool_calls');
  });

  it.each([
    ['not JSON', '{"type":"message",'],
    ['not an object', '[1]'],
    ['no content list', '{"type":"message","content":"hi"}'],
    ['another type', '{"type":"completion","content":[]}'],
    ['a block without type', '{"type":"message","content":[{"text":"hi"}]}'],
    ['a tool_use without name', '{"type":"message","content":[{"type":"tool_use","id":"t","input":{}}]}'],
  ])('reports %s as malformed', (_label, body) => {
    expect(failure(() => parseMessage(body, 'anthropic', true)).outcome).toBe('malformed');
  });

  it('reports a 200 error body as an upstream error', () => {
    const error = failure(() => parseMessage(read('error-overloaded-529.json'), 'anthropic', true));
    expect(error.outcome).toBe('upstream_error');
    expect(error.upstreamStatus).toBe(529);
    expect(error.message).toContain('Overloaded');
  });
});

describe('mapStopReason', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['something_new', 'other'],
  ])('%s → %s, native kept', (raw, unified) => {
    expect(mapStopReason(raw)).toEqual({ unified, raw });
  });

  it('has no raw value when there is none', () => {
    expect(mapStopReason(null)).toEqual({ unified: 'other', raw: null });
  });
});

describe('tokenUsage', () => {
  it('adds cache reads and writes back into input', () => {
    expect(
      tokenUsage({
        input_tokens: 10,
        cache_read_input_tokens: 1000,
        cache_creation_input_tokens: 50,
        output_tokens: 5,
      }),
    ).toMatchObject({ input: 1060, cachedInput: 1000, cacheWrite: 50, output: 5 });
    expect(tokenUsage({ input_tokens: 10, output_tokens: 5, cache_read_input_tokens: null })).toMatchObject({
      input: 10,
      cachedInput: 0,
      cacheWrite: 0,
    });
    expect(tokenUsage(undefined)).toBeNull();
  });
});
