import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anthropicToCanonical } from './from-anthropic-request.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8'));

const base = { model: 'chat', max_tokens: 256 };
const EPHEMERAL = { type: 'ephemeral' } as const;

describe('anthropicToCanonical', () => {
  it('maps the documented vision request exactly (system cache_control, base64 and url images, stop)', () => {
    expect(anthropicToCanonical(fixture('text-request.json'))).toEqual({
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
              cache_control: EPHEMERAL,
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'image_url',
              image_url: {
                url: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
              },
            },
            {
              type: 'image_url',
              image_url: {
                url: 'https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg',
              },
            },
            { type: 'text', text: 'Describe these images.' },
          ],
        },
      ],
    });
  });

  it('maps the documented tool-use request exactly (tools, tool_choice, tool_use, tool_result)', () => {
    const weatherSchema = {
      type: 'object',
      properties: {
        location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'], description: 'The unit of temperature' },
      },
      required: ['location'],
    };
    const canonical = anthropicToCanonical(fixture('tool-use-request.json'));
    expect(canonical).toEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      tool_choice: 'auto',
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Get the current weather in a given location',
            parameters: weatherSchema,
          },
        },
        {
          type: 'function',
          function: {
            name: 'get_time',
            description: 'Get the current time in a given timezone',
            parameters: {
              type: 'object',
              properties: { timezone: { type: 'string', description: 'The timezone, e.g. America/New_York' } },
              required: ['timezone'],
            },
          },
        },
      ],
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
    });
  });

  it('puts tool results before the rest of the user message, whatever their order in it', () => {
    const canonical = anthropicToCanonical({
      ...base,
      messages: [
        { role: 'user', content: 'weather and time?' },
        {
          role: 'assistant',
          content: [
            { type: 'tool_use', id: 'toolu_a', name: 'get_weather', input: { city: 'Paris' } },
            { type: 'tool_use', id: 'toolu_b', name: 'get_time', input: {} },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Here you go.' },
            { type: 'tool_result', tool_use_id: 'toolu_a', content: [{ type: 'text', text: '18C' }] },
            { type: 'tool_result', tool_use_id: 'toolu_b', content: '15:10', is_error: false },
            { type: 'text', text: 'Summarise.' },
          ],
        },
      ],
    });
    expect(canonical.messages).toEqual([
      { role: 'user', content: 'weather and time?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'toolu_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
          { id: 'toolu_b', type: 'function', function: { name: 'get_time', arguments: '{}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'toolu_a', content: '18C' },
      { role: 'tool', tool_call_id: 'toolu_b', content: '15:10' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Here you go.' },
          { type: 'text', text: 'Summarise.' },
        ],
      },
    ]);
  });

  it('turns tool_result content into text, keeps is_error, and keeps parts for images and cache markers', () => {
    const canonical = anthropicToCanonical({
      ...base,
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 't1',
              content: [
                { type: 'text', text: 'line 1' },
                { type: 'text', text: 'line 2' },
              ],
              is_error: true,
            },
            { type: 'tool_result', tool_use_id: 't2' },
            { type: 'tool_result', tool_use_id: 't3', content: 'big file', cache_control: EPHEMERAL },
            {
              type: 'tool_result',
              tool_use_id: 't4',
              content: [
                { type: 'text', text: 'screenshot:' },
                { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: 'AAAA' } },
              ],
            },
          ],
        },
      ],
    });
    expect(canonical.messages).toEqual([
      { role: 'tool', tool_call_id: 't1', content: 'line 1\nline 2', is_error: true },
      { role: 'tool', tool_call_id: 't2', content: '' },
      { role: 'tool', tool_call_id: 't3', content: [{ type: 'text', text: 'big file', cache_control: EPHEMERAL }] },
      {
        role: 'tool',
        tool_call_id: 't4',
        content: [
          { type: 'text', text: 'screenshot:' },
          { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA' } },
        ],
      },
    ]);
  });

  it('keeps cache_control on every part, tool, tool call and system block', () => {
    const canonical = anthropicToCanonical({
      ...base,
      system: [
        { type: 'text', text: 'You are Claude Code.', cache_control: EPHEMERAL },
        { type: 'text', text: 'Long instructions.', cache_control: { type: 'ephemeral', ttl: '1h' } },
      ],
      tools: [{ name: 'bash', input_schema: { type: 'object' }, cache_control: EPHEMERAL }],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'context', cache_control: EPHEMERAL },
            { type: 'image', source: { type: 'url', url: 'https://x.test/a.png' }, cache_control: EPHEMERAL },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'ok', cache_control: EPHEMERAL },
            { type: 'tool_use', id: 'toolu_1', name: 'bash', input: { cmd: 'ls' }, cache_control: EPHEMERAL },
          ],
        },
      ],
    });
    expect(canonical.messages[0]).toEqual({
      role: 'system',
      content: [
        { type: 'text', text: 'You are Claude Code.', cache_control: EPHEMERAL },
        { type: 'text', text: 'Long instructions.', cache_control: { type: 'ephemeral', ttl: '1h' } },
      ],
    });
    expect(canonical.tools).toEqual([
      { type: 'function', function: { name: 'bash', parameters: { type: 'object' } }, cache_control: EPHEMERAL },
    ]);
    expect(canonical.messages[1]?.content).toEqual([
      { type: 'text', text: 'context', cache_control: EPHEMERAL },
      { type: 'image_url', image_url: { url: 'https://x.test/a.png' }, cache_control: EPHEMERAL },
    ]);
    expect(canonical.messages[2]).toEqual({
      role: 'assistant',
      content: [{ type: 'text', text: 'ok', cache_control: EPHEMERAL }],
      tool_calls: [
        {
          id: 'toolu_1',
          type: 'function',
          function: { name: 'bash', arguments: '{"cmd":"ls"}' },
          cache_control: EPHEMERAL,
        },
      ],
    });
  });

  it('joins uncached system blocks into one string and drops an empty system', () => {
    const joined = anthropicToCanonical({
      ...base,
      system: [
        { type: 'text', text: 'One.' },
        { type: 'text', text: 'Two.' },
      ],
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(joined.messages[0]).toEqual({ role: 'system', content: 'One.\n\nTwo.' });
    const empty = anthropicToCanonical({ ...base, system: '', messages: [{ role: 'user', content: 'Hi' }] });
    expect(empty.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('collapses a single uncached text block to a string', () => {
    const canonical = anthropicToCanonical({
      ...base,
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
        { role: 'assistant', content: [{ type: 'text', text: 'Hello' }] },
      ],
    });
    expect(canonical.messages).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello' },
    ]);
  });

  it('maps thinking and redacted thinking to reasoning and reasoning_details; unsigned thinking stays text only', () => {
    const canonical = anthropicToCanonical({
      ...base,
      messages: [
        { role: 'user', content: 'What is 27 * 453?' },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'Let me work it out. ', signature: 'EqQBsig' },
            { type: 'redacted_thinking', data: 'EmwKAhgBEgy3' },
            { type: 'thinking', thinking: 'Shown by another model.', signature: '' },
            { type: 'text', text: '12,231' },
          ],
        },
      ],
    });
    expect(canonical.messages[1]).toEqual({
      role: 'assistant',
      content: '12,231',
      reasoning: 'Let me work it out. Shown by another model.',
      reasoning_details: [
        {
          type: 'reasoning.text',
          text: 'Let me work it out. ',
          signature: 'EqQBsig',
          format: 'anthropic-claude-v1',
          index: 0,
        },
        { type: 'reasoning.encrypted', data: 'EmwKAhgBEgy3', format: 'anthropic-claude-v1', index: 1 },
      ],
    });
  });

  it('maps documents: PDFs to file parts, text documents to text', () => {
    const canonical = anthropicToCanonical({
      ...base,
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'document',
              title: 'report.pdf',
              source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' },
              cache_control: EPHEMERAL,
            },
            { type: 'document', source: { type: 'url', url: 'https://x.test/paper.pdf' } },
            { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'plain words' } },
            { type: 'document', source: { type: 'content', content: [{ type: 'text', text: 'chunk' }] } },
          ],
        },
      ],
    });
    expect(canonical.messages[0]?.content).toEqual([
      {
        type: 'file',
        file: { filename: 'report.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' },
        cache_control: EPHEMERAL,
      },
      { type: 'file', file: { filename: 'document.pdf', file_data: 'https://x.test/paper.pdf' } },
      { type: 'text', text: 'plain words' },
      { type: 'text', text: 'chunk' },
    ]);
  });

  it('maps tool_choice variants and disable_parallel_tool_use', () => {
    const tools = [{ name: 'f', input_schema: { type: 'object' } }];
    const request = (tool_choice: unknown) =>
      anthropicToCanonical({ ...base, tools, tool_choice, messages: [{ role: 'user', content: 'x' }] });
    expect(request({ type: 'auto' }).tool_choice).toBe('auto');
    expect(request({ type: 'any' }).tool_choice).toBe('required');
    expect(request({ type: 'none' }).tool_choice).toBe('none');
    const named = request({ type: 'tool', name: 'f', disable_parallel_tool_use: true });
    expect(named.tool_choice).toEqual({ type: 'function', function: { name: 'f' } });
    expect(named.parallel_tool_calls).toBe(false);
    expect(request({ type: 'auto', disable_parallel_tool_use: false }).parallel_tool_calls).toBeUndefined();
  });

  it('maps stream, sampling, metadata and thinking fields, and drops Anthropic-only extras', () => {
    const canonical = anthropicToCanonical({
      ...base,
      stream: true,
      top_p: 0.9,
      top_k: 40,
      temperature: 0,
      metadata: { user_id: 'user-42' },
      thinking: { type: 'enabled', budget_tokens: 2048 },
      service_tier: 'auto',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(canonical).toEqual({
      model: 'chat',
      max_tokens: 256,
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0,
      top_p: 0.9,
      top_k: 40,
      user: 'user-42',
      thinking: { type: 'enabled', budget_tokens: 2048 },
      reasoning: { max_tokens: 2048 },
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const adaptive = anthropicToCanonical({
      ...base,
      thinking: { type: 'adaptive' },
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(adaptive.reasoning).toEqual({ enabled: true });
    const disabled = anthropicToCanonical({
      ...base,
      thinking: { type: 'disabled' },
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(disabled.thinking).toEqual({ type: 'disabled' });
    expect(disabled.reasoning).toBeUndefined();
    const notStreaming = anthropicToCanonical({ ...base, stream: false, messages: [{ role: 'user', content: 'Hi' }] });
    expect(notStreaming.stream).toBe(false);
    expect(notStreaming.stream_options).toBeUndefined();
  });
});
