/**
 * What the refusal judge (`refusal_judge` on a route) adds to the phrase rules, measured with a real model on the
 * labelled corpora: every text the rules call clean and that is short enough to be judged (≤ max_chars) is sent
 * to the judge with the exact request Rung sends (src/core/refusal-judge.ts), and the table shows whole-refusal
 * recall and precision for the rules alone and for rules + judge, innocents the judge would fail, and trailing
 * refusals it would fail whole (salvage would have kept their content). The corpora hold no user request, so the
 * judge sees "(not shown)" where Rung shows the user's message: real traffic gives it more to go on.
 *
 * Needs an OpenAI-compatible endpoint, which this machine does not have; without one the section says so and
 * skips. RUNG_JUDGE_BASE_URL (e.g. https://openrouter.ai/api/v1), RUNG_JUDGE_API_KEY, RUNG_JUDGE_MODEL (e.g.
 * qwen/qwen3-8b), optional RUNG_JUDGE_MAX_CHARS (600) and RUNG_JUDGE_CONCURRENCY (8). Iterating the judge's
 * instructions on a corpus makes that corpus tuned: say so in HELD_OUT's titles (bench/sections/refusals.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inFlight } from '../lib/in-flight.mjs';
import { HELD_OUT } from './refusals.mjs';

export const description = 'refusal judge on the corpora with a real model (needs RUNG_JUDGE_BASE_URL; else skipped)';

const percent = (part, whole) => (whole === 0 ? '   -  ' : `${((part / whole) * 100).toFixed(1).padStart(5)}%`);

async function askJudge(endpoint, request, signal) {
  const response = await fetch(`${endpoint.baseURL.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${endpoint.apiKey}` },
    body: JSON.stringify({ ...request, model: endpoint.model }),
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
  const body = await response.json();
  return String(body.choices?.[0]?.message?.content ?? '');
}

export async function run(context) {
  const { root, log } = context;
  const baseURL = process.env.RUNG_JUDGE_BASE_URL;
  if (baseURL === undefined || baseURL === '') {
    log(
      'refusal judge: skipped — set RUNG_JUDGE_BASE_URL, RUNG_JUDGE_API_KEY and RUNG_JUDGE_MODEL to measure a real judge model',
    );
    return { skipped: true };
  }
  const endpoint = {
    baseURL,
    apiKey: process.env.RUNG_JUDGE_API_KEY ?? '',
    model: process.env.RUNG_JUDGE_MODEL ?? 'judge',
  };
  const maxChars = Number(process.env.RUNG_JUDGE_MAX_CHARS ?? 600);
  const concurrency = Number(process.env.RUNG_JUDGE_CONCURRENCY ?? 8);
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const { createRefusalDetector } = await load('core/refusal/detect-refusal.js');
  const { judgeRequest, readVerdict } = await load('core/refusal-judge.js');
  const detector = createRefusalDetector();
  const fixture = (name) =>
    JSON.parse(readFileSync(join(root, 'src', 'core', 'refusal', '__fixtures__', name), 'utf8'));
  const corpora = [{ key: 'tuning', file: 'refusal-corpus.json', title: 'Tuning corpus' }, ...HELD_OUT];

  const results = {};
  const rows = [
    [
      'corpus',
      'texts',
      'judged',
      'whole R rules',
      'whole R +judge',
      'whole P +judge',
      'innocents failed +judge',
      'trailing failed whole',
      'judge failed',
      'ms p50',
    ],
  ];
  for (const { key, file, title } of corpora) {
    let texts;
    try {
      texts = fixture(file);
    } catch {
      continue;
    }
    const tally = { whole: 0, rules: 0, both: 0, flagged: 0, innocentFailed: 0, trailingWhole: 0, judged: 0 };
    const failures = [];
    const latencies = [];
    const verdicts = new Map();
    const toJudge = texts.filter((entry) => {
      const kind = detector.detect(entry.text).kind;
      return kind === 'none' && entry.text.length <= maxChars;
    });
    await inFlight(toJudge.length, concurrency, async (index) => {
      const entry = toJudge[index];
      const started = performance.now();
      try {
        const answer = await askJudge(
          endpoint,
          judgeRequest(endpoint.model, '', entry.text, false),
          AbortSignal.timeout(30_000),
        );
        verdicts.set(entry.id, readVerdict(answer));
        latencies.push(performance.now() - started);
      } catch (error) {
        failures.push(`${entry.id}: ${error.message}`);
        verdicts.set(entry.id, 'failed');
      }
    });
    for (const entry of texts) {
      const rules = detector.detect(entry.text).kind;
      const judged = verdicts.get(entry.id);
      if (judged !== undefined) tally.judged++;
      const refusedByJudge = judged === 'refusal';
      const flagged = rules === 'whole' || refusedByJudge;
      if (entry.label === 'whole') {
        tally.whole++;
        if (rules === 'whole') tally.rules++;
        if (flagged) tally.both++;
      }
      if (flagged) tally.flagged++;
      if (entry.label === 'innocent' && refusedByJudge) tally.innocentFailed++;
      if (entry.label === 'trailing' && refusedByJudge) tally.trailingWhole++;
    }
    latencies.sort((a, b) => a - b);
    const p50 = latencies.length === 0 ? null : latencies[Math.floor(latencies.length / 2)];
    rows.push([
      title.replace(/ \(.*$/, ''),
      String(texts.length),
      String(tally.judged),
      percent(tally.rules, tally.whole),
      percent(tally.both, tally.whole),
      percent(tally.both, tally.flagged),
      String(tally.innocentFailed),
      String(tally.trailingWhole),
      String(failures.length),
      p50 === null ? '-' : p50.toFixed(0),
    ]);
    results[key] = { ...tally, failures: failures.slice(0, 20), p50Ms: p50 };
  }
  log(`refusal judge: ${endpoint.model} at ${baseURL}, answers ≤ ${maxChars} chars the rules call clean`);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
  return { model: endpoint.model, maxChars, corpora: results };
}
