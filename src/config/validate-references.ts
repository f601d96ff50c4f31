/**
 * Checks that names point at things that exist, and reports each problem at the path of the bad field with
 * the names that would have been valid.
 */
import type { RungConfig } from './schema.js';

function known(names: Iterable<string>): string {
  const list = [...names];
  if (list.length === 0) return 'none are configured';
  const shown = list.slice(0, 12).join(', ');
  return `known: ${shown}${list.length > 12 ? `, … (${list.length} in all)` : ''}`;
}

export function rungModelName(entry: RungConfig['routes'][string]['chain'][number]): string {
  return typeof entry === 'string' ? entry : entry.model;
}

export function routeTask(routeName: string, route: RungConfig['routes'][string]): string {
  return route.task ?? routeName;
}

/** The vendor whose moderation and outages a model shares. */
export function modelVendor(model: { provider: string; id: string; vendor?: string | undefined }): string {
  if (model.vendor !== undefined) return model.vendor;
  const slash = model.id.indexOf('/');
  return slash > 0 ? model.id.slice(0, slash) : model.provider;
}

export function validateReferences(config: RungConfig): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const providers = Object.keys(config.providers);
  const models = Object.keys(config.models);
  const plans = Object.keys(config.plans);
  const modes = config.modes;

  for (const [providerName, provider] of Object.entries(config.providers)) {
    if (provider.kind === 'openai-compatible' && provider.base_url === undefined && provider.preset === undefined) {
      problems.push(`providers.${providerName}: set base_url, or a preset (openai, openrouter, vllm, ...)`);
    }
  }

  for (const [modelName, model] of Object.entries(config.models)) {
    const provider = config.providers[model.provider];
    if (provider === undefined) {
      problems.push(`models.${modelName}.provider: unknown provider "${model.provider}"; ${known(providers)}`);
      continue;
    }
    if (model.sim !== undefined && provider.kind !== 'simulator') {
      problems.push(`models.${modelName}.sim: only models of a simulator provider take sim settings`);
    }
    if (model.type === 'embedding' && provider.kind === 'anthropic') {
      problems.push(
        `models.${modelName}.type: Anthropic has no embeddings API; use an OpenAI-compatible or Gemini provider`,
      );
    }
  }

  if (!plans.includes(config.defaults.plan)) {
    problems.push(`defaults.plan: unknown plan "${config.defaults.plan}"; ${known(plans)}`);
  }
  if (!modes.includes(config.defaults.mode)) {
    problems.push(`defaults.mode: unknown mode "${config.defaults.mode}"; ${known(modes)}`);
  }

  const tasks = new Map<string, string[]>();
  for (const [routeName, route] of Object.entries(config.routes)) {
    const task = routeTask(routeName, route);
    if (config.models[task] !== undefined) {
      problems.push(
        `routes.${routeName}${route.task ? '.task' : ''}: "${task}" is also a model name; clients could not tell them apart`,
      );
    }
    tasks.set(task, [...(tasks.get(task) ?? []), routeName]);
    route.chain.forEach((entry, index) => {
      const modelName = rungModelName(entry);
      const path = `routes.${routeName}.chain[${index}]${typeof entry === 'string' ? '' : '.model'}`;
      const model = config.models[modelName];
      if (model === undefined) {
        problems.push(`${path}: unknown model "${modelName}"; ${known(models)}`);
        return;
      }
      const first = config.models[rungModelName(route.chain[0] as never)];
      if (index > 0 && first !== undefined && first.type !== model.type) {
        problems.push(
          `${path}: "${modelName}" is a ${model.type} model but the chain starts with a ${first.type} model; a route serves one kind`,
        );
      }
    });
    (route.rescue ?? []).forEach((entry, index) => {
      const modelName = rungModelName(entry);
      const path = `routes.${routeName}.rescue[${index}]${typeof entry === 'string' ? '' : '.model'}`;
      const model = config.models[modelName];
      if (model === undefined) {
        problems.push(`${path}: unknown model "${modelName}"; ${known(models)}`);
        return;
      }
      if (model.type !== 'chat') {
        problems.push(`${path}: "${modelName}" is an ${model.type} model; rescue rungs answer chat turns`);
        return;
      }
      const primary = config.models[rungModelName(route.chain[0] as never)];
      if (primary !== undefined && modelVendor(primary) === modelVendor(model)) {
        warnings.push(
          `${path}: same vendor "${modelVendor(model)}" as the primary; a rescue works when its provider's filter differs`,
        );
      }
    });
    if (route.safety_settings !== undefined && route.kind !== 'chat' && route.kind !== 'roleplay') {
      problems.push(
        `routes.${routeName}.safety_settings: only chat and roleplay routes may loosen provider safety; this route is kind "${route.kind}" (moderation and vision calls want the filter on)`,
      );
    }
    for (const plan of route.match.plan ?? []) {
      if (!plans.includes(plan))
        problems.push(`routes.${routeName}.match.plan: unknown plan "${plan}"; ${known(plans)}`);
    }
    for (const mode of route.match.mode ?? []) {
      if (!modes.includes(mode))
        problems.push(`routes.${routeName}.match.mode: unknown mode "${mode}"; ${known(modes)}`);
    }
    const judge = route.refusal_judge?.route;
    if (judge !== undefined && judge === task) {
      problems.push(
        `routes.${routeName}.refusal_judge.route: a route cannot judge its own answers; name a small model's route`,
      );
    }
    warnings.push(...adjacentSameProvider(config, routeName, route));
  }

  for (const [task, routeNames] of tasks) {
    const seen = new Map<string, string>();
    for (const routeName of routeNames) {
      const route = config.routes[routeName];
      if (route === undefined) continue;
      const signature = JSON.stringify([[...(route.match.plan ?? [])].sort(), [...(route.match.mode ?? [])].sort()]);
      const other = seen.get(signature);
      if (other !== undefined) {
        problems.push(
          `routes.${routeName}.match: same match as routes.${other} for task "${task}"; one would never be used`,
        );
      }
      seen.set(signature, routeName);
    }
  }

  for (const [planName, plan] of Object.entries(config.plans)) {
    if (plan.content_ceiling !== undefined && !config.content.classes.includes(plan.content_ceiling)) {
      problems.push(
        `plans.${planName}.content_ceiling: unknown content class "${plan.content_ceiling}"; ${known(config.content.classes)}`,
      );
    }
  }
  for (const className of Object.keys(config.content.rules)) {
    if (!config.content.classes.includes(className)) {
      problems.push(`content.rules.${className}: not one of content.classes; ${known(config.content.classes)}`);
    }
  }
  const memory = config.memory;
  if (memory !== undefined) {
    const check = (path: string, route: string | undefined) => {
      if (route !== undefined && !tasks.has(route))
        problems.push(`${path}: unknown route "${route}"; ${known(tasks.keys())}`);
    };
    check('memory.summariser.route', memory.summariser.route);
    check('memory.facts.route', memory.facts?.route);
    check('memory.embedder.route', memory.embedder === 'offline' ? undefined : memory.embedder.route);
    check('memory.route', memory.route);
  }
  for (const [routeName, route] of Object.entries(config.routes)) {
    const judge = route.refusal_judge?.route;
    if (judge !== undefined && !tasks.has(judge)) {
      problems.push(`routes.${routeName}.refusal_judge.route: unknown route "${judge}"; ${known(tasks.keys())}`);
    }
  }
  const classifier = config.content.classifier;
  if (classifier !== 'rules' && !tasks.has(classifier.route)) {
    problems.push(`content.classifier.route: unknown route "${classifier.route}"; ${known(tasks.keys())}`);
  }

  if (config.defaults.route !== undefined && !tasks.has(config.defaults.route)) {
    problems.push(`defaults.route: unknown route "${config.defaults.route}"; ${known(tasks.keys())}`);
  }

  config.auth.keys.forEach((key, index) => {
    if (key.plan !== undefined && !plans.includes(key.plan)) {
      problems.push(`auth.keys[${index}].plan: unknown plan "${key.plan}"; ${known(plans)}`);
    }
    if (key.mode !== undefined && !modes.includes(key.mode)) {
      problems.push(`auth.keys[${index}].mode: unknown mode "${key.mode}"; ${known(modes)}`);
    }
    for (const route of key.routes ?? []) {
      if (!tasks.has(route) && config.models[route] === undefined) {
        problems.push(`auth.keys[${index}].routes: unknown route "${route}"; ${known(tasks.keys())}`);
      }
    }
  });
  const secrets = new Map<string, number>();
  config.auth.keys.forEach((key, index) => {
    const first = secrets.get(key.key);
    if (first !== undefined) {
      problems.push(`auth.keys[${index}].key: the same secret as auth.keys[${first}]; each key needs its own`);
    } else secrets.set(key.key, index);
  });
  const keyNames = new Set<string>();
  config.auth.keys.forEach((key, index) => {
    if (keyNames.has(key.name)) problems.push(`auth.keys[${index}].name: "${key.name}" is used twice`);
    keyNames.add(key.name);
  });

  return { problems, warnings };
}

/** The article's rule: a fallback on the same provider often fails for the same provider-side reason. */
function adjacentSameProvider(config: RungConfig, routeName: string, route: RungConfig['routes'][string]): string[] {
  const warnings: string[] = [];
  for (let index = 1; index < route.chain.length; index++) {
    const previous = config.models[rungModelName(route.chain[index - 1] as never)];
    const current = config.models[rungModelName(route.chain[index] as never)];
    if (previous === undefined || current === undefined) continue;
    const vendor = modelVendor(current);
    if (modelVendor(previous) === vendor) {
      warnings.push(
        `routes.${routeName}.chain[${index}]: same vendor "${vendor}" as the rung before it; a vendor-side filter or outage would fail both (set models.<name>.vendor if this is wrong)`,
      );
    }
  }
  return warnings;
}
