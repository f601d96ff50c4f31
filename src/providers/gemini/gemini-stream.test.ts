import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAttemptFailure } from '../../spec/errors.js';
import type { StreamChunk } from '../../spec/provider.js';
import { assembleStream } from '../../testing/provider-contract.js';
import type { UpstreamResponse } from '../http/transport.js';
import { geminiStream } from './gemini-stream.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const sse = (...bodies: unknown[]) => bodies.map((body) => `data: ${JSON.stringify(body)}\n\n`).join('');

/** An upstream response whose body arrives as the given byte slices, recording whether it was discarded. */
function response(reads: Uint8Array[]): UpstreamResponse & { discarded: number } {
  const out = {
    status: 200,
    headers: {},
    discarded: 0,
    body: (async function* () {
      for (const bytes of reads) yield bytes;
    })(),
    text: async () => '',
    discard() {
      out.discarded++;
    },
  };
  return out;
}

/** Cuts the UTF-8 bytes of `text` every `size` bytes: events, JSON and multi-byte characters straddle reads. */
function bytesIn(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size));
  return out;
}

async function collect(text: string, size = text.length): Promise<{ batches: StreamChunk[][]; chunks: StreamChunk[] }> {
  const batches: StreamChunk[][] = [];
  for await (const batch of geminiStream(response(bytesIn(text, size)), 'gemini', 'gemini-2.5-flash')) {
    batches.push(batch);
  }
  return { batches, chunks: batches.flat() };
}

async function failure(text: string) {
  try {
    await collect(text);
  } catch (error) {
    if (isAttemptFailure(error)) return error;
    throw error;
  }
  throw new Error('expected an AttemptFailure');
}

const TEXT = read('text.chunks.txt');

describe('geminiStream', () => {
  it('gives the same answer however the body is split across reads', async () => {
    for (const size of [1, 2, 3, 7, 64, 211, TEXT.length]) {
      const { chunks, batches } = await collect(TEXT, size);
      expect(batches.every((batch) => batch.length > 0)).toBe(true);
      const answer = assembleStream(chunks);
      expect(answer.content).toBe('The capital of Wyoming is **Cheyenne**.\n');
      expect(answer.firstRole).toBe('assistant');
      expect(answer.finish).toEqual({ unified: 'stop', raw: 'STOP' });
    }
  });

  it('keeps multi-byte characters whole when a read cuts through them', async () => {
    const body = sse(
      { candidates: [{ content: { role: 'model', parts: [{ text: 'Sh\u00f4gun \u65e5\u672c ' }] } }] },
      { candidates: [{ content: { role: 'model', parts: [{ text: '\u{1F600}' }] }, finishReason: 'STOP' }] },
    );
    for (const size of [1, 2, 5]) {
      expect(assembleStream((await collect(body, size)).chunks).content).toBe('Sh\u00f4gun \u65e5\u672c \u{1F600}');
    }
  });

  it('yields the events of one read as one batch, role first, usage only on the finishing chunk', async () => {
    const { batches } = await collect(TEXT);
    expect(batches).toHaveLength(1);
    const chunks = batches[0] ?? [];
    expect(chunks.map((part) => part.chunk.choices[0]?.delta)).toEqual([
      { role: 'assistant', content: 'The' },
      { content: ' capital of Wyoming' },
      { content: ' is **Cheyenne**.\n' },
    ]);
    expect(chunks.map((part) => part.usage)).toEqual([null, null, expect.objectContaining({ input: 7, output: 10 })]);
    const last = chunks[2]?.chunk;
    expect(last?.choices[0]).toMatchObject({ finish_reason: 'stop', native_finish_reason: 'STOP' });
    expect(last?.usage).toMatchObject({ prompt_tokens: 7, completion_tokens: 10, total_tokens: 17 });
    expect(last?.model).toBe('gemini-2.0-flash');
    expect(chunks.every((part) => part.raw === null && !part.plain)).toBe(true);
  });

  it('turns each whole function call into one tool call delta, and STOP after calls into tool_calls', async () => {
    const body = sse(
      { candidates: [{ content: { parts: [{ text: 'Let me see.' }] } }] },
      {
        candidates: [{ content: { parts: [{ functionCall: { name: 'a', args: { x: 1 } }, thoughtSignature: 'S' }] } }],
      },
      {
        candidates: [
          { content: { parts: [{ functionCall: { id: 'g1', name: 'b', args: {} } }] }, finishReason: 'STOP' },
        ],
      },
    );
    const { chunks } = await collect(body, 9);
    expect(chunks.map((part) => part.chunk.choices[0]?.delta.tool_calls)).toEqual([
      undefined,
      [
        {
          index: 0,
          id: expect.stringMatching(/^call_[a-z0-9]+_0$/),
          type: 'function',
          function: { name: 'a', arguments: '{"x":1}' },
        },
      ],
      [{ index: 1, id: 'g1', type: 'function', function: { name: 'b', arguments: '{}' } }],
    ]);
    expect(chunks[1]?.chunk.choices[0]?.delta.reasoning_details).toEqual([
      {
        type: 'reasoning.encrypted',
        data: 'S',
        id: expect.stringMatching(/^call_[a-z0-9]+_0$/),
        format: 'google-gemini-v1',
        index: 0,
      },
    ]);
    expect(chunks[2]?.finish).toEqual({ unified: 'tool_calls', raw: 'STOP' });
  });

  it('streams thought parts as reasoning, apart from the content', async () => {
    const body = sse(
      { candidates: [{ content: { parts: [{ text: 'Hmm.', thought: true }] } }] },
      { candidates: [{ content: { parts: [{ text: 'Yes.' }] }, finishReason: 'STOP' }] },
    );
    const answer = assembleStream((await collect(body)).chunks);
    expect(answer).toMatchObject({ content: 'Yes.', reasoning: 'Hmm.' });
  });

  it('finishes with content_filter when a filter cuts the answer mid-stream (the core decides)', async () => {
    const { chunks } = await collect(read('safety-mid-stream.chunks.txt'), 17);
    const answer = assembleStream(chunks);
    expect(answer.content).toBe('text1text2');
    expect(answer.finish).toEqual({ unified: 'content_filter', raw: 'SAFETY' });
    expect(answer.usage).toMatchObject({ input: 7, output: 66 });
  });

  it('reports a prompt block before any answer as silent_refusal, after some text as content_filter', async () => {
    const blocked = { promptFeedback: { blockReason: 'PROHIBITED_CONTENT' } };
    expect((await failure(sse(blocked))).outcome).toBe('silent_refusal');
    const late = sse({ candidates: [{ content: { parts: [{ text: 'Sure' }] } }] }, blocked);
    expect(assembleStream((await collect(late)).chunks).finish).toEqual({
      unified: 'content_filter',
      raw: 'PROHIBITED_CONTENT',
    });
  });

  it('reports usage that trails the finish on a chunk of its own', async () => {
    const body = sse(
      { candidates: [{ content: { parts: [{ text: 'Hi' }] }, finishReason: 'STOP' }] },
      { usageMetadata: { promptTokenCount: 4, candidatesTokenCount: 1 } },
    );
    const { chunks } = await collect(body);
    expect(chunks[1]?.chunk.choices).toEqual([]);
    expect(assembleStream(chunks).usage).toMatchObject({ input: 4, output: 1 });
  });

  it('classifies an error payload by its code, and a stream with no finish reason as cut', async () => {
    const overloaded = await failure(read('error-503.json').replace(/\s+/g, ' ').replace(/^/, 'data: ') + '\n\n');
    expect(overloaded).toMatchObject({ outcome: 'upstream_error', upstreamStatus: 503 });
    const cut = await failure(TEXT.slice(0, TEXT.lastIndexOf('data:')));
    expect(cut).toMatchObject({ outcome: 'stream_cut', upstreamStatus: 200 });
    expect((await failure('data: {"candidates":[{"content"\n\n')).outcome).toBe('malformed');
  });

  it('releases the connection on failure and cancel, and leaves a body read to its end alone', async () => {
    const ended = response(bytesIn(TEXT, 50));
    for await (const _batch of geminiStream(ended, 'gemini', 'm')) {
      // drain
    }
    expect(ended.discarded).toBe(0);

    const broken = response(bytesIn('data: nonsense\n\n', 4));
    await expect(async () => {
      for await (const _batch of geminiStream(broken, 'gemini', 'm')) {
        // drain
      }
    }).rejects.toThrow(/malformed/);
    expect(broken.discarded).toBe(1);

    const cancelled = response(bytesIn(TEXT, 40));
    const stream = geminiStream(cancelled, 'gemini', 'm');
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    stream.cancel();
    stream.cancel();
    expect(cancelled.discarded).toBeGreaterThanOrEqual(1);
    expect((await iterator.next()).done).toBe(true);
  });
});
