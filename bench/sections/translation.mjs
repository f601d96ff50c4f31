/**
 * Translation cost: what each adapter spends turning one canonical request into its wire body and the upstream's
 * answer back into canonical form — in process, over an in-memory transport, so only Rung's own work is timed.
 * Non-streaming (request + response) and streaming (request + a 60-event stream) for the OpenAI-compatible path
 * (the baseline: the request is serialised as it is, the stream mostly forwarded), Anthropic and Gemini, plus
 * the Anthropic ingress (Anthropic request → canonical, canonical answer → Anthropic message / events).
 * Median µs per request over batches, and each path's ratio to the OpenAI one measured in the same run.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { quantile } from '../lib/measure.mjs';

export const description = 'µs per request spent translating, per adapter, next to the OpenAI path';

const ANSWER = 'The rung-bench-ok answer is here. '.repeat(40);
const PIECES = ANSWER.match(/.{1,20}/gs);
const encoder = new TextEncoder();

/** A realistic chat turn: a long system prompt, a 10-message history, two tools. */
function canonicalRequest() {
  const messages = [{ role: 'system', content: 'You are Mira, a warm companion. '.repeat(60) }];
  for (let i = 0; i < 5; i++) {
    messages.push({ role: 'user', content: `Message ${i}: tell me about your day and the weather.` });
    messages.push({ role: 'assistant', content: `Reply ${i}: it was lovely, sunny and calm, thank you for asking.` });
  }
  messages.push({ role: 'user', content: 'And what should we do tomorrow?' });
  const tool = (name) => ({
    type: 'function',
    function: {
      name,
      description: `${name} tool`,
      parameters: { type: 'object', properties: { q: { type: 'string' } } },
    },
  });
  return {
    model: 'bench-model',
    messages,
    tools: [tool('search'), tool('remember')],
    max_tokens: 600,
    temperature: 0.8,
  };
}

const sse = (events) => events.map((event) => `${event}\n\n`).join('');

const WIRE = {
  openai: {
    body: JSON.stringify({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'bench-model',
      choices: [{ index: 0, message: { role: 'assistant', content: ANSWER }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 900, completion_tokens: 300, total_tokens: 1200 },
    }),
    stream: sse([
      ...PIECES.map(
        (text, i) =>
          `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: text } : { content: text }, finish_reason: null }] })}`,
      ),
      `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}`,
      `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [], usage: { prompt_tokens: 900, completion_tokens: 300, total_tokens: 1200 } })}`,
      'data: [DONE]',
    ]),
  },
  anthropic: {
    body: JSON.stringify({
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'bench-model',
      content: [{ type: 'text', text: ANSWER }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 900, output_tokens: 300 },
    }),
    stream: sse([
      `event: message_start\ndata: ${JSON.stringify({ type: 'message_start', message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'bench-model', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 900, output_tokens: 1 } } })}`,
      `event: content_block_start\ndata: ${JSON.stringify({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } })}`,
      ...PIECES.map(
        (text) =>
          `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })}`,
      ),
      `event: content_block_stop\ndata: ${JSON.stringify({ type: 'content_block_stop', index: 0 })}`,
      `event: message_delta\ndata: ${JSON.stringify({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 300 } })}`,
      `event: message_stop\ndata: ${JSON.stringify({ type: 'message_stop' })}`,
    ]),
  },
  gemini: {
    body: JSON.stringify({
      candidates: [{ content: { role: 'model', parts: [{ text: ANSWER }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: { promptTokenCount: 900, candidatesTokenCount: 300, totalTokenCount: 1200 },
    }),
    stream: sse(
      PIECES.map(
        (text, i) =>
          `data: ${JSON.stringify({
            candidates: [
              {
                content: { role: 'model', parts: [{ text }] },
                index: 0,
                ...(i === PIECES.length - 1 ? { finishReason: 'STOP' } : {}),
              },
            ],
            ...(i === PIECES.length - 1
              ? { usageMetadata: { promptTokenCount: 900, candidatesTokenCount: 300, totalTokenCount: 1200 } }
              : {}),
          })}`,
      ),
    ),
  },
};

/** Answers every call at once from memory; the stream arrives in reads of about 1 KB, as over a socket. */
function memoryTransport(wire) {
  const body = encoder.encode(wire.body);
  const streamBytes = encoder.encode(wire.stream);
  const reads = [];
  for (let offset = 0; offset < streamBytes.length; offset += 1024)
    reads.push(streamBytes.subarray(offset, offset + 1024));
  return {
    async send(request) {
      const stream = request.headers.accept === 'text/event-stream' || request.url.includes('alt=sse');
      return {
        status: 200,
        headers: {},
        body: (async function* () {
          if (stream) yield* reads;
          else yield body;
        })(),
        text: async () => wire.body,
        discard() {},
      };
    },
    async close() {},
  };
}

const TIMEOUTS = { connectMs: 5000, firstByteMs: 5000, firstTokenMs: 5000, idleMs: 5000, totalMs: 10_000 };

async function timeBatches(fn, { batches, perBatch }) {
  for (let i = 0; i < perBatch * 2; i++) await fn(); // warm-up: optimised code only
  const perRequestUs = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) await fn();
    perRequestUs.push(Number(process.hrtime.bigint() - start) / 1000 / perBatch);
  }
  return { medianUs: quantile(perRequestUs, 0.5), p90Us: quantile(perRequestUs, 0.9) };
}

export async function run(context) {
  const { root, settings, log } = context;
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const { createOpenAICompatibleProvider } = await load('providers/openai-compatible/openai-compatible-provider.js');
  const { createAnthropicProvider } = await load('providers/anthropic/anthropic-provider.js');
  const { createGeminiProvider } = await load('providers/gemini/gemini-provider.js');
  const { anthropicToCanonical } = await load('providers/anthropic/ingress/from-anthropic-request.js');
  const { canonicalToAnthropic } = await load('providers/anthropic/ingress/to-anthropic-response.js');
  const { createAnthropicEncoder } = await load('providers/anthropic/ingress/anthropic-events.js');
  const { parseCompletion, parseChunk } = await load('providers/openai-compatible/from-openai-response.js');
  const { Abort } = await load('spec/abort.js');

  const providers = {
    openai: createOpenAICompatibleProvider({
      name: 'o',
      baseUrl: 'http://o.invalid/v1',
      transport: memoryTransport(WIRE.openai),
    }),
    anthropic: createAnthropicProvider({ name: 'a', apiKey: 'k', transport: memoryTransport(WIRE.anthropic) }),
    gemini: createGeminiProvider({ name: 'g', apiKey: 'k', transport: memoryTransport(WIRE.gemini) }),
  };
  const request = canonicalRequest();
  const call = () => ({ request, extraBody: undefined, timeouts: TIMEOUTS, signal: new Abort() });
  const shape = settings.quick ? { batches: 10, perBatch: 100 } : { batches: 30, perBatch: 300 };

  const rows = {};
  for (const [name, provider] of Object.entries(providers)) {
    const chat = await timeBatches(() => provider.chat(call()), shape);
    const stream = await timeBatches(async () => {
      const result = await provider.stream(call());
      for await (const _batch of result) {
        // drain
      }
    }, shape);
    rows[name] = { chat, stream };
  }

  // The Anthropic ingress: an Anthropic request in, the canonical answer out as an Anthropic message / events.
  const anthropicBody = {
    model: 'chat',
    max_tokens: 600,
    system: request.messages[0].content,
    messages: request.messages.slice(1).map((message) => ({ role: message.role, content: message.content })),
    tools: request.tools.map((tool) => ({
      name: tool.function.name,
      description: tool.function.description,
      input_schema: tool.function.parameters,
    })),
  };
  const canonicalAnswer = parseCompletion(WIRE.openai.body, 'o').response;
  const canonicalChunks = WIRE.openai.stream
    .split('\n\n')
    .filter((block) => block.startsWith('data: {'))
    .map((block) => parseChunk(block.slice(6), 'o').chunk);
  const usage = { input: 900, output: 300, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: false };
  rows['anthropic ingress'] = {
    chat: await timeBatches(async () => {
      anthropicToCanonical(anthropicBody);
      JSON.stringify(canonicalToAnthropic(structuredClone(canonicalAnswer), 'bench-model'));
    }, shape),
    stream: await timeBatches(async () => {
      anthropicToCanonical(anthropicBody);
      const events = createAnthropicEncoder({ id: 'msg_1', model: 'bench-model' });
      let text = '';
      for (const chunk of canonicalChunks) text += events.chunk(chunk);
      text += events.end({ finish: { unified: 'stop', raw: 'stop' }, usage });
      return text;
    }, shape),
  };

  const base = rows.openai;
  log('\n== Translation cost per request (in process, µs; median of batch means, p90 in brackets) ==');
  log('path               non-stream            stream (60 events)');
  for (const [name, row] of Object.entries(rows)) {
    const cell = (which) =>
      `${row[which].medianUs.toFixed(1).padStart(7)} [${row[which].p90Us.toFixed(1)}] ×${(row[which].medianUs / base[which].medianUs).toFixed(2)}`;
    log(`${name.padEnd(18)} ${cell('chat').padEnd(21)} ${cell('stream')}`);
  }
  log('×: ratio to the OpenAI-compatible path measured in this run. The ingress row is translation only (no adapter).');
  return rows;
}
