/**
 * The provider contract run against the simulator: the OpenAI-compatible adapter over `createSimTransport`, each
 * case a scripted model (a behaviour) rather than a recorded reply. The contract's fixture transport only records
 * what the adapter sends, so request cases still compare the exact upstream body; the simulator plays the reply.
 */
import type { z } from 'zod';
import { simModelSchema } from '../../config/schema.js';
import type { ChatRequest } from '../../spec/chat.js';
import { runProviderContract, type WireReply } from '../../testing/provider-contract.js';
import type { Transport } from '../http/transport.js';
import { createOpenAICompatibleProvider } from '../openai-compatible/openai-compatible-provider.js';
import { embedVector } from './sim-embeddings.js';
import { createSimTransport } from './sim-transport.js';

const REPLY = 'Hello from the simulator.';
const TOOL = {
  type: 'function',
  function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
};

const MODELS: Record<string, z.input<typeof simModelSchema>> = {
  'sim-answer': { reply: REPLY },
  'sim-tool': { behavior: 'tool_call' },
  'sim-filter': { behavior: 'content_filter' },
  'sim-malformed': { behavior: 'malformed' },
  'sim-cut': { behavior: 'cut_stream' },
  'sim-bad-request': { behavior: 'bad_request' },
  'sim-unauthorized': { behavior: 'unauthorized' },
  'sim-gone': { behavior: 'model_not_found' },
  'sim-rate-limited': { behavior: 'rate_limit', retry_after_s: 3 },
  'sim-500': { behavior: 'server_error', error_status: 500 },
  'sim-overloaded': { behavior: 'server_error', error_status: 503 },
  'sim-stall': { behavior: 'headers_then_stall' },
  'sim-embed': {},
  'sim-cached': { prefix_cache: { write_tokens: true } },
};

/** The simulator answers; the contract's recorded reply is never played (the fixture transport only records). */
const SIMULATED: WireReply = { status: 200, body: '' };
const URL = 'http://simulator.invalid/v1/chat/completions';
const ask = (model: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model,
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
});

/** 1,500 tokens of system prompt: long enough for the simulated prefix cache (1,024 tokens minimum). */
const LONG_SYSTEM = 'You answer questions about the weather. '.repeat(150);
const cachedRequest = ask('sim-cached', {
  messages: [
    { role: 'system', content: LONG_SYSTEM },
    { role: 'user', content: 'Hello' },
  ],
});

/**
 * Sends through the simulator, and through the contract's fixture transport only to record the request. A call
 * to sim-cached is sent once before, unrecorded, so the simulated prefix cache has seen its prompt.
 */
function simulated(recorder: Transport): Transport {
  const models = new Map(Object.entries(MODELS).map(([id, fields]) => [id, simModelSchema.parse(fields)]));
  const simulator = createSimTransport({ seed: 42, models });
  let warmed = false;
  return {
    async send(request) {
      void recorder.send(request).then((response) => response.discard());
      if (!warmed && request.body?.includes('"model":"sim-cached"') === true) {
        warmed = true;
        await (await simulator.send(request)).text();
      }
      return simulator.send(request);
    },
    close: () => simulator.close(),
  };
}

const imageRequest = ask('sim-answer', {
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Describe this.' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'low' } },
      ],
    },
  ],
});
const toolResultsRequest = ask('sim-answer', {
  tools: [TOOL],
  messages: [
    { role: 'user', content: 'Weather in Oslo?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: '-3' },
  ],
});
/** Seeded: the first call to a model under seed 42 always draws this id. */
const TOOL_CALL = { id: 'call_sim_ozed5zl74zh4', name: 'get_weather', arguments: {} };
const EMBED_INPUT = ['the cat sat on the mat', 'a dog in the fog'];

runProviderContract({
  name: 'simulator',
  create: (recorder) =>
    createOpenAICompatibleProvider({
      name: 'sim',
      kind: 'simulator',
      baseUrl: 'http://simulator.invalid/v1',
      transport: simulated(recorder),
    }),
  okReply: SIMULATED,
  okStreamReply: SIMULATED,
  cases: {
    // The adapter is the OpenAI-compatible one; these check that the simulator accepts what it sends.
    'request.text': {
      kind: 'request',
      request: ask('sim-answer', { max_tokens: 50, temperature: 0.2, seed: 7 }),
      expect: { url: URL, body: ask('sim-answer', { max_tokens: 50, temperature: 0.2, seed: 7 }) },
    },
    'request.system': {
      kind: 'request',
      request: ask('sim-answer', {
        messages: [
          { role: 'system', content: 'Be terse.' },
          { role: 'user', content: 'Hello' },
        ],
      }),
      expect: {
        url: URL,
        body: ask('sim-answer', {
          messages: [
            { role: 'system', content: 'Be terse.' },
            { role: 'user', content: 'Hello' },
          ],
        }),
      },
    },
    'request.images': { kind: 'request', request: imageRequest, expect: { url: URL, body: imageRequest } },
    'request.tools': {
      kind: 'request',
      request: ask('sim-tool', { tools: [TOOL], tool_choice: 'auto' }),
      expect: { url: URL, body: ask('sim-tool', { tools: [TOOL], tool_choice: 'auto' }) },
    },
    'request.tool_results': {
      kind: 'request',
      request: toolResultsRequest,
      expect: { url: URL, body: toolResultsRequest },
    },
    'request.stream': {
      kind: 'request',
      request: ask('sim-answer'),
      stream: true,
      expect: { url: URL, body: ask('sim-answer', { stream: true, stream_options: { include_usage: true } }) },
    },
    'response.text': {
      kind: 'response',
      request: ask('sim-answer'),
      reply: SIMULATED,
      // Usage is the simulator's four-characters-a-token estimate, reported as the upstream's own count.
      expect: {
        content: REPLY,
        finish: { unified: 'stop', raw: 'stop' },
        usage: { input: 2, output: 7, estimated: false },
      },
    },
    'response.tool_calls': {
      kind: 'response',
      request: ask('sim-tool', { tools: [TOOL] }),
      reply: SIMULATED,
      expect: { toolCalls: [TOOL_CALL], finish: { unified: 'tool_calls', raw: 'tool_calls' } },
    },
    'response.usage_cache': {
      kind: 'response',
      request: cachedRequest,
      reply: SIMULATED,
      expect: {
        finish: { unified: 'stop', raw: 'stop' },
        // 6,005 characters: 1,502 prompt tokens, of which the longest 128-token step from 1,024 was cached.
        usage: { input: 1502, cachedInput: 1408, cacheWrite: 0, estimated: false },
      },
    },
    'response.length': {
      kind: 'response',
      request: ask('sim-answer', { max_tokens: 2 }),
      reply: SIMULATED,
      expect: { content: REPLY.slice(0, 8), finish: { unified: 'length', raw: 'length' } },
    },
    'response.filtered': {
      kind: 'response',
      request: ask('sim-filter'),
      reply: SIMULATED,
      expect: { content: '', finish: { unified: 'content_filter', raw: 'content_filter' } },
    },
    'response.malformed': {
      kind: 'response',
      request: ask('sim-malformed'),
      reply: SIMULATED,
      expect: { failure: 'malformed', upstreamStatus: 200 },
    },
    'stream.text': {
      kind: 'stream',
      request: ask('sim-answer', { stream_options: { include_usage: true } }),
      reply: SIMULATED,
      expect: { content: REPLY, finish: { unified: 'stop', raw: 'stop' }, usage: { input: 2, output: 7 } },
    },
    'stream.tool_calls': {
      kind: 'stream',
      request: ask('sim-tool', { tools: [TOOL] }),
      reply: SIMULATED,
      expect: { toolCalls: [TOOL_CALL], finish: { unified: 'tool_calls', raw: 'tool_calls' } },
    },
    'stream.error_before_content': {
      kind: 'stream',
      // The simulator's failure inside a 200 stream: the role chunk, then an event that is not JSON.
      request: ask('sim-malformed'),
      reply: SIMULATED,
      expect: { failure: 'malformed', upstreamStatus: 200 },
    },
    'stream.cut': {
      kind: 'stream',
      // The simulator cuts a stream with a TCP reset after the role chunk; the transports (this one and undici)
      // report a reset as connect_error. A stream that ends cleanly before its finish is the adapter's own case.
      request: ask('sim-cut'),
      reply: SIMULATED,
      expect: { failure: 'connect_error' },
    },
    'error.400': {
      kind: 'response',
      request: ask('sim-bad-request'),
      reply: SIMULATED,
      expect: { failure: 'bad_request', upstreamStatus: 400 },
    },
    'error.401': {
      kind: 'response',
      request: ask('sim-unauthorized'),
      reply: SIMULATED,
      expect: { failure: 'auth_error', upstreamStatus: 401 },
    },
    'error.404': {
      kind: 'response',
      request: ask('sim-gone'),
      reply: SIMULATED,
      expect: { failure: 'model_not_found', upstreamStatus: 404 },
    },
    'error.429': {
      kind: 'response',
      request: ask('sim-rate-limited'),
      reply: SIMULATED,
      expect: { failure: 'rate_limited', retryAfterMs: 3000, upstreamStatus: 429 },
    },
    'error.500': {
      kind: 'response',
      request: ask('sim-500'),
      reply: SIMULATED,
      expect: { failure: 'upstream_error', upstreamStatus: 500 },
    },
    'error.overloaded': {
      kind: 'response',
      request: ask('sim-overloaded'),
      reply: SIMULATED,
      expect: { failure: 'upstream_error', upstreamStatus: 503 },
    },
    embed: {
      kind: 'embed',
      request: { model: 'sim-embed', input: EMBED_INPUT, encoding_format: 'base64', dimensions: 12 },
      reply: SIMULATED,
      expect: {
        request: {
          url: 'http://simulator.invalid/v1/embeddings',
          body: { model: 'sim-embed', input: EMBED_INPUT, encoding_format: 'float', dimensions: 12 },
        },
        vectors: EMBED_INPUT.map((text) => embedVector('sim-embed', text, 12)),
        usage: { input: 6 + 4, estimated: false },
      },
    },
  },
  extra: {
    'stream.unknown_model': {
      kind: 'stream',
      request: ask('sim-not-configured'),
      reply: SIMULATED,
      expect: { failure: 'model_not_found', upstreamStatus: 404 },
    },
    'stream.rate_limit': {
      kind: 'stream',
      request: ask('sim-rate-limited'),
      reply: SIMULATED,
      expect: { failure: 'rate_limited', retryAfterMs: 3000, upstreamStatus: 429 },
    },
    'response.cut_body': {
      kind: 'response',
      request: ask('sim-cut'),
      reply: SIMULATED,
      expect: { failure: 'connect_error' },
    },
  },
});
