import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAttemptFailure } from '../../spec/errors.js';
import { canonicalUsage, mapFinishReason, parseGenerateContent, tokenUsage } from './from-gemini-response.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const parse = (text: string) => parseGenerateContent(text, 'gemini', 'gemini-2.5-flash');

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAttemptFailure(error)) return error;
    throw error;
  }
  throw new Error('expected an AttemptFailure');
}

describe('mapFinishReason', () => {
  it.each([
    ['STOP', 'stop'],
    ['MAX_TOKENS', 'length'],
    ['SAFETY', 'content_filter'],
    ['RECITATION', 'content_filter'],
    ['BLOCKLIST', 'content_filter'],
    ['PROHIBITED_CONTENT', 'content_filter'],
    ['SPII', 'content_filter'],
    ['IMAGE_SAFETY', 'content_filter'],
    ['OTHER', 'content_filter'],
    ['LANGUAGE', 'content_filter'],
    ['MALFORMED_FUNCTION_CALL', 'error'],
    ['FINISH_REASON_UNSPECIFIED', 'other'],
  ])('%s → %s', (raw, unified) => {
    expect(mapFinishReason(raw, false)).toEqual({ unified, raw });
  });

  it('says tool_calls for a STOP that came with function calls, and null for no reason', () => {
    expect(mapFinishReason('STOP', true)).toEqual({ unified: 'tool_calls', raw: 'STOP' });
    expect(mapFinishReason('MAX_TOKENS', true)).toEqual({ unified: 'length', raw: 'MAX_TOKENS' });
    expect(mapFinishReason(undefined, false)).toBeNull();
  });
});

describe('usage', () => {
  it('counts thinking as output and cached tokens inside input', () => {
    const usage = tokenUsage(JSON.parse(read('text-response.json')).usageMetadata);
    expect(usage).toEqual({
      input: 12013,
      output: 88,
      cachedInput: 11243,
      cacheWrite: 0,
      reasoning: 73,
      estimated: false,
    });
    expect(usage && canonicalUsage(usage)).toEqual({
      prompt_tokens: 12013,
      completion_tokens: 88,
      total_tokens: 12101,
      prompt_tokens_details: { cached_tokens: 11243 },
      completion_tokens_details: { reasoning_tokens: 73 },
    });
    expect(tokenUsage(undefined)).toBeNull();
  });
});

describe('parseGenerateContent', () => {
  it('maps a text answer with its id, model and canonical usage, and sets no raw', () => {
    const result = parse(read('text-response.json'));
    expect(result.raw).toBeUndefined();
    expect(result.response).toMatchObject({
      id: '2pmHaJqQEoqC-8YP6eStyAY',
      object: 'chat.completion',
      model: 'gemini-2.5-flash',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Cheyenne has a population of roughly 65,000 people.' },
          finish_reason: 'stop',
          native_finish_reason: 'STOP',
        },
      ],
      usage: { prompt_tokens: 12013, completion_tokens: 88, prompt_tokens_details: { cached_tokens: 11243 } },
    });
  });

  it('maps function calls with synthesised ids, or the ids Gemini gives', () => {
    const result = parse(read('function-call-response.json'));
    expect(result.response.choices[0]?.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_[a-z0-9]+_0$/),
        type: 'function',
        function: { name: 'multiply', arguments: '{"x":50,"y":3}' },
      },
      {
        id: expect.stringMatching(/^call_[a-z0-9]+_1$/),
        type: 'function',
        function: { name: 'customDivide', arguments: '{"numerator":150,"denominator":1}' },
      },
    ]);
    expect(result.response.choices[0]?.finish_reason).toBe('tool_calls');
    // Invented ids differ between responses: a conversation replayed to Anthropic needs them unique.
    const again = parse(read('function-call-response.json'));
    expect(again.response.choices[0]?.message.tool_calls?.[0]?.id).not.toBe(
      result.response.choices[0]?.message.tool_calls?.[0]?.id,
    );
    const withId = parse(
      '{"candidates":[{"content":{"parts":[{"functionCall":{"id":"fc_9","name":"f"}}]},"finishReason":"STOP"}]}',
    );
    expect(withId.response.choices[0]?.message.tool_calls).toEqual([
      { id: 'fc_9', type: 'function', function: { name: 'f', arguments: '{}' } },
    ]);
  });

  it('keeps thought parts out of the content, as reasoning, and signatures as reasoning details', () => {
    const result = parse(
      JSON.stringify({
        candidates: [
          {
            content: {
              role: 'model',
              parts: [
                { text: 'Let me think. ', thought: true },
                { text: 'Paris.' },
                { functionCall: { name: 'lookup', args: { q: 'x' } }, thoughtSignature: 'SIG' },
              ],
            },
            finishReason: 'STOP',
          },
        ],
      }),
    );
    expect(result.response.choices[0]?.message).toEqual({
      role: 'assistant',
      content: 'Paris.',
      reasoning: 'Let me think. ',
      reasoning_details: [
        {
          type: 'reasoning.encrypted',
          data: 'SIG',
          id: expect.stringMatching(/^call_[a-z0-9]+_0$/),
          format: 'google-gemini-v1',
          index: 0,
        },
      ],
      tool_calls: [
        {
          id: expect.stringMatching(/^call_[a-z0-9]+_0$/),
          type: 'function',
          function: { name: 'lookup', arguments: '{"q":"x"}' },
        },
      ],
    });
  });

  it.each([
    ['safety-response.json', 'SAFETY'],
    ['recitation-response.json', 'RECITATION'],
    ['prohibited-content-response.json', 'PROHIBITED_CONTENT'],
  ])('%s is a content_filter finish with no content', (name, raw) => {
    const result = parse(read(name));
    expect(result.finish).toEqual({ unified: 'content_filter', raw });
    expect(result.response.choices[0]?.message.content).toBeNull();
    expect(result.response.choices[0]?.finish_reason).toBe('content_filter');
  });

  it('maps MAX_TOKENS with no parts (all spent on thinking) to length', () => {
    const result = parse(read('max-tokens-empty-response.json'));
    expect(result.finish).toEqual({ unified: 'length', raw: 'MAX_TOKENS' });
    expect(result.usage).toMatchObject({ output: 2999, reasoning: 2999 });
  });

  it('throws silent_refusal naming the reason when the prompt itself was blocked', () => {
    const error = failure(() => parse(read('prompt-blocked-response.json')));
    expect(error.outcome).toBe('silent_refusal');
    expect(error.upstreamStatus).toBe(200);
    expect(error.message).toContain('SAFETY');
    const withMessage = failure(() =>
      parse('{"promptFeedback":{"blockReason":"OTHER","blockReasonMessage":"nope"},"candidates":[]}'),
    );
    expect(withMessage.message).toContain('OTHER (nope)');
  });

  it('answers no choices (for the core to judge) when there are no candidates and no block', () => {
    const result = parse('{"usageMetadata":{"promptTokenCount":3}}');
    expect(result.response.choices).toEqual([]);
    expect(result.usage?.input).toBe(3);
  });

  it('classifies an error body sent with status 200 by its code', () => {
    const error = failure(() => parse('{"error":{"code":429,"status":"RESOURCE_EXHAUSTED","message":"slow"}}'));
    expect(error.outcome).toBe('rate_limited');
    expect(error.upstreamStatus).toBe(429);
  });

  it.each([
    ['not JSON', '{"candidates":'],
    ['not an object', '[1]'],
    ['candidates not a list', '{"candidates":{}}'],
    ['a candidate not an object', '{"candidates":[3]}'],
    ['parts not a list', '{"candidates":[{"content":{"parts":"x"}}]}'],
    ['a function call without a name', '{"candidates":[{"content":{"parts":[{"functionCall":{}}]}}]}'],
  ])('calls a body with %s malformed', (_label, text) => {
    expect(failure(() => parse(text)).outcome).toBe('malformed');
  });
});
