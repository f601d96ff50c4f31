/**
 * Canonical stream chunks → Anthropic Messages stream events, for the `/v1/messages` ingress. A state machine:
 * Anthropic streams one content block at a time (start, deltas, stop) with contiguous indexes, while an
 * OpenAI-dialect stream interleaves reasoning, text and tool-call deltas in one `delta`. A block is opened when its
 * kind (or tool call, or reasoning index) changes, and closed before the next one opens.
 */
import type { ChatChunk, ChunkChoice, FinishReason } from '../../../spec/chat.js';
import type { TokenUsage } from '../../../spec/provider.js';
import { normaliseUsage } from '../../openai-compatible/from-openai-response.js';
import type { AnthropicUsage, ContentBlock } from '../anthropic-wire.js';
import { anthropicMessageId, anthropicStopReason, anthropicUsage, isAnthropicFormat } from './to-anthropic-response.js';

export interface AnthropicEncoderOptions {
  /** The message id; prefixed with `msg_` when it lacks it. */
  id: string;
  model: string;
}

export interface AnthropicStreamEnd {
  finish: FinishReason | null;
  usage: TokenUsage | null;
  /** Spread as top-level fields of the `message_delta` event (Rung's `rung` report rides there). */
  extra?: Record<string, unknown>;
}

export interface AnthropicEncoder {
  /** SSE text for one canonical chunk; '' when it adds nothing (a usage-only chunk, an empty delta). */
  chunk(chunk: ChatChunk): string;
  /** Closes the open block, then `message_delta` (stop reason, usage, extra) and `message_stop`. */
  end(closing: AnthropicStreamEnd): string;
  /** An `error` event, for a failure after the stream began; nothing is sent after it. */
  errorEvent(type: string, message: string): string;
}

/** One SSE event; the `type` inside the data matches the `event:` name, as Anthropic's streams do. */
export function sseEvent(data: { type: string; [field: string]: unknown }): string {
  return `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * An Anthropic stream `error` event.
 *
 * @example
 * anthropicErrorEvent('overloaded_error', 'Overloaded');
 * // 'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n'
 */
export function anthropicErrorEvent(type: string, message: string): string {
  return sseEvent({ type: 'error', error: { type, message } });
}

interface ToolState {
  id: string | undefined;
  name: string | undefined;
  /** Arguments received before the call's name, held until its block can open. */
  pending: string;
  block: number | null;
}

type OpenBlock = { kind: 'text' } | { kind: 'thinking'; key: unknown } | { kind: 'tool'; call: number };

/**
 * A stateful encoder for one streamed answer.
 *
 * @example
 * const encoder = createAnthropicEncoder({ id: 'msg_1', model: 'claude-sonnet-4-5' });
 * let sse = '';
 * for (const chunk of chunks) sse += encoder.chunk(chunk);
 * sse += encoder.end({ finish: { unified: 'stop', raw: 'stop' }, usage, extra: { rung: meta } });
 */
export function createAnthropicEncoder(options: AnthropicEncoderOptions): AnthropicEncoder {
  let started = false;
  let finished = false;
  let nextIndex = 0;
  let open: (OpenBlock & { index: number }) | null = null;
  const tools = new Map<number, ToolState>();
  let native: unknown;
  let stopSequence: string | null = null;

  function start(usage: AnthropicUsage): string {
    if (started) return '';
    started = true;
    const message = {
      id: anthropicMessageId(options.id),
      type: 'message',
      role: 'assistant',
      model: options.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage,
    };
    return sseEvent({ type: 'message_start', message });
  }

  function close(): string {
    if (open === null) return '';
    const index = open.index;
    open = null;
    return sseEvent({ type: 'content_block_stop', index });
  }

  function begin(block: OpenBlock, content: ContentBlock): string {
    const index = nextIndex++;
    const out = close() + sseEvent({ type: 'content_block_start', index, content_block: content });
    open = { ...block, index };
    return out;
  }

  function blockDelta(index: number, value: Record<string, unknown>): string {
    return sseEvent({ type: 'content_block_delta', index, delta: value });
  }

  function text(piece: string): string {
    if (piece === '') return '';
    const out = open?.kind === 'text' ? '' : begin({ kind: 'text' }, { type: 'text', text: '' });
    return out + blockDelta(open?.index ?? 0, { type: 'text_delta', text: piece });
  }

  function thinking(piece: string, signature: string, key: unknown): string {
    if (piece === '' && signature === '') return '';
    let out = '';
    if (open?.kind !== 'thinking' || open.key !== key) {
      out += begin({ kind: 'thinking', key }, { type: 'thinking', thinking: '', signature: '' });
    }
    const index = open?.index ?? 0;
    if (piece !== '') out += blockDelta(index, { type: 'thinking_delta', thinking: piece });
    if (signature !== '') out += blockDelta(index, { type: 'signature_delta', signature });
    return out;
  }

  function reasoning(delta: ChunkChoice['delta']): string {
    const details = delta.reasoning_details;
    if (Array.isArray(details) && details.length > 0) {
      let out = '';
      for (const detail of details as Array<Record<string, unknown> | null>) {
        if (detail === null || typeof detail !== 'object') continue;
        if (detail.type === 'reasoning.encrypted') {
          if (typeof detail.data !== 'string' || !isAnthropicFormat(detail)) continue;
          // Redacted thinking arrives whole, as Anthropic sends it: a start carrying the data, then a stop.
          out += begin({ kind: 'thinking', key: Symbol('redacted') }, { type: 'redacted_thinking', data: detail.data });
          out += close();
          continue;
        }
        const piece =
          typeof detail.text === 'string' ? detail.text : typeof detail.summary === 'string' ? detail.summary : '';
        const signature = typeof detail.signature === 'string' && isAnthropicFormat(detail) ? detail.signature : '';
        out += thinking(piece, signature, detail.index ?? 0);
      }
      return out;
    }
    const plain = delta.reasoning ?? delta.reasoning_content;
    return typeof plain === 'string' ? thinking(plain, '', open?.kind === 'thinking' ? open.key : 0) : '';
  }

  function openTool(call: number, state: ToolState): string {
    const id = state.id ?? `call_${call}`;
    let out = begin({ kind: 'tool', call }, { type: 'tool_use', id, name: state.name ?? '', input: {} });
    state.block = open?.index ?? 0;
    if (state.pending !== '') out += blockDelta(state.block, { type: 'input_json_delta', partial_json: state.pending });
    state.pending = '';
    return out;
  }

  function toolCalls(delta: ChunkChoice['delta']): string {
    let out = '';
    for (const call of delta.tool_calls ?? []) {
      const number = typeof call.index === 'number' ? call.index : tools.size;
      let state = tools.get(number);
      if (state === undefined) {
        state = { id: undefined, name: undefined, pending: '', block: null };
        tools.set(number, state);
      }
      if (call.id) state.id ??= call.id;
      if (call.function?.name) state.name ??= call.function.name;
      const piece = call.function?.arguments ?? '';
      if (state.block === null) {
        state.pending += piece;
        if (state.name !== undefined) out += openTool(number, state);
      } else if (piece !== '') {
        // A late piece of an earlier call (rare interleaving) still names its own block: the SDKs accumulate by index.
        out += blockDelta(state.block, { type: 'input_json_delta', partial_json: piece });
      }
    }
    return out;
  }

  return {
    chunk(chunk) {
      const choice = chunk.choices?.[0];
      if (finished || choice === undefined) return '';
      let out = start(anthropicUsage(normaliseUsage(chunk.usage)));
      if (choice.native_finish_reason != null) native = choice.native_finish_reason;
      if (typeof choice.stop_sequence === 'string') stopSequence = choice.stop_sequence;
      const delta = choice.delta ?? {};
      out += reasoning(delta);
      if (typeof delta.content === 'string') out += text(delta.content);
      if (typeof delta.refusal === 'string') out += text(delta.refusal);
      out += toolCalls(delta);
      return out;
    },

    end({ finish, usage, extra }) {
      if (finished) return '';
      let out = start(anthropicUsage(null));
      for (const [number, state] of tools) if (state.block === null) out += openTool(number, state);
      out += close();
      finished = true;
      const stopReason = anthropicStopReason(native ?? finish?.raw, finish?.unified, tools.size > 0);
      const counts: Partial<AnthropicUsage> = usage === null ? { output_tokens: 0 } : anthropicUsage(usage);
      const data: { type: string; [field: string]: unknown } = {
        type: 'message_delta',
        delta: { stop_reason: stopReason, stop_sequence: stopReason === 'stop_sequence' ? stopSequence : null },
        usage: counts,
      };
      for (const [key, value] of Object.entries(extra ?? {})) if (!(key in data)) data[key] = value;
      return out + sseEvent(data) + sseEvent({ type: 'message_stop' });
    },

    errorEvent(type, message) {
      finished = true;
      return anthropicErrorEvent(type, message);
    },
  };
}
