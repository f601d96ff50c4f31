/**
 * Turns (model or route name, plan, mode, primary override) into the ordered list of rungs to climb, each
 * with its effective timeouts, output cap, extra body and system prefix.
 */
import type { ModelConfig, RungConfigEntry, SafetySetting, TimeoutsConfig } from '../config/schema.js';
import { RungError } from '../spec/errors.js';
import type { Provider, Timeouts } from '../spec/provider.js';
import type { CacheMarkerMode } from './cache-markers.js';
import type { CompiledRoute, Runtime } from './runtime.js';

export interface ResolvedRung {
  /** Configured model name, or the raw upstream id for an unconfigured primary override. */
  model: string;
  upstreamId: string;
  provider: Provider;
  modelConfig: ModelConfig | null;
  timeouts: Timeouts;
  maxOutputTokens: number | undefined;
  extraBody: Record<string, unknown> | undefined;
  systemPrefix: string | undefined;
  /** Where prompt-cache markers go for this rung's model (its route's `cache_markers`; `off` unless it caches by marker). */
  cacheMarkers: CacheMarkerMode;
}

export interface ResolvedChain {
  /** The route that matched, or null when `model` named a model directly. */
  route: string | null;
  rungs: ResolvedRung[];
  retries: number;
  /** Rungs for an unsalvageable refusal on a paid plan; null = refusals fall through `rungs` like any failure. */
  rescue: ResolvedRung[] | null;
  /** Streaming: characters of the answer held back for a refusal check (0 = off, 'sentence' = first sentence). */
  lookahead: number | 'sentence';
  /** The refusal judge for short answers the rules pass; null = rules only (always null in auxiliary turns). */
  judge: { route: string; maxChars: number } | null;
  onContentExceeded: 'in_character' | 'error';
  /**
   * Whether plan content ceilings apply: on conversation routes (chat, roleplay, vision) and on a model named
   * directly (or naming a model would be a way around the ceiling); not on moderation or classification.
   */
  gated: boolean;
}

export const GATED_KINDS: ReadonlySet<string> = new Set(['chat', 'roleplay', 'vision']);

export interface ChainQuery {
  model: string;
  plan: string;
  mode: string;
  /** Goes first; a configured model name, or a raw upstream id on the first rung's provider. */
  primary?: string | undefined;
}

/** The rung at an answer's index: the chain's, then the rescue rungs' (numbered after the chain). */
export function rungAt(chain: ResolvedChain | null, index: number): ResolvedRung | undefined {
  if (chain === null) return undefined;
  if (index < chain.rungs.length) return chain.rungs[index];
  return chain.rescue?.[index - chain.rungs.length];
}

/** Picks the most specific route of a task that matches the turn's plan and mode. */
export function matchRoute(routes: readonly CompiledRoute[], plan: string, mode: string): CompiledRoute | undefined {
  for (const route of routes) {
    if (route.plans !== null && !route.plans.has(plan)) continue;
    if (route.modes !== null && !route.modes.has(mode)) continue;
    return route;
  }
  return undefined;
}

const CHAIN_CACHE_LIMIT = 10_000;

/** Resolves a chain; chains without a primary override are computed once per runtime. */
export function resolveChain(runtime: Runtime, query: ChainQuery): ResolvedChain {
  if (query.primary !== undefined && query.primary !== '') return computeChain(runtime, query);
  const key = `${query.model}\u0000${query.plan}\u0000${query.mode}`;
  const cached = runtime.chainCache.get(key) as ResolvedChain | undefined;
  if (cached !== undefined) return cached;
  const chain = computeChain(runtime, query);
  if (runtime.chainCache.size < CHAIN_CACHE_LIMIT) runtime.chainCache.set(key, Object.freeze(chain));
  return chain;
}

function computeChain(runtime: Runtime, query: ChainQuery): ResolvedChain {
  const { config } = runtime;
  const planCap = config.plans[query.plan]?.max_output_tokens;
  const routes = runtime.tasks.get(query.model);
  let entries: RungConfigEntry[];
  let route: CompiledRoute | undefined;
  if (routes !== undefined) {
    route = matchRoute(routes, query.plan, query.mode);
    if (route === undefined) {
      throw new RungError(
        'RUNG_NO_ROUTE',
        `no route of "${query.model}" serves plan "${query.plan}" in mode "${query.mode}"; routes: ${routes
          .map(
            (candidate) =>
              `${candidate.name} (plan ${[...(candidate.plans ?? ['any'])].join('|')}, mode ${[...(candidate.modes ?? ['any'])].join('|')})`,
          )
          .join(', ')}`,
      );
    }
    entries = [...route.config.chain];
  } else if (runtime.models.has(query.model)) {
    entries = [query.model];
  } else {
    throw new RungError(
      'RUNG_UNKNOWN_MODEL',
      `model "${query.model}" is neither a route nor a configured model; routes: ${[...runtime.tasks.keys()].join(', ') || 'none'}; models: ${[...runtime.models.keys()].join(', ') || 'none'}`,
    );
  }

  const rungs: ResolvedRung[] = [];
  const seen = new Set<string>();
  const add = (rung: ResolvedRung) => {
    if (seen.has(rung.model)) return;
    seen.add(rung.model);
    rungs.push(rung);
  };
  const firstModel = configuredRung(runtime, entries[0] as RungConfigEntry, planCap);
  if (query.primary !== undefined && query.primary !== '') {
    if (runtime.models.has(query.primary)) add(configuredRung(runtime, query.primary, planCap));
    else
      add({
        ...firstModel,
        model: query.primary,
        upstreamId: query.primary,
        modelConfig: null,
        systemPrefix: undefined,
      });
  }
  add(firstModel);
  for (const entry of entries.slice(1)) add(configuredRung(runtime, entry, planCap));
  const safety = route?.config.safety_settings;
  const markers = route?.config.cache_markers ?? 'system';
  const withSafety = (rung: ResolvedRung) => {
    const cacheMarkers = rung.modelConfig?.cache === 'marker' ? markers : 'off';
    const placed = cacheMarkers === rung.cacheMarkers ? rung : { ...rung, cacheMarkers };
    return safety === undefined ? placed : applySafety(runtime, placed, safety);
  };
  return {
    route: route?.name ?? null,
    rungs: rungs.map(withSafety),
    retries: route?.config.retries ?? config.defaults.retries,
    rescue: route?.config.rescue?.map((entry) => withSafety(configuredRung(runtime, entry, planCap))) ?? null,
    lookahead: route?.config.refusal_lookahead ?? 0,
    judge: judgeOf(route?.config.refusal_judge),
    onContentExceeded: route?.config.on_content_exceeded ?? 'in_character',
    gated: route === undefined || GATED_KINDS.has(route.config.kind),
  };
}

function judgeOf(judge: { route: string; max_chars: number } | undefined): ResolvedChain['judge'] {
  return judge === undefined ? null : { route: judge.route, maxChars: judge.max_chars };
}

/**
 * A route's provider safety thresholds, in each provider's own field: Gemini's native `safetySettings`, and
 * `safety_settings` for OpenAI-compatible providers (OpenRouter hands it to Google). Anthropic has no such knob.
 */
function applySafety(runtime: Runtime, rung: ResolvedRung, safety: readonly SafetySetting[]): ResolvedRung {
  const kind = rung.modelConfig === null ? undefined : runtime.config.providers[rung.modelConfig.provider]?.kind;
  const field = kind === 'gemini' ? 'safetySettings' : kind === 'anthropic' ? undefined : 'safety_settings';
  if (field === undefined) return rung;
  return { ...rung, extraBody: { [field]: safety, ...rung.extraBody } };
}

function configuredRung(runtime: Runtime, entry: RungConfigEntry, planCap: number | undefined): ResolvedRung {
  const options = typeof entry === 'string' ? undefined : entry;
  const name = typeof entry === 'string' ? entry : entry.model;
  const model = runtime.models.get(name);
  const provider = model === undefined ? undefined : runtime.providers.get(model.provider);
  if (model === undefined || provider === undefined) {
    // Unreachable after config validation; kept so a bug names itself.
    throw new RungError('RUNG_INTERNAL', `model "${name}" has no provider`);
  }
  const providerTimeouts = runtime.config.providers[model.provider]?.timeouts;
  const extraBody =
    model.extra_body === undefined && options?.extra_body === undefined
      ? undefined
      : { ...model.extra_body, ...options?.extra_body };
  return {
    model: name,
    upstreamId: model.id,
    provider,
    modelConfig: model,
    timeouts: mergeTimeouts(runtime.config.defaults.timeouts, providerTimeouts, model.timeouts, options?.timeouts),
    maxOutputTokens: minDefined(planCap, model.max_output_tokens, options?.max_output_tokens),
    extraBody,
    systemPrefix: options?.system_prefix ?? model.system_prefix,
    cacheMarkers: 'off',
  };
}

function minDefined(...values: Array<number | undefined>): number | undefined {
  let out: number | undefined;
  for (const value of values) if (value !== undefined && (out === undefined || value < out)) out = value;
  return out;
}

function mergeTimeouts(defaults: Required<TimeoutsConfig>, ...layers: Array<TimeoutsConfig | undefined>): Timeouts {
  const merged = { ...defaults };
  for (const layer of layers) {
    if (layer === undefined) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) merged[key as keyof TimeoutsConfig] = value;
    }
  }
  return {
    connectMs: merged.connect_ms,
    firstByteMs: merged.first_byte_ms,
    firstTokenMs: merged.first_token_ms,
    idleMs: merged.idle_ms,
    totalMs: merged.total_ms,
  };
}
