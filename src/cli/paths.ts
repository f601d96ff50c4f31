/**
 * Where the shipped files live, relative to the installed package.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the folder holding package.json, found from this file whether run from src or dist. */
export const PACKAGE_ROOT = (() => {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    if (existsSync(join(directory, 'package.json'))) return directory;
    directory = resolve(directory, '..');
  }
  return process.cwd();
})();

export const SHIPPED_CONFIGS = {
  simulator: join(PACKAGE_ROOT, 'config', 'simulator.yaml'),
  openrouter: join(PACKAGE_ROOT, 'config', 'openrouter.yaml'),
};

/**
 * The config `rung serve` uses when none is given: ./rung.yaml if present, else the shipped OpenRouter config
 * when OPENROUTER_API_KEY is set, else the simulator.
 */
export function defaultConfigPath(env: NodeJS.ProcessEnv): { path: string; why: string } {
  if (existsSync('rung.yaml')) return { path: resolve('rung.yaml'), why: 'found ./rung.yaml' };
  if (env.OPENROUTER_API_KEY) {
    return {
      path: SHIPPED_CONFIGS.openrouter,
      why: 'OPENROUTER_API_KEY is set: routing real traffic through OpenRouter',
    };
  }
  return {
    path: SHIPPED_CONFIGS.simulator,
    why: 'no OPENROUTER_API_KEY: using the built-in simulator (set the key to route real traffic)',
  };
}
