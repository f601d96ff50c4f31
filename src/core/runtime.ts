/**
 * A config compiled for serving: providers built, routes indexed by task, keys indexed by secret.
 * A reload builds a new Runtime and swaps it in whole; requests keep the runtime they started with.
 */
import { createHash } from 'node:crypto';
import type { LoadedConfig } from '../config/load-config.js';
import type { GatewayKeyConfig, ModelConfig, RouteConfig, RungConfig } from '../config/schema.js';
import { routeTask } from '../config/validate-references.js';
import { createProvider, type ProviderFactoryOptions } from '../providers/create-providers.js';
import type { Provider } from '../spec/provider.js';

export interface CompiledRoute {
  name: string;
  task: string;
  config: RouteConfig;
  plans: ReadonlySet<string> | null;
  modes: ReadonlySet<string> | null;
  /** Higher wins: plan and mode both given > plan only > mode only > neither. */
  specificity: number;
  order: number;
}

export interface Runtime {
  loaded: LoadedConfig;
  config: RungConfig;
  providers: ReadonlyMap<string, Provider>;
  models: ReadonlyMap<string, ModelConfig>;
  /** Routes per task, most specific first. */
  tasks: ReadonlyMap<string, readonly CompiledRoute[]>;
  /** Gateway keys by SHA-256 of the secret, so secrets are not kept as map keys. */
  keys: ReadonlyMap<string, GatewayKeyConfig>;
  plans: ReadonlySet<string>;
  modes: ReadonlySet<string>;
  /** Requests in flight on this runtime; an old runtime is closed when it drains. */
  inFlight: number;
  /**
   * Resolved chains by task/model, plan and mode. Only resolvable names get in, so the size is bounded by the
   * config (tasks and models × plans × modes); the cap is a backstop.
   */
  chainCache: Map<string, unknown>;
}

export function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function compileRuntime(loaded: LoadedConfig, options: ProviderFactoryOptions = {}): Runtime {
  const { config } = loaded;
  const providers = new Map<string, Provider>();
  for (const [name, provider] of Object.entries(config.providers)) {
    providers.set(name, createProvider(name, provider, config, options));
  }
  const tasks = new Map<string, CompiledRoute[]>();
  let order = 0;
  for (const [name, route] of Object.entries(config.routes)) {
    const task = routeTask(name, route);
    const plans = route.match.plan === undefined ? null : new Set(route.match.plan);
    const modes = route.match.mode === undefined ? null : new Set(route.match.mode);
    const compiled: CompiledRoute = {
      name,
      task,
      config: route,
      plans,
      modes,
      specificity: (plans === null ? 0 : 2) + (modes === null ? 0 : 1),
      order: order++,
    };
    const list = tasks.get(task) ?? [];
    list.push(compiled);
    tasks.set(task, list);
  }
  for (const list of tasks.values()) list.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  const keys = new Map<string, GatewayKeyConfig>();
  for (const key of config.auth.keys) keys.set(hashKey(key.key), key);
  return {
    loaded,
    config,
    providers,
    models: new Map(Object.entries(config.models)),
    tasks,
    keys,
    plans: new Set(Object.keys(config.plans)),
    modes: new Set(config.modes),
    inFlight: 0,
    chainCache: new Map(),
  };
}

export async function closeRuntime(runtime: Runtime): Promise<void> {
  await Promise.allSettled([...runtime.providers.values()].map((provider) => provider.close()));
}
