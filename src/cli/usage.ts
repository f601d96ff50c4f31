/**
 * `rung usage`: spend from the ledger by day, tenant, plan, route and model, with the share that went to
 * fallback and rescue rungs and to auxiliary calls (refused answers, the content classifier), and what
 * caches saved.
 */
import { RungError } from '../spec/errors.js';
import type { LedgerStore, UsageQuery, UsageRow } from '../spec/store.js';
import { formatTable } from './check.js';

export interface UsageOptions {
  since?: string | undefined;
  tenant?: string | undefined;
  by?: string | undefined;
  json?: boolean | undefined;
  now?: number;
}

const DIMENSIONS = ['day', 'tenant', 'plan', 'route', 'model', 'user', 'key_id'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const DAY_MS = 86_400_000;

/** `7d`, `24h`, or a UTC date `2026-11-01`. */
export function parseSince(text: string, now: number): number {
  const relative = /^(\d+)([dh])$/.exec(text);
  if (relative !== null) return now - Number(relative[1]) * (relative[2] === 'd' ? DAY_MS : 3_600_000);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const ts = Date.parse(`${text}T00:00:00Z`);
    if (!Number.isNaN(ts)) return ts;
  }
  throw new RungError('RUNG_INVALID_REQUEST', `--since: expected 7d, 24h or a date like 2026-11-01, got "${text}"`);
}

function dimensions(text: string | undefined): Dimension[][] {
  if (text === undefined) return DIMENSIONS.filter((d) => d !== 'user' && d !== 'key_id').map((d) => [d]);
  const chosen = text.split(',').map((part) => part.trim());
  for (const part of chosen) {
    if (!(DIMENSIONS as readonly string[]).includes(part)) {
      throw new RungError('RUNG_INVALID_REQUEST', `--by: unknown "${part}"; choose from ${DIMENSIONS.join(', ')}`);
    }
  }
  return [chosen as Dimension[]];
}

const money = (value: number) => (value === 0 ? '0' : value < 0.01 ? value.toFixed(6) : value.toFixed(4));
const share = (part: number, whole: number) => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`);

function table(by: readonly Dimension[], rows: UsageRow[]): string {
  const header = [
    ...by,
    'requests',
    'cost $',
    'fallback',
    'rescue',
    'aux',
    'prompt cache hit',
    'cache saved $',
    'tokens in/out',
    'estimated',
  ];
  const body = rows.map((row) => [
    ...row.group.map((value) => value ?? '-'),
    String(row.requests),
    money(row.cost_usd),
    share(row.fallback_usd, row.cost_usd),
    share(row.rescue_usd, row.cost_usd),
    share(row.aux_usd, row.cost_usd),
    share(row.cached_tokens, row.prompt_tokens),
    money(row.cache_savings_usd),
    `${row.prompt_tokens}/${row.completion_tokens}`,
    String(row.estimated),
  ]);
  return formatTable([header, ...body]);
}

export async function runUsage(ledger: LedgerStore, options: UsageOptions): Promise<string> {
  const now = options.now ?? Date.now();
  const since = parseSince(options.since ?? '7d', now);
  const groupings = dimensions(options.by);
  const results: Array<{ by: Dimension[]; rows: UsageRow[] }> = [];
  for (const by of groupings) {
    const query: UsageQuery = { since, by, ...(options.tenant === undefined ? {} : { tenant: options.tenant }) };
    results.push({ by, rows: await ledger.usage(query) });
  }
  if (options.json) return JSON.stringify({ since: new Date(since).toISOString(), groups: results }, null, 2);
  const first = results[0]?.rows ?? [];
  if (first.length === 0) return `no spend since ${new Date(since).toISOString().slice(0, 16)}Z`;
  const total = first.reduce(
    (sum, row) => ({
      requests: sum.requests + row.requests,
      cost: sum.cost + row.cost_usd,
      fallback: sum.fallback + row.fallback_usd,
      rescue: sum.rescue + row.rescue_usd,
      aux: sum.aux + row.aux_usd,
      saved: sum.saved + row.cache_savings_usd,
    }),
    { requests: 0, cost: 0, fallback: 0, rescue: 0, aux: 0, saved: 0 },
  );
  const sections = results.map(({ by, rows }) => `by ${by.join(', ')}\n${table(by, rows)}`);
  return [
    `spend since ${new Date(since).toISOString().slice(0, 16)}Z${options.tenant === undefined ? '' : ` for tenant ${options.tenant}`}: $${money(total.cost)} over ${total.requests} requests · fallback ${share(total.fallback, total.cost)} · rescue ${share(total.rescue, total.cost)} · auxiliary ${share(total.aux, total.cost)} · caches saved $${money(total.saved)}`,
    '',
    sections.join('\n\n'),
  ].join('\n');
}
