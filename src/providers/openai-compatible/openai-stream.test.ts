import { describe, expect, it } from 'vitest';
import type { StreamChunk } from '../../spec/provider.js';
import type { UpstreamResponse } from '../http/transport.js';
import { openAIStream } from './openai-stream.js';

const frame = (delta: string, finish = 'null') =>
  `data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":${delta},"logprobs":null,"finish_reason":${finish}}]}\n\n`;

/** An upstream response whose body is `events`, one read each. */
function response(events: string[]): UpstreamResponse {
  const reads = events.map((event) => Buffer.from(event));
  return {
    status: 200,
    headers: {},
    body: {
      async *[Symbol.asyncIterator]() {
        yield* reads;
      },
    },
    text: async () => events.join(''),
    discard: () => {},
  };
}

async function parts(events: string[]): Promise<StreamChunk[]> {
  const all: StreamChunk[] = [];
  for await (const batch of openAIStream(response(events), 'test')) all.push(...batch);
  return all;
}

describe('openAIStream', () => {
  it("passes the answer's first text through unparsed once the opening chunk was read", async () => {
    const got = await parts([
      frame('{"role":"assistant","content":""}'),
      frame('{"content":"Hello"}'),
      frame('{"content":" world"}'),
      frame('{}', '"stop"'),
      'data: [DONE]\n\n',
    ]);
    expect(got.map((part) => part.plain)).toEqual([false, true, true, false]);
    expect(got[1]?.raw).toContain('"Hello"');
    expect(got[3]?.finish?.unified).toBe('stop');
  });

  it('parses the first text when no opening chunk came first (the encoder adds the role to it)', async () => {
    const got = await parts([
      frame('{"content":"Hello"}'),
      frame('{"content":"!"}'),
      frame('{}', '"stop"'),
      'data: [DONE]\n\n',
    ]);
    expect(got.map((part) => part.plain)).toEqual([false, true, false]);
    expect(got[0]?.chunk.choices[0]?.delta.content).toBe('Hello');
  });

  it('parses thinking and whitespace before the answer, so they never count as its start', async () => {
    const got = await parts([
      frame('{"role":"assistant","content":""}'),
      frame('{"reasoning":"Let me think"}'),
      frame('{"content":"\\n"}'),
      frame('{"content":"Yes."}'),
      frame('{}', '"stop"'),
      'data: [DONE]\n\n',
    ]);
    expect(got.map((part) => part.plain)).toEqual([false, false, false, true, false]);
  });
});
