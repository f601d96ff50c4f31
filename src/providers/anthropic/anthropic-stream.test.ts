import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAttemptFailure } from '../../spec/errors.js';
import type { StreamChunk } from '../../spec/provider.js';
import { assembleStream } from '../../testing/provider-contract.js';
import type { UpstreamResponse } from '../http/transport.js';
import { anthropicStream } from './anthropic-stream.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const TEXT = read('text.chunks.txt');
const TOOL = read('tool-use.chunks.txt');

/** An upstream body delivered as the given reads; counts discard() calls. */
function upstream(reads: Array<string | Uint8Array>) {
  const encoder = new TextEncoder();
  const state = { discarded: 0, readsServed: 0 };
  const response: UpstreamResponse = {
    status: 200,
    headers: {},
    body: (async function* () {
      for (const part of reads) {
        state.readsServed++;
        yield typeof part === 'string' ? encoder.encode(part) : part;
      }
    })(),
    text: async () => '',
    discard() {
      state.discarded++;
    },
  };
  return { response, state };
}

/** Splits the UTF-8 bytes of `text` every `size` bytes, cutting multi-byte characters in two. */
function byteReads(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

function sse(...events: Array<Record<string, unknown>>): string {
  return events.map((event) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`).join('');
}

async function collect(reads: Array<string | Uint8Array>, keepThinking = true) {
  const { response, state } = upstream(reads);
  const chunks: StreamChunk[] = [];
  for await (const batch of anthropicStream(response, 'anthropic', keepThinking)) {
    expect(batch.length, 'batches are never empty').toBeGreaterThan(0);
    chunks.push(...batch);
  }
  return { chunks, state };
}

async function failure(reads: Array<string | Uint8Array>) {
  try {
    await collect(reads);
  } catch (error) {
    if (isAttemptFailure(error)) return error;
    throw error;
  }
  throw new Error('expected an AttemptFailure');
}

const START = {
  type: 'message_start',
  message: {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'claude-x',
    content: [],
    stop_reason: null,
    usage: { input_tokens: 10, cache_read_input_tokens: 1000, cache_creation_input_tokens: 20, output_tokens: 1 },
  },
};
const END = [
  { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 7 } },
  { type: 'message_stop' },
];

describe('anthropicStream', () => {
  it('maps the text fixture to canonical chunks, role first, finish and usage last', async () => {
    const { chunks, state } = await collect([TEXT]);
    expect(chunks.every((part) => part.raw === null && !part.plain)).toBe(true);
    expect(chunks[0]?.chunk).toMatchObject({
      id: 'msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY',
      object: 'chat.completion.chunk',
      model: 'claude-sonnet-4-5-20250929',
      choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
    });
    expect(chunks.slice(1, -1).map((part) => part.chunk.choices[0]?.delta)).toEqual([
      { content: 'Hello' },
      { content: '!' },
      { content: ' How can I' },
      { content: ' help you today?' },
    ]);
    const last = chunks[chunks.length - 1];
    expect(last?.chunk.choices[0]).toMatchObject({
      delta: {},
      finish_reason: 'stop',
      native_finish_reason: 'end_turn',
    });
    expect(last?.chunk.usage).toEqual({
      prompt_tokens: 25,
      completion_tokens: 15,
      total_tokens: 40,
      prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
    });
    expect(last?.finish).toEqual({ unified: 'stop', raw: 'end_turn' });
    expect(last?.usage).toMatchObject({ input: 25, output: 15 });
    expect(chunks.slice(0, -1).every((part) => part.finish === null && part.usage === null)).toBe(true);
    // message_stop ends the stream cleanly: the rest of the body is drained, not discarded.
    expect(state.discarded).toBe(0);
  });

  it('gives the same answer whatever the read boundaries, even inside a UTF-8 character', async () => {
    const text = TEXT.replace('Hello', 'Héllo 😀 ünïcode');
    const whole = assembleStream((await collect([text])).chunks);
    expect(whole.content).toBe('Héllo 😀 ünïcode! How can I help you today?');
    for (let size = 1; size <= 41; size += 2) {
      expect(assembleStream((await collect(byteReads(text, size))).chunks), `reads of ${size} bytes`).toEqual(whole);
    }
    const tools = assembleStream((await collect([TOOL])).chunks);
    for (const size of [1, 3, 17, 64, 250]) {
      expect(assembleStream((await collect(byteReads(TOOL, size))).chunks), `reads of ${size} bytes`).toEqual(tools);
    }
  });

  it('numbers tool calls from 0, not by Anthropic block index, and streams their arguments', async () => {
    const { chunks } = await collect([TOOL]);
    const calls = chunks.flatMap((part) => part.chunk.choices[0]?.delta.tool_calls ?? []);
    expect(calls[0]).toEqual({
      index: 0,
      id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
      type: 'function',
      function: { name: 'get_weather', arguments: '' },
    });
    // The empty first partial_json is not sent.
    expect(calls.slice(1).every((call) => call.index === 0 && call.function?.arguments !== '')).toBe(true);
    const assembled = assembleStream(chunks);
    expect(JSON.parse(assembled.toolCalls[0]?.arguments ?? '')).toEqual({
      location: 'San Francisco, CA',
      unit: 'fahrenheit',
    });
    expect(assembled.finish).toEqual({ unified: 'tool_calls', raw: 'tool_use' });
  });

  it('indexes parallel tool calls 0 and 1 behind a thinking block, and sends an input given whole at start', async () => {
    const body = sse(
      START,
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 't1', name: 'a', input: {} } },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"x":1}' } },
      { type: 'content_block_stop', index: 1 },
      {
        type: 'content_block_start',
        index: 2,
        content_block: { type: 'tool_use', id: 't2', name: 'b', input: { y: 2 } },
      },
      { type: 'content_block_stop', index: 2 },
      ...END,
    );
    const assembled = assembleStream((await collect([body])).chunks);
    expect(assembled.toolCalls).toEqual([
      { id: 't1', name: 'a', arguments: '{"x":1}' },
      { id: 't2', name: 'b', arguments: '{"y":2}' },
    ]);
  });

  it('streams thinking as reasoning and signed reasoning_details, or drops it', async () => {
    const body = sse(
      START,
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Let me ' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'think.' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'EqQBCg' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'redacted_thinking', data: 'opaque' } },
      { type: 'content_block_stop', index: 1 },
      { type: 'content_block_start', index: 2, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 2, delta: { type: 'text_delta', text: 'Done.' } },
      ...END,
    );
    const { chunks } = await collect([body]);
    expect(assembleStream(chunks)).toMatchObject({ reasoning: 'Let me think.', content: 'Done.' });
    const details = chunks.flatMap((part) => (part.chunk.choices[0]?.delta.reasoning_details as unknown[]) ?? []);
    const format = 'anthropic-claude-v1';
    expect(details).toEqual([
      { type: 'reasoning.text', text: 'Let me ', format, index: 0 },
      { type: 'reasoning.text', text: 'think.', format, index: 0 },
      { type: 'reasoning.text', text: '', signature: 'EqQBCg', format, index: 0 },
      { type: 'reasoning.encrypted', data: 'opaque', format, index: 1 },
    ]);
    const dropped = (await collect([body], false)).chunks;
    expect(dropped.some((part) => 'reasoning' in (part.chunk.choices[0]?.delta ?? {}))).toBe(false);
    expect(dropped.some((part) => 'reasoning_details' in (part.chunk.choices[0]?.delta ?? {}))).toBe(false);
    expect(assembleStream(dropped).content).toBe('Done.');
  });

  it('adds message_start cache usage to message_delta output, preferring cumulative counts when given', async () => {
    const last = async (delta: Record<string, unknown>) => {
      const { chunks } = await collect([sse(START, { ...END[0], usage: delta }, END[1] as Record<string, unknown>)]);
      return chunks[chunks.length - 1]?.usage;
    };
    expect(await last({ output_tokens: 7 })).toMatchObject({
      input: 1030,
      cachedInput: 1000,
      cacheWrite: 20,
      output: 7,
    });
    expect(await last({ output_tokens: 7, input_tokens: 12, cache_read_input_tokens: null })).toMatchObject({
      input: 1032,
      output: 7,
    });
  });

  it('ignores ping, unknown events and unknown delta types', async () => {
    const body = sse(
      START,
      { type: 'ping' },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'citations_delta', citation: {} } },
      { type: 'message_annotation_added', whatever: true },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'ok' } },
      ...END,
    );
    expect(assembleStream((await collect([body])).chunks).content).toBe('ok');
  });

  it.each([
    ['an error event', read('error-before-content.chunks.txt'), 'upstream_error', 529],
    [
      'a data-only error',
      `${sse(START)}data: {"type":"error","error":{"type":"rate_limit_error","message":"x"}}\n\n`,
      'rate_limited',
      429,
    ],
    ['an error event that is not JSON', `${sse(START)}event: error\ndata: boom\n\n`, 'upstream_error', 200],
  ])('turns %s into an AttemptFailure', async (_label, body, outcome, status) => {
    const error = await failure([body]);
    expect(error.outcome).toBe(outcome);
    expect(error.upstreamStatus).toBe(status);
  });

  it('reports a body that ends before message_delta as stream_cut, and discards it', async () => {
    const { response, state } = upstream([TEXT.slice(0, TEXT.indexOf('event: message_delta'))]);
    const stream = anthropicStream(response, 'anthropic', true);
    await expect(
      (async () => {
        for await (const _batch of stream) {
          // drain
        }
      })(),
    ).rejects.toMatchObject({ outcome: 'stream_cut' });
    expect(state.discarded).toBe(1);
  });

  it('accepts a body that ends after message_delta without message_stop', async () => {
    const { chunks } = await collect([TEXT.slice(0, TEXT.indexOf('event: message_stop'))]);
    expect(chunks[chunks.length - 1]?.finish).toEqual({ unified: 'stop', raw: 'end_turn' });
  });

  it('stops at message_stop and ignores what follows', async () => {
    const { chunks } = await collect([`${TEXT}\ndata: not json\n\n`]);
    expect(assembleStream(chunks).content).toBe('Hello! How can I help you today?');
  });

  it.each([
    ['bad JSON', `${sse(START)}event: content_block_delta\ndata: {"type":\n\n`],
    ['a non-object event', `${sse(START)}data: [1,2]\n\n`],
    ['a delta without delta', sse(START, { type: 'content_block_delta', index: 0 })],
    ['an oversized event', ['data: ', 'x'.repeat(9 * 1024 * 1024)]],
  ])('reports %s as malformed', async (_label, body) => {
    expect((await failure(Array.isArray(body) ? body : [body])).outcome).toBe('malformed');
  });

  it('cancel() releases the connection and ends iteration without a failure', async () => {
    const { response, state } = upstream([sse(START), TEXT, TEXT]);
    const stream = anthropicStream(response, 'anthropic', true);
    const seen: StreamChunk[][] = [];
    for await (const batch of stream) {
      seen.push(batch);
      stream.cancel();
      stream.cancel();
    }
    expect(seen).toHaveLength(1);
    expect(state.discarded).toBeGreaterThanOrEqual(1);
    expect(state.readsServed).toBe(1);
  });
});
