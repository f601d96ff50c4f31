/**
 * Reads, interpolates and validates a config file. The result is deeply frozen: a running gateway swaps
 * whole configs, it never edits one in place.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { type CatalogueField, effectiveModel, type PriceSource, providerHost } from '../catalogue/model-catalogue.js';
import { RungError } from '../spec/errors.js';
import { interpolateEnv } from './interpolate-env.js';
import { configSchema, type RungConfig } from './schema.js';
import { validateReferences } from './validate-references.js';

export interface LoadedConfig {
  config: RungConfig;
  /** Absolute path of the file, or null for an in-memory config. */
  path: string | null;
  /** Directory relative paths in the config resolve against. */
  baseDir: string;
  /** Non-fatal findings, e.g. two adjacent rungs on one provider. */
  warnings: string[];
  /** Per model, where its price came from and which fields the built-in catalogue filled in. */
  catalogue: Readonly<Record<string, ModelOrigin>>;
}

export interface ModelOrigin {
  priceSource: PriceSource;
  catalogueId: string | null;
  fromCatalogue: readonly CatalogueField[];
}

/**
 * Fills what a model's config leaves out (prices, context window, cache mode) from the built-in catalogue;
 * the config wins field by field. The catalogue's output limit is information only: it never becomes the
 * cap sent upstream (64K for a Claude model would be refused once prompt + max_tokens pass its window).
 */
function withCatalogue(config: RungConfig): Record<string, ModelOrigin> {
  const origins: Record<string, ModelOrigin> = {};
  for (const [name, model] of Object.entries(config.models)) {
    const effective = effectiveModel(model, { host: providerHost(config.providers[model.provider]) });
    const filled = { ...model };
    if (effective.price !== undefined) filled.price = effective.price;
    if (effective.context_window !== undefined) filled.context_window = effective.context_window;
    if (effective.cache !== undefined) filled.cache = effective.cache;
    if (effective.min_cache_tokens !== undefined) filled.min_cache_tokens = effective.min_cache_tokens;
    config.models[name] = filled;
    origins[name] = {
      priceSource: effective.priceSource,
      catalogueId: effective.catalogueId,
      fromCatalogue: effective.fromCatalogue.filter((field) => field !== 'max_output_tokens'),
    };
  }
  return origins;
}

/** Formats a path like `routes.chat.chain[2].model`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

function formatIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

function configError(source: string, problems: string[]): RungError {
  const list = problems.map((problem) => `  - ${problem}`).join('\n');
  return new RungError('RUNG_CONFIG_INVALID', `invalid config ${source}:\n${list}`, {
    details: { problems },
  });
}

/** Budgets count money: a model with no price (config or catalogue) would spend without being counted. */
function unpricedWarnings(config: RungConfig): string[] {
  const budgets = config.budgets;
  const usd = (limits: { daily_usd?: number | undefined; monthly_usd?: number | undefined } | undefined) =>
    limits?.daily_usd !== undefined || limits?.monthly_usd !== undefined;
  const budgeted =
    usd(budgets.global) ||
    usd(budgets.tenant) ||
    usd(budgets.user) ||
    usd(budgets.key) ||
    Object.values(config.tenants).some(usd) ||
    Object.values(config.plans).some((plan) => plan.user_daily_usd !== undefined) ||
    config.auth.keys.some((key) => usd(key.limits));
  if (!budgeted) return [];
  return Object.entries(config.models)
    .filter(([, model]) => model.price === undefined)
    .map(
      ([name, model]) =>
        `models.${name}: no price in the config or the built-in catalogue for "${model.id}"; budgets count its calls as $0 — set price: { input, output }`,
    );
}

/**
 * Validates an already-parsed config object (YAML or JS).
 *
 * @example
 * const { config } = parseConfig({ providers: { sim: { kind: 'simulator' } }, models: {...}, routes: {...} });
 */
export function parseConfig(
  raw: unknown,
  options: { source?: string; env?: NodeJS.ProcessEnv; baseDir?: string } = {},
): LoadedConfig {
  const source = options.source ?? '(inline)';
  const interpolated = interpolateEnv(raw, options.env ?? process.env);
  if (interpolated.problems.length > 0) throw configError(source, interpolated.problems);
  const parsed = configSchema.safeParse(interpolated.value);
  if (!parsed.success) throw configError(source, formatIssues(parsed.error.issues));
  const { problems, warnings } = validateReferences(parsed.data);
  if (problems.length > 0) throw configError(source, problems);
  const catalogue = withCatalogue(parsed.data);
  warnings.push(...unpricedWarnings(parsed.data));
  return {
    catalogue,
    config: deepFreeze(parsed.data),
    path: null,
    baseDir: options.baseDir ?? process.cwd(),
    warnings,
  };
}

/**
 * Reads a YAML config file.
 *
 * @example
 * const { config, warnings } = loadConfigFile('config/simulator.yaml');
 */
export function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new RungError('RUNG_CONFIG_INVALID', `cannot read config ${absolute}: ${reason}`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message : String(error);
    throw new RungError('RUNG_CONFIG_INVALID', `invalid YAML in ${absolute}: ${message}`, { cause: error });
  }
  if (raw === null || typeof raw !== 'object') {
    throw configError(absolute, ['(root): expected a mapping with providers, models and routes']);
  }
  const loaded = parseConfig(raw, { source: absolute, env, baseDir: dirname(absolute) });
  return { ...loaded, path: absolute };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
