/**
 * Gateway overhead: direct to the fake upstream vs the bare Node proxy vs Rung (records on) vs Portkey's gateway,
 * non-streaming and streaming. Latency at one connection (hrtime, sequential) and req/s at 32 and 128 connections
 * (autocannon), targets in alternating order, the whole set `rounds` times, each round with freshly started
 * processes; then the ratios and the targets.
 */

import { quantile } from '../lib/measure.mjs';
import { rungAvailable, startBareProxy, startPortkey, startRung, startUpstream } from '../lib/targets.mjs';
import { measureAll } from './gateway/measure-all.mjs';
import { printReport } from './gateway/report.mjs';
import { summarise } from './gateway/summarise.mjs';

export const description = 'direct vs bare proxy vs Rung vs Portkey: latency at 1 connection, req/s at 32 and 128';

/** Per-round figures for the JSON file: latency percentiles instead of every sample. */
function perRound(raw) {
  const modes = {};
  for (const [mode, perTarget] of Object.entries(raw.modes)) {
    modes[mode] = {};
    for (const [name, record] of Object.entries(perTarget)) {
      modes[mode][name] = {
        latency: record.latency.map(({ totalMs, firstByteMs, ...rest }) => ({
          ...rest,
          total: { p50: quantile(totalMs, 0.5), p99: quantile(totalMs, 0.99) },
          firstByte: { p50: quantile(firstByteMs, 0.5), p99: quantile(firstByteMs, 0.99) },
        })),
        load: record.load,
      };
    }
  }
  return { preflight: raw.preflight, peakMemoryMb: raw.peakMemoryMb, pids: raw.pids, modes };
}

/** Starts the requested targets; one that cannot start is reported and left out rather than failing the run. */
async function startTargets(context) {
  const { root, benchDir, settings, log } = context;
  const wanted = new Set(settings.targets);
  const upstream = await startUpstream({ benchDir });
  const targets = [];
  const skipped = {};
  if (wanted.has('direct')) targets.push(upstream);
  const starters = {
    bare: () => startBareProxy({ benchDir, upstreamPort: upstream.port }),
    rung: () => {
      const { ok, reason } = rungAvailable(root);
      if (!ok) throw new Error(`Rung's CLI is not ready: ${reason}`);
      return startRung({ root, upstreamPort: upstream.port });
    },
    portkey: () => startPortkey({ benchDir, upstreamPort: upstream.port }),
  };
  for (const [name, start] of Object.entries(starters)) {
    if (!wanted.has(name)) continue;
    try {
      targets.push(await start());
    } catch (error) {
      skipped[name] = error.message;
      log(`  ! ${name} left out: ${error.message}`);
    }
  }
  return { upstream, targets, skipped };
}

/**
 * Runs the section: measures (starting the targets for each round), prints the report and returns the figures
 * for the JSON file.
 * @example const figures = await run({ root, benchDir, settings, log: console.log })
 */
export async function run(context) {
  const { settings, log } = context;
  log(
    `\nGateway overhead: ${settings.targets.join(', ')} · ${settings.rounds} round(s) · ` +
      `${settings.sequentialCount} timed requests at 1 connection · ${settings.durationS} s per load run at ${settings.connections.join(' and ')} connections`,
  );
  const raw = await measureAll({ start: () => startTargets(context), settings, log });
  const summary = summarise({ raw, targets: raw.targets, settings });
  printReport({ summary, settings, skipped: raw.skipped, log });
  return { skipped: raw.skipped, summary, rounds: perRound(raw) };
}
