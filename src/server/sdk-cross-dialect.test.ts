/**
 * Real clients across dialects, against a live Rung and a fake upstream that speaks each provider's wire
 * format: the Anthropic SDK on /v1/messages served by an OpenAI-dialect model, the openai SDK with tools served
 * by Claude and by Gemini, and a chain Anthropic → Gemini → OpenAI-compatible whose first two rungs fail in
 * their own dialects (529 overloaded; SAFETY with no text).
 */
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RungMeta } from '../core/turn.js';
import {
  type AnswerSpec,
  answerAs,
  anthropicError,
  type DialectHandler,
  type DialectUpstream,
  startDialectUpstream,
} from '../testing/dialect-upstream.js';
import { startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const KEY = 'rung-test-key-0123456789';
const WEATHER_CALL = { id: 'call_weather_1', name: 'get_weather', input: { city: 'Paris', unit: 'celsius' } };
const TIME_CALL = { id: 'call_time_2', name: 'get_time', input: { zone: 'Europe/Paris' } };
const FINAL = 'It is 18 degrees in Paris and ten past three.';

/** Asks for both tools until it has seen their results, then answers: the shape of a real tool loop. */
function toolLoop(call: Parameters<DialectHandler>[0]) {
  const text = JSON.stringify(call.body);
  const hasResults =
    text.includes('"tool_result"') || text.includes('"role":"tool"') || text.includes('"functionResponse"');
  const spec: AnswerSpec = hasResults
    ? { text: FINAL }
    : { text: 'Let me check.', toolCalls: [WEATHER_CALL, TIME_CALL] };
  return answerAs(spec)(call);
}

const geminiSafety: DialectHandler = (call) => {
  const blocked = {
    candidates: [{ content: { role: 'model', parts: [] }, finishReason: 'SAFETY', index: 0 }],
    usageMetadata: { promptTokenCount: 8, totalTokenCount: 8 },
  };
  return call.stream ? { sse: [`data: ${JSON.stringify(blocked)}`] } : { json: blocked };
};

let upstream: DialectUpstream;
let rung: TestGateway;
let anthropic: Anthropic;
let openai: OpenAI;

beforeAll(async () => {
  upstream = await startDialectUpstream({
    'gpt-up': toolLoop,
    'claude-up': toolLoop,
    'gemini-up': toolLoop,
    'claude-overloaded': () => anthropicError(529, 'overloaded_error', 'Overloaded'),
    'gemini-safety': geminiSafety,
  });
  rung = await startTestGateway({
    auth: { keys: [{ key: KEY, name: 'app', plan: 'pro' }] },
    plans: { pro: { paid: true, max_output_tokens: 1000 } },
    defaults: { plan: 'pro' },
    providers: {
      oa: { kind: 'openai-compatible', base_url: upstream.openaiURL, api_key: 'sk-openai-upstream' },
      anth: { kind: 'anthropic', base_url: upstream.anthropicURL, api_key: 'sk-ant-upstream-secret' },
      gem: { kind: 'gemini', base_url: upstream.geminiURL, api_key: 'gemini-upstream-key' },
    },
    models: {
      gpt: { provider: 'oa', id: 'gpt-up', vendor: 'openai', price: { input: 1, output: 2 } },
      claude: { provider: 'anth', id: 'claude-up', vendor: 'anthropic', price: { input: 3, output: 15 } },
      gemini: { provider: 'gem', id: 'gemini-up', vendor: 'google' },
      'claude-busy': { provider: 'anth', id: 'claude-overloaded', vendor: 'anthropic' },
      'gemini-blocked': { provider: 'gem', id: 'gemini-safety', vendor: 'google' },
    },
    routes: {
      'via-openai': { chain: ['gpt'] },
      'via-claude': { chain: ['claude'] },
      'via-gemini': { chain: ['gemini'] },
      cross: { chain: ['claude-busy', 'gemini-blocked', 'gpt'] },
    },
  });
  anthropic = new Anthropic({ baseURL: rung.url, apiKey: KEY, maxRetries: 0 });
  openai = new OpenAI({ baseURL: rung.baseURL, apiKey: KEY, maxRetries: 0 });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

type WithRung<T> = T & { rung: RungMeta };

const ANTHROPIC_TOOLS: Anthropic.Tool[] = [
  {
    name: 'get_weather',
    description: 'Weather in a city',
    input_schema: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } } },
  },
  {
    name: 'get_time',
    description: 'Local time',
    input_schema: { type: 'object', properties: { zone: { type: 'string' } } },
  },
];

const OPENAI_TOOLS: ChatCompletionTool[] = ANTHROPIC_TOOLS.map((tool) => ({
  type: 'function',
  function: { name: tool.name, description: tool.description ?? '', parameters: tool.input_schema },
}));

function lastCall(model: string) {
  return upstream.seen.filter((call) => call.model === model).at(-1);
}

describe('@anthropic-ai/sdk on /v1/messages, served by an OpenAI-dialect upstream', () => {
  it('answers a message with the rung report and x-rung headers', async () => {
    const { data, response } = await anthropic.messages
      .create({ model: 'via-openai', max_tokens: 200, messages: [{ role: 'user', content: 'Hello' }] })
      .withResponse();
    const message = data as WithRung<Anthropic.Message>;
    expect(message.type).toBe('message');
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Let me check.' });
    expect(message.rung).toMatchObject({ route: 'via-openai', model: 'gpt', attempt: 0 });
    expect(response.headers.get('x-rung-model')).toBe('gpt');
    // The OpenAI-dialect upstream got an OpenAI request: max_tokens capped, system untouched.
    expect(lastCall('gpt-up')?.body).toMatchObject({ model: 'gpt-up', max_tokens: 200 });
  });

  it('completes a tool-use round trip, streaming and not', async () => {
    for (const stream of [false, true]) {
      const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Weather and time in Paris?' }];
      const first = stream
        ? await anthropic.messages
            .stream({ model: 'via-openai', max_tokens: 300, tools: ANTHROPIC_TOOLS, messages })
            .finalMessage()
        : await anthropic.messages.create({ model: 'via-openai', max_tokens: 300, tools: ANTHROPIC_TOOLS, messages });
      expect(first.stop_reason).toBe('tool_use');
      const uses = first.content.filter((block): block is Anthropic.ToolUseBlock => block.type === 'tool_use');
      expect(uses.map((use) => [use.id, use.name, use.input])).toEqual([
        [WEATHER_CALL.id, WEATHER_CALL.name, WEATHER_CALL.input],
        [TIME_CALL.id, TIME_CALL.name, TIME_CALL.input],
      ]);
      messages.push({ role: 'assistant', content: first.content });
      messages.push({
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: WEATHER_CALL.id, content: '18C' },
          { type: 'tool_result', tool_use_id: TIME_CALL.id, content: '15:10' },
        ],
      });
      const second = stream
        ? await anthropic.messages
            .stream({ model: 'via-openai', max_tokens: 300, tools: ANTHROPIC_TOOLS, messages })
            .finalMessage()
        : await anthropic.messages.create({ model: 'via-openai', max_tokens: 300, tools: ANTHROPIC_TOOLS, messages });
      expect(second.stop_reason).toBe('end_turn');
      expect(second.content).toEqual([expect.objectContaining({ type: 'text', text: FINAL })]);
      // The OpenAI upstream saw the results as `tool` messages answering the right calls.
      const sent = lastCall('gpt-up')?.body.messages as Array<Record<string, unknown>>;
      expect(sent.filter((message) => message.role === 'tool')).toEqual([
        expect.objectContaining({ tool_call_id: WEATHER_CALL.id, content: '18C' }),
        expect.objectContaining({ tool_call_id: TIME_CALL.id, content: '15:10' }),
      ]);
    }
  });

  it('streams events the SDK assembles, with usage and the rung report on message_delta', async () => {
    const stream = anthropic.messages.stream({
      model: 'via-openai',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Hello' }],
    });
    const events: Anthropic.RawMessageStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const message = await stream.finalMessage();
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Let me check.' });
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    const delta = events.find((event) => event.type === 'message_delta') as unknown as { rung: RungMeta };
    expect(delta.rung).toMatchObject({ route: 'via-openai', model: 'gpt' });
  });

  it('answers bad input and unknown models with Anthropic-shaped errors the SDK understands', async () => {
    const missing = await anthropic.messages
      .create({ model: 'via-openai', messages: [{ role: 'user', content: 'Hi' }] } as never)
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(Anthropic.BadRequestError);
    expect((missing as Error).message).toContain('max_tokens');
    const unknown = await anthropic.messages
      .create({ model: 'no-such-route', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] })
      .catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(Anthropic.NotFoundError);
    const denied = await new Anthropic({ baseURL: rung.url, apiKey: 'wrong-key-0123456789', maxRetries: 0 }).messages
      .create({ model: 'via-openai', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] })
      .catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(Anthropic.AuthenticationError);
  });
});

describe('openai SDK with tools, served by Claude and by Gemini', () => {
  it.each([
    ['via-claude', 'claude-up', 'anthropic'],
    ['via-gemini', 'gemini-up', 'gemini'],
  ])('%s: tool calls out, results back, final answer — streaming and not', async (route, upstreamModel, dialect) => {
    for (const stream of [false, true]) {
      const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: 'Weather and time in Paris?' }];
      let calls: Array<{ id: string; name: string; arguments: string }>;
      if (stream) {
        const chunks = await openai.chat.completions.create({
          model: route,
          messages,
          tools: OPENAI_TOOLS,
          stream: true,
        });
        const assembled = new Map<number, { id: string; name: string; arguments: string }>();
        let finish: string | null = null;
        for await (const chunk of chunks) {
          const choice = chunk.choices[0];
          if (choice?.finish_reason) finish = choice.finish_reason;
          for (const delta of choice?.delta.tool_calls ?? []) {
            const entry = assembled.get(delta.index) ?? { id: '', name: '', arguments: '' };
            entry.id ||= delta.id ?? '';
            entry.name += delta.function?.name ?? '';
            entry.arguments += delta.function?.arguments ?? '';
            assembled.set(delta.index, entry);
          }
        }
        expect(finish).toBe('tool_calls');
        calls = [...assembled.values()];
      } else {
        const completion = await openai.chat.completions.create({ model: route, messages, tools: OPENAI_TOOLS });
        expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
        calls = (completion.choices[0]?.message.tool_calls ?? []).map((call) => ({
          id: call.id,
          name: (call as { function: { name: string } }).function.name,
          arguments: (call as { function: { arguments: string } }).function.arguments,
        }));
      }
      expect(calls.map((call) => [call.name, JSON.parse(call.arguments)])).toEqual([
        [WEATHER_CALL.name, WEATHER_CALL.input],
        [TIME_CALL.name, TIME_CALL.input],
      ]);
      for (const call of calls) expect(call.id).toBeTruthy();
      const sent = lastCall(upstreamModel)?.body;
      if (dialect === 'anthropic') {
        expect(sent?.tools).toEqual([
          expect.objectContaining({ name: 'get_weather', input_schema: expect.any(Object) }),
          expect.objectContaining({ name: 'get_time' }),
        ]);
        expect(sent?.max_tokens).toBe(1000);
      } else {
        expect(JSON.stringify(sent?.tools)).toContain('functionDeclarations');
      }

      messages.push({
        role: 'assistant',
        content: null,
        tool_calls: calls.map((call) => ({
          id: call.id,
          type: 'function' as const,
          function: { name: call.name, arguments: call.arguments },
        })),
      });
      messages.push({ role: 'tool', tool_call_id: calls[0]?.id ?? '', content: '18C' });
      messages.push({ role: 'tool', tool_call_id: calls[1]?.id ?? '', content: '15:10' });
      const final = await openai.chat.completions.create({ model: route, messages, tools: OPENAI_TOOLS });
      expect(final.choices[0]?.message.content).toBe(FINAL);
      expect(final.choices[0]?.finish_reason).toBe('stop');
      const again = JSON.stringify(lastCall(upstreamModel)?.body);
      if (dialect === 'anthropic') expect(again).toContain(`"tool_use_id":"${calls[0]?.id}"`);
      else expect(again).toContain('"functionResponse"');
    }
  });
});

describe('a chain Anthropic → Gemini → OpenAI-compatible, first two failing in their own dialects', () => {
  const expectFellThrough = (meta: RungMeta) => {
    expect(meta.attempts.map((attempt) => [attempt.model, attempt.outcome, attempt.status])).toEqual([
      ['claude-busy', 'upstream_error', 529],
      ['gemini-blocked', 'silent_refusal', 200],
      ['gpt', 'ok', 200],
    ]);
    expect(meta).toMatchObject({ model: 'gpt', attempt: 2, used_fallback: true });
  };

  it('answers from the third rung, not streaming', async () => {
    const completion = (await openai.chat.completions.create({
      model: 'cross',
      messages: [{ role: 'user', content: 'Hello' }],
    })) as WithRung<OpenAI.ChatCompletion>;
    expect(completion.choices[0]?.message.content).toBe('Let me check.');
    expectFellThrough(completion.rung);
  });

  it('answers from the third rung, streaming', async () => {
    const stream = await openai.chat.completions.create({
      model: 'cross',
      messages: [{ role: 'user', content: 'Hello' }],
      stream: true,
    });
    let text = '';
    let meta: RungMeta | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      meta = (chunk as WithRung<typeof chunk>).rung ?? meta;
    }
    expect(text).toBe('Let me check.');
    expect(meta).toBeDefined();
    if (meta !== undefined) expectFellThrough(meta);
  });

  it('serves the same chain to the Anthropic SDK, streaming', async () => {
    const message = await anthropic.messages
      .stream({ model: 'cross', max_tokens: 50, messages: [{ role: 'user', content: 'Hello' }] })
      .finalMessage();
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Let me check.' });
  });
});
