import { describe, expect, it } from 'vitest';
import { Abort } from '../../spec/abort.js';
import type { ChatMessage, ChatRequest } from '../../spec/chat.js';
import type { ProviderCall } from '../../spec/provider.js';
import { SKIP_SIGNATURE } from './to-gemini-contents.js';
import { cleanSchema, needsThoughtSignatures, toGeminiBody, toGeminiRequest } from './to-gemini-request.js';

const request = (fields: Partial<ChatRequest>): ChatRequest => ({
  model: 'gemini-2.5-flash',
  messages: [{ role: 'user', content: 'Hi' }],
  ...fields,
});
const call = (id: string, name: string, args: unknown) => ({
  id,
  type: 'function' as const,
  function: { name, arguments: JSON.stringify(args) },
});
const body = (fields: Partial<ChatRequest>) => toGeminiRequest(request(fields));
const TIMEOUTS = { connectMs: 1, firstByteMs: 1, firstTokenMs: 1, idleMs: 1, totalMs: 1 };
const providerCall = (fields: Partial<ChatRequest>, extraBody?: Record<string, unknown>): ProviderCall => ({
  request: request(fields),
  extraBody,
  timeouts: TIMEOUTS,
  signal: new Abort(),
});

describe('toGeminiRequest: turns', () => {
  it('sends the assistant as model and merges consecutive turns of one role', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'a' },
      { role: 'user', content: [{ type: 'text', text: 'b' }] },
      { role: 'assistant', content: 'c' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'd' },
          { type: 'refusal', refusal: 'no' },
        ],
      },
      { role: 'user', content: 'e' },
    ];
    expect(body({ messages }).contents).toEqual([
      { role: 'user', parts: [{ text: 'a' }, { text: 'b' }] },
      { role: 'model', parts: [{ text: 'c' }, { text: 'd' }] },
      { role: 'user', parts: [{ text: 'e' }] },
    ]);
  });

  it('leaves out empty text, which Gemini rejects, and turns left with no parts', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: '' },
      { role: 'user', content: [{ type: 'text', text: '' }] },
      { role: 'assistant', content: null },
      { role: 'user', content: 'Hi' },
    ];
    expect(body({ messages })).toEqual({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] });
  });

  it('drops cache_control everywhere (Gemini caches implicitly and rejects unknown fields)', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: [{ type: 'text', text: 'S', cache_control: { type: 'ephemeral' } }] },
      { role: 'user', content: [{ type: 'text', text: 'U', cache_control: { type: 'ephemeral' } }] },
    ];
    expect(JSON.stringify(body({ messages }))).not.toContain('cache_control');
  });

  it('refuses roles, parts and URLs Gemini cannot take, naming the field', () => {
    expect(() => body({ messages: [{ role: 'critic' as 'user', content: 'x' }] })).toThrow(/messages\[0\]\.role/);
    expect(() => body({ messages: [{ role: 'user', content: [{ type: 'video', video: {} }] }] })).toThrow(
      /messages\[0\]\.content\[0\]\.type: "video"/,
    );
    const image = (url: string): ChatMessage[] => [
      { role: 'user', content: [{ type: 'image_url', image_url: { url } }] },
    ];
    expect(() => body({ messages: image('data:image/png,rawbytes') })).toThrow(/base64/);
    expect(() => body({ messages: image('ftp://example.com/a.png') })).toThrow(/http\(s\) URL/);
    expect(() =>
      body({ messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }),
    ).toThrow(/only text parts/);
  });

  it('sends audio and file parts as inline data', () => {
    const messages: ChatMessage[] = [
      {
        role: 'user',
        content: [
          { type: 'input_audio', input_audio: { data: 'UklGRg==', format: 'wav' } },
          { type: 'file', file: { filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' } },
          { type: 'file', file: { file_data: 'https://example.com/paper.pdf' } },
        ],
      },
    ];
    expect(body({ messages }).contents[0]?.parts).toEqual([
      { inlineData: { mimeType: 'audio/wav', data: 'UklGRg==' } },
      { inlineData: { mimeType: 'application/pdf', data: 'JVBERi0=' } },
      { fileData: { mimeType: 'application/pdf', fileUri: 'https://example.com/paper.pdf' } },
    ]);
  });
});

describe('toGeminiRequest: tool calls and results', () => {
  const assistant: ChatMessage = {
    role: 'assistant',
    content: 'Checking.',
    tool_calls: [call('c1', 'get_weather', { city: 'Paris' }), call('c2', 'get_time', {})],
  };

  it('finds the function name of a tool result from the earlier assistant call with that id', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: 'Weather and time?' },
      assistant,
      { role: 'tool', tool_call_id: 'c2', content: '{"time":"09:30"}' },
      { role: 'tool', tool_call_id: 'c1', content: '[1,2]' },
    ];
    expect(body({ messages }).contents.slice(1)).toEqual([
      {
        role: 'model',
        parts: [
          { text: 'Checking.' },
          { functionCall: { id: 'c1', name: 'get_weather', args: { city: 'Paris' } } },
          { functionCall: { id: 'c2', name: 'get_time', args: {} } },
        ],
      },
      {
        role: 'user',
        parts: [
          { functionResponse: { id: 'c2', name: 'get_time', response: { time: '09:30' } } },
          // JSON that is not an object is still text to Gemini: `response` must be an object.
          { functionResponse: { id: 'c1', name: 'get_weather', response: { content: '[1,2]' } } },
        ],
      },
    ]);
  });

  it('falls back to the message name (legacy function role), and refuses a result it cannot name', () => {
    const legacy = body({ messages: [{ role: 'function', name: 'lookup', content: 'done' }] });
    expect(legacy.contents[0]?.parts).toEqual([
      { functionResponse: { name: 'lookup', response: { content: 'done' } } },
    ]);
    expect(() => body({ messages: [{ role: 'tool', tool_call_id: 'nope', content: 'x' }] })).toThrow(
      /tool_call_id "nope" matches no earlier assistant tool call/,
    );
  });

  it('refuses arguments that are not a JSON object', () => {
    const bad = (args: string): ChatMessage[] => [
      { role: 'assistant', tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: args } }] },
    ];
    expect(() => body({ messages: bad('{"a":') })).toThrow(/not valid JSON/);
    expect(() => body({ messages: bad('[1]') })).toThrow(/must be a JSON object/);
    expect(body({ messages: bad('') }).contents[0]?.parts).toEqual([
      { functionCall: { id: 'c', name: 'f', args: {} } },
    ]);
  });

  it('gives back the thought signatures Rung surfaced, matched by call id', () => {
    const messages: ChatMessage[] = [
      {
        ...assistant,
        reasoning_details: [
          { type: 'reasoning.encrypted', data: 'SIG2', id: 'c2', format: 'google-gemini-v1', index: 0 },
          { type: 'reasoning.encrypted', data: 'ANTHROPIC', id: 'c1', format: 'anthropic-claude-v1', index: 1 },
        ],
      },
    ];
    const parts = body({ messages }).contents[0]?.parts ?? [];
    expect(parts[1]).not.toHaveProperty('thoughtSignature');
    expect(parts[2]).toMatchObject({ thoughtSignature: 'SIG2' });
  });

  it('on Gemini 3 gives the first call of each step the documented stand-in when no signature is known', () => {
    const messages: ChatMessage[] = [assistant, { role: 'tool', tool_call_id: 'c1', content: 'x' }];
    const parts = toGeminiRequest(request({ model: 'gemini-3-pro-preview', messages })).contents[0]?.parts ?? [];
    expect(parts[1]).toMatchObject({ thoughtSignature: SKIP_SIGNATURE });
    expect(parts[2]).not.toHaveProperty('thoughtSignature');
    expect(needsThoughtSignatures('gemini-2.5-pro')).toBe(false);
    expect(needsThoughtSignatures('models/gemini-3.1-flash')).toBe(true);
  });
});

describe('toGeminiRequest: tools', () => {
  const tool = (name: string, parameters?: unknown) => ({
    type: 'function',
    function: { name, description: `${name} it`, ...(parameters === undefined ? {} : { parameters }), strict: true },
  });

  it('declares function tools with their JSON Schema, and passes Gemini-native tools through', () => {
    const out = body({ tools: [tool('a', { type: 'object' }), tool('b'), { googleSearch: {}, cache_control: {} }] });
    expect(out.tools).toEqual([
      {
        functionDeclarations: [
          { name: 'a', description: 'a it', parametersJsonSchema: { type: 'object' } },
          { name: 'b', description: 'b it' },
        ],
      },
      { googleSearch: {} },
    ]);
  });

  it.each([
    ['auto', { mode: 'AUTO' }],
    ['required', { mode: 'ANY' }],
    ['none', { mode: 'NONE' }],
    [
      { type: 'function', function: { name: 'a' } },
      { mode: 'ANY', allowedFunctionNames: ['a'] },
    ],
  ])('maps tool_choice %j', (choice, config) => {
    expect(body({ tools: [tool('a')], tool_choice: choice }).toolConfig).toEqual({ functionCallingConfig: config });
  });

  it('ignores tool_choice without tools and refuses one it cannot read', () => {
    expect(body({ tool_choice: 'required' }).toolConfig).toBeUndefined();
    expect(() => body({ tools: [tool('a')], tool_choice: 'sometimes' })).toThrow(/tool_choice/);
  });

  it('removes $schema at every level but keeps a property of that name', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      properties: {
        $schema: { type: 'string' },
        list: { type: 'array', items: { $schema: 'x', type: 'string' } },
        either: { anyOf: [{ $schema: 'x', type: 'string' }, { type: 'null' }] },
      },
      $defs: { node: { $schema: 'x', type: 'object' } },
      default: { $schema: 'data, not a schema' },
    };
    expect(cleanSchema(schema)).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        $schema: { type: 'string' },
        list: { type: 'array', items: { type: 'string' } },
        either: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
      $defs: { node: { type: 'object' } },
      default: { $schema: 'data, not a schema' },
    });
  });
});

describe('toGeminiRequest: generationConfig', () => {
  it('maps sampling, caps, stops, seed and penalties, and sends none when nothing is set', () => {
    expect(body({}).generationConfig).toBeUndefined();
    expect(
      body({
        temperature: 1.2,
        top_p: 0.9,
        top_k: 40,
        max_tokens: 500,
        max_completion_tokens: 300,
        stop: 'END',
        seed: 7,
        presence_penalty: 0.5,
        frequency_penalty: -0.5,
      }).generationConfig,
    ).toEqual({
      temperature: 1.2,
      topP: 0.9,
      topK: 40,
      maxOutputTokens: 300,
      stopSequences: ['END'],
      seed: 7,
      presencePenalty: 0.5,
      frequencyPenalty: -0.5,
    });
  });

  it('maps response_format to a JSON response, with the schema as JSON Schema', () => {
    expect(body({ response_format: { type: 'text' } }).generationConfig).toBeUndefined();
    expect(body({ response_format: { type: 'json_object' } }).generationConfig).toEqual({
      responseMimeType: 'application/json',
    });
    const schema = { $schema: 'x', type: 'object', additionalProperties: false, properties: {} };
    expect(
      body({ response_format: { type: 'json_schema', json_schema: { name: 'out', schema, strict: true } } })
        .generationConfig,
    ).toEqual({
      responseMimeType: 'application/json',
      responseJsonSchema: { type: 'object', additionalProperties: false, properties: {} },
    });
    expect(() => body({ response_format: { type: 'json_schema', json_schema: { name: 'x' } } })).toThrow(/schema/);
    expect(() => body({ response_format: { type: 'yaml' } })).toThrow(/response_format\.type/);
  });

  it.each([
    [{ thinking: { type: 'enabled', budget_tokens: 2048 } }, { includeThoughts: true, thinkingBudget: 2048 }],
    [{ thinking: { type: 'disabled' } }, { thinkingBudget: 0 }],
    [{ reasoning: { max_tokens: 3000 } }, { includeThoughts: true, thinkingBudget: 3000 }],
    [{ reasoning: { effort: 'high', exclude: true } }, { includeThoughts: false, thinkingBudget: 24576 }],
    [{ reasoning: { enabled: true } }, { includeThoughts: true, thinkingBudget: -1 }],
    [{ reasoning: { enabled: false } }, { thinkingBudget: 0 }],
    [{ reasoning_effort: 'low' }, { includeThoughts: true, thinkingBudget: 1024 }],
    [{ reasoning_effort: 'none' }, { thinkingBudget: 0 }],
  ])('maps %j to thinkingConfig', (fields, thinkingConfig) => {
    expect(body(fields as Partial<ChatRequest>).generationConfig).toEqual({ thinkingConfig });
  });

  it('keeps Pro models thinking at their smallest budget, since they refuse 0', () => {
    expect(toGeminiRequest(request({ model: 'gemini-2.5-pro', reasoning_effort: 'none' })).generationConfig).toEqual({
      thinkingConfig: { thinkingBudget: 128 },
    });
    expect(() => body({ reasoning_effort: 'extreme' })).toThrow(/reasoning_effort: "extreme"/);
  });
});

describe('toGeminiBody', () => {
  it('merges route extras last: safetySettings at the top, objects into the mapped ones', () => {
    const safetySettings = [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }];
    const sent = JSON.parse(
      toGeminiBody(
        providerCall(
          { temperature: 0.3 },
          { safetySettings, generationConfig: { thinkingConfig: { thinkingBudget: 0 } }, cachedContent: 'c/1' },
        ),
      ),
    );
    expect(sent).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'Hi' }] }],
      generationConfig: { temperature: 0.3, thinkingConfig: { thinkingBudget: 0 } },
      safetySettings,
      cachedContent: 'c/1',
    });
  });

  it('never sends stream flags or the model: the URL carries both', () => {
    const sent = JSON.parse(toGeminiBody(providerCall({ stream: true, stream_options: { include_usage: true } })));
    expect(Object.keys(sent)).toEqual(['contents']);
  });
});
