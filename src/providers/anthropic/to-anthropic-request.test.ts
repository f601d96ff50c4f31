import { describe, expect, it } from 'vitest';
import { Abort } from '../../spec/abort.js';
import type { ChatMessage, ChatRequest } from '../../spec/chat.js';
import { isRungError } from '../../spec/errors.js';
import { toAnthropicBody, toAnthropicRequest } from './to-anthropic-request.js';

const OPTIONS = { defaultMaxTokens: 4096 };
const map = (fields: Partial<ChatRequest>) =>
  toAnthropicRequest({ model: 'claude', messages: [{ role: 'user', content: 'Hi' }], ...fields }, OPTIONS);
const messagesOf = (messages: ChatMessage[]) => toAnthropicRequest({ model: 'claude', messages }, OPTIONS);

function invalidRequest(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isRungError(error) && error.code).toBe('RUNG_INVALID_REQUEST');
    return (error as Error).message;
  }
  throw new Error('expected RUNG_INVALID_REQUEST');
}

const toolCall = (id: string, args: string) => ({
  id,
  type: 'function' as const,
  function: { name: 'get_weather', arguments: args },
});

describe('toAnthropicRequest: system', () => {
  it('lifts system and developer messages from anywhere into a plain string', () => {
    const body = messagesOf([
      { role: 'system', content: 'One.' },
      { role: 'user', content: 'Hi' },
      { role: 'developer', content: [{ type: 'text', text: 'Two.' }] },
      { role: 'system', content: '' },
    ]);
    expect(body.system).toBe('One.\n\nTwo.');
    expect(body.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('sends text blocks, cache_control kept, when any system part carries it', () => {
    const body = messagesOf([
      { role: 'system', content: 'Plain.' },
      { role: 'system', content: [{ type: 'text', text: 'Big.', cache_control: { type: 'ephemeral', ttl: '1h' } }] },
      { role: 'user', content: 'Hi' },
    ]);
    expect(body.system).toEqual([
      { type: 'text', text: 'Plain.' },
      { type: 'text', text: 'Big.', cache_control: { type: 'ephemeral', ttl: '1h' } },
    ]);
  });

  it('refuses an image in a system message', () => {
    const message = invalidRequest(() =>
      messagesOf([{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] }]),
    );
    expect(message).toContain('messages[0].content[0]');
  });
});

describe('toAnthropicRequest: content parts', () => {
  it('maps data: and http(s) image URLs to base64 and url sources, keeping cache_control', () => {
    const body = messagesOf([
      {
        role: 'user',
        content: [
          {
            type: 'image_url',
            image_url: { url: 'data:image/jpeg;base64,AAAA' },
            cache_control: { type: 'ephemeral' },
          },
          { type: 'image_url', image_url: { url: 'HTTPS://example.com/a.png' } },
          { type: 'text', text: 'What?', cache_control: { type: 'ephemeral' } },
          { type: 'text', text: '' },
        ],
      },
    ]);
    expect(body.messages[0]?.content).toEqual([
      {
        type: 'image',
        source: { type: 'base64', media_type: 'image/jpeg', data: 'AAAA' },
        cache_control: { type: 'ephemeral' },
      },
      { type: 'image', source: { type: 'url', url: 'HTTPS://example.com/a.png' } },
      { type: 'text', text: 'What?', cache_control: { type: 'ephemeral' } },
    ]);
  });

  it.each(['data:image/png,not-base64', 'ftp://example.com/a.png', 'file:///etc/passwd'])(
    'refuses the image URL %s with a message naming the part',
    (url) => {
      const message = invalidRequest(() =>
        messagesOf([
          {
            role: 'user',
            content: [
              { type: 'text', text: 'x' },
              { type: 'image_url', image_url: { url } },
            ],
          },
        ]),
      );
      expect(message).toContain('messages[0].content[1].image_url.url');
    },
  );

  it('passes parts it does not translate through as Anthropic blocks (e.g. document)', () => {
    const document = { type: 'document', source: { type: 'url', url: 'https://x/a.pdf' } };
    expect(messagesOf([{ role: 'user', content: [document] }]).messages[0]?.content).toEqual([document]);
  });
});

describe('toAnthropicRequest: tools', () => {
  const weather = {
    type: 'function',
    function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: {} } },
    cache_control: { type: 'ephemeral' },
  };

  it('maps function tools to input_schema tools, keeping cache_control, and passes native tools through', () => {
    const native = { type: 'web_search_20250305', name: 'web_search', max_uses: 3 };
    const body = map({ tools: [weather, { type: 'function', function: { name: 'now' } }, native] });
    expect(body.tools).toEqual([
      {
        name: 'get_weather',
        description: 'Weather',
        input_schema: { type: 'object', properties: {} },
        cache_control: { type: 'ephemeral' },
      },
      { name: 'now', input_schema: { type: 'object', properties: {} } },
      native,
    ]);
  });

  it.each([
    ['auto', { type: 'auto' }],
    ['required', { type: 'any' }],
    ['none', { type: 'none' }],
    [
      { type: 'function', function: { name: 'get_weather' } },
      { type: 'tool', name: 'get_weather' },
    ],
    [{ type: 'any' }, { type: 'any' }],
  ])('maps tool_choice %j', (choice, expected) => {
    expect(map({ tools: [weather], tool_choice: choice }).tool_choice).toEqual(expected);
  });

  it('turns parallel_tool_calls:false into disable_parallel_tool_use', () => {
    expect(map({ tools: [weather], parallel_tool_calls: false }).tool_choice).toEqual({
      type: 'auto',
      disable_parallel_tool_use: true,
    });
    expect(map({ tools: [weather], tool_choice: 'required', parallel_tool_calls: false }).tool_choice).toEqual({
      type: 'any',
      disable_parallel_tool_use: true,
    });
    expect(map({ tools: [weather], tool_choice: 'none', parallel_tool_calls: false }).tool_choice).toEqual({
      type: 'none',
    });
  });

  it('sends no tool_choice without tools, and refuses an unknown tool_choice', () => {
    expect(map({ tool_choice: 'required' })).not.toHaveProperty('tool_choice');
    expect(invalidRequest(() => map({ tools: [weather], tool_choice: 'sometimes' }))).toContain('tool_choice');
  });
});

describe('toAnthropicRequest: turns', () => {
  it('turns assistant tool calls into tool_use blocks after the text', () => {
    const body = messagesOf([
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: 'Checking.', tool_calls: [toolCall('toolu_1', '{"city":"Paris"}')] },
    ]);
    expect(body.messages[1]).toEqual({
      role: 'assistant',
      content: [
        { type: 'text', text: 'Checking.' },
        { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } },
      ],
    });
  });

  it('sends empty arguments as an empty input', () => {
    const body = messagesOf([{ role: 'assistant', content: null, tool_calls: [toolCall('toolu_1', '')] }]);
    expect(body.messages[0]?.content).toEqual([{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} }]);
  });

  it.each(['{"city":', '[1,2]'])('refuses arguments %s with RUNG_INVALID_REQUEST naming the call', (args) => {
    const message = invalidRequest(() =>
      messagesOf([
        { role: 'user', content: 'Hi' },
        { role: 'assistant', tool_calls: [toolCall('toolu_1', args)] },
      ]),
    );
    expect(message).toContain('messages[1].tool_calls[0].function.arguments');
  });

  it('merges consecutive tool results, and the user text after them, into one user turn', () => {
    const body = messagesOf([
      { role: 'user', content: 'Go' },
      { role: 'assistant', tool_calls: [toolCall('a', '{}'), toolCall('b', '{}')] },
      { role: 'tool', tool_call_id: 'a', content: 'A' },
      { role: 'tool', tool_call_id: 'b', content: [{ type: 'text', text: 'B', cache_control: { type: 'ephemeral' } }] },
      { role: 'user', content: [{ type: 'text', text: 'And?' }] },
      { role: 'user', content: 'Well?' },
    ]);
    expect(body.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(body.messages[2]?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'a', content: 'A' },
      {
        type: 'tool_result',
        tool_use_id: 'b',
        content: [{ type: 'text', text: 'B', cache_control: { type: 'ephemeral' } }],
      },
      { type: 'text', text: 'And?' },
      { type: 'text', text: 'Well?' },
    ]);
  });

  it('merges consecutive assistant turns and drops empty ones', () => {
    const body = messagesOf([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'One.' },
      { role: 'assistant', content: '' },
      { role: 'assistant', content: 'Two.' },
    ]);
    expect(body.messages[1]).toEqual({
      role: 'assistant',
      content: [
        { type: 'text', text: 'One.' },
        { type: 'text', text: 'Two.' },
      ],
    });
  });

  it('refuses a tool message without tool_call_id and a legacy function message', () => {
    expect(invalidRequest(() => messagesOf([{ role: 'tool', content: 'x' }]))).toContain('messages[0].tool_call_id');
    expect(invalidRequest(() => messagesOf([{ role: 'function', name: 'f', content: 'x' }]))).toContain('role');
  });
});

describe('toAnthropicRequest: thinking round trip', () => {
  it('puts signed reasoning_details back first, as thinking and redacted_thinking blocks', () => {
    const body = messagesOf([
      { role: 'user', content: 'Weather?' },
      {
        role: 'assistant',
        content: null,
        reasoning: 'Need the tool.',
        reasoning_details: [
          { type: 'reasoning.text', text: 'Need ', format: 'anthropic-claude-v1', index: 0 },
          { type: 'reasoning.text', text: 'the tool.', format: 'anthropic-claude-v1', index: 0 },
          { type: 'reasoning.text', text: '', signature: 'sig-1', format: 'anthropic-claude-v1', index: 0 },
          { type: 'reasoning.encrypted', data: 'opaque', format: 'anthropic-claude-v1', index: 1 },
          // Unsigned or foreign reasoning cannot be verified by Anthropic.
          { type: 'reasoning.text', text: 'unsigned', format: 'anthropic-claude-v1', index: 2 },
          { type: 'reasoning.text', text: 'gemini', signature: 's', format: 'google-gemini-v1', index: 3 },
          { type: 'reasoning.summary', summary: 'x' },
        ],
        tool_calls: [toolCall('toolu_1', '{}')],
      },
    ]);
    expect(body.messages[1]?.content).toEqual([
      { type: 'thinking', thinking: 'Need the tool.', signature: 'sig-1' },
      { type: 'redacted_thinking', data: 'opaque' },
      { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} },
    ]);
  });
});

describe('toAnthropicRequest: parameters', () => {
  it('maps stop, sampling and user; clamps temperature to Anthropic range', () => {
    expect(map({ stop: ['a', 'b'], temperature: 1.6, top_p: 0.5, top_k: 40, user: 'u1' })).toMatchObject({
      stop_sequences: ['a', 'b'],
      temperature: 1,
      top_p: 0.5,
      top_k: 40,
      metadata: { user_id: 'u1' },
    });
    expect(map({ stop: null })).not.toHaveProperty('stop_sequences');
  });

  it('takes max_tokens, max_completion_tokens (the smaller of both) or the default', () => {
    expect(map({}).max_tokens).toBe(4096);
    expect(map({ max_tokens: 100 }).max_tokens).toBe(100);
    expect(map({ max_completion_tokens: 200 }).max_tokens).toBe(200);
    expect(map({ max_tokens: 300, max_completion_tokens: 200 }).max_tokens).toBe(200);
  });

  it('drops OpenAI-only fields', () => {
    const body = map({
      seed: 1,
      n: 1,
      logprobs: true,
      top_logprobs: 2,
      frequency_penalty: 1,
      presence_penalty: 1,
      response_format: { type: 'json_object' },
      metadata: { a: 'b' },
      stream_options: { include_usage: true },
      service_tier: 'auto',
      store: false,
    });
    expect(Object.keys(body).sort()).toEqual(['max_tokens', 'messages', 'model']);
  });

  it.each([
    [{ thinking: { type: 'enabled', budget_tokens: 2000 } }, { type: 'enabled', budget_tokens: 2000 }],
    [{ thinking: { type: 'disabled' } }, { type: 'disabled' }],
    [{ reasoning: { max_tokens: 3000 } }, { type: 'enabled', budget_tokens: 3000 }],
    [{ reasoning: { effort: 'high' } }, { type: 'enabled', budget_tokens: 16384 }],
    [{ reasoning_effort: 'low' }, { type: 'enabled', budget_tokens: 1024 }],
    [{ reasoning_effort: 'medium' }, { type: 'enabled', budget_tokens: 4096 }],
    [{ reasoning_effort: 'high' }, { type: 'enabled', budget_tokens: 16384 }],
  ])('maps %j to thinking', (fields, thinking) => {
    expect(map({ ...fields, max_tokens: 32000 }).thinking).toEqual(thinking);
  });

  it('sends no thinking for reasoning_effort none or reasoning.enabled false, and refuses an unknown effort', () => {
    expect(map({ reasoning_effort: 'none' })).not.toHaveProperty('thinking');
    expect(map({ reasoning: { enabled: false, max_tokens: 100 } })).not.toHaveProperty('thinking');
    expect(invalidRequest(() => map({ reasoning_effort: 'extreme' }))).toContain('reasoning_effort');
  });

  it('leaves out sampling values Anthropic refuses with thinking on', () => {
    const body = map({ reasoning_effort: 'low', temperature: 0.2, top_k: 5, top_p: 0.5 });
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
    for (const field of ['temperature', 'top_k', 'top_p']) expect(body).not.toHaveProperty(field);
    expect(map({ reasoning_effort: 'low', top_p: 0.97 }).top_p).toBe(0.97);
    expect(map({ thinking: { type: 'disabled' }, temperature: 0.2 }).temperature).toBe(0.2);
  });

  it('keeps a forced tool choice and leaves thinking out (Anthropic allows only one)', () => {
    const tools = [{ type: 'function', function: { name: 'f' } }];
    const body = map({ tools, tool_choice: 'required', reasoning_effort: 'high', temperature: 0.3 });
    expect(body.tool_choice).toEqual({ type: 'any' });
    expect(body).not.toHaveProperty('thinking');
    expect(body).toMatchObject({ max_tokens: 4096, temperature: 0.3 });
    expect(map({ tools, tool_choice: 'auto', reasoning_effort: 'high' }).thinking).toBeDefined();
  });

  it('adds the thinking budget to a default max_tokens so the answer keeps its room', () => {
    expect(map({ reasoning_effort: 'high' }).max_tokens).toBe(4096 + 16384);
    expect(map({ reasoning_effort: 'high', max_tokens: 20000 }).max_tokens).toBe(20000);
  });
});

describe('toAnthropicBody', () => {
  const call = (extraBody?: Record<string, unknown>) => ({
    request: { model: 'claude', messages: [{ role: 'user' as const, content: 'Hi' }], stream: true },
    extraBody,
    timeouts: { connectMs: 1, firstByteMs: 1, firstTokenMs: 1, idleMs: 1, totalMs: 1 },
    signal: new Abort(),
  });

  it('sets stream only for streaming calls and merges extraBody last', () => {
    expect(JSON.parse(toAnthropicBody(call(), false, OPTIONS))).not.toHaveProperty('stream');
    expect(JSON.parse(toAnthropicBody(call(), true, OPTIONS)).stream).toBe(true);
    const body = JSON.parse(toAnthropicBody(call({ top_k: 5, max_tokens: 64, stream: true }), false, OPTIONS));
    expect(body).toMatchObject({ top_k: 5, max_tokens: 64 });
    expect(body).not.toHaveProperty('stream');
  });
});
