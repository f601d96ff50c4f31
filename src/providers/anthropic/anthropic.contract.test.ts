import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatRequest } from '../../spec/chat.js';
import { BASIC_REQUEST, runProviderContract, type WireReply } from '../../testing/provider-contract.js';
import { createAnthropicProvider } from './anthropic-provider.js';

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

const URL = 'https://api.anthropic.com/v1/messages';
const HEADERS = {
  'x-api-key': 'sk-ant-test-key',
  'anthropic-version': '2023-06-01',
  'content-type': 'application/json',
};
const TEXT_STREAM = read('text.chunks.txt');

const imageWire = json('text-request.json');
const imageRequest: ChatRequest = {
  model: 'claude-sonnet-4-5',
  max_tokens: 1024,
  temperature: 0.7,
  stop: ['END', 'STOP'],
  messages: [
    {
      role: 'system',
      content: [
        {
          type: 'text',
          text: 'You are an AI assistant tasked with analyzing images. Respond concisely.',
          cache_control: { type: 'ephemeral' },
        },
      ],
    },
    {
      role: 'user',
      content: [
        {
          type: 'image_url',
          image_url: { url: `data:image/png;base64,${imageWire.messages[0].content[0].source.data}` },
        },
        { type: 'image_url', image_url: { url: imageWire.messages[0].content[1].source.url, detail: 'high' } },
        { type: 'text', text: 'Describe these images.' },
      ],
    },
  ],
};

const toolWire = json('tool-use-request.json');
const toolRequest: ChatRequest = {
  model: 'claude-sonnet-4-5',
  max_tokens: 1024,
  tools: toolWire.tools.map((tool: { name: string; description: string; input_schema: unknown }) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.input_schema },
  })),
  tool_choice: 'auto',
  messages: [
    { role: 'user', content: "What's the weather like in San Francisco?" },
    {
      role: 'assistant',
      content: "I'll check the current weather in San Francisco for you.",
      tool_calls: [
        {
          id: 'toolu_01A09q90qw90lq917835lq9',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"location":"San Francisco, CA","unit":"celsius"}' },
        },
      ],
    },
    { role: 'tool', tool_call_id: 'toolu_01A09q90qw90lq917835lq9', content: '15 degrees' },
  ],
};

const call = (id: string, name: string, args: unknown) => ({
  id,
  type: 'function' as const,
  function: { name, arguments: JSON.stringify(args) },
});

runProviderContract({
  name: 'anthropic',
  create: (transport) => createAnthropicProvider({ name: 'anthropic', apiKey: 'sk-ant-test-key', transport }),
  okReply: { status: 200, body: read('text-response.json') },
  okStreamReply: { status: 200, body: TEXT_STREAM },
  cases: {
    'request.text': {
      kind: 'request',
      request: {
        model: 'claude-sonnet-4-5',
        messages: [{ role: 'user', content: 'Hello' }],
        max_tokens: 300,
        temperature: 0.2,
        top_p: 0.9,
        stop: 'END',
        user: 'user-42',
        // OpenAI-only fields: Anthropic would reject them, so they must not reach it.
        seed: 7,
        n: 1,
        logprobs: false,
        frequency_penalty: 0.5,
        response_format: { type: 'text' },
        metadata: { team: 'a' },
        stream_options: { include_usage: true },
      },
      expect: {
        url: URL,
        headers: { ...HEADERS, accept: 'application/json' },
        body: {
          model: 'claude-sonnet-4-5',
          max_tokens: 300,
          temperature: 0.2,
          top_p: 0.9,
          stop_sequences: ['END'],
          metadata: { user_id: 'user-42' },
          messages: [{ role: 'user', content: 'Hello' }],
        },
      },
    },
    'request.system': {
      kind: 'request',
      request: {
        model: 'claude-sonnet-4-5',
        messages: [
          { role: 'system', content: 'You are terse.' },
          { role: 'user', content: 'Hello' },
          { role: 'developer', content: [{ type: 'text', text: 'Answer in French.' }] },
        ],
      },
      expect: {
        url: URL,
        body: {
          model: 'claude-sonnet-4-5',
          max_tokens: 4096,
          system: 'You are terse.\n\nAnswer in French.',
          messages: [{ role: 'user', content: 'Hello' }],
        },
      },
    },
    'request.images': { kind: 'request', request: imageRequest, expect: { url: URL, body: imageWire } },
    'request.tools': { kind: 'request', request: toolRequest, expect: { url: URL, body: toolWire } },
    'request.tool_results': {
      kind: 'request',
      request: {
        model: 'claude-sonnet-4-5',
        messages: [
          { role: 'user', content: 'Weather and time in New York?' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              call('toolu_1', 'get_weather', { location: 'New York, NY' }),
              call('toolu_2', 'get_time', { timezone: 'America/New_York' }),
            ],
          },
          { role: 'tool', tool_call_id: 'toolu_1', content: '15 degrees' },
          {
            role: 'tool',
            tool_call_id: 'toolu_2',
            content: [{ type: 'text', text: '09:30', cache_control: { type: 'ephemeral' } }],
          },
          { role: 'user', content: 'Thanks. And in Boston?' },
        ],
      },
      expect: {
        url: URL,
        body: {
          model: 'claude-sonnet-4-5',
          max_tokens: 4096,
          messages: [
            { role: 'user', content: 'Weather and time in New York?' },
            {
              role: 'assistant',
              content: [
                { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { location: 'New York, NY' } },
                { type: 'tool_use', id: 'toolu_2', name: 'get_time', input: { timezone: 'America/New_York' } },
              ],
            },
            {
              role: 'user',
              content: [
                { type: 'tool_result', tool_use_id: 'toolu_1', content: '15 degrees' },
                {
                  type: 'tool_result',
                  tool_use_id: 'toolu_2',
                  content: [{ type: 'text', text: '09:30', cache_control: { type: 'ephemeral' } }],
                },
                { type: 'text', text: 'Thanks. And in Boston?' },
              ],
            },
          ],
        },
      },
    },
    'request.stream': {
      kind: 'request',
      request: BASIC_REQUEST,
      stream: true,
      expect: {
        url: URL,
        headers: { ...HEADERS, accept: 'text/event-stream' },
        body: {
          model: 'upstream-model',
          max_tokens: 4096,
          messages: [{ role: 'user', content: 'Hello' }],
          stream: true,
        },
      },
    },
    'response.text': {
      kind: 'response',
      reply: { status: 200, body: read('text-response.json') },
      expect: {
        content: 'The first image is a single pixel; the second shows an ant on a plant.',
        finish: { unified: 'stop', raw: 'end_turn' },
        usage: { input: 21 + 188086, output: 393 },
      },
    },
    'response.tool_calls': {
      kind: 'response',
      reply: { status: 200, body: read('tool-use-response.json') },
      expect: {
        content: "I'll check the weather and the time in New York at the same time.",
        toolCalls: [
          {
            id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
            name: 'get_weather',
            arguments: { location: 'New York, NY', unit: 'fahrenheit' },
          },
          { id: 'toolu_01CswdEQBMshySk6Y9DFKrfq', name: 'get_time', arguments: { timezone: 'America/New_York' } },
        ],
        finish: { unified: 'tool_calls', raw: 'tool_use' },
        usage: { input: 472, output: 89, cachedInput: 0, cacheWrite: 0 },
      },
    },
    'response.usage_cache': {
      kind: 'response',
      reply: { status: 200, body: read('text-response.json') },
      expect: {
        finish: { unified: 'stop', raw: 'end_turn' },
        usage: { input: 188107, output: 393, cachedInput: 0, cacheWrite: 188086, estimated: false },
      },
    },
    'response.length': {
      kind: 'response',
      reply: { status: 200, body: read('max-tokens-response.json') },
      expect: {
        content: 'Quantum physics is the branch of physics that',
        finish: { unified: 'length', raw: 'max_tokens' },
      },
    },
    'response.filtered': {
      kind: 'response',
      reply: { status: 200, body: read('refusal-response.json') },
      expect: { content: '', finish: { unified: 'content_filter', raw: 'refusal' } },
    },
    'response.malformed': {
      kind: 'response',
      reply: { status: 200, body: read('text-response.json').slice(0, 120) },
      expect: { failure: 'malformed' },
    },
    'stream.text': {
      kind: 'stream',
      reply: { status: 200, body: pieces(TEXT_STREAM, 7) },
      expect: {
        content: 'Hello! How can I help you today?',
        finish: { unified: 'stop', raw: 'end_turn' },
        usage: { input: 25, output: 15, cachedInput: 0, cacheWrite: 0 },
      },
    },
    'stream.tool_calls': {
      kind: 'stream',
      reply: { status: 200, body: pieces(read('tool-use.chunks.txt'), 61) },
      expect: {
        content: "Okay, let's check the weather for San Francisco, CA:",
        toolCalls: [
          {
            id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
            name: 'get_weather',
            arguments: { location: 'San Francisco, CA', unit: 'fahrenheit' },
          },
        ],
        finish: { unified: 'tool_calls', raw: 'tool_use' },
        usage: { input: 472, output: 89 },
      },
    },
    'stream.error_before_content': {
      kind: 'stream',
      reply: { status: 200, body: read('error-before-content.chunks.txt') },
      expect: { failure: 'upstream_error', upstreamStatus: 529 },
    },
    'stream.cut': {
      kind: 'stream',
      reply: { status: 200, body: TEXT_STREAM.slice(0, TEXT_STREAM.indexOf('event: message_delta')) },
      expect: { failure: 'stream_cut' },
    },
    'error.400': {
      kind: 'response',
      reply: errorReply('error-invalid-request-400'),
      expect: { failure: 'bad_request', upstreamStatus: 400 },
    },
    'error.401': {
      kind: 'response',
      reply: errorReply('error-authentication-401'),
      expect: { failure: 'auth_error', upstreamStatus: 401 },
    },
    'error.404': {
      kind: 'response',
      reply: errorReply('error-not-found-404'),
      expect: { failure: 'model_not_found', upstreamStatus: 404 },
    },
    'error.429': {
      kind: 'response',
      reply: errorReply('error-rate-limit-429'),
      expect: { failure: 'rate_limited', retryAfterMs: 20_000, upstreamStatus: 429 },
    },
    'error.500': {
      kind: 'response',
      // The "Errors" page documents 500 as api_error with the usual error shape; there is no recorded body.
      reply: {
        status: 500,
        body: '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}',
      },
      expect: { failure: 'upstream_error', upstreamStatus: 500 },
    },
    'error.overloaded': {
      kind: 'response',
      reply: errorReply('error-overloaded-529'),
      expect: { failure: 'upstream_error', upstreamStatus: 529 },
    },
  },
  skip: { embed: 'Anthropic has no embeddings API' },
  extra: {
    'response.thinking': {
      kind: 'response',
      reply: { status: 200, body: read('thinking-response.json') },
      expect: {
        content: '27 * 453 = 12,231',
        reasoning: json('thinking-response.json').content[0].thinking,
        finish: { unified: 'stop', raw: 'end_turn' },
      },
    },
    'response.pause_turn': {
      kind: 'response',
      reply: { status: 200, body: read('pause-turn-response.json') },
      expect: {
        content: "I'll search for recent quantum computing breakthroughs.",
        toolCalls: [],
        finish: { unified: 'stop', raw: 'pause_turn' },
        usage: { input: 6039, output: 931 },
      },
    },
    'stream.error_as_data': {
      kind: 'stream',
      reply: {
        status: 200,
        body: `${TEXT_STREAM.slice(0, TEXT_STREAM.indexOf('event: message_delta'))}data: {"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}\n\n`,
      },
      expect: { failure: 'rate_limited', upstreamStatus: 429 },
    },
  },
});
