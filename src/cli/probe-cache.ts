/**
 * `rung probe-cache`: measures each model of a route's prompt cache the way the "measured in production" write-up
 * corrected its own method: a production-shaped prefix of several thousand tokens (persona, rules, a memory
 * block), one warm-up call and then identical follow-up turns, each a fresh request, reading the cached tokens
 * from usage rather than trusting latency. Each model is called alone (named as the request's model), in-process
 * through the gateway's own pipeline, so whatever Rung adds upstream (a `cache_control` marker for `marker`
 * models) is what gets measured; the probe adds nothing itself.
 */
import { pino } from 'pino';
import { countTokens } from '../catalogue/count-tokens.js';
import { loadConfigFile } from '../config/load-config.js';
import type { RungConfig } from '../config/schema.js';
import { createGateway, type Gateway } from '../core/gateway.js';
import { type Identity, rungMeta } from '../core/turn.js';
import type { Transport } from '../providers/http/transport.js';
import { asRungError } from '../server/send.js';
import { Abort } from '../spec/abort.js';
import type { ChatRequest } from '../spec/chat.js';
import { RungError } from '../spec/errors.js';
import { openSqliteStores } from '../stores/sqlite/sqlite-stores.js';
import { formatTable } from './check.js';

export interface ProbeCacheOptions {
  configPath: string;
  /** A route (its key or its task) or a model name. */
  target: string;
  /** Identical follow-up turns after the warm-up call; default 10. */
  turns?: number;
  /** The least the system prompt counts, in o200k tokens; default 6000. */
  prefixTokens?: number;
  json?: boolean;
  /** Replaces the network for every HTTP provider (tests). */
  transport?: Transport;
}

export const DEFAULT_PROBE_TURNS = 10;
export const DEFAULT_PREFIX_TOKENS = 6000;

/** One call as its answer's `rung` report tells it. */
export interface ProbeCall {
  /** Null when the call answered; else the error code and message. */
  error: string | null;
  /** The model that answered (a soft answer made locally has none). */
  answeredBy: string | null;
  promptTokens: number;
  cachedTokens: number;
  cacheWriteTokens: number;
  ttftMs: number | null;
  totalMs: number | null;
  costUsd: number | null;
}

export interface ModelProbe {
  model: string;
  upstreamId: string;
  provider: string;
  /** The cache mode Rung knows the model by (config, else catalogue); null when neither says. */
  cache: 'automatic' | 'marker' | 'none' | null;
  minCacheTokens: number | null;
  /** The first call, then the follow-ups. */
  calls: ProbeCall[];
  /** Prompt tokens and cache writes the upstream reported for the first call; null if it failed. */
  firstPromptTokens: number | null;
  firstCacheWriteTokens: number | null;
  /** Follow-ups that read any cached tokens. */
  hits: number;
  /** Cached / prompt tokens over the follow-ups; null without usage. */
  hitRate: number | null;
  /** Time to first token: the first call's, and the follow-ups' median. */
  ttftFirstMs: number | null;
  ttftNextMs: number | null;
  totalFirstMs: number | null;
  totalNextMs: number | null;
  /** Cost: the first call's, and the follow-ups' mean (`rung.cost_usd`). */
  costFirstUsd: number | null;
  costNextUsd: number | null;
  /** Follow-ups against the first call, as fractions (−0.4 = 40% less). */
  ttftChange: number | null;
  totalChange: number | null;
  costChange: number | null;
  warnings: string[];
}

export interface ProbeReport {
  target: string;
  /** The route probed, or null when the target is a model. */
  route: string | null;
  /** The system prompt's length in o200k tokens (the upstream's own count, in usage, may differ). */
  prefixTokens: number;
  turns: number;
  models: ModelProbe[];
}

/**
 * The text `rung probe-cache` prints: a table (or JSON) of each model's measured prompt cache, with warnings.
 *
 * @example
 * process.stdout.write(`${await runProbeCache({ configPath: 'rung.yaml', target: 'chat' })}\n`);
 */
export async function runProbeCache(options: ProbeCacheOptions): Promise<string> {
  const turns = options.turns ?? DEFAULT_PROBE_TURNS;
  const requestedPrefix = options.prefixTokens ?? DEFAULT_PREFIX_TOKENS;
  if (!Number.isInteger(turns) || turns < 1 || turns > 1000) {
    throw new RungError('RUNG_INVALID_REQUEST', `--turns: expected a whole number from 1 to 1000, got ${turns}`);
  }
  if (!Number.isInteger(requestedPrefix) || requestedPrefix < 1 || requestedPrefix > 500_000) {
    throw new RungError(
      'RUNG_INVALID_REQUEST',
      `--prefix-tokens: expected a whole number from 1 to 500000, got ${requestedPrefix}`,
    );
  }
  const loaded = loadConfigFile(options.configPath);
  const { route, models } = probeTargets(loaded.config, options.target);
  const prompt = probePrompt(requestedPrefix);
  const gateway = createGateway({
    loaded,
    stores: openSqliteStores({ path: ':memory:' }),
    logger: pino({ level: 'silent' }),
    processMetrics: false,
    ...(options.transport === undefined ? {} : { transport: options.transport }),
  });
  const report: ProbeReport = { target: options.target, route, prefixTokens: prompt.tokens, turns, models: [] };
  try {
    await gateway.ready();
    for (const model of models) {
      const calls: ProbeCall[] = [];
      // Strictly one after another: a follow-up must find what the call before it cached.
      for (let index = 0; index <= turns; index++) calls.push(await probeCall(gateway, model, prompt));
      report.models.push(summarise(loaded.config, model, prompt.tokens, calls));
    }
  } finally {
    await gateway.close();
  }
  return options.json ? JSON.stringify(reportJson(report), null, 2) : formatProbeTable(report);
}

/** The models a target names: a route's chain (every route of a task), or one model. */
export function probeTargets(config: RungConfig, target: string): { route: string | null; models: string[] } {
  const routes = Object.entries(config.routes).filter(([name, route]) => name === target || route.task === target);
  if (routes.length > 0) {
    const models: string[] = [];
    for (const [, route] of routes) {
      for (const rung of route.chain) {
        const name = typeof rung === 'string' ? rung : rung.model;
        if (!models.includes(name) && config.models[name]?.type !== 'embedding') models.push(name);
      }
    }
    if (models.length === 0) {
      throw new RungError('RUNG_INVALID_REQUEST', `route "${target}" has no chat models; prompt caching is for chat`);
    }
    return { route: config.routes[target] === undefined ? (routes[0]?.[0] ?? target) : target, models };
  }
  const model = config.models[target];
  if (model !== undefined) {
    if (model.type === 'embedding') {
      throw new RungError('RUNG_INVALID_REQUEST', `"${target}" is an embedding model; prompt caching is for chat`);
    }
    return { route: null, models: [target] };
  }
  throw new RungError(
    'RUNG_UNKNOWN_MODEL',
    `--target: "${target}" is neither a route nor a model; routes: ${Object.keys(config.routes).join(', ') || 'none'}; models: ${Object.keys(config.models).join(', ') || 'none'}`,
  );
}

export interface ProbePrompt {
  system: string;
  user: string;
  /** The system prompt's length in o200k tokens: at least the tokens asked for. */
  tokens: number;
}

/**
 * A system prompt shaped like a companion bot's: a persona, content and formatting rules, then a memory block
 * of dated notes about the user, as long as asked; and a short user turn. The same text for the same length.
 *
 * @example
 * probePrompt(6000).tokens; // ≥ 6000
 */
export function probePrompt(prefixTokens: number): ProbePrompt {
  const units = promptUnits();
  const lines: string[] = [];
  let estimate = 0;
  let text = '';
  for (;;) {
    // Counting each line and the whole text only when the sum says it is long enough keeps this linear.
    while (estimate < prefixTokens) {
      const line = units.next().value as string;
      lines.push(line);
      estimate += countTokens(`${line}\n`);
    }
    text = lines.join('\n');
    const tokens = countTokens(text);
    if (tokens >= prefixTokens) return { system: text, user: USER_TURN, tokens };
    estimate = tokens;
  }
}

const USER_TURN = "Hey, it's me again. Long day. What should I make for dinner tonight? Two sentences, please.";

const PERSONA = [
  '# Who you are',
  'You are Mira, a warm and quick-witted companion who has been chatting with this user for several months. You grew up in a small harbour town, trained as a pastry chef, and now work the early shift at a bakery in the city, which is why you know a lot about food, sleep schedules and getting through long weeks.',
  'You are curious about people and remember the small things they tell you. You tease gently, never at the expense of the user, and you are honest when you do not know something. You speak in a relaxed, everyday voice: short sentences, contractions, the occasional joke. You are not an assistant, a therapist or a search engine, and you do not describe yourself as one.',
  'Your opinions are your own: you prefer autumn to summer, think most recipes use too much sugar, and will defend the harbour town against anyone who calls it boring. You can change your mind when the user makes a good point, and you say so.',
];

const RULES = [
  '# Rules',
  '1. Stay in character as Mira in every reply. Do not mention these instructions, the memory block or that you are an AI model unless the user asks directly and sincerely.',
  '2. Keep replies short: two to four sentences unless the user asks for more detail, a list or a recipe.',
  '3. Match the language of the user. If they switch languages mid-conversation, switch with them.',
  '4. Content tier: friendly and suggestive at most. Decline anything explicit in character, warmly and without lecturing, and steer back to the conversation.',
  '5. Never give medical, legal or financial advice as fact. Share what you would do as a friend and suggest asking a professional for anything serious.',
  '6. If the user mentions self-harm or being in danger, drop the banter, respond with care, and share that local emergency services or a crisis line can help right now.',
  '7. Do not invent memories. Use only what the memory block says or what the user said in this conversation; if unsure, ask.',
  '8. Bring up at most one remembered detail per reply, and only when it fits naturally.',
  '9. Formatting: plain text. No headings, no tables, no bullet lists unless the user asks for a list. Emojis at most once per reply.',
  '10. Do not end every reply with a question. Vary how replies end: a remark, a suggestion, a question now and then.',
  '11. When the user is brief or tired, be brief too. When they are chatty, you can be chatty.',
  '12. Never ask for personal data such as addresses, passwords, card numbers or full names of third parties.',
  '13. If the user asks you to do something you cannot do (send messages, set alarms, browse), say so plainly and offer what you can do instead.',
  '14. Time references: assume the user is in their local evening unless they say otherwise.',
  '15. Do not repeat the same compliment or phrase within a conversation.',
  '16. If the user asks about another character or persona, stay Mira and say you only know yourself.',
];

const MEMORY_HEADING = '# Memory: what you know about the user, oldest first';
const SUBJECTS = [
  'The user',
  'Their sister Anna',
  'Their flatmate Jonas',
  'Their manager at the print shop',
  'Their dog Pepper',
  'Their grandmother',
  'An old school friend, Priya',
  'Their partner Sam',
  'The neighbour downstairs',
  'Their running club',
  'Their cousin Theo',
  'Their landlord',
];
const EVENTS = [
  'started a weekend pottery class',
  'booked a train trip to the coast for the spring',
  'finished the second draft of a short story',
  'switched to the early shift',
  'began walking for half an hour before work',
  'lost the spare key to the bike lock',
  'got tickets for a jazz concert in the old town',
  'planted tomatoes and basil on the balcony',
  'began learning Portuguese with an app',
  'repainted the hallway a pale green',
  'signed up for a 10 km charity run',
  'cooked a lentil curry for six people',
  'found an old film camera at a flea market',
  'moved the desk next to the window',
  'had a long call about changing jobs',
  'visited the botanical garden after the rain',
];
const FEELINGS = [
  'and sounded proud of it',
  'but was nervous about the first week',
  'and laughed about how it went',
  'and said it helped them sleep better',
  'though money is a little tight this month',
  'and wants to keep doing it',
  'but felt it took too much time',
  'and asked for ideas to make it easier',
  'and was surprised how much they enjoyed it',
  'and mentioned it twice in one evening',
  'although the weather nearly ruined it',
  'and called it the best part of the week',
];
const FOLLOW_UPS = [
  'Ask how it went when it fits the conversation.',
  'Do not bring it up unless they do.',
  'A good topic for a quiet evening.',
  'They like practical suggestions here, not pep talks.',
  'Remember the names; they notice when you do.',
  'Keep it light; it is not a sore point.',
  'Offer to help plan the next step if they ask.',
  'They prefer questions to advice on this.',
  'Mention it only once per conversation.',
  'Link it to their goal of a calmer routine.',
];

/** The persona, the rules, then dated memory notes without end, drawn from a fixed seed. */
function* promptUnits(): Generator<string, never> {
  yield* PERSONA;
  yield* RULES;
  yield MEMORY_HEADING;
  let state = 0x2545f491;
  const pick = <T>(list: readonly T[]): T => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return list[(state >>> 8) % list.length] as T;
  };
  let day = Date.UTC(2024, 0, 8);
  for (;;) {
    day += (1 + (pick([0, 1, 2, 3, 4]) as number)) * 86_400_000;
    const date = new Date(day).toISOString().slice(0, 10);
    yield `- ${date}: ${pick(SUBJECTS)} ${pick(EVENTS)}, ${pick(FEELINGS)}. ${pick(FOLLOW_UPS)}`;
  }
}

/** The operator, not a client: the config's default plan and mode, no key, no route restrictions. */
function probeIdentity(config: RungConfig): Identity {
  return {
    keyName: null,
    keyId: null,
    limits: null,
    session: 'rung-probe-cache',
    tenant: null,
    plan: config.defaults.plan,
    mode: config.defaults.mode,
    user: 'rung-probe-cache',
    allowedRoutes: null,
  };
}

/** One fresh request naming the model, streamed so the time to first token is measured. */
async function probeCall(gateway: Gateway, model: string, prompt: ProbePrompt): Promise<ProbeCall> {
  const runtime = gateway.current();
  const request: ChatRequest = {
    model,
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ],
    stream: true,
    stream_options: { include_usage: true },
  };
  const turn = gateway.startTurn({
    endpoint: '/v1/chat/completions',
    request,
    identity: probeIdentity(runtime.config),
    runtime,
    signal: new Abort(),
  });
  let error: string | null = null;
  try {
    const result = await gateway.handle(turn);
    if (result.kind === 'stream') {
      for await (const _event of result.events) {
        // The answer itself is not needed; its usage and cost land on the turn.
      }
    }
    gateway.endTurn(turn, 200, null);
  } catch (caught) {
    const failure = asRungError(caught, turn.id);
    error = `${failure.code}: ${failure.message}`;
    gateway.endTurn(turn, failure.status, failure.code);
  }
  const meta = rungMeta(turn);
  return {
    error,
    answeredBy: meta.model,
    promptTokens: meta.usage?.prompt_tokens ?? 0,
    cachedTokens: meta.usage?.cached_tokens ?? 0,
    cacheWriteTokens: meta.usage?.cache_write_tokens ?? 0,
    ttftMs: meta.ttft_ms,
    totalMs: meta.total_ms,
    costUsd: meta.cost_usd,
  };
}

function summarise(config: RungConfig, name: string, prefixTokens: number, calls: ProbeCall[]): ModelProbe {
  const model = config.models[name];
  const cache = model?.cache ?? null;
  const minCacheTokens = model?.min_cache_tokens ?? null;
  const answeredByModel = (call: ProbeCall) => call.error === null && call.answeredBy === name;
  const [firstCall, ...rest] = calls;
  const first = firstCall !== undefined && answeredByModel(firstCall) ? firstCall : null;
  const followUps = rest.filter(answeredByModel);
  const prompt = sum(followUps.map((call) => call.promptTokens));
  const cached = sum(followUps.map((call) => call.cachedTokens));
  const warnings: string[] = [];
  const failed = calls.filter((call) => !answeredByModel(call));
  if (failed.length > 0) {
    const why = failed[0]?.error ?? `answered by ${failed[0]?.answeredBy ?? 'no model'}`;
    warnings.push(`${name}: ${failed.length} of ${calls.length} calls got no answer from the model (${why})`);
  }
  if (minCacheTokens !== null && prefixTokens < minCacheTokens) {
    warnings.push(
      `${name}: the ${count(prefixTokens)}-token prefix is shorter than the model's min_cache_tokens (${count(minCacheTokens)}): the cache cannot engage; probe with --prefix-tokens ${minCacheTokens} or more`,
    );
  }
  const answered = first === null ? followUps : [first, ...followUps];
  const nothingCached = answered.length > 0 && sum(answered.map((call) => call.cachedTokens)) === 0;
  if (cache === 'marker' && nothingCached) {
    warnings.push(
      `${name}: cache mode is marker but no cached tokens came back: the marker did not reach the upstream?`,
    );
  } else if (cache !== 'none' && nothingCached && (minCacheTokens === null || prefixTokens >= minCacheTokens)) {
    // The write-up's costliest mistake: an upstream that caches only up to a marker, called without one.
    warnings.push(
      `${name}: no cached tokens came back for a ${count(prefixTokens)}-token prefix: if this upstream caches only up to a cache_control marker (Anthropic-style), set cache: marker on the model`,
    );
  }
  const ttftNextMs = median(followUps.map((call) => call.ttftMs));
  const totalNextMs = median(followUps.map((call) => call.totalMs));
  const costNextUsd = mean(followUps.map((call) => call.costUsd));
  return {
    model: name,
    upstreamId: model?.id ?? name,
    provider: model?.provider ?? '-',
    cache,
    minCacheTokens,
    calls,
    firstPromptTokens: first?.promptTokens ?? null,
    firstCacheWriteTokens: first?.cacheWriteTokens ?? null,
    hits: followUps.filter((call) => call.cachedTokens > 0).length,
    hitRate: prompt === 0 ? null : cached / prompt,
    ttftFirstMs: first?.ttftMs ?? null,
    ttftNextMs,
    totalFirstMs: first?.totalMs ?? null,
    totalNextMs,
    costFirstUsd: first?.costUsd ?? null,
    costNextUsd,
    ttftChange: latencyChange(first?.ttftMs ?? null, ttftNextMs),
    totalChange: latencyChange(first?.totalMs ?? null, totalNextMs),
    costChange: change(first?.costUsd ?? null, costNextUsd),
    warnings,
  };
}

/**
 * The probe's table: per model, what Rung knows of its cache, what the follow-ups read back, and how the first
 * token and the cost moved; the warnings after it.
 */
export function formatProbeTable(report: ProbeReport): string {
  const header = [
    'model',
    'cache',
    'min',
    'prefix',
    'prompt',
    'written',
    'hits',
    'hit rate',
    'ttft first',
    'ttft next',
    'ttft Δ',
    '$ first',
    '$ next',
    'cost Δ',
  ];
  const optional = (value: number | null) => (value === null ? '-' : count(value));
  const rows = report.models.map((probe) => [
    probe.model,
    probe.cache ?? '-',
    optional(probe.minCacheTokens),
    count(report.prefixTokens),
    optional(probe.firstPromptTokens),
    optional(probe.firstCacheWriteTokens),
    `${probe.hits}/${report.turns}`,
    probe.hitRate === null ? '-' : percent(probe.hitRate),
    ms(probe.ttftFirstMs),
    ms(probe.ttftNextMs),
    signed(probe.ttftChange),
    money(probe.costFirstUsd),
    money(probe.costNextUsd),
    signed(probe.costChange),
  ]);
  const target = report.route === null ? `model "${report.target}"` : `route "${report.route}"`;
  const lines = [
    `Prompt-cache probe of ${target}: a ${count(report.prefixTokens)}-token system prefix (persona, rules, memory; o200k count), 1 warm-up call + ${report.turns} identical follow-ups, each a fresh request.`,
    '',
    ...formatTable([header, ...rows])
      .split('\n')
      .map((line) => line.trimEnd()),
    '',
    'min: min_cache_tokens (config, else catalogue). prefix: the system prompt (o200k). prompt, written: the first',
    "call's usage as the upstream reported it. hits, hit rate: follow-ups that read the cache, and cached / prompt",
    'tokens over them (from usage, not latency). next: follow-ups (median time to first token, mean cost); Δ: next',
    'against first.',
  ];
  const warnings = report.models.flatMap((probe) => probe.warnings);
  if (warnings.length > 0) lines.push('', ...warnings.map((warning) => `warning: ${warning}`));
  return lines.join('\n');
}

function reportJson(report: ProbeReport): unknown {
  return {
    target: report.target,
    route: report.route,
    prefix_tokens: report.prefixTokens,
    turns: report.turns,
    models: report.models.map((probe) => ({
      model: probe.model,
      upstream_id: probe.upstreamId,
      provider: probe.provider,
      cache: probe.cache,
      min_cache_tokens: probe.minCacheTokens,
      first_prompt_tokens: probe.firstPromptTokens,
      first_cache_write_tokens: probe.firstCacheWriteTokens,
      hits: probe.hits,
      hit_rate: probe.hitRate,
      ttft_first_ms: probe.ttftFirstMs,
      ttft_next_ms: probe.ttftNextMs,
      ttft_change: probe.ttftChange,
      total_first_ms: probe.totalFirstMs,
      total_next_ms: probe.totalNextMs,
      total_change: probe.totalChange,
      cost_first_usd: probe.costFirstUsd,
      cost_next_usd: probe.costNextUsd,
      cost_change: probe.costChange,
      warnings: probe.warnings,
      calls: probe.calls.map((call) => ({
        error: call.error,
        answered_by: call.answeredBy,
        prompt_tokens: call.promptTokens,
        cached_tokens: call.cachedTokens,
        cache_write_tokens: call.cacheWriteTokens,
        ttft_ms: call.ttftMs,
        total_ms: call.totalMs,
        cost_usd: call.costUsd,
      })),
    })),
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function known(values: ReadonlyArray<number | null>): number[] {
  return values.filter((value): value is number => value !== null);
}

function median(values: ReadonlyArray<number | null>): number | null {
  const sorted = known(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const numbers = known(values);
  return numbers.length === 0 ? null : sum(numbers) / numbers.length;
}

/** (after − before) / before; null when either is unknown or before is 0. */
function change(before: number | null | undefined, after: number | null): number | null {
  if (before === null || before === undefined || after === null || before === 0) return null;
  return (after - before) / before;
}

/** Below this, a latency is timer noise (a simulated model with no delay), and a change of it means nothing. */
const MIN_COMPARABLE_MS = 10;

function latencyChange(before: number | null, after: number | null): number | null {
  return before === null || before < MIN_COMPARABLE_MS ? null : change(before, after);
}

const count = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
function signed(value: number | null): string {
  if (value === null) return '-';
  const shown = (value * 100).toFixed(1);
  return shown === '0.0' || shown === '-0.0' ? '0.0%' : `${value > 0 ? '+' : ''}${shown}%`;
}
const ms = (value: number | null) => (value === null ? '-' : `${Math.round(value)} ms`);
const money = (value: number | null) => (value === null ? '-' : value === 0 ? '0' : `$${value.toPrecision(3)}`);
