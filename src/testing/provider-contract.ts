/**
 * The provider contract, written once and run against every adapter. Each adapter's `*.contract.test.ts` calls
 * `runProviderContract` with a subject: how to build the adapter over a transport, and one case per name in
 * `CONTRACT_CASES` — a fixture (a recorded wire example) and what the canonical side must look like. A case an
 * adapter cannot meet is skipped with a reason; a case neither given nor skipped fails.
 */
import { describe, expect, it } from 'vitest';
import type { Transport, UpstreamRequest, UpstreamResponse } from '../providers/http/transport.js';
import { Abort } from '../spec/abort.js';
import type { ChatChunk, ChatMessage, ChatRequest, UnifiedFinishReason } from '../spec/chat.js';
import type { EmbeddingRequest } from '../spec/embeddings.js';
import { isAttemptFailure } from '../spec/errors.js';
import type { Outcome } from '../spec/outcome.js';
import type { Provider, ProviderCall, StreamChunk, Timeouts, TokenUsage } from '../spec/provider.js';

/** Every adapter answers each of these, or skips it with a reason. */
export const CONTRACT_CASES = [
  // Request mapping: the canonical request as the upstream must receive it.
  'request.text',
  'request.system',
  'request.images',
  'request.tools',
  'request.tool_results',
  'request.stream',
  // Response mapping.
  'response.text',
  'response.tool_calls',
  'response.usage_cache',
  'response.length',
  'response.filtered',
  'response.malformed',
  // Stream mapping.
  'stream.text',
  'stream.tool_calls',
  'stream.error_before_content',
  'stream.cut',
  // Error classes.
  'error.400',
  'error.401',
  'error.404',
  'error.429',
  'error.500',
  'error.overloaded',
  // Embeddings.
  'embed',
] as const;

export type ContractCaseName = (typeof CONTRACT_CASES)[number];

/** What the fixture transport answers with. */
export interface WireReply {
  status: number;
  headers?: Record<string, string>;
  /** The body; a list is sent as separate network reads (to exercise events split across reads). */
  body: string | string[];
}

export interface RequestExpect {
  /** The URL the adapter must call (exact string, or a pattern). */
  url: string | RegExp;
  /** Headers that must be present with these values (lower-case names). */
  headers?: Record<string, string>;
  /** The upstream JSON body, compared exactly. */
  body: unknown;
}

export interface AnswerExpect {
  content?: string;
  /** Thinking / reasoning text, where the adapter surfaces it. */
  reasoning?: string;
  /** Tool calls in order; `arguments` is compared parsed. */
  toolCalls?: Array<{ id?: string; name: string; arguments: unknown }>;
  finish: { unified: UnifiedFinishReason; raw: string | null };
  usage?: Partial<TokenUsage>;
}

export interface FailureExpect {
  failure: Outcome;
  retryAfterMs?: number;
  upstreamStatus?: number;
}

export type ContractCase =
  | {
      kind: 'request';
      request: ChatRequest;
      extraBody?: Record<string, unknown>;
      stream?: boolean;
      /** A valid reply so the call completes; defaults to the subject's `okReply`. */
      reply?: WireReply;
      expect: RequestExpect;
    }
  | { kind: 'response'; request?: ChatRequest; reply: WireReply; expect: AnswerExpect | FailureExpect }
  | { kind: 'stream'; request?: ChatRequest; reply: WireReply; expect: AnswerExpect | FailureExpect }
  | {
      kind: 'embed';
      request: EmbeddingRequest;
      reply: WireReply;
      expect: { request: RequestExpect; vectors: number[][]; usage?: Partial<TokenUsage> };
    };

export interface ContractSubject {
  name: string;
  create(transport: Transport): Provider;
  /** A successful non-streaming reply, used by request cases that do not give their own. */
  okReply: WireReply;
  /** A successful streaming reply, for request cases with `stream: true`. */
  okStreamReply: WireReply;
  cases: Partial<Record<ContractCaseName, ContractCase>>;
  /** Cases this adapter does not meet, each with the reason. */
  skip?: Partial<Record<ContractCaseName, string>>;
  /** Adapter-specific cases run the same way. */
  extra?: Record<string, ContractCase>;
}

const TIMEOUTS: Timeouts = { connectMs: 5000, firstByteMs: 5000, firstTokenMs: 5000, idleMs: 5000, totalMs: 10_000 };

export const BASIC_REQUEST: ChatRequest = {
  model: 'upstream-model',
  messages: [{ role: 'user', content: 'Hello' }],
};

/** A transport that records what it is asked and answers with fixed replies, in order (the last repeats). */
export function fixtureTransport(...replies: WireReply[]): Transport & { seen: UpstreamRequest[] } {
  const seen: UpstreamRequest[] = [];
  return {
    seen,
    async send(request: UpstreamRequest): Promise<UpstreamResponse> {
      seen.push(request);
      const reply = replies[Math.min(seen.length - 1, replies.length - 1)];
      if (reply === undefined) throw new Error('fixtureTransport: no reply');
      const parts = typeof reply.body === 'string' ? [reply.body] : reply.body;
      const encoder = new TextEncoder();
      return {
        status: reply.status,
        headers: Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
        body: (async function* () {
          for (const part of parts) yield encoder.encode(part);
        })(),
        text: async () => parts.join(''),
        discard() {},
      };
    },
    async close() {},
  };
}

function providerCall(request: ChatRequest, extraBody?: Record<string, unknown>): ProviderCall {
  return { request, extraBody, timeouts: TIMEOUTS, signal: new Abort() };
}

/** The answer a list of stream chunks adds up to. */
export function assembleStream(chunks: readonly StreamChunk[]): {
  content: string;
  reasoning: string;
  toolCalls: Array<{ id?: string; name: string; arguments: string }>;
  finish: StreamChunk['finish'];
  usage: TokenUsage | null;
  firstRole: string | undefined;
} {
  let content = '';
  let reasoning = '';
  const calls = new Map<number, { id?: string; name: string; arguments: string }>();
  let finish: StreamChunk['finish'] = null;
  let usage: TokenUsage | null = null;
  let firstRole: string | undefined;
  let sawChoice = false;
  for (const part of chunks) {
    const chunk: ChatChunk = part.plain ? (JSON.parse(part.raw as string) as ChatChunk) : part.chunk;
    if (part.finish !== null) finish = part.finish;
    if (part.usage !== null) usage = part.usage;
    const delta = chunk.choices[0]?.delta;
    if (delta === undefined) continue;
    if (!sawChoice) {
      sawChoice = true;
      firstRole = delta.role;
    }
    if (typeof delta.content === 'string') content += delta.content;
    const thinking = delta.reasoning ?? delta.reasoning_content;
    if (typeof thinking === 'string') reasoning += thinking;
    for (const call of delta.tool_calls ?? []) {
      const entry = calls.get(call.index) ?? { name: '', arguments: '' };
      if (call.id !== undefined) entry.id = call.id;
      if (call.function?.name !== undefined) entry.name += call.function.name;
      if (call.function?.arguments !== undefined) entry.arguments += call.function.arguments;
      calls.set(call.index, entry);
    }
  }
  return {
    content,
    reasoning,
    toolCalls: [...calls.entries()].sort((a, b) => a[0] - b[0]).map(([, call]) => call),
    finish,
    usage,
    firstRole,
  };
}

function messageContent(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (!Array.isArray(message.content)) return '';
  return message.content.map((part) => (part.type === 'text' ? String(part.text) : '')).join('');
}

async function expectFailure(run: () => Promise<unknown>, expected: FailureExpect): Promise<void> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(isAttemptFailure(caught), `expected an AttemptFailure, got ${String(caught)}`).toBe(true);
  if (!isAttemptFailure(caught)) return;
  expect(caught.outcome).toBe(expected.failure);
  if (expected.retryAfterMs !== undefined) expect(caught.retryAfterMs).toBe(expected.retryAfterMs);
  if (expected.upstreamStatus !== undefined) expect(caught.upstreamStatus).toBe(expected.upstreamStatus);
}

function checkRequest(seen: UpstreamRequest | undefined, expected: RequestExpect): void {
  expect(seen, 'the adapter sent no request').toBeDefined();
  if (seen === undefined) return;
  if (typeof expected.url === 'string') expect(seen.url).toBe(expected.url);
  else expect(seen.url).toMatch(expected.url);
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = Object.entries(seen.headers).find(([key]) => key.toLowerCase() === name)?.[1];
    expect(actual, `header ${name}`).toBe(value);
  }
  expect(JSON.parse(seen.body ?? 'null')).toEqual(expected.body);
}

function checkAnswer(
  actual: {
    content: string;
    reasoning: string;
    toolCalls: Array<{ id?: string; name: string; arguments: string }>;
    finish: StreamChunk['finish'];
    usage: TokenUsage | null;
  },
  expected: AnswerExpect,
): void {
  if (expected.content !== undefined) expect(actual.content).toBe(expected.content);
  if (expected.reasoning !== undefined) expect(actual.reasoning).toBe(expected.reasoning);
  if (expected.toolCalls !== undefined) {
    expect(
      actual.toolCalls.map((call, index) => ({
        // An adapter that synthesises ids is checked for having one (below), not for its value.
        ...(expected.toolCalls?.[index]?.id === undefined ? {} : { id: call.id }),
        name: call.name,
        arguments: JSON.parse(call.arguments || '{}') as unknown,
      })),
    ).toEqual(
      expected.toolCalls.map((call) => ({
        ...(call.id === undefined ? {} : { id: call.id }),
        name: call.name,
        arguments: call.arguments,
      })),
    );
    for (const call of actual.toolCalls) expect(call.id, 'every tool call has an id').toBeTruthy();
  }
  expect(actual.finish).toEqual(expected.finish);
  if (expected.usage !== undefined) expect(actual.usage).toMatchObject(expected.usage);
}

async function runCase(subject: ContractSubject, name: string, testCase: ContractCase): Promise<void> {
  switch (testCase.kind) {
    case 'request': {
      const stream = testCase.stream === true;
      const transport = fixtureTransport(testCase.reply ?? (stream ? subject.okStreamReply : subject.okReply));
      const provider = subject.create(transport);
      const call = providerCall(testCase.request, testCase.extraBody);
      if (stream) {
        const result = await provider.stream(call);
        for await (const _batch of result) {
          // drain
        }
      } else {
        await provider.chat(call);
      }
      checkRequest(transport.seen[0], testCase.expect);
      return;
    }
    case 'response': {
      const provider = subject.create(fixtureTransport(testCase.reply));
      const call = providerCall(testCase.request ?? BASIC_REQUEST);
      if ('failure' in testCase.expect) return expectFailure(() => provider.chat(call), testCase.expect);
      const result = await provider.chat(call);
      const choice = result.response.choices[0];
      expect(choice, `${name}: a choice`).toBeDefined();
      if (choice === undefined) return;
      const message = choice.message;
      const reasoning = message.reasoning ?? message.reasoning_content;
      checkAnswer(
        {
          content: messageContent(message),
          reasoning: typeof reasoning === 'string' ? reasoning : '',
          toolCalls: (message.tool_calls ?? []).map((call) => ({
            id: call.id,
            name: call.function.name,
            arguments: call.function.arguments,
          })),
          finish: result.finish,
          usage: result.usage,
        },
        testCase.expect,
      );
      expect(choice.finish_reason, 'the canonical finish_reason is the unified one').toBe(
        testCase.expect.finish.unified === 'other' ? choice.finish_reason : testCase.expect.finish.unified,
      );
      return;
    }
    case 'stream': {
      const provider = subject.create(fixtureTransport(testCase.reply));
      const call = providerCall({ ...(testCase.request ?? BASIC_REQUEST), stream: true });
      const collect = async () => {
        const chunks: StreamChunk[] = [];
        const stream = await provider.stream(call);
        for await (const batch of stream) {
          expect(batch.length, 'batches are never empty').toBeGreaterThan(0);
          chunks.push(...batch);
        }
        return chunks;
      };
      if ('failure' in testCase.expect) return expectFailure(collect, testCase.expect);
      const assembled = assembleStream(await collect());
      expect(assembled.firstRole, 'the first chunk says role: assistant').toBe('assistant');
      checkAnswer(assembled, testCase.expect);
      return;
    }
    case 'embed': {
      const transport = fixtureTransport(testCase.reply);
      const provider = subject.create(transport);
      expect(provider.embed, `${subject.name} has no embed()`).toBeDefined();
      if (provider.embed === undefined) return;
      const result = await provider.embed({
        request: testCase.request,
        extraBody: undefined,
        timeouts: TIMEOUTS,
        signal: new Abort(),
      });
      checkRequest(transport.seen[0], testCase.expect.request);
      expect(result.response.data.map((item) => item.embedding)).toEqual(testCase.expect.vectors);
      expect(result.response.data.map((item) => item.index)).toEqual(testCase.expect.vectors.map((_, i) => i));
      if (testCase.expect.usage !== undefined) expect(result.usage).toMatchObject(testCase.expect.usage);
      return;
    }
  }
}

/**
 * @example
 * runProviderContract({ name: 'anthropic', create: (transport) => createAnthropicProvider({ ..., transport }),
 *   okReply, okStreamReply, cases: { 'request.text': {...}, ... }, skip: { embed: 'Anthropic has no embeddings API' } });
 */
export function runProviderContract(subject: ContractSubject): void {
  describe(`provider contract: ${subject.name}`, () => {
    for (const name of CONTRACT_CASES) {
      const testCase = subject.cases[name];
      const reason = subject.skip?.[name];
      if (testCase === undefined && reason !== undefined) {
        it.skip(`${name} (skipped: ${reason})`, () => {});
        continue;
      }
      it(name, async () => {
        expect(testCase, `${subject.name} gives no fixture for ${name} and no reason to skip it`).toBeDefined();
        expect(reason, `${name} has both a fixture and a skip reason`).toBeUndefined();
        if (testCase !== undefined) await runCase(subject, name, testCase);
      });
    }
    for (const [name, testCase] of Object.entries(subject.extra ?? {})) {
      it(`extra: ${name}`, () => runCase(subject, name, testCase));
    }
  });
}
