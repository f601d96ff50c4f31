/**
 * `rung log`: recent request records from the store, newest first.
 */
import type { RequestRecord } from '../spec/store.js';
import { formatTable } from './check.js';

export function formatRecords(records: RequestRecord[]): string {
  if (records.length === 0) return 'no records yet';
  const rows = [['time', 'status', 'route', 'answered by', 'attempts', 'ms', 'ttft', 'tokens', 'cost $']];
  for (const record of records) {
    const time = new Date(record.ts).toISOString().replace('T', ' ').slice(0, 23);
    const answered =
      record.model === null
        ? (record.error_code ?? '-')
        : `${record.model} #${record.attempt}${record.used_fallback ? ' (fallback)' : ''}`;
    const attempts = record.attempts.map((attempt) => `${attempt.model}:${attempt.outcome}`).join(' → ') || '-';
    const tokens =
      record.usage === null
        ? '-'
        : `${record.usage.prompt_tokens}/${record.usage.completion_tokens}${record.usage.cached_tokens > 0 ? ` (${record.usage.cached_tokens} cached)` : ''}${record.usage.estimated ? ' est' : ''}`;
    rows.push([
      time,
      `${record.status}${record.error_code !== null && record.status === 200 ? ` ${record.error_code}` : ''}`,
      record.route ?? '-',
      answered,
      attempts,
      String(Math.round(record.total_ms)),
      record.ttft_ms === null ? '-' : String(Math.round(record.ttft_ms)),
      tokens,
      record.cost_usd === null ? '-' : record.cost_usd.toFixed(6),
    ]);
  }
  return formatTable(rows);
}
