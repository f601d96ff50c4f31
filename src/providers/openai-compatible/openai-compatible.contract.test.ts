import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatRequest } from '../../spec/chat.js';
import { BASIC_REQUEST, runProviderContract, type WireReply } from '../../testing/provider-contract.js';
import { createOpenAICompatibleProvider } from './openai-compatible-provider.js';
import { OPENAI_PRESETS } from './presets.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const json = (name: string): any => JSON.parse(read(name));

function errorReply(name: string): WireReply {
  const meta = json(`${name}.meta.json`) as { status: number; headers: Record<string, string> };
  return { status: meta.status, headers: meta.headers, body: read(`${name}.json`) };
}

/** Cuts a body into pieces of `size` characters, so events and JSON straddle network reads. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
  return out;
}

const BASE = OPENAI_PRESETS.openai.baseUrl;
const URL = `${BASE}/chat/completions`;
const KEY = 'sk-test-0123456789abcdef';
const HEADERS = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const TEXT_STREAM = read('text.chunks.txt');

/** The SSE events of a stream fixture, each with its blank line. */
const events = (text: string) =>
  text
    .split('\n\n')
    .filter((event) => event !== '')
    .map((event) => `${event}\n\n`);

const imageRequest: ChatRequest = {
  model: 'gpt-4.1-mini',
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: "What's in this image?" },
        {
          type: 'image_url',
          image_url: {
            url: 'https://upload.wikimedia.org/wikipedia/commons/3/3b/Gfp-wisconsin-madison-the-nature-boardwalk.jpg',
          },
        },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'low' } },
      ],
    },
  ],
};

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Get current temperature for a given location.',
    parameters: {
      type: 'object',
      properties: { location: { type: 'string', description: 'City and country e.g. Bogotá, Colombia' } },
      required: ['location'],
      additionalProperties: false,
    },
    strict: true,
  },
};

const toolResultsRequest: ChatRequest = {
  model: 'gpt-4.1',
  tools: [weatherTool],
  messages: [
    { role: 'user', content: "What's the weather like in Paris today?" },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_12345xyz',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"location":"Paris, France"}' },
        },
      ],
    },
    { role: 'tool', tool_call_id: 'call_12345xyz', content: '14' },
  ],
};

runProviderContract({
  name: 'openai-compatible (openai preset)',
  create: (transport) =>
    createOpenAICompatibleProvider({
      name: 'openai',
      baseUrl: BASE,
      apiKey: KEY,
      maxTokensField: OPENAI_PRESETS.openai.maxTokensField,
      transport,
    }),
  okReply: { status: 200, body: read('text-response.json') },
  okStreamReply: { status: 200, body: TEXT_STREAM },
  cases: {
    'request.text': {
      kind: 'request',
      request: {
        model: 'gpt-4.1',
        messages: [{ role: 'user', content: 'Hello' }],
        max_tokens: 300,
        temperature: 0.2,
        user: 'user-42',
        // Unknown to Rung, known to OpenAI: passed through untouched.
        seed: 7,
        logprobs: false,
        service_tier: 'flex',
      },
      expect: {
        url: URL,
        headers: { ...HEADERS, accept: 'application/json' },
        // The openai preset moves the cap to max_completion_tokens (reasoning models reject max_tokens).
        body: {
          model: 'gpt-4.1',
          messages: [{ role: 'user', content: 'Hello' }],
          max_completion_tokens: 300,
          temperature: 0.2,
          user: 'user-42',
          seed: 7,
          logprobs: false,
          service_tier: 'flex',
        },
      },
    },
    'request.system': {
      kind: 'request',
      request: {
        model: 'gpt-4.1',
        messages: [
          { role: 'developer', content: 'You are a helpful assistant.' },
          { role: 'system', content: [{ type: 'text', text: 'Answer in French.' }] },
          { role: 'user', content: 'Hello!' },
        ],
      },
      expect: {
        url: URL,
        body: {
          model: 'gpt-4.1',
          messages: [
            { role: 'developer', content: 'You are a helpful assistant.' },
            { role: 'system', content: [{ type: 'text', text: 'Answer in French.' }] },
            { role: 'user', content: 'Hello!' },
          ],
        },
      },
    },
    'request.images': { kind: 'request', request: imageRequest, expect: { url: URL, body: imageRequest } },
    'request.tools': {
      kind: 'request',
      request: { ...BASIC_REQUEST, tools: [weatherTool], tool_choice: 'auto', parallel_tool_calls: false },
      extraBody: { metadata: { route: 'chat' } },
      expect: {
        url: URL,
        body: {
          ...BASIC_REQUEST,
          tools: [weatherTool],
          tool_choice: 'auto',
          parallel_tool_calls: false,
          metadata: { route: 'chat' },
        },
      },
    },
    'request.tool_results': {
      kind: 'request',
      request: toolResultsRequest,
      expect: { url: URL, body: toolResultsRequest },
    },
    'request.stream': {
      kind: 'request',
      request: { ...BASIC_REQUEST, stream_options: { include_usage: false } },
      stream: true,
      expect: {
        url: URL,
        headers: { ...HEADERS, accept: 'text/event-stream' },
        // Usage is always asked for: it prices the call (the core hides it from clients that did not ask).
        body: { ...BASIC_REQUEST, stream: true, stream_options: { include_usage: true } },
      },
    },
    'response.text': {
      kind: 'response',
      reply: { status: 200, body: read('text-response.json') },
      expect: {
        content: 'Hello! How can I assist you today?',
        finish: { unified: 'stop', raw: 'stop' },
        usage: { input: 19, output: 10, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: false },
      },
    },
    'response.tool_calls': {
      kind: 'response',
      reply: { status: 200, body: read('tool-calls-response.json') },
      expect: {
        content: '',
        toolCalls: [{ id: 'call_abc123', name: 'get_current_weather', arguments: { location: 'Boston, MA' } }],
        finish: { unified: 'tool_calls', raw: 'tool_calls' },
        usage: { input: 82, output: 17 },
      },
    },
    'response.usage_cache': {
      kind: 'response',
      reply: { status: 200, body: read('cached-usage-response.json') },
      expect: {
        finish: { unified: 'stop', raw: 'stop' },
        // prompt_tokens already counts the cached ones; they are a subset, not added.
        usage: { input: 2006, output: 300, cachedInput: 1920, cacheWrite: 0, estimated: false },
      },
    },
    'response.length': {
      kind: 'response',
      reply: { status: 200, body: read('length-response.json') },
      expect: {
        content: 'Quantum physics is the branch of physics that',
        finish: { unified: 'length', raw: 'length' },
      },
    },
    'response.filtered': {
      kind: 'response',
      reply: { status: 200, body: read('content-filter-response.json') },
      expect: { content: '', finish: { unified: 'content_filter', raw: 'content_filter' } },
    },
    'response.malformed': {
      kind: 'response',
      reply: { status: 200, body: read('text-response.json').slice(0, 150) },
      expect: { failure: 'malformed', upstreamStatus: 200 },
    },
    'stream.text': {
      kind: 'stream',
      reply: { status: 200, body: pieces(TEXT_STREAM, 37) },
      expect: {
        content: 'Hello! How can I help you today?',
        finish: { unified: 'stop', raw: 'stop' },
        usage: { input: 19, output: 10, cachedInput: 0, reasoning: 0 },
      },
    },
    'stream.tool_calls': {
      kind: 'stream',
      reply: { status: 200, body: pieces(read('tool-calls.chunks.txt'), 53) },
      expect: {
        content: '',
        toolCalls: [
          { id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA', name: 'get_weather', arguments: { location: 'Paris, France' } },
        ],
        finish: { unified: 'tool_calls', raw: 'tool_calls' },
        usage: { input: 68, output: 16 },
      },
    },
    'stream.error_before_content': {
      kind: 'stream',
      reply: { status: 200, body: read('error-before-content.chunks.txt') },
      expect: { failure: 'upstream_error', upstreamStatus: 200 },
    },
    'stream.cut': {
      kind: 'stream',
      // Content, then the body ends: no finish reason, no [DONE].
      reply: { status: 200, body: events(TEXT_STREAM).slice(0, 5).join('') },
      expect: { failure: 'stream_cut' },
    },
    'error.400': {
      kind: 'response',
      reply: errorReply('error-invalid-request-400'),
      expect: { failure: 'bad_request', upstreamStatus: 400 },
    },
    'error.401': {
      kind: 'response',
      reply: errorReply('error-invalid-api-key-401'),
      expect: { failure: 'auth_error', upstreamStatus: 401 },
    },
    'error.404': {
      kind: 'response',
      reply: errorReply('error-model-not-found-404'),
      expect: { failure: 'model_not_found', upstreamStatus: 404 },
    },
    'error.429': {
      kind: 'response',
      reply: errorReply('error-rate-limit-429'),
      expect: { failure: 'rate_limited', retryAfterMs: 1000, upstreamStatus: 429 },
    },
    'error.500': {
      kind: 'response',
      reply: errorReply('error-server-500'),
      expect: { failure: 'upstream_error', upstreamStatus: 500 },
    },
    'error.overloaded': {
      kind: 'response',
      reply: errorReply('error-overloaded-503'),
      expect: { failure: 'upstream_error', upstreamStatus: 503 },
    },
    embed: {
      kind: 'embed',
      // The client asked for base64; upstream is asked for floats (the core encodes).
      request: { ...json('embeddings-request.json'), encoding_format: 'base64' },
      reply: { status: 200, body: read('embeddings-response.json') },
      expect: {
        request: { url: `${BASE}/embeddings`, headers: HEADERS, body: json('embeddings-request.json') },
        vectors: json('embeddings-response.json').data.map((item: { embedding: number[] }) => item.embedding),
        usage: { input: 13, output: 0, estimated: false },
      },
    },
  },
  extra: {
    'stream.error_after_content': {
      kind: 'stream',
      // The same error event after some text: the partial answer is not an answer.
      reply: {
        status: 200,
        body: [...events(TEXT_STREAM).slice(0, 3), ...events(read('error-before-content.chunks.txt')).slice(1)].join(
          '',
        ),
      },
      expect: { failure: 'upstream_error' },
    },
    'error.402_openrouter': {
      kind: 'response',
      reply: errorReply('error-openrouter-402'),
      expect: { failure: 'auth_error', upstreamStatus: 402 },
    },
    'embed.unordered': {
      kind: 'embed',
      request: { model: 'text-embedding-3-small', input: ['a', 'b'] },
      reply: {
        status: 200,
        body: '{"object":"list","data":[{"object":"embedding","index":1,"embedding":[0.5,0.5]},{"object":"embedding","index":0,"embedding":[1,0]}],"model":"text-embedding-3-small","usage":{"prompt_tokens":2,"total_tokens":2}}',
      },
      expect: {
        request: {
          url: `${BASE}/embeddings`,
          body: { model: 'text-embedding-3-small', input: ['a', 'b'], encoding_format: 'float' },
        },
        vectors: [
          [1, 0],
          [0.5, 0.5],
        ],
        usage: { input: 2 },
      },
    },
  },
});
