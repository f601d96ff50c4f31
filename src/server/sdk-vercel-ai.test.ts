/**
 * The Vercel AI SDK (`ai` with `@ai-sdk/openai-compatible`) driving a live Rung over a real socket, with the
 * simulator server as upstream: text, streams with usage, a fallback the SDK never notices, and errors.
 * A metadata extractor lifts Rung's `rung` report into providerMetadata, as an application would.
 */
import { createOpenAICompatible, type MetadataExtractor } from '@ai-sdk/openai-compatible';
import { APICallError, generateText, jsonSchema, streamText, tool } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RungMeta } from '../core/turn.js';
import { SDK_REPLY, type SdkFixture, startSdkFixture, upstreamModel } from '../testing/sdk-fixtures.js';

type ProviderMetadata = NonNullable<Awaited<ReturnType<MetadataExtractor['extractMetadata']>>>;

/** `{ rung: <the rung report> }` when the body or chunk carries one. */
function rungMetadata(value: unknown): ProviderMetadata | undefined {
  if (typeof value !== 'object' || value === null || !('rung' in value)) return undefined;
  return { rung: value.rung as ProviderMetadata[string] };
}

const rungExtractor: MetadataExtractor = {
  extractMetadata: async ({ parsedBody }) => rungMetadata(parsedBody),
  createStreamExtractor: () => {
    let found: ProviderMetadata | undefined;
    return {
      processChunk: (chunk) => {
        found = rungMetadata(chunk) ?? found;
      },
      buildMetadata: () => found,
    };
  },
};

let fixture: SdkFixture;
let rung: ReturnType<typeof createOpenAICompatible>;

beforeAll(async () => {
  fixture = await startSdkFixture();
  rung = createOpenAICompatible({
    name: 'rung',
    baseURL: fixture.rung.baseURL,
    apiKey: 'x',
    includeUsage: true,
    metadataExtractor: rungExtractor,
  });
});
afterAll(async () => {
  await fixture.close();
});
beforeEach(() => fixture.mark());

function reportOf(providerMetadata: Record<string, unknown> | undefined): Partial<RungMeta> | undefined {
  return providerMetadata?.rung as Partial<RungMeta> | undefined;
}

describe('Vercel AI SDK against Rung', () => {
  it('generateText gets the text, usage and the rung report', async () => {
    const result = await generateText({ model: rung('chat'), prompt: 'Hello there', maxRetries: 0 });

    expect(result.text).toBe(SDK_REPLY);
    expect(result.finishReason).toBe('stop');
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.response.modelId).toBe('up/answer');
    expect(result.response.headers?.['x-rung-model']).toBe('answer');
    expect(reportOf(result.providerMetadata)).toMatchObject({ route: 'chat', model: 'answer', used_fallback: false });
  });

  it('streamText yields the whole text through textStream and finishes with usage', async () => {
    const result = streamText({ model: rung('chat'), prompt: 'Hello there', maxRetries: 0 });
    const parts: string[] = [];
    for await (const part of result.textStream) parts.push(part);

    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(SDK_REPLY);
    expect(await result.finishReason).toBe('stop');
    const usage = await result.usage;
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBeGreaterThan(0);
    expect(reportOf(await result.providerMetadata)).toMatchObject({ model: 'answer', attempt: 0 });
    const sent = fixture.upstreamCallsSinceMark()[0]?.body;
    expect(sent).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('streamText falls through a silent refusal without the SDK noticing', async () => {
    const result = streamText({ model: rung('fallback'), prompt: 'Hello there', maxRetries: 0 });

    expect(await result.text).toBe(SDK_REPLY);
    expect(await result.finishReason).toBe('stop');
    const report = reportOf(await result.providerMetadata);
    expect(report).toMatchObject({ model: 'answer', attempt: 1, used_fallback: true });
    expect(report?.attempts?.map((attempt) => attempt.outcome)).toEqual(['silent_refusal', 'ok']);
    expect(fixture.upstreamCallsSinceMark().map(upstreamModel)).toEqual(['up/filtered', 'up/answer']);
  });

  it('passes tool calls through generateText and streamText', async () => {
    const tools = {
      get_weather: tool({ description: 'The weather', inputSchema: jsonSchema({ type: 'object', properties: {} }) }),
    };
    const generated = await generateText({ model: rung('tools'), prompt: 'Weather?', tools, maxRetries: 0 });
    expect(generated.finishReason).toBe('tool-calls');
    expect(generated.toolCalls).toEqual([
      expect.objectContaining({ toolName: 'get_weather', input: {}, toolCallId: expect.stringMatching(/^call_sim_/) }),
    ]);

    const streamed = streamText({ model: rung('tools'), prompt: 'Weather?', tools, maxRetries: 0 });
    expect(await streamed.finishReason).toBe('tool-calls');
    expect(await streamed.toolCalls).toEqual([expect.objectContaining({ toolName: 'get_weather', input: {} })]);
  });

  it('generateText throws an APICallError with status 503 when every rung fails', async () => {
    const error = await generateText({ model: rung('doomed'), prompt: 'Hello there', maxRetries: 0 }).catch(
      (e: unknown) => e,
    );

    expect(APICallError.isInstance(error)).toBe(true);
    const callError = error as APICallError;
    expect(callError.statusCode).toBe(503);
    expect(callError.isRetryable).toBe(true);
    expect(callError.message).toContain('filtered');
    expect(fixture.upstreamCallsSinceMark().map(upstreamModel)).toEqual(['up/filtered', 'up/down']);
  });

  it('generateText throws a 400 APICallError for an upstream bad request, not retryable', async () => {
    const error = await generateText({ model: rung('rejected'), prompt: 'Hello there', maxRetries: 0 }).catch(
      (e: unknown) => e,
    );

    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as APICallError).isRetryable).toBe(false);
    expect(fixture.upstreamCallsSinceMark().map(upstreamModel)).toEqual(['up/bad']);
  });

  it('streamText reports a 503 as an error part when every rung fails', async () => {
    const errors: unknown[] = [];
    const result = streamText({
      model: rung('doomed'),
      prompt: 'Hello there',
      maxRetries: 0,
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    let text = '';
    for await (const part of result.fullStream) if (part.type === 'text-delta') text += part.text;

    expect(text).toBe('');
    expect(errors).toHaveLength(1);
    expect(APICallError.isInstance(errors[0])).toBe(true);
    expect((errors[0] as APICallError).statusCode).toBe(503);
  });
});
