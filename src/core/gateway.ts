/**
 * Wires a gateway from its parts. No module-level state: everything a test may want to replace — config,
 * stores, transport, logger — comes in here.
 */

import type { Logger } from 'pino';
import type { LoadedConfig } from '../config/load-config.js';
import type { Transport } from '../providers/http/transport.js';
import type { AbortSignalLike } from '../spec/abort.js';
import type { ChatRequest } from '../spec/chat.js';
import type { EmbeddingRequest } from '../spec/embeddings.js';
import type { Stores } from '../spec/store.js';
import type { CharacterSpec } from './characters/soft-refusal.js';
import { type IdentifyInput, identify } from './identify.js';
import { createKeyResolver, type KeyResolver } from './keys/key-resolver.js';
import { createSettleQueue, type SettleQueue } from './limits/settle-queue.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';
import { rejectionRecord, toLedgerEntry, toRecord } from './record-turn.js';
import { requestId } from './request-id.js';
import { closeRuntime, compileRuntime, type Runtime } from './runtime.js';
import { openAIEncoder, type StreamEncoderFactory } from './stream-encoder.js';
import { compose, type Handler, type Identity, round, type Turn, type TurnResult } from './turn.js';
import { answer } from './wrappers/answer.js';
import { budget } from './wrappers/budget.js';
import { gate } from './wrappers/gate.js';
import { memory } from './wrappers/memory.js';
import { persona } from './wrappers/persona.js';
import { rateLimit } from './wrappers/rate-limit.js';
import { resolveRoute } from './wrappers/resolve-route.js';
import { responseCache } from './wrappers/response-cache.js';

export interface GatewayOptions {
  loaded: LoadedConfig;
  stores: Stores;
  logger: Logger;
  /** Replaces the network for every HTTP provider (tests). */
  transport?: Transport;
  /** Process metrics (CPU, heap) on /metrics; off in tests that start many gateways. */
  processMetrics?: boolean;
}

export interface TurnInit {
  endpoint: string;
  request: ChatRequest;
  identity: Identity;
  runtime: Runtime;
  signal: AbortSignalLike;
  primary?: string | undefined;
  startedAt?: number;
  /** Makes this an embeddings turn (`request` then carries only the model name). */
  embedding?: EmbeddingRequest;
  /** The client's stream dialect; default OpenAI chunks. */
  encoder?: StreamEncoderFactory;
  /** A configured character id (checked by `resolveCharacter`). */
  character?: CharacterSpec | null;
  /** The client asked to skip the response caches. */
  cacheBypass?: boolean;
}

export interface Gateway {
  /** The runtime new requests use. */
  current(): Runtime;
  /** Who is calling; rejects with 401 for a missing or bad key when keys exist. */
  identify(runtime: Runtime, input: IdentifyInput): Promise<Identity>;
  /** Stored gateway keys as the request path sees them (cached); refresh after creating or revoking one. */
  readonly keys: KeyResolver;
  /** Budget settles waiting for the counter store. */
  readonly settler: SettleQueue;
  /** Resolves once the gateway knows whether stored keys exist. */
  ready(): Promise<void>;
  startTurn(init: TurnInit): Turn;
  handle(turn: Turn): Promise<TurnResult>;
  /** Records and measures a turn; call exactly once, when the response has ended. */
  endTurn(turn: Turn, status: number, errorCode: string | null): void;
  /** Records and counts a request refused before it became a turn. */
  reject(endpoint: string, status: number, errorCode: string, identity?: Identity): void;
  /** Swaps in a new config; requests in flight finish on the old one. */
  reload(loaded: LoadedConfig): void;
  readonly metrics: GatewayMetrics;
  readonly stores: Stores;
  readonly logger: Logger;
  close(): Promise<void>;
}

/**
 * @example
 * const gateway = createGateway({ loaded: loadConfigFile('rung.yaml'), stores: openSqliteStores({ path: 'rung.db' }), logger });
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { stores, logger } = options;
  const factory = options.transport === undefined ? {} : { transport: options.transport };
  let runtime = compileRuntime(options.loaded, factory);
  const retired = new Set<Runtime>();
  const metrics = createMetrics({ defaultMetrics: options.processMetrics ?? true });

  const settingsFor = (current: Runtime) => ({
    baseDelayMs: current.config.defaults.retry_base_delay_ms,
    retryAfterCapMs: current.config.defaults.retry_after_cap_ms,
  });
  const keys = createKeyResolver(stores.keys, {
    onError: (error) => logger.warn({ err: error }, 'the key store cannot be read; using cached keys'),
  });
  const keysReady = keys.refresh();
  const settler = createSettleQueue(stores.counters, {
    onError: (error, dropped) =>
      logger.warn(
        { err: error, pending: settler.pending() },
        dropped
          ? 'a budget settle was dropped: the settle queue is full'
          : 'a budget settle failed; it will be retried',
      ),
  });
  const limitsOpen = (error: unknown) =>
    logger.warn({ err: error }, 'the counter store is unreachable; serving without limits (on_store_error: open)');
  const rateLimiter = rateLimit(stores.counters, limitsOpen);
  const budgets = budget({ counters: stores.counters, settler, onOpen: limitsOpen });
  const caches = responseCache({
    exact: stores.caches.exact,
    semantic: stores.caches.semantic,
    onError: (error) => logger.warn({ err: error }, 'a response cache failed; treated as a miss'),
  });
  const memories = memory({
    store: stores.memory,
    ledger: stores.ledger,
    onError: (error, doing) => logger.warn({ err: error }, `memory: ${doing} failed`),
  });
  const pipelines = new WeakMap<Runtime, Handler>();
  const pipelineFor = (current: Runtime): Handler => {
    let handler = pipelines.get(current);
    if (handler === undefined) {
      // Persona first so the budget's prompt estimate sees the whole prompt; gating after the reservation so
      // a classification route's cost is settled like any other.
      handler = compose(
        [resolveRoute, persona, memories, rateLimiter, budgets, gate, caches],
        answer(settingsFor(current)),
      );
      pipelines.set(current, handler);
    }
    return handler;
  };

  const retireIfDrained = (old: Runtime) => {
    if (old === runtime || old.inFlight > 0 || !retired.has(old)) return;
    retired.delete(old);
    void closeRuntime(old);
  };

  return {
    current: () => runtime,
    identify: (current, input) => identify(current, input, keys),
    keys,
    settler,
    ready: () => keysReady,
    startTurn(init) {
      init.runtime.inFlight++;
      const ts = Date.now();
      return {
        id: requestId(ts),
        ts,
        startedAt: init.startedAt ?? performance.now(),
        endpoint: init.endpoint,
        request: init.request,
        embedding: init.embedding ?? null,
        stream: init.request.stream === true,
        includeUsage: init.request.stream_options?.include_usage === true,
        identity: init.identity,
        primary: init.primary,
        signal: init.signal,
        runtime: init.runtime,
        chain: null,
        attempts: [],
        answer: null,
        usage: null,
        costUsd: null,
        ttftMs: null,
        totalMs: null,
        status: null,
        errorCode: null,
        endHooks: [],
        encoder: init.encoder ?? openAIEncoder,
        character: init.character ?? null,
        flags: {},
        auxCostUsd: 0,
        headers: {},
        cacheSavingsUsd: 0,
        cache: null,
        cacheBypass: init.cacheBypass ?? false,
      };
    },
    handle: (turn) => pipelineFor(turn.runtime)(turn),
    endTurn(turn, status, errorCode) {
      if (turn.status !== null) return;
      turn.status = status;
      if (errorCode !== null) turn.errorCode = errorCode;
      turn.totalMs ??= round(performance.now() - turn.startedAt);
      for (const hook of turn.endHooks) hook(turn);
      stores.records.append(toRecord(turn));
      const entry = toLedgerEntry(turn);
      if (entry !== null) stores.ledger.append(entry);
      metrics.observe(turn);
      if (turn.errorCode !== null || (turn.answer?.attempt ?? 0) > 0) {
        logger.info(
          {
            request_id: turn.id,
            route: turn.chain?.route ?? null,
            status,
            error_code: turn.errorCode,
            model: turn.answer?.model ?? null,
            attempts: turn.attempts.map((attempt) => `${attempt.model}:${attempt.outcome}`),
            total_ms: turn.totalMs,
          },
          turn.errorCode === null ? 'fallback answered' : 'request failed',
        );
      }
      turn.runtime.inFlight--;
      retireIfDrained(turn.runtime);
    },
    reject(endpoint, status, errorCode, identity) {
      stores.records.append(rejectionRecord(endpoint, status, errorCode, identity));
      metrics.rejected(endpoint, status);
    },
    reload(loaded) {
      const old = runtime;
      runtime = compileRuntime(loaded, factory);
      retired.add(old);
      retireIfDrained(old);
    },
    metrics,
    stores,
    logger,
    async close() {
      await Promise.allSettled([runtime, ...retired].map(closeRuntime));
      retired.clear();
      await settler.drain();
      settler.close();
      keys.close();
      await stores.close();
    },
  };
}
