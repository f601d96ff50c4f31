/**
 * A turn is one client request on its way through the pipeline, and what happened to it so far.
 * Wrappers compose as `(next) => (turn) => ...`; each reads and fills the parts it owns.
 */
import type { LimitsConfig } from '../config/schema.js';
import type { AbortSignalLike } from '../spec/abort.js';
import type { ChatRequest, ChatResponse } from '../spec/chat.js';
import type { EmbeddingRequest, EmbeddingResponse } from '../spec/embeddings.js';
import type { AttemptReport } from '../spec/outcome.js';
import type { TokenUsage } from '../spec/provider.js';
import type { JudgeRecord, RecordUsage } from '../spec/store.js';
import type { CharacterSpec } from './characters/soft-refusal.js';
import type { ResolvedChain } from './resolve-chain.js';
import type { Runtime } from './runtime.js';
import type { StreamEncoderFactory } from './stream-encoder.js';

export interface Identity {
  keyName: string | null;
  /** The stored key's id (`key_…`); null for keys from the config file and for open gateways. */
  keyId: string | null;
  /** The key's own spend ceilings and rate limits. */
  limits: LimitsConfig | null;
  /** The conversation session (x-rung-session), for per-session token budgets. */
  session: string | null;
  tenant: string | null;
  plan: string;
  mode: string;
  user: string | null;
  /** Routes (tasks) and models this caller may use; null = all. */
  allowedRoutes: ReadonlySet<string> | null;
}

export interface Answer {
  /** Configured model name. */
  model: string;
  upstreamModel: string;
  provider: string;
  /** Rung index, 0 = primary. */
  attempt: number;
}

/** What the refusal and content policies did to a turn; all absent on an ordinary answer. */
export interface TurnFlags {
  /** The answering text was salvaged from a filtered or refused answer (no extra call). */
  salvaged?: true;
  /** A refusal sent a paid turn to the rescue rungs: true when one answered, false when none did. */
  rescued?: boolean;
  /** The answer is the character's soft refusal, made locally (no model answered, or none was asked). */
  in_character?: true;
  /** The turn was above the plan's content ceiling: no model was called. */
  gated?: { level: string; ceiling: string; allowed_by: string | null };
  /** Budget use crossed a route's `degrade` threshold: this many rungs at the top of the chain were skipped. */
  degraded?: number;
  /** The refusal judge's verdicts on answers the rules passed (one per judged attempt). */
  judged?: JudgeRecord[];
  /** The budget store was unreachable and every budget of the turn fails open: served without a reservation. */
  unbudgeted?: true;
}

export interface Turn {
  id: string;
  /** Epoch ms when the request arrived. */
  ts: number;
  /** performance.now() when the request arrived. */
  startedAt: number;
  endpoint: string;
  /** The chat request; for an embeddings turn, only `model` is meaningful (`embedding` holds the request). */
  request: ChatRequest;
  /** Set for an embeddings turn. */
  embedding: EmbeddingRequest | null;
  stream: boolean;
  /** The client asked for stream_options.include_usage. */
  includeUsage: boolean;
  identity: Identity;
  primary: string | undefined;
  /** Aborted when the client goes away. */
  signal: AbortSignalLike;
  runtime: Runtime;
  chain: ResolvedChain | null;
  attempts: AttemptReport[];
  answer: Answer | null;
  usage: TokenUsage | null;
  costUsd: number | null;
  ttftMs: number | null;
  /** Set when the turn ends. */
  totalMs: number | null;
  status: number | null;
  errorCode: string | null;
  /** Called once when the response has been fully sent or has failed. */
  endHooks: Array<(turn: Turn) => void>;
  /** Writes the stream in the client's dialect. */
  encoder: StreamEncoderFactory;
  /** The character the turn speaks to (x-rung-character or the body's `character`). */
  character: CharacterSpec | null;
  flags: TurnFlags;
  /** Spent on calls that did not give the answer (the content classifier, refused rungs), added to its cost. */
  auxCostUsd: number;
  /** Response headers wrappers add (rate-limit state). */
  headers: Record<string, string>;
  /** Saved on this turn by caches: the provider's prompt cache, or the whole call on a response-cache hit. */
  cacheSavingsUsd: number;
  /** A streamed answer's whole text, kept when a response cache or memory wants it. */
  streamedText?: string;
  /** Keep the streamed answer's text (memory stores it). */
  captureText?: boolean;
  /** What memory put into this turn's prompt. */
  memory?: { summaries: number; facts: number; recent: number; tokens: number };
  /** Whether the client asked to skip the response caches (Cache-Control: no-cache, x-rung-cache: bypass). */
  cacheBypass?: boolean;
  /** What the response caches did for this turn; null when the route uses none. */
  cache: { kind: 'exact' | 'semantic'; result: 'hit' | 'miss' | 'bypass'; similarity?: number } | null;
}

/** The `rung` object attached to every answer. */
export interface RungMeta {
  request_id: string;
  route: string | null;
  model: string | null;
  upstream_model: string | null;
  provider: string | null;
  attempt: number | null;
  used_fallback: boolean;
  attempts: AttemptReport[];
  ttft_ms: number | null;
  total_ms: number;
  usage: RecordUsage | null;
  cost_usd: number | null;
  character?: string;
  salvaged?: true;
  rescued?: boolean;
  in_character?: true;
  gated?: TurnFlags['gated'];
  degraded?: number;
  unbudgeted?: true;
  judged?: TurnFlags['judged'];
  /** The response cache: `{ kind: exact|semantic, result: hit|miss|bypass }`, when the route uses one. */
  cache?: Turn['cache'];
  cache_savings_usd?: number;
  /** What memory injected: summaries, facts and recent messages, and their tokens. */
  memory?: Turn['memory'];
}

export type TurnResult =
  | {
      kind: 'response';
      body: ChatResponse;
      meta: RungMeta;
      /** `body` serialised, when it could be built from the upstream's own text (cheaper than JSON.stringify). */
      text?: string;
    }
  | { kind: 'stream'; headers: Record<string, string>; events: AsyncIterable<string> }
  | { kind: 'embedding'; body: EmbeddingResponse; meta: RungMeta };

export type Handler = (turn: Turn) => Promise<TurnResult>;
export type Wrapper = (next: Handler) => Handler;

/**
 * The pipeline as one handler. A wrapper with nothing to do for a turn passes it on from a plain function
 * (`(turn) => skip ? next(turn) : work(turn)`), not an async one: each async frame costs a promise and three
 * microtask turns per request, seven of them on every request. Such a plain function may throw; the pipeline
 * still only ever rejects.
 */
export function compose(wrappers: readonly Wrapper[], last: Handler): Handler {
  const handler = wrappers.reduceRight<Handler>((next, wrapper) => wrapper(next), last);
  return (turn) => {
    try {
      return handler(turn);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

export function elapsed(turn: Turn): number {
  return round(performance.now() - turn.startedAt);
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function rungMeta(turn: Turn): RungMeta {
  return {
    request_id: turn.id,
    route: turn.chain?.route ?? null,
    model: turn.answer?.model ?? null,
    upstream_model: turn.answer?.upstreamModel ?? null,
    provider: turn.answer?.provider ?? null,
    attempt: turn.answer?.attempt ?? null,
    used_fallback: (turn.answer?.attempt ?? 0) > 0,
    attempts: turn.attempts,
    ttft_ms: turn.ttftMs,
    total_ms: turn.totalMs ?? elapsed(turn),
    usage: usageReport(turn.usage),
    cost_usd: turnCost(turn),
    ...(turn.character === null ? {} : { character: turn.character.id }),
    ...turn.flags,
    ...(turn.cache === null ? {} : { cache: turn.cache }),
    ...(turn.memory === undefined ? {} : { memory: turn.memory }),
    ...(turn.cacheSavingsUsd === 0 ? {} : { cache_savings_usd: Math.round(turn.cacheSavingsUsd * 1e10) / 1e10 }),
  };
}

/** Response headers known once an answer is chosen. */
export function rungHeaders(turn: Turn): Record<string, string> {
  // Object.assign, not a spread followed by more keys: that shape sends V8 down a slow path (about 5 µs).
  const headers: Record<string, string> = Object.assign({}, turn.headers);
  headers['x-rung-request-id'] = turn.id;
  if (turn.chain?.route) headers['x-rung-route'] = turn.chain.route;
  if (turn.answer !== null) {
    headers['x-rung-model'] = turn.answer.model;
    headers['x-rung-provider'] = turn.answer.provider;
    headers['x-rung-attempt'] = String(turn.answer.attempt);
    headers['x-rung-used-fallback'] = String(turn.answer.attempt > 0);
  }
  if (turn.ttftMs !== null) headers['x-rung-ttft-ms'] = String(turn.ttftMs);
  if (turn.cache !== null) headers['x-rung-cache'] = turn.cache.result;
  return headers;
}

/** Token usage as clients and records see it. */
export function usageReport(usage: TokenUsage | null): RecordUsage | null {
  if (usage === null) return null;
  return {
    prompt_tokens: usage.input,
    completion_tokens: usage.output,
    cached_tokens: usage.cachedInput,
    cache_write_tokens: usage.cacheWrite,
    reasoning_tokens: usage.reasoning,
    estimated: usage.estimated,
  };
}

/** What the turn cost: its answer, plus any auxiliary call. Null when nothing could be priced. */
export function turnCost(turn: Turn): number | null {
  if (turn.auxCostUsd === 0) return turn.costUsd;
  return Math.round(((turn.costUsd ?? 0) + turn.auxCostUsd) * 1e10) / 1e10;
}

/**
 * The upstream's JSON text with `"rung": {...}` added before its closing brace: the body was already parsed and
 * left unchanged, so re-serialising all of it would only cost time. Null when the text does not end as an
 * object should (then the caller serialises the parsed body).
 */
export function withRung(raw: string, meta: RungMeta): string | undefined {
  let end = raw.length - 1;
  while (
    end > 0 &&
    (raw.charCodeAt(end) === 32 ||
      raw.charCodeAt(end) === 10 ||
      raw.charCodeAt(end) === 13 ||
      raw.charCodeAt(end) === 9)
  )
    end--;
  if (raw.charCodeAt(end) !== 125 /* } */) return undefined;
  return `${raw.slice(0, end)},"rung":${JSON.stringify(meta)}}`;
}
