import { describe, expect, it } from 'vitest';
import type { SimBehavior, SimModelConfig } from '../../config/schema.js';
import { simModelSchema } from '../../config/schema.js';
import type { ChatChunk, ChatRequest, ChatResponse } from '../../spec/chat.js';
import { callRng } from './sim-random.js';
import type { WireResponse, WireScript } from './sim-script.js';
import { pickBehavior, planScript } from './sim-script.js';

const CREATED = 1_700_000_000;

function model(fields: Partial<SimModelConfig> = {}): SimModelConfig {
  return simModelSchema.parse(fields);
}

function request(fields: Partial<ChatRequest> = {}): ChatRequest {
  return { model: 'sim-a', messages: [{ role: 'user', content: 'What is a gateway for?' }], ...fields };
}

function plan(
  fields: Partial<SimModelConfig>,
  options: { stream?: boolean; request?: Partial<ChatRequest>; seed?: number; callIndex?: number } = {},
): WireScript {
  const callIndex = options.callIndex ?? 0;
  return planScript({
    model: model(fields),
    upstreamId: 'sim-a',
    request: request({ ...options.request, ...(options.stream ? { stream: true } : {}) }),
    stream: options.stream ?? false,
    rng: callRng(options.seed ?? 42, 'sim-a', callIndex),
    callIndex,
    created: CREATED,
  });
}

function planned(
  fields: Partial<SimModelConfig>,
  options: { stream?: boolean; request?: Partial<ChatRequest> } = {},
): WireResponse {
  const script = plan(fields, options);
  if (script.kind !== 'response') throw new Error(`expected a response, got ${script.kind}`);
  return script;
}

function body(script: WireResponse): string {
  return script.chunks.map((chunk) => chunk.data).join('');
}

function completion(fields: Partial<SimModelConfig>, requestFields: Partial<ChatRequest> = {}): ChatResponse {
  const script = planned(fields, { request: requestFields });
  expect(script.status).toBe(200);
  expect(script.end).toBe('close');
  return JSON.parse(body(script)) as ChatResponse;
}

/** The SSE events of a stream: parsed chunks, with '[DONE]' kept as a string. */
function events(script: WireResponse): Array<ChatChunk | '[DONE]'> {
  return body(script)
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      expect(block.startsWith('data: ')).toBe(true);
      const data = block.slice('data: '.length);
      return data === '[DONE]' ? '[DONE]' : (JSON.parse(data) as ChatChunk);
    });
}

function chunks(fields: Partial<SimModelConfig>, requestFields: Partial<ChatRequest> = {}): ChatChunk[] {
  const all = events(planned(fields, { stream: true, request: requestFields }));
  expect(all[all.length - 1]).toBe('[DONE]');
  return all.filter((event): event is ChatChunk => event !== '[DONE]');
}

function streamedText(list: ChatChunk[]): string {
  return list.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
}

describe('planScript: answers', () => {
  it('answers a seeded paragraph of at least 200 characters with usage', () => {
    const response = completion({});
    const content = response.choices[0]?.message.content;
    expect(typeof content).toBe('string');
    expect((content as string).length).toBeGreaterThanOrEqual(200);
    expect(response).toMatchObject({ object: 'chat.completion', created: CREATED, model: 'sim-a' });
    expect(response.id).toMatch(/^chatcmpl-sim-/);
    expect(response.choices[0]?.finish_reason).toBe('stop');
    expect(response.usage).toEqual({
      prompt_tokens: Math.ceil('What is a gateway for?'.length / 4),
      completion_tokens: Math.ceil((content as string).length / 4),
      total_tokens: Math.ceil('What is a gateway for?'.length / 4) + Math.ceil((content as string).length / 4),
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    });
  });

  it('uses the configured reply', () => {
    expect(completion({ reply: 'Hello there.' }).choices[0]?.message.content).toBe('Hello there.');
  });

  it('echoes the last user message, text parts joined', () => {
    const messages: ChatRequest['messages'] = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'ok' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'say' },
          { type: 'text', text: 'this' },
        ],
      },
    ];
    expect(completion({ behavior: 'echo' }, { messages }).choices[0]?.message.content).toBe('say\nthis');
  });

  it('refuses politely with finish_reason stop', () => {
    const choice = completion({ behavior: 'refuse' }).choices[0];
    expect(choice?.message.content).toBe("I'm sorry, but I can't help with that request.");
    expect(choice?.finish_reason).toBe('stop');
  });

  it.each([
    ['content_filter', '', 'content_filter'],
    ['length_empty', '', 'length'],
    ['empty', '   ', 'stop'],
  ] as const)('%s answers 200 with content %j and finish_reason %s', (behavior, content, finish) => {
    const choice = completion({ behavior }).choices[0];
    expect(choice?.message.content).toBe(content);
    expect(choice?.finish_reason).toBe(finish);
    const streamed = chunks({ behavior });
    expect(streamedText(streamed)).toBe(content);
    expect(streamed[streamed.length - 1]?.choices[0]?.finish_reason).toBe(finish);
  });

  it('cuts the answer at max_tokens and finishes with length', () => {
    const choice = completion({ reply: 'x'.repeat(100) }, { max_tokens: 5 }).choices[0];
    expect(choice?.message.content).toBe('x'.repeat(20));
    expect(choice?.finish_reason).toBe('length');
  });

  it('calls the first tool offered', () => {
    const tools = [{ type: 'function', function: { name: 'get_weather', parameters: {} } }];
    const choice = completion({ behavior: 'tool_call' }, { tools }).choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBeNull();
    expect(choice?.message.tool_calls?.[0]).toMatchObject({
      type: 'function',
      function: { name: 'get_weather', arguments: '{}' },
    });

    const streamed = chunks({ behavior: 'tool_call' }, { tools });
    const deltas = streamed.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    expect(deltas[0]).toMatchObject({ index: 0, type: 'function', function: { name: 'get_weather', arguments: '' } });
    expect(deltas.map((delta) => delta.function?.arguments ?? '').join('')).toBe('{}');
    expect(streamed[streamed.length - 1]?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('answers no choices', () => {
    expect(completion({ behavior: 'no_choices' }).choices).toEqual([]);
    const streamed = chunks({ behavior: 'no_choices' });
    expect(streamed.every((chunk) => chunk.choices.length === 0)).toBe(true);
  });
});

describe('planScript: streams', () => {
  it('streams role, tokens, finish, usage then [DONE] when usage is asked for', () => {
    const script = planned(
      { reply: 'One two three.', tokens_per_second: 10 },
      {
        stream: true,
        request: { stream_options: { include_usage: true } },
      },
    );
    expect(script.headers['content-type']).toMatch(/^text\/event-stream/);
    const all = events(script);
    expect(all[all.length - 1]).toBe('[DONE]');
    const list = all.filter((event): event is ChatChunk => event !== '[DONE]');
    expect(list[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(list.slice(1, 4).map((chunk) => chunk.choices[0]?.delta.content)).toEqual(['One', ' two', ' three.']);
    expect(list[4]?.choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    expect(list[5]?.choices).toEqual([]);
    expect(list[5]?.usage).toMatchObject({ completion_tokens: Math.ceil('One two three.'.length / 4) });
    for (const chunk of list) {
      expect(chunk).toMatchObject({
        id: list[0]?.id,
        object: 'chat.completion.chunk',
        created: CREATED,
        model: 'sim-a',
      });
    }
    expect(script.chunks.map((chunk) => chunk.delayMs)).toEqual([0, 100, 100, 100, 0, 0, 0]);
  });

  it('sends no usage chunk unless asked', () => {
    const list = chunks({ reply: 'Hi.' });
    expect(list.every((chunk) => chunk.choices.length === 1 && !('usage' in chunk))).toBe(true);
  });

  it('draws the first byte delay within first_token_ms', () => {
    for (let callIndex = 0; callIndex < 20; callIndex++) {
      const script = plan({ first_token_ms: [100, 300] }, { callIndex });
      if (script.kind !== 'response') throw new Error('expected a response');
      expect(script.headersDelayMs).toBeGreaterThanOrEqual(100);
      expect(script.headersDelayMs).toBeLessThanOrEqual(300);
    }
  });

  it('delays a non-streamed answer by its whole generation time', () => {
    const script = planned({ reply: 'One two three.', tokens_per_second: 10, first_token_ms: [50, 50] });
    expect(script.headersDelayMs).toBe(50 + 3 * 100);
  });
});

describe('planScript: failures', () => {
  it('rate_limit answers 429 with retry-after and an OpenAI error', () => {
    const script = planned({ behavior: 'rate_limit', retry_after_s: 7 });
    expect(script.status).toBe(429);
    expect(script.headers['retry-after']).toBe('7');
    expect(JSON.parse(body(script))).toMatchObject({ error: { type: 'requests', code: 'rate_limit_exceeded' } });
  });

  it.each([
    ['server_error', 502],
    ['bad_request', 400],
    ['unauthorized', 401],
  ] as const)('%s answers %i with an OpenAI error body', (behavior, status) => {
    const script = planned({ behavior, error_status: 502 });
    expect(script.status).toBe(status);
    expect(JSON.parse(body(script))).toMatchObject({
      error: { message: expect.any(String), type: expect.any(String) },
    });
  });

  it('model_not_found answers 404 as OpenAI does', () => {
    const script = planned({ behavior: 'model_not_found' });
    expect(script.status).toBe(404);
    expect(JSON.parse(body(script))).toEqual({
      error: {
        message: 'The model `sim-a` does not exist',
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      },
    });
  });

  it('hang and reset send nothing', () => {
    expect(plan({ behavior: 'hang' })).toEqual({ kind: 'hang' });
    expect(plan({ behavior: 'reset' })).toEqual({ kind: 'reset' });
  });

  it('headers_then_stall sends 200 and then holds the connection silent', () => {
    expect(planned({ behavior: 'headers_then_stall' })).toMatchObject({ status: 200, chunks: [], end: 'stall' });
  });

  it('malformed sends a body that is not JSON, or an event that is not', () => {
    expect(() => JSON.parse(body(planned({ behavior: 'malformed' })))).toThrow();
    expect(body(planned({ behavior: 'malformed' }, { stream: true }))).toContain('data: {not json\n\n');
  });

  it('cut_stream resets after the role chunk, or halfway through a JSON body', () => {
    const streamed = planned({ behavior: 'cut_stream' }, { stream: true });
    expect(streamed.end).toBe('reset');
    expect(events(streamed)).toHaveLength(1);
    const whole = planned({ behavior: 'cut_stream' });
    expect(whole.end).toBe('reset');
    expect(() => JSON.parse(body(whole))).toThrow();
  });
});

describe('behaviour picking and determinism', () => {
  const mix: SimModelConfig['mix'] = { answer: 1, rate_limit: 1, reset: 1 };

  function draws(seed: number, count: number): SimBehavior[] {
    const config = model({ mix });
    return Array.from({ length: count }, (_, index) => pickBehavior(config, index, callRng(seed, 'sim-a', index)));
  }

  it('cycles script by call index, ahead of mix and behavior', () => {
    const config = model({ behavior: 'hang', mix, script: ['answer', 'reset'] });
    const picked = [0, 1, 2].map((index) => pickBehavior(config, index, callRng(1, 'sim-a', index)));
    expect(picked).toEqual(['answer', 'reset', 'answer']);
  });

  it('draws from mix by weight, and never a zero weight', () => {
    const config = model({ mix: { answer: 0, refuse: 3 } });
    expect(pickBehavior(config, 0, () => 0)).toBe('refuse');
    expect(new Set(draws(7, 200))).toEqual(new Set(['answer', 'rate_limit', 'reset']));
  });

  it('replays the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(42, 32)).toEqual(draws(42, 32));
    expect(draws(42, 32)).not.toEqual(draws(43, 32));
    const scripts = (seed: number) => [0, 1, 2].map((callIndex) => plan({ mix }, { seed, callIndex, stream: true }));
    expect(scripts(42)).toEqual(scripts(42));
  });
});
