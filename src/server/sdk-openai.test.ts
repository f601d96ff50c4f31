/**
 * The official `openai` SDK driving a live Rung over a real socket, with the simulator server as upstream.
 * What a client written for OpenAI sees: answers, streams with and without usage, tool calls, fallbacks,
 * the `rung` report and headers, and errors as the SDK's own APIError classes.
 */
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SDK_REPLY, type SdkFixture, startSdkFixture, upstreamModel, type WithRung } from '../testing/sdk-fixtures.js';

const HELLO = [{ role: 'user' as const, content: 'Hello there' }];

let fixture: SdkFixture;
let client: OpenAI;

beforeAll(async () => {
  fixture = await startSdkFixture();
  // No SDK retries: a 503 must surface once, and upstream call counts must be Rung's alone.
  client = new OpenAI({ baseURL: fixture.rung.baseURL, apiKey: 'sk-client', maxRetries: 0 });
});
afterAll(async () => {
  await fixture.close();
});
beforeEach(() => fixture.mark());

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<WithRung<ChatCompletionChunk>[]> {
  const chunks: WithRung<ChatCompletionChunk>[] = [];
  for await (const chunk of stream) chunks.push(chunk as WithRung<ChatCompletionChunk>);
  return chunks;
}

function contentOf(chunks: ChatCompletionChunk[]): string {
  return chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
}

describe('openai SDK against Rung', () => {
  it('answers a non-streaming chat with the rung report and its cost', async () => {
    const completion = (await client.chat.completions.create({
      model: 'chat',
      messages: HELLO,
    })) as WithRung<ChatCompletion>;

    expect(completion.choices[0]?.message.content).toBe(SDK_REPLY);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.model).toBe('up/answer');
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);
    expect(completion.rung).toMatchObject({ route: 'chat', model: 'answer', attempt: 0, used_fallback: false });
    expect(completion.rung.attempts).toEqual([expect.objectContaining({ model: 'answer', outcome: 'ok' })]);
    expect(completion.rung.cost_usd).toBeGreaterThan(0);
  });

  it('streams with include_usage: content assembled, usage and rung on the last chunk', async () => {
    const stream = await client.chat.completions.create({
      model: 'chat',
      messages: HELLO,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = await collect(stream);

    expect(chunks.length).toBeGreaterThan(3);
    expect(contentOf(chunks)).toBe(SDK_REPLY);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.some((chunk) => chunk.choices[0]?.finish_reason === 'stop')).toBe(true);
    const last = chunks.at(-1);
    expect(last?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(last?.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(last?.rung).toMatchObject({ route: 'chat', model: 'answer', attempt: 0, used_fallback: false });
    expect(last?.rung.cost_usd).toBeGreaterThan(0);
    // Only the final chunk carries the report.
    expect(chunks.slice(0, -1).every((chunk) => !('rung' in chunk))).toBe(true);
  });

  it('streams without include_usage: every chunk has a choice, no usage, rung on the last chunk', async () => {
    const stream = await client.chat.completions.create({ model: 'chat', messages: HELLO, stream: true });
    const chunks = await collect(stream);

    expect(contentOf(chunks)).toBe(SDK_REPLY);
    for (const chunk of chunks) {
      expect(chunk.choices[0]).toBeDefined();
      expect(chunk.usage ?? null).toBeNull();
    }
    const last = chunks.at(-1);
    expect(last?.choices[0]?.finish_reason).toBe('stop');
    expect(last?.rung).toMatchObject({ route: 'chat', model: 'answer', used_fallback: false });
    // Rung asked the upstream for usage on its own account (the report's usage is the upstream's, not an
    // estimate), and held the usage-only chunk back from this client.
    expect(fixture.upstreamCallsSinceMark()[0]?.body).toMatchObject({ stream_options: { include_usage: true } });
    expect(last?.rung.usage).toMatchObject({ estimated: false });
  });

  it("assembles a whole completion with the SDK's stream helper", async () => {
    const stream = client.chat.completions.stream({
      model: 'chat',
      messages: HELLO,
      stream_options: { include_usage: true },
    });
    const final = await stream.finalChatCompletion();

    expect(final.choices).toHaveLength(1);
    expect(final.choices[0]?.message.content).toBe(SDK_REPLY);
    expect(final.choices[0]?.finish_reason).toBe('stop');
    expect(final.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('passes tool calls through, whole and streamed', async () => {
    const tools = [
      {
        type: 'function' as const,
        function: { name: 'get_weather', parameters: { type: 'object', properties: {} } },
      },
    ];
    const completion = await client.chat.completions.create({ model: 'tools', messages: HELLO, tools });
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    const call = choice?.message.tool_calls?.[0];
    expect(call?.type).toBe('function');
    expect(call?.type === 'function' ? call.function : null).toEqual({ name: 'get_weather', arguments: '{}' });
    expect(call?.id).toMatch(/^call_sim_/);

    const chunks = await collect(
      await client.chat.completions.create({ model: 'tools', messages: HELLO, tools, stream: true }),
    );
    const deltas = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
    expect(deltas[0]).toMatchObject({ index: 0, type: 'function', function: { name: 'get_weather' } });
    expect(deltas[0]?.id).toMatch(/^call_sim_/);
    expect(deltas.map((delta) => delta.function?.arguments ?? '').join('')).toBe('{}');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
    expect(chunks.at(-1)?.rung.model).toBe('tool');
  });

  it('falls through a silent refusal and says so in the body and the headers', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'fallback', messages: HELLO })
      .withResponse();
    const completion = data as WithRung<ChatCompletion>;

    expect(completion.choices[0]?.message.content).toBe(SDK_REPLY);
    expect(completion.rung).toMatchObject({ model: 'answer', attempt: 1, used_fallback: true });
    expect(completion.rung.attempts.map((attempt) => [attempt.model, attempt.outcome])).toEqual([
      ['filtered', 'silent_refusal'],
      ['answer', 'ok'],
    ]);
    expect(response.headers.get('x-rung-used-fallback')).toBe('true');
    expect(response.headers.get('x-rung-model')).toBe('answer');
    expect(response.headers.get('x-rung-attempt')).toBe('1');
    expect(fixture.upstreamCallsSinceMark().map(upstreamModel)).toEqual(['up/filtered', 'up/answer']);
  });

  it('falls through under streaming too, before any byte reaches the client', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'fallback', messages: HELLO, stream: true })
      .withResponse();
    const chunks = await collect(data);
    expect(response.headers.get('x-rung-used-fallback')).toBe('true');
    expect(contentOf(chunks)).toBe(SDK_REPLY);
    expect(chunks.at(-1)?.rung).toMatchObject({ model: 'answer', attempt: 1, used_fallback: true });
  });

  it('throws NotFoundError (404) for a model that is neither a route nor a model', async () => {
    const error = await client.chat.completions.create({ model: 'gpt-9', messages: HELLO }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(404);
    expect((error as InstanceType<typeof OpenAI.APIError>).message).toContain('gpt-9');
    expect(fixture.upstreamCallsSinceMark()).toEqual([]);
  });

  it('throws a 503 APIError naming each rung when every rung fails', async () => {
    const error = await client.chat.completions.create({ model: 'doomed', messages: HELLO }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    const apiError = error as InstanceType<typeof OpenAI.APIError>;
    expect(apiError.status).toBe(503);
    expect(apiError.code).toBe('RUNG_ALL_RUNGS_FAILED');
    expect(apiError.message).toContain('filtered');
    expect(apiError.message).toContain('down');
    expect(fixture.upstreamCallsSinceMark().map(upstreamModel)).toEqual(['up/filtered', 'up/down']);
  });

  it('throws a 503 APIError from a stream when every rung fails', async () => {
    const error = await client.chat.completions
      .create({ model: 'doomed', messages: HELLO, stream: true })
      .then(collect)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(503);
  });

  it('surfaces an upstream 400 as BadRequestError after one upstream call, without falling through', async () => {
    const error = await client.chat.completions.create({ model: 'rejected', messages: HELLO }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    const apiError = error as InstanceType<typeof OpenAI.APIError>;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toContain("Invalid value for 'messages' (simulated bad request).");
    expect(fixture.upstreamCallsSinceMark().map(upstreamModel)).toEqual(['up/bad']);
  });

  it('lists routes and models, with what Rung knows of each', async () => {
    const listed = new Map<string, OpenAI.Models.Model & { rung?: Record<string, unknown> }>();
    for await (const model of client.models.list()) listed.set(model.id, model);

    const routes = ['chat', 'doomed', 'fallback', 'rejected', 'tools'];
    const models = ['answer', 'bad', 'down', 'filtered', 'tool'];
    expect([...listed.keys()].sort()).toEqual([...routes, ...models].sort());
    expect(listed.get('fallback')?.rung).toMatchObject({
      kind: 'route',
      variants: [expect.objectContaining({ chain: ['filtered', 'answer'] })],
    });
    expect(listed.get('answer')?.rung).toMatchObject({
      kind: 'model',
      upstream_id: 'up/answer',
      price: { input: 1, output: 2 },
    });
  });
});
