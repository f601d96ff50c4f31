/**
 * Prometheus metrics, on a registry of the gateway's own (never the global one), so two gateways in one
 * process — as in tests — do not share counters.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';
import { counterTally } from './counter-tally.js';
import { histogramTally } from './histogram-tally.js';
import { SOFT_MODEL } from './soft-answer.js';
import type { Turn } from './turn.js';

const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 8, 13, 21, 34, 60, 120];

export interface GatewayMetrics {
  registry: Registry;
  observe(turn: Turn): void;
  /** A request refused before it became a turn (bad key, bad body). */
  rejected(endpoint: string, status: number): void;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'rung_process_' });
  const requests = counterTally(registry, {
    name: 'rung_requests_total',
    help: 'Requests by endpoint, route and HTTP status.',
    labelNames: ['endpoint', 'route', 'status'],
  });
  const attempts = counterTally(registry, {
    name: 'rung_attempts_total',
    help: 'Upstream attempts by model, provider and outcome class.',
    labelNames: ['model', 'provider', 'outcome'],
  });
  const fallbacks = counterTally(registry, {
    name: 'rung_fallbacks_total',
    help: 'Answers that came from a rung after the first.',
    labelNames: ['route', 'model'],
  });
  const silentRefusals = counterTally(registry, {
    name: 'rung_silent_refusals_total',
    help: 'HTTP 200 answers with finish_reason content_filter or length and no content.',
    labelNames: ['model', 'provider'],
  });
  const refusals = counterTally(registry, {
    name: 'rung_refusals_total',
    help: 'Answers whose text was a refusal (17 languages), by model and provider.',
    labelNames: ['model', 'provider'],
  });
  const policy = counterTally(registry, {
    name: 'rung_refusal_policy_total',
    help: 'What the refusal and content policies did: salvaged, rescued, rescue_failed, in_character, gated; by route and model.',
    labelNames: ['route', 'model', 'event'],
  });
  const judge = counterTally(registry, {
    name: 'rung_refusal_judge_total',
    help: 'Refusal-judge verdicts on answers the rules passed, by route and judged model: refusal, answer, unclear, failed (the last two leave the answer standing).',
    labelNames: ['route', 'model', 'verdict'],
  });
  const promptTokens = counterTally(registry, {
    name: 'rung_prompt_tokens_total',
    help: 'Prompt tokens of answers by model and provider: kind="all", and of those "cached" (read from the provider cache) and "cache_write". Hit rate = cached / all.',
    labelNames: ['model', 'provider', 'kind'],
  });
  const cacheSaved = counterTally(registry, {
    name: 'rung_cache_savings_usd_total',
    help: 'USD saved by caches, by model: provider prompt caches (reads less write premiums) and response-cache hits.',
    labelNames: ['model', 'provider', 'cache'],
  });
  const responseCache = counterTally(registry, {
    name: 'rung_response_cache_total',
    help: 'Response-cache lookups by route, cache (exact, semantic) and result (hit, miss, bypass).',
    labelNames: ['route', 'cache', 'result'],
  });
  const firstToken = histogramTally(registry, {
    name: 'rung_first_token_seconds',
    help: 'Time from request to the first content token of a streamed answer, by answering model.',
    labelName: 'model',
    buckets: LATENCY_BUCKETS,
  });
  const total = histogramTally(registry, {
    name: 'rung_request_duration_seconds',
    help: 'Time from request to the last byte, by answering model ("none" when every rung failed).',
    labelName: 'model',
    buckets: LATENCY_BUCKETS,
  });
  return {
    registry,
    rejected(endpoint, status) {
      requests.add([endpoint, 'none', String(status)]);
    },
    observe(turn: Turn) {
      const route = turn.chain?.route ?? 'none';
      requests.add([turn.endpoint, route, String(turn.status ?? 0)]);
      // A primary override may name any model id; label only configured models by name, so a client cannot
      // create unbounded series.
      const models = turn.runtime.models;
      const label = (name: string) => (name === SOFT_MODEL || models.has(name) ? name : 'unconfigured');
      for (const attempt of turn.attempts) {
        const model = label(attempt.model);
        attempts.add([model, attempt.provider, attempt.outcome]);
        if (attempt.outcome === 'silent_refusal') silentRefusals.add([model, attempt.provider]);
        else if (attempt.outcome === 'refusal') refusals.add([model, attempt.provider]);
      }
      const model = turn.answer === null ? 'none' : label(turn.answer.model);
      const { flags } = turn;
      if (flags.salvaged !== undefined) policy.add([route, model, 'salvaged']);
      if (flags.in_character !== undefined) policy.add([route, model, 'in_character']);
      if (flags.gated !== undefined) policy.add([route, model, 'gated']);
      if (flags.rescued !== undefined) policy.add([route, model, flags.rescued ? 'rescued' : 'rescue_failed']);
      if (flags.judged !== undefined) {
        for (const judged of flags.judged) judge.add([route, label(judged.model), judged.verdict]);
      }
      if (turn.answer !== null && turn.answer.attempt > 0) fallbacks.add([route, model]);
      const usage = turn.usage;
      const provider = turn.answer?.provider ?? 'none';
      const hit = turn.cache?.result === 'hit';
      if (usage !== null && turn.answer !== null && !hit && usage.input > 0) {
        promptTokens.add([model, provider, 'all'], usage.input);
        if (usage.cachedInput > 0) promptTokens.add([model, provider, 'cached'], usage.cachedInput);
        if (usage.cacheWrite > 0) promptTokens.add([model, provider, 'cache_write'], usage.cacheWrite);
      }
      // A counter only grows: a write premium not yet read back (negative savings) shows in the ledger only.
      if (turn.cacheSavingsUsd > 0) {
        cacheSaved.add([model, provider, hit ? 'response' : 'prompt'], turn.cacheSavingsUsd);
      }
      if (turn.cache !== null) responseCache.add([route, turn.cache.kind, turn.cache.result]);
      if (turn.ttftMs !== null && turn.answer !== null) firstToken.observe(model, turn.ttftMs / 1000);
      if (turn.totalMs !== null) total.observe(model, turn.totalMs / 1000);
    },
  };
}
