/**
 * Refusal detection and salvage on the labelled corpus (src/core/refusal/__fixtures__/refusal-corpus.json, 17
 * languages), then the same figures, in blocks of their own, on each held-out corpus (refusal-holdout*.json, each
 * written blind, without reading the marker catalogue; HELD_OUT says which have since been used for tuning):
 * per language and overall, precision and recall for whole refusals, how often a trailing refusal is recognised as
 * trailing, innocent texts flagged or altered (must be 0), salvage correctness (output equal to the labelled one), and
 * detection speed on the labelled corpus (median µs per text over batches). Targets are printed beside figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { timeDetection } from '../lib/time-detection.mjs';

export const description = 'refusal detection precision/recall, salvage correctness and µs per text, per language';

const TARGETS = { precision: 0.98, recall: 0.95, innocentAltered: 0, salvage: 1 };

/** The held-out corpora, oldest first. Once a corpus's misses are used for tuning, its title must say so. */
export const HELD_OUT = [
  { key: 'heldOut', file: 'refusal-holdout.json', title: 'Held-out 1 (written blind, since used for tuning)' },
  { key: 'heldOut2', file: 'refusal-holdout-2.json', title: 'Held-out 2 (written blind, since used for tuning)' },
  { key: 'heldOut3', file: 'refusal-holdout-3.json', title: 'Held-out 3 (written blind, since used for tuning)' },
  { key: 'heldOut4', file: 'refusal-holdout-4.json', title: 'Held-out 4 (written blind, since used for tuning)' },
  {
    key: 'heldOut5',
    file: 'refusal-holdout-5.json',
    title: 'Held-out 5 (written blind, never used for tuning: the honest figure)',
  },
];

function emptyRow() {
  return { entries: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, trailing: 0, trailingFound: 0 };
}

function ratio(part, whole) {
  return whole === 0 ? null : part / whole;
}

const percent = (value) => (value === null ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`);

/**
 * Detection time on long answers — real answers run to thousands of characters in every script, and detection reads
 * all of them: `{ typical, long, nearMisses }` from `lib/time-long-answers.mjs` (ordinary ~2,000-character answers
 * per script, ~32,000-character ones, and each language's innocent near misses joined: a heavy case). Timed in a
 * child process so that nothing run before changes the figures.
 */
function timeLongAnswers(root, quick) {
  const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'time-long-answers.mjs');
  const result = spawnSync(process.execPath, [script, root, quick ? 'quick' : 'full'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`time-long-answers.mjs failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/**
 * Runs the detector and salvage over one labelled corpus and counts, per language and overall, what the table
 * reports; `misses` lists every entry whose verdict or salvage disagrees with its label.
 */
function evaluateCorpus(corpus, detector, salvage) {
  const rows = new Map();
  const row = (language) => {
    if (!rows.has(language)) rows.set(language, { ...emptyRow(), innocentFlagged: 0, innocentAltered: 0, salvaged: 0 });
    return rows.get(language);
  };
  const misses = [];
  for (const entry of corpus) {
    const verdict = detector.detect(entry.text);
    const kept = salvage(entry.text, detector);
    for (const target of [row(entry.lang), row('all')]) {
      target.entries++;
      const flagged = verdict.kind === 'whole';
      if (flagged && entry.label === 'whole') target.truePositives++;
      else if (flagged) target.falsePositives++;
      else if (entry.label === 'whole') target.falseNegatives++;
      if (entry.label === 'trailing') {
        target.trailing++;
        if (verdict.kind === 'trailing') target.trailingFound++;
      }
      if (entry.label === 'innocent') {
        if (verdict.kind !== 'none') target.innocentFlagged++;
        // Altered: an innocent text that ends a sentence came back different (cutting a cut-off one is the job).
        if (kept !== null && entry.salvage === entry.text && kept !== entry.text) target.innocentAltered++;
      }
      if (kept === entry.salvage) target.salvaged++;
    }
    if (kept !== entry.salvage || (entry.label === 'whole') !== (verdict.kind === 'whole')) {
      misses.push(
        `${entry.id}: labelled ${entry.label}, detected ${verdict.kind}${kept === entry.salvage ? '' : ', salvage differs'}`,
      );
    }
  }
  return { rows, misses };
}

/** Prints one corpus's table (per language, then all), the targets, the timing if given, and the misses. */
function reportCorpus(log, title, { rows, misses }, timing, textCount) {
  const results = {};
  log(`\n== ${title} ==`);
  log('lang  texts  whole P   whole R   trailing  innocent flagged/altered  salvage ok');
  const order = [...rows.keys()].filter((language) => language !== 'all').concat('all');
  for (const language of order) {
    const r = rows.get(language);
    const figures = {
      entries: r.entries,
      precision: ratio(r.truePositives, r.truePositives + r.falsePositives),
      recall: ratio(r.truePositives, r.truePositives + r.falseNegatives),
      trailingAccuracy: ratio(r.trailingFound, r.trailing),
      innocentFlagged: r.innocentFlagged,
      innocentAltered: r.innocentAltered,
      salvageCorrect: ratio(r.salvaged, r.entries),
    };
    results[language] = figures;
    if (language === 'all') log('-'.repeat(80));
    log(
      `${language.padEnd(5)} ${String(r.entries).padStart(5)}  ${percent(figures.precision)}   ${percent(figures.recall)}   ${percent(figures.trailingAccuracy)}    ${String(r.innocentFlagged).padStart(6)} / ${String(r.innocentAltered).padEnd(14)} ${percent(figures.salvageCorrect)}`,
    );
  }
  log(
    `targets      ≥${TARGETS.precision * 100}%     ≥${TARGETS.recall * 100}%      (report)          0 / ${TARGETS.innocentAltered}             ${TARGETS.salvage * 100}%`,
  );
  if (timing) {
    log(
      `detection: ${timing.medianUs.toFixed(2)} µs per text median [p90 ${timing.p90Us.toFixed(2)}] over ${textCount} texts (target: well under the gateway's sub-millisecond budget)`,
    );
  }
  if (misses.length > 0) {
    log(`misses (${misses.length}):`);
    for (const miss of misses) log(`  ${miss}`);
  }
  return results;
}

export async function run(context) {
  const { root, settings, log } = context;
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const { createRefusalDetector } = await load('core/refusal/detect-refusal.js');
  const { salvage } = await load('core/refusal/salvage.js');
  const fixture = (name) =>
    JSON.parse(readFileSync(join(root, 'src', 'core', 'refusal', '__fixtures__', name), 'utf8'));
  const corpus = fixture('refusal-corpus.json');
  const detector = createRefusalDetector();

  // In a process of their own: after a process has run the catalogue over varied text (the corpus here), V8 ran
  // the same regexes at different speeds depending on what ran before (corpus median 33 µs or 49 µs by the order of
  // this section's steps; CJK long answers up to 4×), so each figure here is taken in a process that ran nothing
  // else. See docs/performance.md.
  const longByLanguage = timeLongAnswers(root, settings.quick);

  const tuned = evaluateCorpus(corpus, detector, salvage);
  const timing = timeDetection(
    detector,
    corpus.map((entry) => entry.text),
    settings.quick ? { batches: 10, rounds: 5 } : { batches: 30, rounds: 20 },
  );
  const results = reportCorpus(
    log,
    'Refusal detection and salvage on the labelled corpus',
    tuned,
    timing,
    corpus.length,
  );

  // What the gateway pays on most answers: innocent text (the corpus's innocents, and a 1.5 KB English answer).
  const innocentTexts = corpus.filter((entry) => entry.label === 'innocent').map((entry) => entry.text);
  const longAnswer = `${'The history of the Silk Road is a story of exchange. Merchants carried silk, spices and paper west, while glass, gold and horses moved east. Ideas travelled too: Buddhism reached China along these routes. '.repeat(7)}`;
  const innocentTiming = timeDetection(
    detector,
    innocentTexts,
    settings.quick ? { batches: 10, rounds: 5 } : { batches: 30, rounds: 20 },
  );
  const longTiming = timeDetection(detector, [longAnswer], { batches: 30, rounds: 200 });
  log(
    `innocent texts: ${innocentTiming.medianUs.toFixed(2)} µs per text median over ${innocentTexts.length}; a ${longAnswer.length}-character English answer: ${longTiming.medianUs.toFixed(2)} µs`,
  );
  const typicalLine = Object.entries(longByLanguage.typical)
    .map(([script, { medianUs, flagged }]) => `${script} ${medianUs.toFixed(0)}${flagged ? ' (FLAGGED)' : ''}`)
    .join(' · ');
  const nearMissLine = Object.entries(longByLanguage.nearMisses)
    .map(([language, { medianUs }]) => `${language} ${medianUs.toFixed(0)}`)
    .join(' · ');
  const longLine = Object.entries(longByLanguage.long)
    .map(
      ([script, { chars, medianUs }]) => `${script} ${chars.toLocaleString('en-US')} chars ${medianUs.toFixed(0)} µs`,
    )
    .join(' · ');
  log(`~2,000-character ordinary answers, µs (own process): ${typicalLine} · long ones: ${longLine}`);
  log(`~2,000-character innocent near misses joined (a heavy case), µs (own process): ${nearMissLine}`);

  // Each held-out corpus was written blind (its author never read the catalogue); the title says whether its
  // misses have since been used to tune the detector. Only an untouched one measures generalisation.
  const heldOut = {};
  for (const { key, file, title } of HELD_OUT) {
    if (!existsSync(join(root, 'src', 'core', 'refusal', '__fixtures__', file))) {
      log(`\n== ${title}: ${file} is not in this tree; skipped ==`);
      continue;
    }
    const texts = fixture(file);
    const evaluated = evaluateCorpus(texts, detector, salvage);
    const perLanguage = reportCorpus(log, `${title}: ${texts.length} texts`, evaluated, null, texts.length);
    heldOut[key] = { perLanguage, misses: evaluated.misses };
  }

  return {
    perLanguage: results,
    detection: timing,
    detectionInnocent: innocentTiming,
    detectionLongAnswer: longTiming,
    detectionLongByLanguage: longByLanguage,
    misses: tuned.misses,
    ...heldOut,
    targets: TARGETS,
  };
}
