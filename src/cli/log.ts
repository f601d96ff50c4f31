/**
 * `rung log`: recent request records from the store, newest first.
 */
import type { RequestRecord } from '../spec/store.js';
import { formatTable } from './check.js';

export function formatRecords(records: RequestRecord[]): string {
  if (records.length === 0) return 'no records yet';
  const rows = [['time', 'status', 'route', 'answered by', 'attempts', 'policy', 'ms', 'ttft', 'tokens', 'cost $']];
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
      policyOf(record),
      String(Math.round(record.total_ms)),
      record.ttft_ms === null ? '-' : String(Math.round(record.ttft_ms)),
      tokens,
      record.cost_usd === null ? '-' : record.cost_usd.toFixed(6),
    ]);
  }
  return formatTable(rows);
}

function policyOf(record: RequestRecord): string {
  const flags = record.flags;
  if (flags === undefined) return '-';
  const parts: string[] = [];
  if (flags.character !== undefined) parts.push(`@${flags.character}`);
  if (flags.salvaged) parts.push('salvaged');
  if (flags.rescued !== undefined) parts.push(flags.rescued ? 'rescued' : 'rescue failed');
  if (flags.in_character) parts.push('in-character');
  if (flags.gated !== undefined) parts.push(`gated:${flags.gated.level}`);
  if (flags.degraded !== undefined) parts.push(`degraded:${flags.degraded}`);
  if (flags.unbudgeted) parts.push('unbudgeted');
  for (const judged of flags.judged ?? []) parts.push(`judge:${judged.verdict}`);
  if (flags.cache !== undefined) parts.push(`${flags.cache.kind}-cache:${flags.cache.result}`);
  if (flags.memory !== undefined) parts.push(`memory:${flags.memory.tokens}tok`);
  return parts.join(' ') || '-';
}

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`);

/**
 * Refusal figures over the records shown: per model, how often its attempts were silent refusals or text
 * refusals; per turn, how often the answer was salvaged, rescued, made in character, or gated.
 */
export function formatRefusalSummary(records: RequestRecord[]): string {
  const turns = records.filter((record) => record.endpoint !== '/v1/embeddings' && record.status !== 0);
  if (turns.length === 0) return '';
  type Row = { attempts: number; silent: number; refused: number; answers: number; salvaged: number; rescues: number };
  const byModel = new Map<string, Row>();
  const row = (key: string): Row => {
    let entry = byModel.get(key);
    if (entry === undefined) {
      entry = { attempts: 0, silent: 0, refused: 0, answers: 0, salvaged: 0, rescues: 0 };
      byModel.set(key, entry);
    }
    return entry;
  };
  for (const record of turns) {
    for (const attempt of record.attempts) {
      const entry = row(`${attempt.model} (${attempt.provider})`);
      entry.attempts++;
      if (attempt.outcome === 'silent_refusal') entry.silent++;
      if (attempt.outcome === 'refusal') entry.refused++;
    }
    // The answering model is credited with a salvage (its own text, kept) or a rescue (it was the rescuer).
    const answered = record.attempts.findLast((attempt) => attempt.model === record.model && attempt.outcome === 'ok');
    if (answered !== undefined) {
      const entry = row(`${answered.model} (${answered.provider})`);
      entry.answers++;
      if (record.flags?.salvaged === true) entry.salvaged++;
      if (record.flags?.rescued === true) entry.rescues++;
    }
  }
  const rows = [['model (provider)', 'attempts', 'silent refusals', 'refusals', 'answers', 'salvaged', 'rescues']];
  for (const [model, entry] of [...byModel].sort((a, b) => b[1].attempts - a[1].attempts)) {
    rows.push([
      model,
      String(entry.attempts),
      percent(entry.silent, entry.attempts),
      percent(entry.refused, entry.attempts),
      String(entry.answers),
      entry.answers === 0 ? '-' : percent(entry.salvaged, entry.answers),
      String(entry.rescues),
    ]);
  }
  const count = (test: (record: RequestRecord) => boolean) => turns.filter(test).length;
  const refusedTurns = count((record) =>
    record.attempts.some((a) => a.outcome === 'refusal' || a.outcome === 'silent_refusal'),
  );
  const salvaged = count((record) => record.flags?.salvaged === true);
  const rescueTried = count((record) => record.flags?.rescued !== undefined);
  const rescued = count((record) => record.flags?.rescued === true);
  const inCharacter = count((record) => record.flags?.in_character === true);
  const gated = count((record) => record.flags?.gated !== undefined);
  const judgements = turns.flatMap((record) => record.flags?.judged ?? []);
  const judgedRefusals = judgements.filter((judged) => judged.verdict === 'refusal').length;
  return [
    formatTable(rows),
    '',
    [
      `turns ${turns.length}`,
      `met a refusal ${refusedTurns} (${percent(refusedTurns, turns.length)})`,
      `salvaged ${salvaged}`,
      `rescued ${rescued} of ${rescueTried} tried (${percent(rescued, rescueTried)})`,
      `in character ${inCharacter}`,
      `gated ${gated} (${percent(gated, turns.length)} of turns)`,
      ...(judgements.length === 0
        ? []
        : [
            `judged ${judgements.length} answers, refusals ${judgedRefusals} (${percent(judgedRefusals, judgements.length)})`,
          ]),
    ].join(' · '),
  ].join('\n');
}
