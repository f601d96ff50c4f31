/**
 * Looks models up in the built-in catalogue and fills in what a config model leaves out: its price, context
 * window, output limit and prompt-cache behaviour. The config always wins, field by field.
 *
 * This layer sits below `config` (it imports nothing from it), so the config loader may call it: a config
 * model is taken structurally, and whatever else it carries passes through untouched.
 */
import { CATALOGUE, type CacheMode, type CatalogueEntry, type CataloguePrice } from './catalogue-data.js';

export {
  CATALOGUE,
  CATALOGUE_AS_OF,
  type CacheMode,
  type CatalogueEntry,
  type CataloguePrice,
} from './catalogue-data.js';

/** The fields of a config model the catalogue can fill. */
export interface CatalogueModelInput {
  /** The upstream's model id, e.g. `gpt-4o-mini` or `openai/gpt-4o-mini`. */
  id: string;
  price?: CataloguePrice | undefined;
  context_window?: number | undefined;
  max_output_tokens?: number | undefined;
  cache?: CacheMode | undefined;
  min_cache_tokens?: number | undefined;
}

/** Where a model's price comes from: its config, the catalogue, or nowhere (its calls go unpriced). */
export type PriceSource = 'config' | 'catalogue' | null;

/** A field the catalogue filled in (`price` = the whole price; `price.cached_input` = one rate in it). */
export type CatalogueField =
  | 'price'
  | 'price.cached_input'
  | 'price.cache_write'
  | 'context_window'
  | 'max_output_tokens'
  | 'cache'
  | 'min_cache_tokens';

export type EffectiveModel<M extends CatalogueModelInput = CatalogueModelInput> = M & {
  price?: CataloguePrice;
  context_window?: number;
  max_output_tokens?: number;
  cache?: CacheMode;
  min_cache_tokens?: number;
  priceSource: PriceSource;
  /** The catalogue entry that matched, or null. */
  catalogueId: string | null;
  /** What came from the catalogue rather than the config. */
  fromCatalogue: readonly CatalogueField[];
};

/** Every id and alias, lower-cased, to its entries (several when hosts share an id). */
const INDEX: ReadonlyMap<string, readonly CatalogueEntry[]> = (() => {
  const index = new Map<string, CatalogueEntry[]>();
  for (const entry of CATALOGUE) {
    for (const key of [entry.id, ...entry.aliases]) {
      const lower = key.toLowerCase();
      const list = index.get(lower);
      if (list === undefined) index.set(lower, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  }
  return index;
})();

/**
 * The catalogue entry for a model id: the exact id or a known alias (a dated snapshot, an OpenRouter spelling),
 * then the same with leading `vendor/` segments dropped. Case does not matter. With `host` (see `providerHost`),
 * entries priced for another host of an open-weight model are skipped. Null when unknown.
 *
 * @example
 * catalogueEntry('openai/gpt-4o-mini')?.price; // { input: 0.15, output: 0.6, cached_input: 0.075 }
 * catalogueEntry('claude-3-5-haiku-20241022')?.id; // 'claude-3-5-haiku-latest'
 * catalogueEntry('qwen/qwen3-32b', { host: 'openrouter' }); // null: that price is Groq's
 */
export function catalogueEntry(id: string, options: { host?: string | null } = {}): CatalogueEntry | null {
  const host = options.host ?? null;
  const accepts = (entry: CatalogueEntry) => host === null || entry.host === undefined || entry.host === host;
  let candidate = id.trim().toLowerCase();
  for (;;) {
    const found = INDEX.get(candidate)?.find(accepts);
    if (found !== undefined) return found;
    const slash = candidate.indexOf('/');
    if (slash === -1) return null;
    candidate = candidate.slice(slash + 1);
  }
}

/**
 * The host a provider's catalogue prices should come from: an OpenAI-compatible provider's preset (`groq`,
 * `openrouter`...), else the provider kind (`anthropic`, `gemini`, `simulator`). Null for an OpenAI-compatible
 * provider with a plain base_url: any entry may match.
 *
 * @example
 * providerHost({ kind: 'openai-compatible', preset: 'groq' }); // 'groq'
 */
export function providerHost(provider: { kind: string; preset?: string | undefined } | undefined): string | null {
  if (provider === undefined) return null;
  if (provider.kind === 'openai-compatible') return provider.preset ?? null;
  return provider.kind;
}

// Prices are per million tokens; keep nine decimals so scaled rates print and sum cleanly.
const roundRate = (value: number) => Math.round(value * 1e9) / 1e9;

function mergePrice(
  own: CataloguePrice | undefined,
  listed: CataloguePrice,
  filled: CatalogueField[],
): { price: CataloguePrice; source: 'config' | 'catalogue' } {
  if (own === undefined) {
    filled.push('price');
    return { price: { ...listed }, source: 'catalogue' };
  }
  const price: CataloguePrice = { ...own };
  // A cache discount is the seller's ratio to its own input price. A config that sets its own input price (another
  // host, a negotiated rate) keeps that ratio, so a cached rate is never copied above the input it discounts.
  const scale = listed.input > 0 ? own.input / listed.input : 1;
  if (price.cached_input === undefined && listed.cached_input !== undefined) {
    price.cached_input = roundRate(listed.cached_input * scale);
    filled.push('price.cached_input');
  }
  if (price.cache_write === undefined && listed.cache_write !== undefined) {
    price.cache_write = roundRate(listed.cache_write * scale);
    filled.push('price.cache_write');
  }
  return { price, source: 'config' };
}

/**
 * The model as Rung should use it: the config's fields, and for each one it leaves out (price, context_window,
 * max_output_tokens, cache, min_cache_tokens; and inside a configured price, cached_input and cache_write) the
 * catalogue's. Pure; the input is not changed. Calling it on its own result returns that result.
 *
 * @example
 * const model = effectiveModel({ provider: 'openai', id: 'gpt-4o-mini', type: 'chat' });
 * model.price; // { input: 0.15, output: 0.6, cached_input: 0.075 }
 * model.priceSource; // 'catalogue'
 * effectiveModel({ id: 'gpt-4o-mini', price: { input: 0.3, output: 1.2 } }).price;
 * // { input: 0.3, output: 1.2, cached_input: 0.15 } — the catalogue's 50% cache discount, on the config's price
 */
export function effectiveModel<M extends CatalogueModelInput>(
  model: M,
  options: { host?: string | null } = {},
): EffectiveModel<M> {
  if ('priceSource' in model && 'fromCatalogue' in model) return model as EffectiveModel<M>;
  const entry = catalogueEntry(model.id, options);
  if (entry === null) {
    return {
      ...model,
      priceSource: model.price === undefined ? null : 'config',
      catalogueId: null,
      fromCatalogue: [],
    } as EffectiveModel<M>;
  }
  const filled: CatalogueField[] = [];
  const { price, source } = mergePrice(model.price, entry.price, filled);
  const limits: Pick<CatalogueEntry, 'context_window' | 'max_output_tokens' | 'cache' | 'min_cache_tokens'> = {
    cache: model.cache ?? entry.cache,
  };
  if (model.context_window === undefined && entry.context_window !== undefined) {
    limits.context_window = entry.context_window;
    filled.push('context_window');
  }
  if (model.max_output_tokens === undefined && entry.max_output_tokens !== undefined) {
    limits.max_output_tokens = entry.max_output_tokens;
    filled.push('max_output_tokens');
  }
  if (model.cache === undefined) filled.push('cache');
  if (model.min_cache_tokens === undefined && entry.min_cache_tokens !== undefined) {
    limits.min_cache_tokens = entry.min_cache_tokens;
    filled.push('min_cache_tokens');
  }
  return { ...model, ...limits, price, priceSource: source, catalogueId: entry.id, fromCatalogue: filled };
}
