/**
 * GET /v1/models — routes and models in the OpenAI list shape, with what Rung knows of each.
 */

import { rungModelName } from '../../config/validate-references.js';
import type { Runtime } from '../../core/runtime.js';

export function listModels(runtime: Runtime, allowed: ReadonlySet<string> | null = null) {
  const created = Math.floor(Date.now() / 1000);
  const data: unknown[] = [];
  for (const [task, routes] of runtime.tasks) {
    if (allowed !== null && !allowed.has(task)) continue;
    const first = routes[0]?.config.chain[0];
    data.push({
      id: task,
      object: 'model',
      created,
      owned_by: 'rung',
      rung: {
        kind: 'route',
        type: (first === undefined ? undefined : runtime.models.get(rungModelName(first))?.type) ?? 'chat',
        variants: routes.map((route) => ({
          route: route.name,
          plans: route.plans === null ? 'any' : [...route.plans],
          modes: route.modes === null ? 'any' : [...route.modes],
          chain: route.config.chain.map(rungModelName),
        })),
      },
    });
  }
  for (const [name, model] of runtime.models) {
    if (allowed !== null && !allowed.has(name)) continue;
    data.push({
      id: name,
      object: 'model',
      created,
      owned_by: model.provider,
      rung: {
        kind: 'model',
        type: model.type,
        provider: model.provider,
        upstream_id: model.id,
        price: model.price ?? null,
        context_window: model.context_window ?? null,
        max_output_tokens: model.max_output_tokens ?? null,
      },
    });
  }
  return { object: 'list', data };
}
