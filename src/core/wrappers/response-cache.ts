/**
 * Pipeline wrapper: the response caches. An exact cache keyed by a hash of the normalised request (tenant,
 * route, plan and mode, the resolved first model, messages, and the parameters that change an answer), and an
 * opt-in semantic cache that finds an earlier answer to a similar prompt by embedding similarity. Both are
 * namespaced by tenant, and by user where the route is personalised; the semantic cache is never used for a
 * personalised turn (a user namespace, or a character). `Cache-Control: no-cache` or `x-rung-cache: bypass`
 * skips them. A hit costs nothing, is recorded as such (`cache: { result: 'hit' }`, the original cost as
 * savings) and is replayed as a stream when the client streams.
 *
 * A cache that cannot be reached counts as a miss: caching never fails a request.
 */
import { createHash } from 'node:crypto';
import type { RouteConfig } from '../../config/schema.js';
import type { ChatRequest, ChatResponse } from '../../spec/chat.js';
import type { CachedAnswer, ExactCache, SemanticCache } from '../../spec/response-cache.js';
import { auxiliaryEmbed } from '../auxiliary.js';
import { messageText } from '../classify-answer.js';
import { localStream } from '../soft-answer.js';
import { streamOutput } from '../stream-output.js';
import { type Handler, rungHeaders, rungMeta, type Turn, type TurnResult, type Wrapper } from '../turn.js';

export interface ResponseCacheDeps {
  exact: ExactCache;
  semantic: SemanticCache;
  now?: () => number;
  onError?: (error: unknown) => void;
}

/** Request fields that do not change the answer: never part of the key. */
const IGNORED = new Set(['stream', 'stream_options', 'user', 'metadata', 'store', 'service_tier', 'character']);

/** JSON with object keys sorted, so equal requests hash equal whatever order their fields came in. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
    .join(',')}}`;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function parameters(request: ChatRequest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (key !== 'messages' && key !== 'model' && !IGNORED.has(key)) out[key] = value;
  }
  return out;
}

/** The namespace: the tenant (or `-`), and the user when the route's answers depend on who asks. */
function namespaceOf(turn: Turn, personalized: boolean): string {
  const tenant = turn.identity.tenant ?? '-';
  return personalized ? `${tenant}/u:${turn.identity.user ?? '-'}` : tenant;
}

/** Everything an answer depends on, as one stable text; the last user message optionally left out. */
function context(turn: Turn, withLast: boolean): string {
  const messages = turn.request.messages;
  return stable({
    route: turn.chain?.route ?? null,
    plan: turn.identity.plan,
    mode: turn.identity.mode,
    model: turn.chain?.rungs[0]?.model ?? turn.request.model,
    character: turn.character?.id ?? null,
    messages: withLast ? messages : messages.slice(0, -1),
    parameters: parameters(turn.request),
  });
}

export function responseCache(deps: ResponseCacheDeps): Wrapper {
  const now = deps.now ?? Date.now;
  const quietly = async <T>(work: Promise<T>): Promise<T | null> => {
    try {
      return await work;
    } catch (error) {
      deps.onError?.(error);
      return null;
    }
  };
  const cached = async (
    turn: Turn,
    settings: NonNullable<RouteConfig['response_cache']>,
    next: Handler,
  ): Promise<TurnResult> => {
    const exact = settings.exact;
    const last = turn.request.messages.at(-1);
    const semantic =
      settings.semantic !== undefined && !settings.personalized && turn.character === null && last?.role === 'user'
        ? settings.semantic
        : undefined;
    if (exact === undefined && semantic === undefined) return next(turn);
    const kind = exact !== undefined ? 'exact' : 'semantic';
    if (turn.cacheBypass === true) {
      turn.cache = { kind, result: 'bypass' };
      return next(turn);
    }

    const namespace = namespaceOf(turn, settings.personalized);
    const key = exact === undefined ? null : hash(context(turn, true));
    if (key !== null) {
      const hit = await quietly(deps.exact.get(namespace, key, now()));
      if (hit !== null) return serve(turn, hit, 'exact');
    }
    let vector: Float32Array | null = null;
    let semanticNamespace = '';
    if (semantic !== undefined) {
      // Only the newest user message is compared; everything else must be the same for a hit.
      semanticNamespace = `${namespace}/${hash(context(turn, false))}`;
      vector = await quietly(auxiliaryEmbed(turn, semantic.route, messageText(last?.content ?? '')));
      if (vector !== null) {
        const found = await quietly(deps.semantic.search(semanticNamespace, vector, semantic.threshold, now()));
        if (found !== null) return serve(turn, found.answer, 'semantic', found.similarity);
      }
    }

    turn.cache = { kind, result: 'miss' };
    const result = await next(turn);
    const store = (body: ChatResponse | null) => {
      if (body === null || !cacheable(turn, body)) return;
      const answer: CachedAnswer = {
        body: JSON.stringify(body),
        model: turn.answer?.model ?? body.model,
        storedAt: now(),
        costUsd: turn.costUsd,
      };
      if (key !== null && exact !== undefined)
        void quietly(deps.exact.set(namespace, key, answer, exact.ttl_s * 1000, now()));
      if (vector !== null && semantic !== undefined) {
        void quietly(deps.semantic.set(semanticNamespace, vector, answer, semantic.ttl_s * 1000, now()));
      }
    };
    if (result.kind === 'response') store(withoutReport(result.body));
    else if (result.kind === 'stream') turn.endHooks.push((ended) => store(streamedBody(ended)));
    return result;
  };
  return (next) => (turn) => {
    const route = turn.chain?.route;
    const settings = route == null ? undefined : turn.runtime.config.routes[route]?.response_cache;
    // A route without a cache goes on from this plain function, without an async frame (see compose).
    if (settings === undefined || turn.embedding !== null) return next(turn);
    return cached(turn, settings, next);
  };
}

/** Only a whole, ordinary model answer is worth replaying: not a soft refusal, a salvage or a cut answer. */
function cacheable(turn: Turn, body: ChatResponse): boolean {
  if (turn.answer === null || (turn.status !== null && turn.status !== 200)) return false;
  if (turn.flags.in_character || turn.flags.salvaged || turn.flags.gated !== undefined) return false;
  const reason = body.choices[0]?.finish_reason;
  return reason === 'stop' || reason === 'tool_calls';
}

function withoutReport(body: ChatResponse): ChatResponse {
  const { rung: _report, ...rest } = body as ChatResponse & { rung?: unknown };
  return rest as ChatResponse;
}

/** A streamed answer as a body, from the text the stream output kept; null when it kept none. */
function streamedBody(turn: Turn): ChatResponse | null {
  if (turn.streamedText === undefined || turn.status !== 200) return null;
  return {
    id: `chatcmpl-${turn.id}`,
    object: 'chat.completion',
    created: Math.floor(turn.ts / 1000),
    model: turn.answer?.upstreamModel ?? turn.request.model,
    choices: [{ index: 0, message: { role: 'assistant', content: turn.streamedText }, finish_reason: 'stop' }],
  };
}

/** Answers from the cache: no call, no cost; what the original call cost is what the hit saved. */
function serve(turn: Turn, hit: CachedAnswer, kind: 'exact' | 'semantic', similarity?: number): TurnResult {
  const body = JSON.parse(hit.body) as ChatResponse;
  body.id = `chatcmpl-${turn.id}`;
  body.created = Math.floor(turn.ts / 1000);
  turn.cache =
    similarity === undefined
      ? { kind, result: 'hit' }
      : { kind, result: 'hit', similarity: Math.round(similarity * 1e4) / 1e4 };
  turn.answer = { model: hit.model, upstreamModel: body.model, provider: 'cache', attempt: 0 };
  turn.usage = { input: 0, output: 0, cachedInput: 0, cacheWrite: 0, reasoning: 0, estimated: false };
  turn.costUsd = 0;
  turn.cacheSavingsUsd += hit.costUsd ?? 0;
  if (turn.stream) {
    return {
      kind: 'stream',
      headers: rungHeaders(turn),
      events: streamOutput(turn, localStream(turn, body), turn.encoder(turn)),
    };
  }
  turn.ttftMs = null;
  const meta = rungMeta(turn);
  body.usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  return { kind: 'response', body: { ...body, rung: meta }, meta };
}
