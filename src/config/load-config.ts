/**
 * Reads, interpolates and validates a config file. The result is deeply frozen: a running gateway swaps
 * whole configs, it never edits one in place.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
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
  return {
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
