import { describe, expect, it } from 'vitest';
import { RungError } from '../../../spec/errors.js';
import { anthropicToCanonical } from './from-anthropic-request.js';

const valid = { model: 'chat', max_tokens: 256, messages: [{ role: 'user', content: 'Hi' }] };

function rejection(body: unknown): RungError {
  try {
    anthropicToCanonical(body);
  } catch (error) {
    expect(error).toBeInstanceOf(RungError);
    expect((error as RungError).code).toBe('RUNG_INVALID_REQUEST');
    expect((error as RungError).status).toBe(400);
    return error as RungError;
  }
  throw new Error('expected the request to be rejected');
}

const message = (body: unknown) => rejection(body).message;

describe('anthropicToCanonical validation', () => {
  it('accepts a minimal request', () => {
    expect(() => anthropicToCanonical(valid)).not.toThrow();
  });

  it('rejects a body that is not an object', () => {
    expect(message([])).toMatch(/body must be a JSON object/);
    expect(message(null)).toMatch(/body must be a JSON object/);
    expect(message('hi')).toMatch(/body must be a JSON object/);
  });

  it('requires max_tokens, a positive whole number', () => {
    const { max_tokens: _, ...rest } = valid;
    expect(message(rest)).toMatch(/max_tokens: required: the most tokens the answer may use/);
    expect(message({ ...valid, max_tokens: 0 })).toMatch(/max_tokens: must be at least 1/);
    expect(message({ ...valid, max_tokens: 10.5 })).toMatch(/max_tokens: must be a whole number/);
    expect(message({ ...valid, max_tokens: '100' })).toMatch(/max_tokens: must be .*not "100"/);
  });

  it('requires a model name', () => {
    expect(message({ ...valid, model: undefined })).toMatch(/model: required/);
    expect(message({ ...valid, model: '' })).toMatch(/model: name a route or a model/);
  });

  it('requires a non-empty list of messages with user or assistant roles', () => {
    expect(message({ ...valid, messages: [] })).toMatch(/messages: send at least one message/);
    expect(message({ ...valid, messages: 'Hi' })).toMatch(/messages: must be a list of messages, not "Hi"/);
    expect(message({ ...valid, messages: [{ role: 'system', content: 'x' }] })).toMatch(
      /messages\[0\]\.role: "system" is not allowed; use "user" or "assistant" \(put instructions in the top-level "system" field\)/,
    );
    expect(message({ ...valid, messages: [5] })).toMatch(/messages\[0\]: must be a message object/);
  });

  it('names the path of a bad content block and the types allowed there', () => {
    const wrongType = {
      ...valid,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'video' }] }],
    };
    expect(message(wrongType)).toMatch(
      /messages\[0\]\.content\[1\]\.type: "video" is not a block a user message may hold; use one of "text", "image", "document", "tool_result"/,
    );
    const toolUseInUser = {
      ...valid,
      messages: [{ role: 'user', content: [{ type: 'tool_use', id: 't', name: 'n', input: {} }] }],
    };
    expect(message(toolUseInUser)).toMatch(/messages\[0\]\.content\[0\]\.type: "tool_use" is not a block a user/);
    const badText = { ...valid, messages: [{ role: 'user', content: [{ type: 'text', text: 3 }] }] };
    expect(message(badText)).toMatch(/messages\[0\]\.content\[0\]\.text: must be a string, not number 3/);
    const noContent = { ...valid, messages: [{ role: 'user' }] };
    expect(message(noContent)).toMatch(/messages\[0\]\.content: /);
  });

  it('checks assistant blocks: tool_use input must be an object, thinking needs its signature', () => {
    const badInput = {
      ...valid,
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'f', input: '{"a":1}' }] },
      ],
    };
    expect(message(badInput)).toMatch(/messages\[1\]\.content\[0\]\.input: must be an object of tool arguments/);
    const noSignature = {
      ...valid,
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: [{ type: 'thinking', thinking: 'hm' }] },
      ],
    };
    expect(message(noSignature)).toMatch(/messages\[1\]\.content\[0\]\.signature: required/);
  });

  it('rejects image sources Rung cannot forward', () => {
    const fileImage = {
      ...valid,
      messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'file', file_id: 'file_1' } }] }],
    };
    expect(message(fileImage)).toMatch(/messages\[0\]\.content\[0\]\.source\.type: "file" is not an image source/);
    const noData = {
      ...valid,
      messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png' } }] }],
    };
    expect(message(noData)).toMatch(/messages\[0\]\.content\[0\]\.source\.data: required: base64 data/);
  });

  it('checks tool_result blocks', () => {
    const noId = { ...valid, messages: [{ role: 'user', content: [{ type: 'tool_result', content: 'x' }] }] };
    expect(message(noId)).toMatch(/messages\[0\]\.content\[0\]\.tool_use_id: required/);
    const badNested = {
      ...valid,
      messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [{ type: 'audio' }] }] }],
    };
    expect(message(badNested)).toMatch(/messages\[0\]\.content\[0\]\.content\[0\]\.type: "audio" is not a tool_result/);
  });

  it('checks sampling fields against Anthropic ranges', () => {
    expect(message({ ...valid, temperature: 1.5 })).toMatch(/temperature: temperature must be from 0 to 1/);
    expect(message({ ...valid, top_p: -0.1 })).toMatch(/top_p: top_p must be from 0 to 1/);
    expect(message({ ...valid, top_k: 2.5 })).toMatch(/top_k: must be a whole number/);
    expect(message({ ...valid, stop_sequences: 'END' })).toMatch(/stop_sequences: must be a list of strings/);
    expect(message({ ...valid, stream: 'yes' })).toMatch(/stream: must be true or false/);
  });

  it('checks system', () => {
    expect(message({ ...valid, system: 5 })).toMatch(/system: must be a string or a list of text blocks/);
    expect(message({ ...valid, system: [{ type: 'text', text: 'a', cache_control: { type: 'forever' } }] })).toMatch(
      /system\[0\]\.cache_control\.type: the only cache_control type is "ephemeral"/,
    );
  });

  it('checks tools and tool_choice', () => {
    expect(message({ ...valid, tools: [{ name: 'f' }] })).toMatch(/tools\[0\]\.input_schema: required: a JSON Schema/);
    expect(message({ ...valid, tools: [{ name: 'bad name', input_schema: {} }] })).toMatch(
      /tools\[0\]\.name: must be 1-128 letters/,
    );
    expect(message({ ...valid, tools: [{ type: 'web_search_20250305', name: 'web_search' }] })).toMatch(
      /tools\[0\]\.type: "web_search_20250305" is a server tool/,
    );
    expect(message({ ...valid, tool_choice: { type: 'required' } })).toMatch(
      /tool_choice\.type: "required" is not a tool_choice type; use one of "auto", "any", "tool", "none"/,
    );
    const tools = [{ name: 'get_weather', input_schema: { type: 'object' } }];
    expect(message({ ...valid, tools, tool_choice: { type: 'tool', name: 'get_time' } })).toMatch(
      /tool_choice\.name: "get_time" is not one of the tools \(get_weather\)/,
    );
  });

  it('checks thinking', () => {
    expect(message({ ...valid, thinking: { type: 'enabled' } })).toMatch(/thinking\.budget_tokens: required/);
    expect(message({ ...valid, thinking: { type: 'enabled', budget_tokens: 100 } })).toMatch(
      /thinking\.budget_tokens: must be at least 1024/,
    );
    expect(message({ ...valid, thinking: { type: 'on' } })).toMatch(/thinking\.type: "on" is not a thinking type/);
  });

  it('lists several problems at once, in details too', () => {
    const error = rejection({ model: 'chat', messages: [] });
    expect(error.message).toMatch(/max_tokens: required.*; messages: send at least one message/);
    expect(error.details).toEqual({ problems: expect.arrayContaining([expect.stringMatching(/^max_tokens/)]) });
  });
});
