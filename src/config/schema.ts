/**
 * The one configuration schema. Every field has its default here; the TypeScript type is inferred from it.
 * Cross-references (a route naming a model, a model naming a provider) are checked in `validate-references.ts`
 * so an error names the exact path of the bad field.
 */
import { z } from 'zod';

const name = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/, 'use letters, digits and . _ : / @ - (not starting with a symbol)');

/**
 * A whole number that may also come from `${ENV}` interpolation, which always yields text (`port: ${PORT}`).
 * Only text that is entirely digits is converted; anything else fails as the wrong type, naming the path.
 */
const envInt = () =>
  z.preprocess((value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value), z.number().int());

const positiveMs = envInt().pipe(z.number().positive());

export const timeoutsSchema = z.strictObject({
  connect_ms: positiveMs.optional(),
  first_byte_ms: positiveMs.optional(),
  first_token_ms: positiveMs.optional(),
  idle_ms: positiveMs.optional(),
  total_ms: positiveMs.optional(),
});

export const priceSchema = z.strictObject({
  /** USD per million input tokens. */
  input: z.number().nonnegative(),
  /** USD per million output tokens. */
  output: z.number().nonnegative(),
  /** USD per million cached input tokens (defaults to `input`). */
  cached_input: z.number().nonnegative().optional(),
  /** USD per million tokens written to a provider cache (defaults to `input`). */
  cache_write: z.number().nonnegative().optional(),
});

export const SIM_BEHAVIORS = [
  'answer',
  'echo',
  'refuse',
  'content_filter',
  'length_empty',
  'empty',
  'tool_call',
  'rate_limit',
  'server_error',
  'model_not_found',
  'bad_request',
  'unauthorized',
  'hang',
  'headers_then_stall',
  'reset',
  'malformed',
  'cut_stream',
  'no_choices',
] as const;

export const simBehaviorSchema = z.enum(SIM_BEHAVIORS);

export const simModelSchema = z.strictObject({
  /** What the model does on every call. */
  behavior: simBehaviorSchema.default('answer'),
  /** Behaviours played in turn, one per call, overriding `behavior`. */
  script: z.array(simBehaviorSchema).min(1).optional(),
  /** Behaviours drawn at random (seeded) with these weights, overriding `behavior`. */
  mix: z.partialRecord(simBehaviorSchema, z.number().nonnegative()).optional(),
  /** The answer text; default: a deterministic paragraph. */
  reply: z.string().optional(),
  /** Milliseconds before the first byte: uniform in [min, max]. */
  first_token_ms: z.tuple([z.number().nonnegative(), z.number().nonnegative()]).default([0, 0]),
  /** Streaming speed. 0 sends every token at once. */
  tokens_per_second: z.number().nonnegative().default(0),
  /** Retry-After seconds sent with `rate_limit`. */
  retry_after_s: z.number().nonnegative().default(1),
  /** Status sent with `server_error`. */
  error_status: z.number().int().min(500).max(599).default(503),
  /**
   * A provider-side prompt prefix cache, one per simulator provider: a prompt that repeats a prefix seen within
   * `ttl_ms` reads it back as `prompt_tokens_details.cached_tokens` and answers its first token sooner.
   * Absent: nothing is cached.
   */
  prefix_cache: z
    .strictObject({
      /** Prefixes shorter than this (tokens, counted as chars/4) are never cached. */
      min_tokens: z.number().int().positive().default(1024),
      /** How long an unused prefix stays cached; every read or write renews it. */
      ttl_ms: z.number().int().positive().default(300_000),
      /**
       * true: like Anthropic, only prefixes ending at a `cache_control` marker are cached. false: like OpenAI,
       * automatic, the longest prefix seen before in 128-token steps from `min_tokens`.
       */
      needs_marker: z.boolean().default(false),
      /** Report tokens newly stored as `prompt_tokens_details.cache_write_tokens` (Anthropic's cache_creation). */
      write_tokens: z.boolean().default(false),
    })
    .optional(),
});

export const providerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('openai-compatible'),
    /** Fills in base_url and headers for a known vendor. */
    preset: z
      .enum(['openai', 'openrouter', 'vllm', 'llamacpp', 'ollama', 'groq', 'together', 'deepseek', 'xai'])
      .optional(),
    base_url: z.url().optional(),
    api_key: z.string().optional(),
    headers: z.record(z.string(), z.string()).default({}),
    /**
     * Remove Rung's canonical extensions (cache markers, thinking details, Anthropic-only fields) before sending,
     * for a vendor that answers 400 to unknown fields. Default: the preset's setting (on for openai and groq).
     */
    strict: z.boolean().optional(),
    /** Connections kept per upstream origin. */
    max_connections: envInt().pipe(z.number().positive()).default(256),
    timeouts: timeoutsSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('anthropic'),
    /** Default https://api.anthropic.com/v1 */
    base_url: z.url().optional(),
    api_key: z.string().optional(),
    headers: z.record(z.string(), z.string()).default({}),
    /** The `anthropic-version` header. */
    version: z.string().min(1).optional(),
    /** `max_tokens` when neither the request, the model nor the plan sets one (Anthropic requires it). */
    default_max_tokens: envInt().pipe(z.number().positive()).default(4096),
    /** Whether thinking blocks reach the client (as `reasoning`) or are dropped. */
    thinking: z.enum(['keep', 'drop']).default('keep'),
    max_connections: envInt().pipe(z.number().positive()).default(256),
    timeouts: timeoutsSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('gemini'),
    /** Default https://generativelanguage.googleapis.com/v1beta */
    base_url: z.url().optional(),
    api_key: z.string().optional(),
    headers: z.record(z.string(), z.string()).default({}),
    max_connections: envInt().pipe(z.number().positive()).default(256),
    timeouts: timeoutsSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('simulator'),
    seed: z.number().int().default(42),
    timeouts: timeoutsSchema.optional(),
  }),
]);

export const modelSchema = z.strictObject({
  provider: name,
  /** The model id the upstream knows. */
  id: z.string().min(1),
  /** What the model does: answer chat turns, or embed text (served on /v1/embeddings). */
  type: z.enum(['chat', 'embedding']).default('chat'),
  /**
   * Who runs the model behind the provider (its moderation layer). Default: the part of `id` before "/"
   * (OpenRouter style, e.g. "qwen" for "qwen/qwen3-235b"), else the provider name.
   */
  vendor: z.string().min(1).optional(),
  price: priceSchema.optional(),
  context_window: z.number().int().positive().optional(),
  max_output_tokens: z.number().int().positive().optional(),
  /** How the model caches prompts: automatically, with cache_control markers, or not. Default: the catalogue's. */
  cache: z.enum(['automatic', 'marker', 'none']).optional(),
  /** The shortest prompt prefix the provider caches, in tokens. Default: the catalogue's. */
  min_cache_tokens: z.number().int().positive().optional(),
  /** A system message put before the conversation, sent only to this model. */
  system_prefix: z.string().optional(),
  extra_body: z.record(z.string(), z.unknown()).optional(),
  timeouts: timeoutsSchema.optional(),
  /** Behaviour of a model served by a `simulator` provider. */
  sim: simModelSchema.optional(),
});

export const rungSchema = z.union([
  name,
  z.strictObject({
    model: name,
    timeouts: timeoutsSchema.optional(),
    max_output_tokens: z.number().int().positive().optional(),
    extra_body: z.record(z.string(), z.unknown()).optional(),
    system_prefix: z.string().optional(),
  }),
]);

const oneOrMany = z
  .union([name, z.array(name).min(1)])
  .transform((value) => (typeof value === 'string' ? [value] : value));

/** What a route is for: provider safety knobs may only loosen chat and roleplay routes. */
export const ROUTE_KINDS = ['chat', 'roleplay', 'moderation', 'vision', 'classification', 'embedding'] as const;

export const safetySettingSchema = z.strictObject({ category: z.string().min(1), threshold: z.string().min(1) });

export const routeSchema = z.strictObject({
  /** The name clients put in `model`; several routes may share a task and differ in `match`. Default: the route's key. */
  task: name.optional(),
  /** Which turns this route serves. Absent dimensions match anything; the most specific route wins. */
  match: z
    .strictObject({
      plan: oneOrMany.optional(),
      mode: oneOrMany.optional(),
    })
    .default({}),
  chain: z.array(rungSchema).min(1),
  description: z.string().optional(),
  /** Retries inside one rung before falling through (jittered backoff, honours Retry-After). */
  retries: z.number().int().min(0).max(5).optional(),
  kind: z.enum(ROUTE_KINDS).default('chat'),
  /**
   * Rungs for a refusal that salvage could not fix, on paid plans (different providers; each model's own
   * system_prefix goes only to it). With rescue set, a free-plan refusal makes no further call: the character
   * answers with a soft refusal. Without it, a refusal falls through the chain like any failed rung.
   */
  rescue: z.array(rungSchema).min(1).optional(),
  /**
   * Streaming: hold this many characters of the answer (or the first sentence) before anything reaches the
   * client, so an opening refusal can still fall through. 0 = off (the right choice for instant routes).
   */
  refusal_lookahead: z.union([z.number().int().nonnegative().max(4000), z.literal('sentence')]).default(0),
  /**
   * A second opinion on short answers the refusal rules call clean: `route` (a small, fast model) is asked
   * whether the reply declines the request; a "refusal" verdict fails the rung like a detected refusal. Answers
   * longer than `max_chars` are not judged. Fails open: a judge that errs, times out or answers neither word
   * leaves the answer as it is. Adds one call, and its latency, to every judged answer (streams: only with a
   * `refusal_lookahead`, judging the held opening).
   */
  refusal_judge: z
    .strictObject({ route: name, max_chars: z.number().int().positive().max(8000).default(600) })
    .optional(),
  /**
   * Step down the chain as the caller's budget use grows: at `at` (a fraction of the user's or tenant's daily
   * budget, whichever is higher) skip the first `skip` rungs. The last rung is always kept.
   */
  degrade: z
    .array(z.strictObject({ at: z.number().gt(0).lt(1), skip: z.number().int().positive() }))
    .min(1)
    .optional(),
  /**
   * Provider prompt-cache markers for models whose cache mode is `marker` (Anthropic, also via OpenRouter):
   * `system` marks the last system block (system prompt, persona, memory); `conversation` also marks the end
   * of the history before the new user turn, so each turn reads the last one's cache; `off` adds none.
   * Markers a client sent are always kept.
   */
  cache_markers: z.enum(['system', 'conversation', 'off']).default('system'),
  /** Answers from the response caches. Off unless set. */
  response_cache: z
    .strictObject({
      /** Same normalised request → the stored answer, for this long. */
      exact: z.strictObject({ ttl_s: z.number().int().positive() }).optional(),
      /**
       * Similar enough prompt (cosine similarity of embeddings from `route`) → the stored answer. Only for
       * turns that are not personalised (no user namespace, no character).
       */
      semantic: z
        .strictObject({
          route: name,
          threshold: z.number().gt(0).max(1).default(0.95),
          ttl_s: z.number().int().positive(),
        })
        .optional(),
      /** Answers depend on who asks: entries are kept per user (and the semantic cache is not used). */
      personalized: z.boolean().default(false),
    })
    .optional(),
  /** A turn above the plan's content ceiling: the character declines in character, or a 409 error. */
  on_content_exceeded: z.enum(['in_character', 'error']).default('in_character'),
  /**
   * Provider safety thresholds for this route's rungs: sent as `safetySettings` to Gemini and as
   * `safety_settings` in the body of OpenAI-compatible providers (OpenRouter passes it to Google). Only on chat
   * and roleplay routes.
   */
  safety_settings: z.array(safetySettingSchema).min(1).optional(),
});

const usd = z.number().positive();

/** Spend ceilings and rate limits; every field optional (absent = no such limit here). */
export const limitsSchema = z.strictObject({
  /** USD per UTC day. */
  daily_usd: usd.optional(),
  /** USD per UTC calendar month. */
  monthly_usd: usd.optional(),
  /** Requests per minute. */
  rpm: z.number().int().positive().optional(),
  /** Tokens per minute, counted at admission as the prompt estimate plus the output cap (as OpenAI does). */
  tpm: z.number().int().positive().optional(),
});

/** A budget scope's defaults, and what happens when the counter store cannot be reached. */
const budgetScopeSchema = limitsSchema.extend({
  /** closed: refuse budget-checked requests while the store is unreachable (503); open: serve them unchecked. */
  on_store_error: z.enum(['closed', 'open']).optional(),
});

export const characterSchema = z.strictObject({
  name: z.string().min(1),
  /** The persona the model sees, first in the system prompt. */
  persona: z.string().optional(),
  /** Languages the character speaks, the first being its default. */
  languages: z.array(z.string().min(2)).min(1).default(['en']),
  /** In-character soft refusals per language; `{name}` is replaced. Built-in ones cover 17 languages. */
  soft_refusals: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  /** Lines appended to a soft refusal on free plans, per language. */
  upsell: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
});

export const planSchema = z.strictObject({
  /** Output-token cap for every call on this plan. */
  max_output_tokens: z.number().int().positive().optional(),
  paid: z.boolean().default(false),
  /** The highest content class this plan may reach (see `content.classes`); absent = no gating. */
  content_ceiling: name.optional(),
  /** Each user's spend per UTC day on this plan (overrides budgets.user.daily_usd). */
  user_daily_usd: usd.optional(),
  /** Tokens of memory (facts, summaries, recalled moments, recent messages) a turn on this plan may carry. */
  memory_tokens: z.number().int().positive().optional(),
  /** Each user's requests per minute on this plan (overrides rate_limits.user.rpm). */
  user_rpm: z.number().int().positive().optional(),
  description: z.string().optional(),
});

export const gatewayKeySchema = z.strictObject({
  /** The bearer secret, usually `${ENV_VAR}`. */
  key: z.string().min(16, 'a gateway key needs at least 16 characters'),
  name: name,
  /** The plan every request with this key runs on (the x-rung-plan header cannot change it). */
  plan: name.optional(),
  tenant: name.default('default'),
  /** Default content mode when the request sends no x-rung-mode. */
  mode: name.optional(),
  /** Routes this key may use; absent = all. */
  routes: z.array(name).optional(),
  /** This key's own spend ceilings and rate limits (monthly_usd, daily_usd, rpm, tpm). */
  limits: limitsSchema.optional(),
});

export const configSchema = z.strictObject({
  server: z
    .strictObject({
      host: z.string().default('127.0.0.1'),
      port: envInt().pipe(z.number().min(0).max(65535)).default(8787),
      /** Largest accepted request body; 413 past it. */
      max_body_bytes: envInt()
        .pipe(z.number().positive())
        .default(4 * 1024 * 1024),
      keep_alive_timeout_ms: envInt().pipe(z.number().positive()).default(65_000),
      /** Wait this long for in-flight requests on shutdown. */
      shutdown_grace_ms: envInt().pipe(z.number().nonnegative()).default(10_000),
    })
    .prefault({}),
  log: z
    .strictObject({
      level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    })
    .prefault({}),
  store: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('sqlite'),
        /** File path, relative to the working directory; `:memory:` keeps nothing. */
        path: z.string().default('rung.db'),
      }),
      z.strictObject({
        /** Several gateways share counters, reservations and rate limits (Redis) and keys, records, ledger (PostgreSQL). */
        kind: z.literal('redis-postgres'),
        redis_url: z.string().min(1),
        postgres_url: z.string().min(1),
        /** Redis key prefix and PostgreSQL schema: one per deployment sharing the servers. */
        prefix: z
          .string()
          .regex(/^[a-z_][a-z0-9_]{0,40}$/, 'lower-case letters, digits and _, starting with a letter or _')
          .default('rung'),
        /** A Redis command slower than this counts as the store being unreachable. */
        timeout_ms: positiveMs.default(500),
      }),
    ])
    .prefault({ kind: 'sqlite' }),
  auth: z
    .strictObject({
      keys: z.array(gatewayKeySchema).default([]),
    })
    .prefault({}),
  /**
   * Spend ceilings, reserved before each call at its worst case and settled to the real cost after. A scope's
   * fields are defaults for every member (each tenant, user, key); `tenants` and keys override them.
   */
  budgets: z
    .strictObject({
      global: budgetScopeSchema.omit({ rpm: true, tpm: true }).optional(),
      tenant: budgetScopeSchema.omit({ rpm: true, tpm: true }).optional(),
      user: budgetScopeSchema.omit({ rpm: true, tpm: true }).optional(),
      key: budgetScopeSchema.omit({ rpm: true, tpm: true }).optional(),
      /** Tokens (prompt + completion) per conversation session (x-rung-session). */
      session: z
        .strictObject({ tokens: z.number().int().positive(), on_store_error: z.enum(['closed', 'open']).optional() })
        .optional(),
      /** Output tokens assumed for the worst case when neither request, rung, model nor plan caps them. */
      default_output_tokens: z.number().int().positive().default(4096),
      /** How long a reservation is held if its request never settles (a crashed process). */
      hold_ms: positiveMs.default(600_000),
    })
    .prefault({}),
  /** Per-tenant spend ceilings and rate limits, overriding `budgets.tenant` and `rate_limits.tenant`. */
  tenants: z.record(name, limitsSchema).default({}),
  /** GCRA rate limits per key, user and tenant; 429 with Retry-After and X-RateLimit-* headers. */
  rate_limits: z
    .strictObject({
      key: limitsSchema.pick({ rpm: true, tpm: true }).optional(),
      user: limitsSchema.pick({ rpm: true, tpm: true }).optional(),
      tenant: limitsSchema.pick({ rpm: true, tpm: true }).optional(),
      /** open (default): serve requests unlimited while the counter store is unreachable; closed: refuse them. */
      on_store_error: z.enum(['closed', 'open']).default('open'),
    })
    .prefault({}),
  /** Bounds of the response caches (per gateway process for the embedded store; per deployment on Redis). */
  response_cache: z
    .strictObject({
      max_entries: z.number().int().positive().default(100_000),
      max_bytes: z
        .number()
        .int()
        .positive()
        .default(256 * 1024 * 1024),
      max_entry_bytes: z
        .number()
        .int()
        .positive()
        .default(1024 * 1024),
    })
    .prefault({}),
  /**
   * Conversational memory per (tenant, user, character, session): a hot buffer of recent messages, summaries of
   * older windows (by an auxiliary route) recalled by similarity and keywords, and durable facts. On for turns
   * that name a user and a character when this block is present. docs/memory.md.
   */
  memory: z
    .strictObject({
      /** Recent messages kept verbatim and sent as the conversation's history. */
      hot_messages: z.number().int().min(2).max(500).default(20),
      /** Messages per summary window: a window is summarised once it has aged out of the hot buffer. */
      window: z.number().int().min(2).max(500).default(20),
      /** Days a conversation's hot buffer lives after its last message. */
      ttl_days: z.number().positive().default(30),
      /** The route that writes a window's summary (a cheap model). */
      summariser: z.strictObject({ route: name }),
      /** The route that extracts durable facts from user messages; absent = no fact extraction. */
      facts: z.strictObject({ route: name }).optional(),
      /** Embeddings for summaries and queries: the built-in offline embedder, or an embeddings route. */
      embedder: z.union([z.literal('offline'), z.strictObject({ route: name })]).default('offline'),
      /** Summaries recalled per turn. */
      recall_k: z.number().int().min(0).max(50).default(5),
      /** Memory tokens per turn when the plan sets none. */
      default_tokens: z.number().int().positive().default(1500),
      /** The route POST /v1/conversations/… uses when its body names no model. */
      route: name.optional(),
    })
    .optional(),
  /** The admin API (/admin/keys): off unless a key is set. */
  admin: z
    .strictObject({
      /** Bearer secret for /admin/*, usually `${RUNG_ADMIN_KEY}`; at least 24 characters. */
      key: z.string().min(24, 'the admin key needs at least 24 characters').optional(),
    })
    .prefault({}),
  defaults: z
    .strictObject({
      plan: name.default('free'),
      mode: name.default('natural'),
      /**
       * Who may put a model first with x-rung-primary (or `primary` on /complete): `any` model id, even one not
       * configured (sent raw to the first rung's provider, as the routing article's example does); only
       * `configured` models; or `off`. Keys restricted to some routes may only name models of those routes.
       */
      primary_override: z.enum(['any', 'configured', 'off']).default('any'),
      /** The route POST /complete uses when its body names none. Default: "chat" if it exists, else the first route. */
      route: name.optional(),
      timeouts: z
        .strictObject({
          connect_ms: positiveMs.default(5_000),
          first_byte_ms: positiveMs.default(30_000),
          first_token_ms: positiveMs.default(30_000),
          idle_ms: positiveMs.default(30_000),
          total_ms: positiveMs.default(120_000),
        })
        .prefault({}),
      /** Retries inside a rung: none unless a route asks. */
      retries: z.number().int().min(0).max(5).default(0),
      retry_base_delay_ms: z.number().int().positive().default(250),
      /** Longest Retry-After honoured inside a rung; past it, fall through instead. */
      retry_after_cap_ms: z.number().int().positive().default(5_000),
    })
    .prefault({}),
  modes: z.array(name).min(1).default(['natural', 'instant', 'explicit']),
  refusals: z
    .strictObject({
      /** Salvaged text shorter than this is no answer ("I can't help" must never become "I can"). */
      min_salvage_chars: z.number().int().positive().default(150),
      /** Extra refusal markers per language code, added to the built-in 17-language catalogue. */
      markers: z.record(z.string(), z.array(z.string().min(2)).min(1)).default({}),
    })
    .prefault({}),
  characters: z.record(name, characterSchema).default({}),
  content: z
    .strictObject({
      /** Escalation classes, lowest first. */
      classes: z.array(name).min(1).default(['safe', 'suggestive', 'explicit']),
      /** `rules` (per-language keywords, offline) or a route to a small model that answers with a class name. */
      classifier: z.union([z.literal('rules'), z.strictObject({ route: name })]).default('rules'),
      /** Keywords per class and language, added to the built-in ones. */
      rules: z.record(name, z.record(z.string(), z.array(z.string().min(1)).min(1))).default({}),
      /** Use the built-in keyword lists (for the default classes safe / suggestive / explicit). */
      built_in_rules: z.boolean().default(true),
      /** The language assumed when a conversation's cannot be told. */
      default_language: z.string().min(2).default('en'),
    })
    .prefault({}),
  providers: z.record(name, providerSchema),
  models: z.record(name, modelSchema),
  plans: z.record(name, planSchema).default({ free: { paid: false } }),
  routes: z.record(name, routeSchema),
});

export type RungConfigInput = z.input<typeof configSchema>;
export type RungConfig = z.output<typeof configSchema>;
export type ProviderConfig = z.output<typeof providerSchema>;
export type ModelConfig = z.output<typeof modelSchema>;
export type RouteConfig = z.output<typeof routeSchema>;
export type RungConfigEntry = z.output<typeof rungSchema>;
export type PlanConfig = z.output<typeof planSchema>;
export type SimModelConfig = z.output<typeof simModelSchema>;
export type SimBehavior = z.output<typeof simBehaviorSchema>;
export type TimeoutsConfig = z.output<typeof timeoutsSchema>;
export type GatewayKeyConfig = z.output<typeof gatewayKeySchema>;
export type CharacterConfig = z.output<typeof characterSchema>;
export type SafetySetting = z.output<typeof safetySettingSchema>;
export type LimitsConfig = z.output<typeof limitsSchema>;
