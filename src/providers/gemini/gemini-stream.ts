/**
 * Turns a Gemini `streamGenerateContent?alt=sse` body into canonical stream chunks. Each data payload is a whole
 * GenerateContentResponse carrying the next piece of text, whole function calls, and usage so far; the last
 * one carries the finish reason. Gemini sends no end marker, so a body that ends before any finish reason was
 * cut, and says so, instead of looking like a short answer.
 */
import { syntheticIdPrefix } from '../../spec/answer.js';
import type { ChatChunk, ChunkChoice } from '../../spec/chat.js';
import type { ProviderStream, StreamChunk, TokenUsage } from '../../spec/provider.js';
import { sseChunkStream } from '../http/sse-chunks.js';
import type { UpstreamResponse } from '../http/transport.js';
import {
  canonicalUsage,
  malformed,
  mapFinishReason,
  promptBlocked,
  readCandidate,
  tokenUsage,
} from './from-gemini-response.js';
import { errorPayloadFailure } from './gemini-errors.js';
import { isRecord } from './to-gemini-contents.js';

type Delta = ChunkChoice['delta'];

export interface GeminiChunkMapper {
  /** The canonical chunk for one data payload, or null when it has nothing to tell. */
  next(data: string): StreamChunk | null;
}

/**
 * The mapper from Gemini stream payloads to canonical chunks. Usage rides on every payload but is complete only
 * on the last, so it is reported once, on the chunk that finishes.
 *
 * @example
 * const mapper = geminiChunkMapper('gemini', 'gemini-2.5-flash');
 * mapper.next('{"candidates":[{"content":{"parts":[{"text":"Hi"}],"role":"model"}}]}');
 */
export function geminiChunkMapper(providerName: string, model: string): GeminiChunkMapper {
  let id = '';
  let modelName = model;
  const created = Math.floor(Date.now() / 1000);
  let roleSent = false;
  let answered = false;
  let calledTools = false;
  let finished = false;
  let usage: TokenUsage | null = null;
  const seen = { calls: 0, details: 0, idPrefix: syntheticIdPrefix() };

  const chunk = (choices: ChunkChoice[]): ChatChunk => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model: modelName,
    choices,
  });

  const emit = (delta: Delta, finish: StreamChunk['finish']): StreamChunk => {
    if (!roleSent) {
      roleSent = true;
      delta = { role: 'assistant', ...delta };
    }
    const choice: ChunkChoice = { index: 0, delta, finish_reason: null };
    const out = chunk([choice]);
    if (finish === null) return { chunk: out, raw: null, finish: null, usage: null, plain: false };
    finished = true;
    choice.finish_reason = finish.unified;
    choice.native_finish_reason = finish.raw;
    if (usage !== null) out.usage = canonicalUsage(usage);
    return { chunk: out, raw: null, finish, usage, plain: false };
  };

  return {
    next(data: string): StreamChunk | null {
      let body: unknown;
      try {
        body = JSON.parse(data);
      } catch (error) {
        throw malformed(providerName, 'stream event', error);
      }
      if (!isRecord(body)) throw malformed(providerName, 'stream event (not an object)');
      if (body.error !== undefined) throw errorPayloadFailure(data, providerName, 'in the stream');
      if (typeof body.responseId === 'string') id = body.responseId;
      if (typeof body.modelVersion === 'string') modelName = body.modelVersion;
      const latest = tokenUsage(body.usageMetadata);
      if (latest !== null) usage = latest;
      const candidates = body.candidates ?? [];
      if (!Array.isArray(candidates)) throw malformed(providerName, 'stream event (candidates is not a list)');
      const candidate: unknown = candidates[0];
      if (candidate === undefined) {
        const blocked = finished ? null : promptBlocked(body, providerName);
        // Blocked before any answer: a refusal. After some text, it is a filter cutting the answer short.
        if (blocked !== null && !answered) throw blocked;
        if (blocked !== null) {
          const reason = isRecord(body.promptFeedback) ? String(body.promptFeedback.blockReason) : null;
          return emit({}, { unified: 'content_filter', raw: reason });
        }
        // Usage that trails the finish still prices the call.
        if (finished && latest !== null) {
          return {
            chunk: { ...chunk([]), usage: canonicalUsage(latest) },
            raw: null,
            finish: null,
            usage: latest,
            plain: false,
          };
        }
        return null;
      }
      if (!isRecord(candidate)) throw malformed(providerName, 'candidate (not an object)');
      const first = seen.calls;
      const parts = readCandidate(candidate, providerName, seen);
      if (parts.calls.length > 0) calledTools = true;
      const delta: Delta = {};
      if (parts.text !== '') delta.content = parts.text;
      if (parts.reasoning !== '') delta.reasoning = parts.reasoning;
      if (parts.details.length > 0) delta.reasoning_details = parts.details;
      if (parts.calls.length > 0) {
        delta.tool_calls = parts.calls.map((call, k) => ({ index: first + k, ...call }));
      }
      if (parts.text.trim() !== '' || parts.calls.length > 0) answered = true;
      const finish = mapFinishReason(candidate.finishReason, calledTools);
      if (finish === null && Object.keys(delta).length === 0) return null;
      return emit(delta, finish);
    },
  };
}

/**
 * @example
 * const stream = geminiStream(response, 'gemini', 'gemini-2.5-flash');
 * for await (const batch of stream) for (const part of batch) forward(part.chunk);
 */
export function geminiStream(response: UpstreamResponse, providerName: string, model: string): ProviderStream {
  const mapper = geminiChunkMapper(providerName, model);
  // Gemini has no end marker: the body's end is the stream's.
  return sseChunkStream(response, providerName, (event) => mapper.next(event.data), { endsWithBody: true });
}
