import { describe, expect, it } from 'vitest';
import { plainChunk, plainDeltas } from './from-openai-response.js';

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

describe('plainDeltas (one stream)', () => {
  const frame = (content: string, fields = '"logprobs":null,"finish_reason":null') =>
    `{"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":${content}},${fields}}]}`;

  it('recognises later deltas in the frame of one that passed the full check', () => {
    const plain = plainDeltas();
    for (const text of ['Hello', ' world', '', ' — ünïcödé', 'a\\nb']) {
      const data = frame(`"${text}"`);
      const part = plain(data);
      expect(part?.plain, text).toBe(true);
      expect(part?.raw).toBe(data);
    }
  });

  it('agrees with the full check on every delta, whatever the stream sent before', () => {
    const variants = [
      frame('"plain"'),
      frame('"ends in a backslash\\\\"'),
      frame('"an escaped \\" quote"'),
      frame('"x"', '"logprobs":null,"finish_reason":"stop"'),
      // The same length as the frame's "null": only comparing the end tells them apart.
      frame('"x"', '"logprobs":null,"finish_reason":"st"'),
      frame('"x"', '"finish_reason":null'),
      frame('"x"', '"logprobs":null,"finish_reason":null}],"usage":{"prompt_tokens":1},"z":[{'),
      frame('"x"').replace('"id":"x"', '"id":"y"'),
      frame('"x"').replace('{"content":"x"}', '{"role":"assistant","content":"x"}'),
      frame('"x"').replace('{"content":"x"}', '{"content":"x","refusal":null}'),
      frame('"x"').slice(0, -1),
      `${frame('"x"').slice(0, -1)},"usage":null}`,
      frame('"x\\"},\\"logprobs\\":null"'),
      frame('null'),
    ];
    for (const first of variants) {
      for (const data of variants) {
        const plain = plainDeltas();
        plain(first);
        expect(plain(data)?.plain ?? false, `${first} then ${data}`).toBe(plainChunk(data)?.plain ?? false);
      }
    }
  });
});
