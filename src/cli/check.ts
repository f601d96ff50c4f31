/**
 * `rung check`: validates a config, prints warnings and the effective routing table (task × plan × mode → chain).
 */
import type { LoadedConfig } from '../config/load-config.js';
import { modelVendor, rungModelName } from '../config/validate-references.js';
import { GATED_KINDS, matchRoute } from '../core/resolve-chain.js';
import { closeRuntime, compileRuntime } from '../core/runtime.js';

export async function routingTable(loaded: LoadedConfig): Promise<string> {
  const runtime = compileRuntime(loaded);
  const { config } = runtime;
  const rows: string[][] = [['task', 'plan', 'mode', 'route', 'chain (model @ vendor, cap)']];
  for (const [task, routes] of runtime.tasks) {
    for (const plan of runtime.plans) {
      for (const mode of runtime.modes) {
        const route = matchRoute(routes, plan, mode);
        if (route === undefined) {
          rows.push([task, plan, mode, '—', '(no route: requests get 404 RUNG_NO_ROUTE)']);
          continue;
        }
        const planCap = config.plans[plan]?.max_output_tokens;
        const describe = (entries: typeof route.config.chain) =>
          entries
            .map((entry) => {
              const name = rungModelName(entry);
              const model = config.models[name];
              if (model === undefined) return name;
              const caps = [
                planCap,
                model.max_output_tokens,
                typeof entry === 'string' ? undefined : entry.max_output_tokens,
              ].filter((value): value is number => value !== undefined);
              const cap =
                model.type === 'embedding' ? ', embedding' : caps.length > 0 ? `, ${Math.min(...caps)} tok` : '';
              return `${name} @ ${modelVendor(model)}${cap}`;
            })
            .join(' → ');
        let chain = describe(route.config.chain);
        // What a refusal does on this plan: the rescue rungs (paid) or the character's soft refusal (free).
        if (route.config.rescue !== undefined) {
          chain += config.plans[plan]?.paid
            ? `; refusal → rescue ${describe(route.config.rescue)}`
            : '; refusal → in character';
        }
        const judge = route.config.refusal_judge;
        if (judge !== undefined) chain += `; answers ≤ ${judge.max_chars} chars judged by ${judge.route}`;
        const ceiling = config.plans[plan]?.content_ceiling;
        const embeds =
          config.models[rungModelName(route.config.chain[0] as (typeof route.config.chain)[number])]?.type ===
          'embedding';
        if (ceiling !== undefined && !embeds && GATED_KINDS.has(route.config.kind)) {
          chain += `; above ${ceiling} → ${route.config.on_content_exceeded === 'error' ? '409' : 'in character'}`;
        }
        rows.push([task, plan, mode, route.name, chain]);
      }
    }
  }
  await closeRuntime(runtime);
  return formatTable(rows);
}

export function formatTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows
    .map((row, rowIndex) => {
      const line = row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join('  ');
      return rowIndex === 0 ? `${line}\n${widths.map((width) => '-'.repeat(width)).join('  ')}` : line;
    })
    .join('\n');
}
