import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatRequest } from '../../spec/chat.js';
import { BASIC_REQUEST, runProviderContract, type WireReply } from '../../testing/provider-contract.js';
import { createGeminiProvider } from './gemini-provider.js';

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

const sse = (...bodies: unknown[]) => bodies.map((body) => `data: ${JSON.stringify(body)}\n\n`).join('');

const BASE = 'https://generativelanguage.googleapis.com/v1beta/models';
const URL = `${BASE}/gemini-2.5-flash:generateContent`;
const HEADERS = { 'x-goog-api-key': 'AIza-test-key-123', 'content-type': 'application/json' };
const TEXT_STREAM = read('text.chunks.txt');

// text-request.json as a canonical request; its safetySettings come from the route's extra_body.
const textWire = json('text-request.json');
const textRequest: ChatRequest = {
  model: 'gemini-2.5-flash',
  messages: [
    { role: 'system', content: textWire.systemInstruction.parts[0].text },
    { role: 'user', content: textWire.contents[0].parts[0].text },
    { role: 'assistant', content: textWire.contents[1].parts[0].text },
    { role: 'user', content: [{ type: 'text', text: textWire.contents[2].parts[0].text }] },
  ],
  temperature: 0.7,
  max_tokens: 256,
  stop: ['\n\n\n'],
  // OpenAI-only fields: Gemini rejects unknown fields, so they must not reach it.
  user: 'user-42',
  n: 1,
  logprobs: false,
  metadata: { team: 'a' },
  stream_options: { include_usage: true },
  parallel_tool_calls: true,
};

// function-call-request.json as a canonical request. The fixture declares `parameters` in Google's OpenAPI
// subset; the adapter sends the client's JSON Schema as `parametersJsonSchema` instead (see to-gemini-request.ts),
// and sends call ids, which the fixture has none of.
const toolWire = json('function-call-request.json');
const jsonSchema = (names: string[]) => ({
  type: 'object',
  properties: Object.fromEntries(names.map((name) => [name, { type: 'number' }])),
  required: names,
});
const toolRequest: ChatRequest = {
  model: 'gemini-2.5-flash',
  tools: [
    {
      type: 'function',
      function: {
        name: 'customDivide',
        description: 'Custom divide function',
        parameters: { $schema: 'http://json-schema.org/draft-07/schema#', ...jsonSchema(['numerator', 'denominator']) },
        strict: true,
      },
      cache_control: { type: 'ephemeral' },
    },
    {
      type: 'function',
      function: { name: 'multiply', description: 'Multiply two numbers', parameters: jsonSchema(['x', 'y']) },
    },
  ],
  tool_choice: 'auto',
  messages: [
    { role: 'user', content: toolWire.contents[0].parts[0].text },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_div',
          type: 'function',
          function: { name: 'customDivide', arguments: '{"numerator":100,"denominator":2}' },
        },
      ],
    },
    { role: 'tool', tool_call_id: 'call_div', content: '{"result":50}' },
  ],
};
const toolContents = [
  toolWire.contents[0],
  { role: 'model', parts: [{ functionCall: { id: 'call_div', ...toolWire.contents[1].parts[0].functionCall } }] },
  {
    role: 'user',
    parts: [{ functionResponse: { id: 'call_div', ...toolWire.contents[2].parts[0].functionResponse } }],
  },
];

runProviderContract({
  name: 'gemini',
  create: (transport) => createGeminiProvider({ name: 'gemini', apiKey: 'AIza-test-key-123', transport }),
  okReply: { status: 200, body: read('text-response.json') },
  okStreamReply: { status: 200, body: TEXT_STREAM },
  cases: {
    'request.text': {
      kind: 'request',
      request: textRequest,
      extraBody: { safetySettings: textWire.safetySettings },
      expect: { url: URL, headers: { ...HEADERS, accept: 'application/json' }, body: textWire },
    },
    'request.system': {
      kind: 'request',
      request: {
        model: 'gemini-2.5-flash',
        messages: [
          { role: 'system', content: 'You are terse.' },
          { role: 'user', content: 'Hello' },
          {
            role: 'developer',
            content: [{ type: 'text', text: 'Answer in French.', cache_control: { type: 'ephemeral' } }],
          },
        ],
      },
      expect: {
        url: URL,
        body: {
          systemInstruction: { parts: [{ text: 'You are terse.' }, { text: 'Answer in French.' }] },
          contents: [{ role: 'user', parts: [{ text: 'Hello' }] }],
        },
      },
    },
    'request.images': {
      kind: 'request',
      request: {
        model: 'gemini-2.5-flash',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              {
                type: 'image_url',
                image_url: { url: 'https://example.com/photos/ant.PNG?size=large', detail: 'high' },
              },
              { type: 'image_url', image_url: { url: 'https://example.com/render' } },
              { type: 'text', text: 'Describe these images.' },
            ],
          },
        ],
      },
      expect: {
        url: URL,
        body: {
          contents: [
            {
              role: 'user',
              parts: [
                { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } },
                { fileData: { mimeType: 'image/png', fileUri: 'https://example.com/photos/ant.PNG?size=large' } },
                { fileData: { mimeType: 'image/jpeg', fileUri: 'https://example.com/render' } },
                { text: 'Describe these images.' },
              ],
            },
          ],
        },
      },
    },
    'request.tools': {
      kind: 'request',
      request: toolRequest,
      expect: {
        url: URL,
        body: {
          contents: toolContents,
          tools: [
            {
              functionDeclarations: toolWire.tools[0].functionDeclarations.map(
                (declaration: { name: string; description: string; parameters: { required: string[] } }) => ({
                  name: declaration.name,
                  description: declaration.description,
                  parametersJsonSchema: jsonSchema(declaration.parameters.required),
                }),
              ),
            },
          ],
          toolConfig: toolWire.toolConfig,
        },
      },
    },
    'request.tool_results': {
      kind: 'request',
      request: {
        model: 'gemini-2.5-flash',
        messages: [
          ...toolRequest.messages.slice(0, 2),
          // Content that is not a JSON object is wrapped; the user text after the result joins its turn.
          { role: 'tool', tool_call_id: 'call_div', content: [{ type: 'text', text: '50' }] },
          { role: 'user', content: 'Now multiply by 3.' },
        ],
      },
      expect: {
        url: URL,
        body: {
          contents: [
            ...toolContents.slice(0, 2),
            {
              role: 'user',
              parts: [
                { functionResponse: { id: 'call_div', name: 'customDivide', response: { content: '50' } } },
                { text: 'Now multiply by 3.' },
              ],
            },
          ],
        },
      },
    },
    'request.stream': {
      kind: 'request',
      request: { ...BASIC_REQUEST, stream: true, stream_options: { include_usage: true } },
      stream: true,
      expect: {
        url: `${BASE}/upstream-model:streamGenerateContent?alt=sse`,
        headers: { ...HEADERS, accept: 'text/event-stream' },
        body: { contents: [{ role: 'user', parts: [{ text: 'Hello' }] }] },
      },
    },
    'response.text': {
      kind: 'response',
      reply: { status: 200, body: read('text-response.json') },
      expect: {
        content: 'Cheyenne has a population of roughly 65,000 people.',
        finish: { unified: 'stop', raw: 'STOP' },
      },
    },
    'response.tool_calls': {
      kind: 'response',
      reply: { status: 200, body: read('function-call-response.json') },
      expect: {
        content: '',
        toolCalls: [
          { name: 'multiply', arguments: { x: 50, y: 3 } },
          { name: 'customDivide', arguments: { numerator: 150, denominator: 1 } },
        ],
        finish: { unified: 'tool_calls', raw: 'STOP' },
        usage: { input: 96, output: 18 },
      },
    },
    'response.usage_cache': {
      kind: 'response',
      reply: { status: 200, body: read('text-response.json') },
      expect: {
        finish: { unified: 'stop', raw: 'STOP' },
        // Thinking is billed as output: 15 answer tokens + 73 thought tokens.
        usage: { input: 12013, cachedInput: 11243, cacheWrite: 0, output: 88, reasoning: 73, estimated: false },
      },
    },
    'response.length': {
      kind: 'response',
      reply: { status: 200, body: read('max-tokens-empty-response.json') },
      expect: { content: '', finish: { unified: 'length', raw: 'MAX_TOKENS' }, usage: { input: 1706, output: 2999 } },
    },
    'response.filtered': {
      kind: 'response',
      reply: { status: 200, body: read('safety-response.json') },
      expect: { content: '', finish: { unified: 'content_filter', raw: 'SAFETY' } },
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
        content: 'The capital of Wyoming is **Cheyenne**.\n',
        finish: { unified: 'stop', raw: 'STOP' },
        usage: { input: 7, output: 10, cachedInput: 0 },
      },
    },
    'stream.tool_calls': {
      kind: 'stream',
      reply: { status: 200, body: pieces(sse(json('function-call-response.json')), 61) },
      expect: {
        content: '',
        toolCalls: [
          { name: 'multiply', arguments: { x: 50, y: 3 } },
          { name: 'customDivide', arguments: { numerator: 150, denominator: 1 } },
        ],
        finish: { unified: 'tool_calls', raw: 'STOP' },
        usage: { input: 96, output: 18 },
      },
    },
    'stream.error_before_content': {
      kind: 'stream',
      reply: { status: 200, body: `data: ${JSON.stringify(json('error-503.json'))}\n\n` },
      expect: { failure: 'upstream_error', upstreamStatus: 503 },
    },
    'stream.cut': {
      kind: 'stream',
      reply: { status: 200, body: pieces(TEXT_STREAM.slice(0, TEXT_STREAM.lastIndexOf('data:')), 13) },
      expect: { failure: 'stream_cut' },
    },
    'error.400': {
      // Google's recorded 400 is a bad API key: the provider's problem, so another rung may answer.
      kind: 'response',
      reply: errorReply('error-400'),
      expect: { failure: 'auth_error', upstreamStatus: 400 },
    },
    'error.401': {
      // Gemini never answers 401 to an API key (a bad one is 400 API_KEY_INVALID); its other key failure is this
      // 403 PERMISSION_DENIED for a project without the API enabled.
      kind: 'response',
      reply: errorReply('error-403'),
      expect: { failure: 'auth_error', upstreamStatus: 403 },
    },
    'error.404': {
      kind: 'response',
      reply: errorReply('error-404'),
      expect: { failure: 'model_not_found', upstreamStatus: 404 },
    },
    'error.429': {
      kind: 'response',
      reply: errorReply('error-429'),
      expect: { failure: 'rate_limited', retryAfterMs: 47_000, upstreamStatus: 429 },
    },
    'error.500': {
      kind: 'response',
      reply: errorReply('error-500'),
      expect: { failure: 'upstream_error', upstreamStatus: 500 },
    },
    'error.overloaded': {
      // Gemini has no 529; "the model is overloaded" is 503 UNAVAILABLE.
      kind: 'response',
      reply: errorReply('error-503'),
      expect: { failure: 'upstream_error', upstreamStatus: 503 },
    },
    embed: {
      kind: 'embed',
      request: {
        model: 'gemini-embedding-001',
        input: json('batch-embed-contents-request.json').requests.map(
          (request: { content: { parts: Array<{ text: string }> } }) => request.content.parts[0]?.text,
        ),
        dimensions: 8,
      },
      reply: { status: 200, body: read('batch-embed-contents-response.json') },
      expect: {
        request: {
          url: `${BASE}/gemini-embedding-001:batchEmbedContents`,
          headers: HEADERS,
          body: json('batch-embed-contents-request.json'),
        },
        vectors: json('batch-embed-contents-response.json').embeddings.map((item: { values: number[] }) => item.values),
        usage: undefined,
      },
    },
  },
  extra: {
    'response.recitation': {
      kind: 'response',
      reply: { status: 200, body: read('recitation-response.json') },
      expect: { content: '', finish: { unified: 'content_filter', raw: 'RECITATION' }, usage: { output: 261 } },
    },
    'response.prohibited_content': {
      kind: 'response',
      reply: { status: 200, body: read('prohibited-content-response.json') },
      expect: { content: '', finish: { unified: 'content_filter', raw: 'PROHIBITED_CONTENT' } },
    },
    'response.prompt_blocked': {
      kind: 'response',
      reply: { status: 200, body: read('prompt-blocked-response.json') },
      expect: { failure: 'silent_refusal', upstreamStatus: 200 },
    },
    'stream.safety_mid_stream': {
      kind: 'stream',
      reply: { status: 200, body: pieces(read('safety-mid-stream.chunks.txt'), 5) },
      expect: {
        content: 'text1text2',
        finish: { unified: 'content_filter', raw: 'SAFETY' },
        usage: { input: 7, output: 66 },
      },
    },
    'stream.prompt_blocked': {
      kind: 'stream',
      reply: { status: 200, body: sse(json('prompt-blocked-response.json')) },
      expect: { failure: 'silent_refusal', upstreamStatus: 200 },
    },
    'stream.rate_limited_as_data': {
      kind: 'stream',
      reply: { status: 200, body: `data: ${JSON.stringify(json('error-429.json'))}\n\n` },
      expect: { failure: 'rate_limited', upstreamStatus: 429, retryAfterMs: 47_000 },
    },
    'embed.single': {
      kind: 'embed',
      request: { model: 'gemini-embedding-001', input: 'What is the meaning of life?', dimensions: 8 },
      reply: { status: 200, body: read('embed-content-response.json') },
      expect: {
        request: {
          url: `${BASE}/gemini-embedding-001:embedContent`,
          body: { content: json('embed-content-request.json').content, outputDimensionality: 8 },
        },
        vectors: [json('embed-content-response.json').embedding.values],
      },
    },
    'error.400_invalid_argument': {
      kind: 'response',
      reply: {
        status: 400,
        body: '{"error":{"code":400,"message":"* GenerateContentRequest.contents: contents is not specified","status":"INVALID_ARGUMENT"}}',
      },
      expect: { failure: 'bad_request', upstreamStatus: 400 },
    },
  },
});
