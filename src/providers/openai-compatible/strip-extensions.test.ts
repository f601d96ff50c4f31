import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../spec/chat.js';
import { stripExtensions } from './to-openai-request.js';

describe('stripExtensions (vendors that reject unknown fields)', () => {
  const request: ChatRequest = {
    model: 'gpt-x',
    thinking: { type: 'enabled', budget_tokens: 2048 },
    top_k: 40,
    reasoning: { effort: 'high' },
    tools: [{ type: 'function', function: { name: 'f', parameters: {} }, cache_control: { type: 'ephemeral' } }],
    messages: [
      { role: 'system', content: [{ type: 'text', text: 'Persona', cache_control: { type: 'ephemeral' } }] },
      {
        role: 'assistant',
        content: 'Checking.',
        reasoning: 'I should call f',
        reasoning_details: [{ type: 'reasoning.text', text: 'x', signature: 's' }],
        tool_calls: [
          {
            id: 'c1',
            type: 'function',
            function: { name: 'f', arguments: '{}' },
            cache_control: { type: 'ephemeral' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: 'failed', is_error: true },
    ],
  };

  it('removes cache markers, thinking and Anthropic-only fields, mapping reasoning.effort', () => {
    const out = stripExtensions(request);
    expect(out).toEqual({
      model: 'gpt-x',
      reasoning_effort: 'high',
      tools: [{ type: 'function', function: { name: 'f', parameters: {} } }],
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'Persona' }] },
        {
          role: 'assistant',
          content: 'Checking.',
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'c1', content: 'failed' },
      ],
    });
  });

  it('leaves the client request untouched', () => {
    const before = JSON.stringify(request);
    stripExtensions(request);
    expect(JSON.stringify(request)).toBe(before);
  });
});
