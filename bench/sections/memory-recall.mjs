/**
 * Memory recall quality and cost, without an LLM or a network: synthetic companion conversations (seeded) with
 * planted facts and later questions about them (src/core/memory/synthetic-conversations.ts), every window's
 * extractive summary embedded with the offline embedder, and every question ranked against all of its
 * conversation's summaries with rankSummaries. Reports recall@1/@5 of the evidence window and MRR for the hybrid
 * (cosine + keyword), cosine only and keyword only — for questions sharing the key term word for word, in another
 * form, or not at all — per fact kind, and per embedding size; then µs per embedded
 * summary and µs per ranked query for 20 / 200 / 1,000 candidates (warm term cache, cold, and the dot products
 * alone).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { count, oneDecimal, table, twoDecimals } from '../lib/format.mjs';
import { quantile } from '../lib/measure.mjs';

export const description = 'memory recall: offline embedder + hybrid ranking on synthetic conversations';

const SEED = 20_250_601;
const MODES = [
  { name: 'hybrid (0.6 cosine + 0.4 keyword)', options: {} },
  { name: 'cosine only', options: { cosineWeight: 1, keywordWeight: 0 } },
  { name: 'keyword only', options: { cosineWeight: 0, keywordWeight: 1 } },
];

/** The evidence window's rank (1 = first) for every question, for one embedder and one ranking mode. */
function evaluate(conversations, embedder, rankSummaries, options) {
  const results = [];
  for (const conversation of conversations) {
    const candidates = conversation.windows.map((window) => ({
      id: `${conversation.id}:${window.index}`,
      text: window.summary,
      embedding: window.embeddings.get(embedder.dimensions),
      createdAt: window.createdAt,
    }));
    for (const question of conversation.questions) {
      const ranked = rankSummaries(
        { text: question.text, vector: embedder.embed(question.text) },
        candidates,
        candidates.length,
        options,
      );
      const at = ranked.findIndex((entry) => entry.id === `${conversation.id}:${question.evidenceWindow}`);
      results.push({ rank: at < 0 ? Number.POSITIVE_INFINITY : at + 1, kind: question.kind, match: question.match });
    }
  }
  return results;
}

const ranksOf = (results, match) => results.filter((result) => result.match === match).map((result) => result.rank);

/** The same four-lane dot product as recall.ts, for the "dot products only" column. */
function dot(a, b) {
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  for (let index = 0; index < a.length; index += 4) {
    sum0 += a[index] * b[index];
    sum1 += a[index + 1] * b[index + 1];
    sum2 += a[index + 2] * b[index + 2];
    sum3 += a[index + 3] * b[index + 3];
  }
  return sum0 + sum1 + sum2 + sum3;
}

function metrics(ranks) {
  const within = (k) => ranks.filter((rank) => rank <= k).length / ranks.length;
  const mrr = ranks.reduce((sum, rank) => sum + (Number.isFinite(rank) ? 1 / rank : 0), 0) / ranks.length;
  return { recallAt1: within(1), recallAt5: within(5), mrr };
}

/** µs per call of `work(i)`, over `iterations` calls after `warmup` untimed ones (median of 5 batches). */
function microsPerCall(work, { warmup, iterations }) {
  for (let index = 0; index < warmup; index++) work(index);
  const batches = [];
  for (let batch = 0; batch < 5; batch++) {
    const start = process.hrtime.bigint();
    for (let index = 0; index < iterations; index++) work(index);
    batches.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
  }
  return quantile(batches, 0.5);
}

/**
 * Runs the section and returns the recall figures and timings.
 * @example const figures = await run({ root, benchDir, settings, log: console.log })
 */
export async function run(context) {
  const { root, settings, log } = context;
  const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const { createOfflineEmbedder } = await load('core/memory/offline-embedder.js');
  const { rankSummaries, forgetSummaries } = await load('core/memory/recall.js');
  const { generateConversations } = await load('core/memory/synthetic-conversations.js');

  const shape = { count: settings.quick ? 50 : 200, turnsPerConversation: 400, windowSize: 20, seed: SEED };
  const generateStart = process.hrtime.bigint();
  const conversations = generateConversations(shape);
  const generateMs = Number(process.hrtime.bigint() - generateStart) / 1e6;
  const windows = conversations.flatMap((conversation) => conversation.windows);
  const questions = conversations.flatMap((conversation) => conversation.questions);
  const summaryWords = windows.map((window) => window.summary.split(/\s+/).length);
  log(
    `\nMemory recall: ${count(conversations.length)} conversations × ${shape.turnsPerConversation} turns ` +
      `(${shape.turnsPerConversation * 2} messages), window ${shape.windowSize}: ${count(windows.length)} summaries ` +
      `(${quantile(summaryWords, 0.5)} words median, ${Math.min(...summaryWords)}–${Math.max(...summaryWords)}), ` +
      `${count(questions.length)} questions, generated in ${count(generateMs)} ms`,
  );

  const dimensionsList = [512, 256, 1024, 2048];
  const embedders = new Map(dimensionsList.map((dimensions) => [dimensions, createOfflineEmbedder({ dimensions })]));
  for (const window of windows) window.embeddings = new Map();
  const embedUs = {};
  for (const [dimensions, embedder] of embedders) {
    const start = process.hrtime.bigint();
    for (const window of windows) window.embeddings.set(dimensions, embedder.embed(window.summary));
    embedUs[dimensions] = Number(process.hrtime.bigint() - start) / 1000 / windows.length;
  }

  // Quality at the default size, three ways, per kind of question.
  const embedder = embedders.get(512);
  const runs = MODES.map((mode) => ({ mode, results: evaluate(conversations, embedder, rankSummaries, mode.options) }));
  const candidatesPerQuestion = (shape.turnsPerConversation * 2) / shape.windowSize;
  const qualityRows = (match) =>
    runs.map(({ mode, results }) => {
      const figures = metrics(ranksOf(results, match));
      return [mode.name, twoDecimals(figures.recallAt1), twoDecimals(figures.recallAt5), twoDecimals(figures.mrr)];
    });
  const GROUPS = [
    ['exact', 'sharing the key term word for word with the statement ("any present ideas for Omar?")'],
    ['variant', 'sharing it only in another form ("what Japanese dishes should I try?" for "Japan")'],
    [
      'none',
      `sharing no word at all ("what is our pet called again?"); chance recall@5 is ${twoDecimals(5 / candidatesPerQuestion)}`,
    ],
  ];
  log(`\n  Rank of the evidence window among its conversation's ${candidatesPerQuestion} summaries, 512 dimensions.`);
  for (const [match, label] of GROUPS) {
    log(`\n  ${count(ranksOf(runs[0].results, match).length)} questions ${label}:`);
    log(table(['ranking', 'recall@1', 'recall@5', 'MRR'], qualityRows(match)));
  }
  const quality = Object.fromEntries(
    GROUPS.map(([match]) => [
      match,
      Object.fromEntries(runs.map(({ mode, results }) => [mode.name, metrics(ranksOf(results, match))])),
    ]),
  );

  const byKind = new Map();
  for (const result of runs[0].results) {
    if (result.match !== 'exact') continue;
    if (!byKind.has(result.kind)) byKind.set(result.kind, []);
    byKind.get(result.kind).push(result.rank);
  }
  const kindRows = [...byKind.entries()]
    .map(([kind, ranks]) => ({ kind, ranks, figures: metrics(ranks) }))
    .sort((a, b) => a.figures.recallAt5 - b.figures.recallAt5 || a.figures.mrr - b.figures.mrr);
  log('\n  Hybrid, exact questions by fact kind (worst first):');
  log(
    table(
      ['kind', 'questions', 'recall@1', 'recall@5', 'MRR'],
      kindRows.map((row) => [
        row.kind,
        count(row.ranks.length),
        twoDecimals(row.figures.recallAt1),
        twoDecimals(row.figures.recallAt5),
        twoDecimals(row.figures.mrr),
      ]),
    ),
  );

  const bySize = {};
  for (const [dimensions, sized] of embedders) {
    const hybrid = evaluate(conversations, sized, rankSummaries, {});
    const cosine = evaluate(conversations, sized, rankSummaries, MODES[1].options);
    bySize[dimensions] = {
      hybridExact: metrics(ranksOf(hybrid, 'exact')),
      hybridVariant: metrics(ranksOf(hybrid, 'variant')),
      cosineExact: metrics(ranksOf(cosine, 'exact')),
      embedUs: embedUs[dimensions],
    };
  }
  log('\n  By embedding size (recall@5):');
  log(
    table(
      ['dimensions', 'hybrid exact', 'hybrid variant', 'cosine-only exact', 'µs/summary embed'],
      Object.entries(bySize)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([dimensions, figures]) => [
          dimensions,
          twoDecimals(figures.hybridExact.recallAt5),
          twoDecimals(figures.hybridVariant.recallAt5),
          twoDecimals(figures.cosineExact.recallAt5),
          oneDecimal(figures.embedUs),
        ]),
    ),
  );

  // Speed: rank k=5 over pools of summaries from many conversations.
  const pool = windows.map((window, index) => ({
    id: `pool-${index}`,
    text: window.summary,
    embedding: window.embeddings.get(512),
    createdAt: window.createdAt,
  }));
  const queryPool = questions
    .slice(0, 200)
    .map((question) => ({ text: question.text, vector: embedder.embed(question.text) }));
  const queryEmbedUs = microsPerCall((index) => embedder.embed(questions[index % questions.length].text), {
    warmup: 500,
    iterations: 2_000,
  });
  const speed = {};
  for (const size of [20, 200, 1_000]) {
    const candidates = pool.slice(0, size);
    const iterations = Math.max(50, Math.round(40_000 / size));
    const query = (index) => queryPool[index % queryPool.length];
    const warmUs = microsPerCall((index) => rankSummaries(query(index), candidates, 5), { warmup: 100, iterations });
    const cosineUs = microsPerCall((index) => rankSummaries(query(index), candidates, 5, MODES[1].options), {
      warmup: 100,
      iterations,
    });
    let sink = 0;
    const dotUs = microsPerCall(
      (index) => {
        const vector = query(index).vector;
        for (const candidate of candidates) sink += dot(vector, candidate.embedding);
      },
      { warmup: 100, iterations },
    );
    const ids = candidates.map((candidate) => candidate.id);
    const coldIterations = Math.max(5, Math.round(2_000 / size));
    const coldSamples = [];
    for (let index = 0; index < coldIterations; index++) {
      forgetSummaries(ids);
      const start = process.hrtime.bigint();
      rankSummaries(query(index), candidates, 5);
      coldSamples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    rankSummaries(query(0), candidates, 5);
    speed[size] = { warmUs, cosineUs, dotUs, coldUs: quantile(coldSamples, 0.5), sink: sink !== 0 };
  }
  log(
    `\n  Speed (512 dimensions): embed ${oneDecimal(embedUs[512])} µs per summary, ` +
      `${oneDecimal(queryEmbedUs)} µs per question; rank top 5, µs per query:`,
  );
  log(
    table(
      ['candidates', 'hybrid (warm)', 'dot products only', 'hybrid − dots', 'cosine-only rank', 'hybrid (cold)'],
      Object.entries(speed).map(([size, figures]) => [
        size,
        oneDecimal(figures.warmUs),
        oneDecimal(figures.dotUs),
        oneDecimal(figures.warmUs - figures.dotUs),
        oneDecimal(figures.cosineUs),
        oneDecimal(figures.coldUs),
      ]),
    ),
  );
  log('  warm: term statistics cached per summary id; cold: every candidate tokenised first (a summary seen once).');

  return {
    shape,
    summaries: windows.length,
    questions: questions.length,
    quality,
    byKind: Object.fromEntries(kindRows.map((row) => [row.kind, { questions: row.ranks.length, ...row.figures }])),
    bySize,
    speed,
    embedUsPerSummary: embedUs[512],
    embedUsPerQuestion: queryEmbedUs,
  };
}
