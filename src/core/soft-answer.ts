/**
 * Answers Rung makes itself, with no model: the character's soft refusal, in the conversation's language. Used
 * when a free plan's turn was refused (no paid rescue), when every rung of a chain refused a character's turn,
 * and when the content gate stops a turn before any model. Shaped exactly like a model's answer or stream, so
 * every client and every later step (records, metrics, encoders) treats it alike.
 */
import type { ChatResponse } from '../spec/chat.js';
import { RungError } from '../spec/errors.js';
import {
  type Provider,
  type ProviderResult,
  type ProviderStream,
  type StreamChunk,
  withAsyncIterator,
} from '../spec/provider.js';
import type { CommittedStream } from './attempt-loop.js';
import { softRefusal } from './characters/soft-refusal.js';
import { conversationLanguage } from './language/detect-language.js';
import type { AttemptControl } from './prepare-call.js';
import type { ResolvedRung } from './resolve-chain.js';
import { round, type Turn } from './turn.js';

/** The model name a local answer reports. */
export const SOFT_MODEL = 'rung/in-character';

const LOCAL: Provider = {
  name: 'rung',
  kind: 'local',
  chat: () => Promise.reject(new RungError('RUNG_INTERNAL', 'the local provider makes no calls')),
  stream: () => Promise.reject(new RungError('RUNG_INTERNAL', 'the local provider makes no calls')),
  close: async () => {},
};

const NO_TIMEOUTS = { connectMs: 1, firstByteMs: 1, firstTokenMs: 1, idleMs: 1, totalMs: 1 };

export const LOCAL_RUNG: ResolvedRung = {
  model: SOFT_MODEL,
  upstreamId: SOFT_MODEL,
  provider: LOCAL,
  modelConfig: null,
  timeouts: NO_TIMEOUTS,
  maxOutputTokens: undefined,
  extraBody: undefined,
  systemPrefix: undefined,
  cacheMarkers: 'off',
};

/** The soft refusal for this turn, and the turn marked as answered by it. */
export function softAnswer(turn: Turn): string {
  const config = turn.runtime.config;
  const language = conversationLanguage(
    turn.request.messages,
    turn.character?.languages[0] ?? config.content.default_language,
  );
  const { text } = softRefusal({
    character: turn.character,
    language,
    paid: config.plans[turn.identity.plan]?.paid ?? false,
    seed: turn.id,
  });
  turn.flags.in_character = true;
  turn.answer = { model: SOFT_MODEL, upstreamModel: SOFT_MODEL, provider: 'rung', attempt: turn.attempts.length };
  turn.usage = { input: 0, output: 0, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: false };
  turn.costUsd = 0;
  return text;
}

export function softResult(turn: Turn): ProviderResult {
  const text = softAnswer(turn);
  return {
    response: {
      id: `chatcmpl-${turn.id}`,
      object: 'chat.completion',
      created: Math.floor(turn.ts / 1000),
      model: SOFT_MODEL,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    },
    finish: { unified: 'stop', raw: 'stop' },
    usage: turn.usage,
    status: 200,
  };
}

export function softStream(turn: Turn): CommittedStream {
  const text = softAnswer(turn);
  return localStream(turn, {
    id: `chatcmpl-${turn.id}`,
    object: 'chat.completion',
    created: Math.floor(turn.ts / 1000),
    model: SOFT_MODEL,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
  });
}

/**
 * A whole answer made without a call (a soft refusal, a response-cache hit) as a committed stream: one chunk
 * with the message (text and tool calls), then the finish. Rung's stream output then encodes it in the
 * client's dialect like any model's stream.
 */
export function localStream(turn: Turn, body: ChatResponse): CommittedStream {
  const base = { id: body.id, object: 'chat.completion.chunk' as const, created: body.created, model: body.model };
  const choice = body.choices[0];
  const message = choice?.message;
  const delta: Record<string, unknown> = { role: 'assistant' };
  if (message?.content !== undefined && message.content !== null) delta.content = message.content;
  if (message?.tool_calls !== undefined) {
    delta.tool_calls = message.tool_calls.map((call, index) => ({ index, ...call }));
  }
  const reason = choice?.finish_reason ?? 'stop';
  const unified = reason === 'tool_calls' ? 'tool_calls' : reason === 'length' ? 'length' : 'stop';
  const held: StreamChunk[] = [
    {
      chunk: { ...base, choices: [{ index: 0, delta, finish_reason: null }] } as StreamChunk['chunk'],
      raw: null,
      finish: null,
      usage: null,
      plain: false,
    },
    {
      chunk: {
        ...base,
        choices: [{ index: 0, delta: {}, finish_reason: reason }],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
      } as StreamChunk['chunk'],
      raw: null,
      finish: { unified, raw: reason },
      usage: turn.usage,
      plain: false,
    },
  ];
  const rest: AsyncIterator<StreamChunk[]> = { next: async () => ({ done: true, value: undefined }) };
  const stream: ProviderStream = withAsyncIterator({ status: 200, cancel() {} }, () => rest);
  const control = { firstTokenArrived() {}, release() {} } as AttemptControl;
  turn.ttftMs = round(performance.now() - turn.startedAt);
  return { held, rest, stream, control, rung: LOCAL_RUNG };
}
