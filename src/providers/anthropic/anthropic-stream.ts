/**
 * Turns an Anthropic SSE body into canonical stream chunks. Anthropic streams content blocks by index (text,
 * tool_use, thinking, server tools), ends with `message_delta` (stop reason, output usage) and `message_stop`;
 * a body that stops before either was cut, and says so, instead of looking like a short answer.
 */
import type { ChatChunk, ChunkChoice } from '../../spec/chat.js';
import type { ProviderStream, StreamChunk } from '../../spec/provider.js';
import type { SseEvent } from '../http/sse.js';
import { STREAM_END, sseChunkStream } from '../http/sse-chunks.js';
import type { UpstreamResponse } from '../http/transport.js';
import { errorEventFailure } from './anthropic-errors.js';
import type { AnthropicUsage } from './anthropic-wire.js';
import {
  canonicalUsage,
  malformed,
  mapStopReason,
  redactedDetail,
  thinkingDetail,
  tokenUsage,
} from './from-anthropic-response.js';
import { isRecord } from './to-anthropic-messages.js';

type Delta = ChunkChoice['delta'];

/** What an open content block became on the canonical side. */
type OpenBlock =
  | { kind: 'tool'; call: number; input: unknown; streamed: boolean }
  | { kind: 'thinking'; detail: number };

export interface AnthropicChunkMapper {
  /** The canonical chunk for one parsed event, or null when the event has nothing to tell. */
  next(event: Record<string, unknown>): StreamChunk | null;
}

/**
 * The state machine from Anthropic events to canonical chunks. `next` returns null for events with nothing to
 * tell (ping, block stops, server tool blocks, event types added after this was written).
 *
 * @example
 * const mapper = anthropicChunkMapper('anthropic', true);
 * mapper.next({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi' } });
 */
export function anthropicChunkMapper(providerName: string, keepThinking: boolean): AnthropicChunkMapper {
  let id = '';
  let model = '';
  const created = Math.floor(Date.now() / 1000);
  let roleSent = false;
  let startUsage: Record<string, unknown> = {};
  const blocks = new Map<number, OpenBlock>();
  let calls = 0;
  let details = 0;

  const emit = (delta: Delta, end?: Pick<StreamChunk, 'finish' | 'usage'>): StreamChunk => {
    if (!roleSent) {
      roleSent = true;
      delta = { role: 'assistant', ...delta };
    }
    const choice: ChunkChoice = { index: 0, delta, finish_reason: null };
    const chunk: ChatChunk = { id, object: 'chat.completion.chunk', created, model, choices: [choice] };
    if (end?.finish != null) {
      choice.finish_reason = end.finish.unified;
      choice.native_finish_reason = end.finish.raw;
    }
    if (end?.usage != null) chunk.usage = canonicalUsage(end.usage);
    return { chunk, raw: null, finish: end?.finish ?? null, usage: end?.usage ?? null, plain: false };
  };

  const start = (index: number, block: Record<string, unknown>): StreamChunk | null => {
    if (block.type === 'text')
      return typeof block.text === 'string' && block.text !== '' ? emit({ content: block.text }) : null;
    if (block.type === 'tool_use') {
      if (typeof block.name !== 'string') throw malformed(providerName, 'tool_use block (no name)');
      const call = calls++;
      blocks.set(index, { kind: 'tool', call, input: block.input, streamed: false });
      const callId = typeof block.id === 'string' && block.id !== '' ? block.id : `call_${call}`;
      const fn = { name: block.name, arguments: '' };
      return emit({ tool_calls: [{ index: call, id: callId, type: 'function', function: fn }] });
    }
    if (!keepThinking) return null;
    if (block.type === 'thinking') {
      const detail = details++;
      blocks.set(index, { kind: 'thinking', detail });
      const text = typeof block.thinking === 'string' ? block.thinking : '';
      return text === ''
        ? null
        : emit({ reasoning: text, reasoning_details: [thinkingDetail(text, undefined, detail)] });
    }
    if (block.type === 'redacted_thinking' && typeof block.data === 'string') {
      return emit({ reasoning_details: [redactedDetail(block.data, details++)] });
    }
    return null;
  };

  const delta = (index: number, change: Record<string, unknown>): StreamChunk | null => {
    const open = blocks.get(index);
    if (change.type === 'text_delta') {
      return typeof change.text === 'string' && change.text !== '' ? emit({ content: change.text }) : null;
    }
    if (change.type === 'input_json_delta' && open?.kind === 'tool') {
      if (typeof change.partial_json !== 'string' || change.partial_json === '') return null;
      open.streamed = true;
      return emit({ tool_calls: [{ index: open.call, function: { arguments: change.partial_json } }] });
    }
    if (open?.kind !== 'thinking') return null;
    if (change.type === 'thinking_delta' && typeof change.thinking === 'string') {
      const detail = thinkingDetail(change.thinking, undefined, open.detail);
      return emit({ reasoning: change.thinking, reasoning_details: [detail] });
    }
    if (change.type === 'signature_delta' && typeof change.signature === 'string') {
      return emit({ reasoning_details: [thinkingDetail('', change.signature, open.detail)] });
    }
    return null;
  };

  // A tool_use block whose input came whole at its start (no deltas) still owes its arguments.
  const stop = (index: number): StreamChunk | null => {
    const open = blocks.get(index);
    blocks.delete(index);
    if (open?.kind !== 'tool' || open.streamed || !isRecord(open.input) || Object.keys(open.input).length === 0) {
      return null;
    }
    return emit({ tool_calls: [{ index: open.call, function: { arguments: JSON.stringify(open.input) } }] });
  };

  return {
    next(event: Record<string, unknown>): StreamChunk | null {
      const index = typeof event.index === 'number' ? event.index : -1;
      switch (event.type) {
        case 'message_start': {
          const message = event.message;
          if (!isRecord(message)) throw malformed(providerName, 'message_start event');
          if (typeof message.id === 'string') id = message.id;
          if (typeof message.model === 'string') model = message.model;
          if (isRecord(message.usage)) startUsage = message.usage;
          return emit({ content: '' });
        }
        case 'content_block_start':
          if (!isRecord(event.content_block)) throw malformed(providerName, 'content_block_start event');
          return start(index, event.content_block);
        case 'content_block_delta':
          if (!isRecord(event.delta)) throw malformed(providerName, 'content_block_delta event');
          return delta(index, event.delta);
        case 'content_block_stop':
          return stop(index);
        case 'message_delta': {
          const change = isRecord(event.delta) ? event.delta : {};
          // Newer API versions repeat the cumulative input and cache counts here; message_start's fill the gaps.
          const late = isRecord(event.usage) ? event.usage : {};
          const merged = { ...startUsage };
          for (const [key, value] of Object.entries(late))
            if (value !== null && value !== undefined) merged[key] = value;
          const usage = tokenUsage(merged as Partial<AnthropicUsage>);
          return emit({}, { finish: mapStopReason(change.stop_reason), usage });
        }
        default:
          return null;
      }
    },
  };
}

function parseEvent(event: SseEvent, providerName: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(event.data);
  } catch (error) {
    if (event.event === 'error') throw errorEventFailure(event.data, providerName, 'in the stream');
    throw malformed(providerName, 'stream event', error);
  }
  if (event.event === 'error' || (isRecord(body) && body.type === 'error')) {
    throw errorEventFailure(event.data, providerName, 'in the stream');
  }
  if (!isRecord(body)) throw malformed(providerName, 'stream event (not an object)');
  return body;
}

/**
 * @example
 * const stream = anthropicStream(response, 'anthropic', true);
 * for await (const batch of stream) for (const part of batch) forward(part.chunk);
 */
export function anthropicStream(
  response: UpstreamResponse,
  providerName: string,
  keepThinking: boolean,
): ProviderStream {
  const mapper = anthropicChunkMapper(providerName, keepThinking);
  return sseChunkStream(response, providerName, (event) => {
    const body = parseEvent(event, providerName);
    return body.type === 'message_stop' ? STREAM_END : mapper.next(body);
  });
}
