/**
 * The built-in model catalogue: list prices (USD per million tokens), context windows, output limits and how
 * each model caches prompts. One table per seller, one row per model, so a price change is a one-line diff.
 *
 * Prices are the seller's standard (non-batch, non-priority) list prices on CATALOGUE_AS_OF, for prompts in the
 * lowest length tier; a row's note says when a longer prompt is billed higher. They go stale: a config's own
 * `price` always wins, field by field. Models released after that date are missing; add them in config.
 */

/** The day the prices and limits below were taken from the sellers' pages. */
export const CATALOGUE_AS_OF = '2025-12-01';

/**
 * How a model reuses a prompt prefix: `automatic` (the upstream caches prefixes by itself, e.g. OpenAI,
 * DeepSeek, Gemini 2.5), `marker` (only prefixes the request marks, e.g. Anthropic `cache_control`), `none`.
 */
export type CacheMode = 'automatic' | 'marker' | 'none';

export interface CataloguePrice {
  input: number;
  output: number;
  /** Cached (cache-hit) input tokens; absent = the seller has no discount. */
  cached_input?: number;
  /** Tokens written to the cache; absent = writing costs the plain input price. */
  cache_write?: number;
}

export interface CatalogueEntry {
  /** The id the seller's API knows. */
  id: string;
  /** Who sells it at this price (the API it is called on). */
  vendor: string;
  type: 'chat' | 'embedding';
  price: CataloguePrice;
  /** Prompt plus output tokens (for embeddings: the longest input). */
  context_window?: number;
  max_output_tokens?: number;
  cache: CacheMode;
  /** Shortest prefix the upstream caches; absent = not published. */
  min_cache_tokens?: number;
  /** Other ids for the same model at the same price: dated snapshots, OpenRouter spellings. */
  aliases: readonly string[];
  /**
   * Set when the price belongs to one host of an open-weight model (groq, together, deepseek): an aggregator
   * such as OpenRouter may route the same id to another host at another price, so a lookup that names a
   * different host does not match. Absent = the model's own maker, priced the same wherever it is resold.
   */
  host?: string;
  /** What the price table cannot say: long-prompt tiers, retirement. */
  note?: string;
  /** Where the row's figures come from. */
  source: string;
}

/**
 * One row: id, prices (input, output, cached input, cache write), limits, cache behaviour, aliases, note.
 * `_` marks a figure the seller does not publish or does not charge separately.
 */
type Row = readonly [
  id: string,
  input: number,
  output: number,
  cachedInput: number | null,
  cacheWrite: number | null,
  contextWindow: number | null,
  maxOutputTokens: number | null,
  cache: CacheMode,
  minCacheTokens: number | null,
  aliases?: readonly string[],
  note?: string,
];

interface Table {
  vendor: string;
  type: 'chat' | 'embedding';
  host?: string;
  source: string;
  rows: readonly Row[];
}

const _ = null;
const auto = 'automatic';
const marker = 'marker';
const none = 'none';

const OPENAI_SOURCE =
  'https://platform.openai.com/docs/pricing (Standard tier); cached input is 50% off (gpt-4o, o3-mini), 75% off (gpt-4.1, o3, o4-mini), 90% off (gpt-5); prompts from 1,024 tokens are cached automatically';

const ANTHROPIC_SOURCE =
  'https://docs.anthropic.com/en/docs/about-claude/pricing; cache write = 5-minute write (1.25x input), cached = cache hit (0.1x input); minimum cacheable prompt from the prompt-caching guide';

const GOOGLE_SOURCE =
  'https://ai.google.dev/gemini-api/docs/pricing (paid tier, text/image/video input, prompts up to 200K tokens); cached = context-caching price, storage billed apart; minimums from https://ai.google.dev/gemini-api/docs/caching (page of 2026-07)';

const TABLES: readonly Table[] = [
  {
    vendor: 'openai',
    type: 'chat',
    source: OPENAI_SOURCE,
    // biome-ignore format: a table reads better aligned
    rows: [
      // id               input   output  cached   write  context     max out  cache   min    aliases
      ['gpt-5.1',         1.25,   10,     0.125,   _,     400_000,    128_000, auto,   1024,  ['gpt-5.1-2025-11-13']],
      ['gpt-5',           1.25,   10,     0.125,   _,     400_000,    128_000, auto,   1024,  ['gpt-5-2025-08-07']],
      ['gpt-5-mini',      0.25,   2,      0.025,   _,     400_000,    128_000, auto,   1024,  ['gpt-5-mini-2025-08-07']],
      ['gpt-5-nano',      0.05,   0.4,    0.005,   _,     400_000,    128_000, auto,   1024,  ['gpt-5-nano-2025-08-07']],
      ['gpt-4.1',         2,      8,      0.5,     _,     1_047_576,  32_768,  auto,   1024,  ['gpt-4.1-2025-04-14']],
      ['gpt-4.1-mini',    0.4,    1.6,    0.1,     _,     1_047_576,  32_768,  auto,   1024,  ['gpt-4.1-mini-2025-04-14']],
      ['gpt-4.1-nano',    0.1,    0.4,    0.025,   _,     1_047_576,  32_768,  auto,   1024,  ['gpt-4.1-nano-2025-04-14']],
      ['gpt-4o',          2.5,    10,     1.25,    _,     128_000,    16_384,  auto,   1024,  ['gpt-4o-2024-08-06', 'gpt-4o-2024-11-20']],
      ['gpt-4o-mini',     0.15,   0.6,    0.075,   _,     128_000,    16_384,  auto,   1024,  ['gpt-4o-mini-2024-07-18']],
      ['o3',              2,      8,      0.5,     _,     200_000,    100_000, auto,   1024,  ['o3-2025-04-16']],
      ['o4-mini',         1.1,    4.4,    0.275,   _,     200_000,    100_000, auto,   1024,  ['o4-mini-2025-04-16']],
      ['o3-mini',         1.1,    4.4,    0.55,    _,     200_000,    100_000, auto,   1024,  ['o3-mini-2025-01-31']],
    ],
  },
  {
    vendor: 'openai',
    type: 'embedding',
    source: OPENAI_SOURCE,
    // biome-ignore format: a table reads better aligned
    rows: [
      ['text-embedding-3-small', 0.02, 0,  _, _, 8_191, _, none, _],
      ['text-embedding-3-large', 0.13, 0,  _, _, 8_191, _, none, _],
      ['text-embedding-ada-002', 0.1,  0,  _, _, 8_191, _, none, _],
    ],
  },
  {
    vendor: 'anthropic',
    type: 'chat',
    source: ANTHROPIC_SOURCE,
    // biome-ignore format: a table reads better aligned
    rows: [
      // id                        input  output  cached  write   context  max out  cache    min   aliases
      ['claude-opus-4-5',          5,     25,     0.5,    6.25,   200_000, 64_000,  marker,  4096, ['claude-opus-4-5-20251101', 'claude-opus-4.5']],
      ['claude-opus-4-1',          15,    75,     1.5,    18.75,  200_000, 32_000,  marker,  1024, ['claude-opus-4-1-20250805', 'claude-opus-4.1']],
      ['claude-opus-4-0',          15,    75,     1.5,    18.75,  200_000, 32_000,  marker,  1024, ['claude-opus-4-20250514', 'claude-opus-4']],
      ['claude-sonnet-4-5',        3,     15,     0.3,    3.75,   200_000, 64_000,  marker,  1024, ['claude-sonnet-4-5-20250929', 'claude-sonnet-4.5'], 'prompts over 200K tokens (1M-context beta): $6 in / $22.50 out'],
      ['claude-sonnet-4-0',        3,     15,     0.3,    3.75,   200_000, 64_000,  marker,  1024, ['claude-sonnet-4-20250514', 'claude-sonnet-4'], 'prompts over 200K tokens (1M-context beta): $6 in / $22.50 out'],
      ['claude-3-7-sonnet-latest', 3,     15,     0.3,    3.75,   200_000, 64_000,  marker,  1024, ['claude-3-7-sonnet-20250219', 'claude-3.7-sonnet'], 'deprecated'],
      ['claude-haiku-4-5',         1,     5,      0.1,    1.25,   200_000, 64_000,  marker,  4096, ['claude-haiku-4-5-20251001', 'claude-haiku-4.5']],
      ['claude-3-5-haiku-latest',  0.8,   4,      0.08,   1,      200_000, 8_192,   marker,  2048, ['claude-3-5-haiku-20241022', 'claude-3.5-haiku'], 'deprecated'],
      ['claude-3-haiku-20240307',  0.25,  1.25,   0.03,   0.3,    200_000, 4_096,   marker,  2048, ['claude-3-haiku']],
    ],
  },
  {
    vendor: 'google',
    type: 'chat',
    source: GOOGLE_SOURCE,
    // biome-ignore format: a table reads better aligned
    rows: [
      // id                     input  output  cached  write  context    max out  cache  min   aliases                        note
      ['gemini-2.5-pro',        1.25,  10,     0.125,  _,     1_048_576, 65_536,  auto,  2048, [],                            'prompts over 200K tokens: $2.50 in / $15 out / $0.25 cached'],
      ['gemini-2.5-flash',      0.3,   2.5,    0.03,   _,     1_048_576, 65_536,  auto,  2048, [],                            'audio input $1.00'],
      ['gemini-2.5-flash-lite', 0.1,   0.4,    0.01,   _,     1_048_576, 65_536,  auto,  _,    [],                            'audio input $0.30'],
      ['gemini-2.0-flash',      0.1,   0.4,    0.025,  _,     1_048_576, 8_192,   none,  _,    ['gemini-2.0-flash-001'],      'cached price applies to explicit caches only'],
      ['gemini-2.0-flash-lite', 0.075, 0.3,    _,      _,     1_048_576, 8_192,   none,  _,    ['gemini-2.0-flash-lite-001']],
    ],
  },
  {
    vendor: 'google',
    type: 'embedding',
    source: GOOGLE_SOURCE,
    // biome-ignore format: a table reads better aligned
    rows: [
      ['gemini-embedding-001', 0.15, 0, _, _, 2_048, _, none, _],
    ],
  },
  {
    vendor: 'deepseek',
    type: 'chat',
    host: 'deepseek',
    source:
      'https://api-docs.deepseek.com/quick_start/pricing (DeepSeek-V3.2 prices from 2025-09-29); cached = cache hit; the disk cache stores prefixes in 64-token units',
    // biome-ignore format: a table reads better aligned
    rows: [
      ['deepseek-chat',     0.28, 0.42, 0.028, _, 128_000, 8_192,  auto, 64],
      ['deepseek-reasoner', 0.28, 0.42, 0.028, _, 128_000, 65_536, auto, 64],
    ],
  },
  {
    vendor: 'xai',
    type: 'chat',
    source: 'https://docs.x.ai/docs/models (list prices); cached prompt tokens are discounted automatically',
    // biome-ignore format: a table reads better aligned
    rows: [
      // id                         input  output  cached  write  context    max out  cache  min  aliases          note
      ['grok-4',                    3,     15,     0.75,   _,     256_000,   _,       auto,  _,   ['grok-4-0709']],
      ['grok-4-fast-reasoning',     0.2,   0.5,    0.05,   _,     2_000_000, _,       auto,  _,   ['grok-4-fast'], 'prompts over 128K tokens: $0.40 in / $1.00 out'],
      ['grok-4-fast-non-reasoning', 0.2,   0.5,    0.05,   _,     2_000_000, _,       auto,  _,   [],              'prompts over 128K tokens: $0.40 in / $1.00 out'],
      ['grok-code-fast-1',          0.2,   1.5,    0.02,   _,     256_000,   _,       auto,  _],
      ['grok-3',                    3,     15,     0.75,   _,     131_072,   _,       auto,  _],
      ['grok-3-mini',               0.3,   0.5,    0.075,  _,     131_072,   _,       auto,  _],
    ],
  },
  {
    vendor: 'groq',
    type: 'chat',
    host: 'groq',
    source: 'https://groq.com/pricing (on-demand list prices); limits from https://console.groq.com/docs/models',
    // biome-ignore format: a table reads better aligned
    rows: [
      ['llama-3.3-70b-versatile',                       0.59, 0.79, _, _, 131_072, 32_768,  none, _],
      ['llama-3.1-8b-instant',                          0.05, 0.08, _, _, 131_072, 131_072, none, _],
      ['meta-llama/llama-4-scout-17b-16e-instruct',     0.11, 0.34, _, _, 131_072, 8_192,   none, _],
      ['meta-llama/llama-4-maverick-17b-128e-instruct', 0.2,  0.6,  _, _, 131_072, 8_192,   none, _],
      ['qwen/qwen3-32b',                                0.29, 0.59, _, _, 131_072, 40_960,  none, _],
    ],
  },
  {
    vendor: 'together',
    type: 'chat',
    host: 'together',
    source: 'https://www.together.ai/pricing (serverless list prices)',
    // biome-ignore format: a table reads better aligned
    rows: [
      ['meta-llama/Llama-3.3-70B-Instruct-Turbo',           0.88, 0.88, _, _, 131_072, _, none, _],
      ['meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo',       0.18, 0.18, _, _, 131_072, _, none, _],
      ['meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8', 0.27, 0.85, _, _, _,       _, none, _],
      ['meta-llama/Llama-4-Scout-17B-16E-Instruct',         0.18, 0.59, _, _, _,       _, none, _],
    ],
  },
  {
    vendor: 'mistral',
    type: 'chat',
    source:
      'https://mistral.ai/pricing (La Plateforme list prices); pinned ids only, since the -latest aliases move to newer models at other prices',
    // biome-ignore format: a table reads better aligned
    rows: [
      ['mistral-medium-2508', 0.4, 2,   _, _, 131_072, _, none, _, ['mistral-medium-2505']],
      ['mistral-small-2506',  0.1, 0.3, _, _, 131_072, _, none, _],
      ['mistral-large-2411',  2,   6,   _, _, 131_072, _, none, _],
      ['codestral-2508',      0.3, 0.9, _, _, 256_000, _, none, _],
      ['ministral-8b-2410',   0.1, 0.1, _, _, 131_072, _, none, _],
    ],
  },
  {
    vendor: 'mistral',
    type: 'embedding',
    source: 'https://mistral.ai/pricing (La Plateforme list prices)',
    // biome-ignore format: a table reads better aligned
    rows: [
      ['mistral-embed', 0.1, 0, _, _, 8_192, _, none, _],
    ],
  },
];

function toEntry(table: Table, row: Row): CatalogueEntry {
  const [id, input, output, cachedInput, cacheWrite, contextWindow, maxOutputTokens, cache, minCacheTokens] = row;
  const price: CataloguePrice = { input, output };
  if (cachedInput !== null) price.cached_input = cachedInput;
  if (cacheWrite !== null) price.cache_write = cacheWrite;
  const entry: CatalogueEntry = {
    id,
    vendor: table.vendor,
    type: table.type,
    price,
    cache,
    aliases: row[9] ?? [],
    source: table.source,
  };
  if (contextWindow !== null) entry.context_window = contextWindow;
  if (maxOutputTokens !== null) entry.max_output_tokens = maxOutputTokens;
  if (minCacheTokens !== null) entry.min_cache_tokens = minCacheTokens;
  if (table.host !== undefined) entry.host = table.host;
  if (row[10] !== undefined) entry.note = row[10];
  return entry;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Every built-in entry, in table order (sellers, then newest models first). */
export const CATALOGUE: readonly CatalogueEntry[] = deepFreeze(
  TABLES.flatMap((table) => table.rows.map((row) => toEntry(table, row))),
);
