/**
 * `${NAME}` and `${NAME:-default}` in config strings are replaced from the environment. Substitution happens on
 * parsed values, never on YAML text, so a secret can never change the structure of the file. Values are never
 * echoed in errors: a problem names the path and the variable only.
 */
import { formatPath } from './load-config.js';

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export interface Interpolated {
  value: unknown;
  problems: string[];
}

export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv): Interpolated {
  const problems: string[] = [];
  const walk = (node: unknown, path: PropertyKey[]): unknown => {
    if (typeof node === 'string') {
      if (!node.includes('${')) return node;
      return node.replace(REFERENCE, (_match, variable: string, fallback: string | undefined) => {
        const found = env[variable];
        if (found !== undefined && found !== '') return found;
        if (fallback !== undefined) return fallback;
        problems.push(
          `${formatPath(path)}: environment variable ${variable} is not set (set it, or write \${${variable}:-default})`,
        );
        return '';
      });
    }
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...path, index]));
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) out[key] = walk(child, [...path, key]);
      return out;
    }
    return node;
  };
  return { value: walk(value, []), problems };
}
