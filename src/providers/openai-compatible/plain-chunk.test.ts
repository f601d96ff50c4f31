import { describe, expect, it } from 'vitest';
import { plainChunk } from './from-openai-response.js';

const delta = (fields: string) =>
  `{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"hi"},${fields}}]}`;

describe('plainChunk', () => {
  it('recognises a plain content delta without parsing it', () => {
    const part = plainChunk(delta('"logprobs":null,"finish_reason":null'));
    expect(part?.plain).toBe(true);
    expect(part?.finish).toBeNull();
  });

  it.each([
    ['a finish reason', delta('"finish_reason":"stop"')],
    ['usage', `${delta('"finish_reason":null').slice(0, -1)},"usage":{"prompt_tokens":1}}`],
    ['an error', '{"error":{"message":"boom"},"choices":[{"finish_reason":null}]}'],
    ['other spacing', delta('"finish_reason": null')],
    ['a truncated object', delta('"finish_reason":null').slice(0, -2)],
  ])('leaves a chunk with %s to the full parse', (_label, data) => {
    expect(plainChunk(data)).toBeNull();
  });

  it('lets usage:null through (OpenAI sends it on every chunk with include_usage)', () => {
    expect(plainChunk(`${delta('"finish_reason":null').slice(0, -1)},"usage":null}`)?.plain).toBe(true);
  });
});
