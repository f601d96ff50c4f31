/**
 * The measuring loop of the gateway section. Targets share two cores with the load generator and the upstream,
 * so each step (latency, load at each connection count) visits every target before the next step begins, in
 * alternating order from one round to the next: slow drift on the machine then touches all targets alike.
 */
import { count, ms, percent } from '../../lib/format.mjs';
import { interleavedLatency, latencyProbe, quantile, throughput } from '../../lib/measure.mjs';
import { backgroundShare, cpuMsOf, cpuSnapshot, memoryOf } from '../../lib/processes.mjs';

export const MODES = [
  { name: 'non-stream', stream: false },
  { name: 'stream', stream: true },
];

/** One request per target and mode before measuring, so a broken target is named up front. */
async function preflight({ targets, log }) {
  const problems = {};
  for (const mode of MODES) {
    for (const target of targets) {
      const probe = latencyProbe(target.request(mode.stream));
      const sample = await probe.once();
      await probe.close();
      if (!sample.ok) {
        problems[`${target.name}/${mode.name}`] = sample.failure;
        log(
          `  ! ${target.label} ${mode.name} does not answer correctly (it is measured anyway, failures counted): ` +
            `status ${sample.failure.status}, ${JSON.stringify(sample.failure.body.slice(0, 200))}`,
        );
      }
    }
  }
  return problems;
}

/**
 * Load on every target in both modes before anything is timed, until the JIT has settled: V8 goes on compiling
 * Rung's request path on its helper threads for 6–9 s of load (the bare proxy's in ~3 s), taking a core from the
 * load generator and the upstream. Measured in docs/performance.md (fifth session).
 */
async function warmUp({ targets, settings, log }) {
  const durationS = settings.jitWarmupS;
  if (durationS <= 0) return;
  log(`  warming up: ${durationS} s of load per target and mode`);
  for (const mode of MODES) {
    for (const target of targets) {
      await throughput(target.request(mode.stream), { connections: Math.max(...settings.connections), durationS });
    }
  }
}

/** A note for progress lines when other programs took a noticeable share of the CPU during a step. */
function busy(share) {
  return share > 0.05 ? ` [others used ${percent(share)} CPU]` : '';
}

function emptyRecord(connections) {
  return { latency: [], load: Object.fromEntries(connections.map((connectionCount) => [connectionCount, []])) };
}

/**
 * Measures every target in both modes `settings.rounds` times and returns the raw figures:
 * `raw.modes[mode][target] = { latency: [per round], load: { [connections]: [per round] } }`, and `raw.targets`
 * (`{ name, label }` of each target measured) and `raw.skipped` (targets that could not start, and why).
 *
 * Every round starts its own processes (`start()` → `{ upstream, targets, skipped }`) and stops them after: a
 * process keeps its speed for its whole life here — the same bare proxy build answered 15.4K req/s for a whole
 * run and 19.6K in the next, minutes apart (streaming, 32 connections), with its rounds within ±5% of each other;
 * pinning it on the upstream's core instead of the other one moves it from 15.5K to 10K — so rounds of one set
 * of processes repeat that set's luck, and only fresh processes per round average it out.
 * @example const raw = await measureAll({ start: () => startTargets(context), settings, log })
 */
export async function measureAll({ start, settings, log }) {
  const raw = { preflight: {}, modes: {}, peakMemoryMb: {}, background: {}, skipped: {}, pids: [], targets: [] };
  const loadBackground = [];
  const backgrounds = [];
  for (let round = 0; round < settings.rounds; round++) {
    const { upstream, targets, skipped } = await start();
    try {
      Object.assign(raw.skipped, skipped);
      for (const target of targets) {
        if (!raw.targets.some((known) => known.name === target.name)) {
          raw.targets.push({ name: target.name, label: target.label });
        }
      }
      raw.pids.push(Object.fromEntries(targets.map((target) => [target.name, target.pid])));
      log(
        `  round ${round + 1}/${settings.rounds} · fresh processes: ` +
          `${targets.map((target) => `${target.name} (pid ${target.pid})`).join(', ')}; upstream pid ${upstream.pid}`,
      );
      Object.assign(raw.preflight, await preflight({ targets, log }));
      await warmUp({ targets, settings, log });
      for (const mode of MODES) {
        raw.modes[mode.name] ??= {};
        for (const target of targets) {
          raw.modes[mode.name][target.name] ??= emptyRecord(settings.connections);
        }
      }
      backgrounds.push(await measureRound({ round, upstream, targets, settings, log, raw, loadBackground }));
      for (const target of targets) {
        const peak = memoryOf(target.pid)?.peakMb ?? Number.NaN;
        raw.peakMemoryMb[target.name] = Math.max(raw.peakMemoryMb[target.name] ?? Number.NEGATIVE_INFINITY, peak);
      }
    } finally {
      for (const target of [...targets].reverse()) await target.stop();
      if (!targets.includes(upstream)) await upstream.stop();
    }
  }
  raw.background = {
    overall: backgrounds.reduce((sum, share) => sum + share, 0) / backgrounds.length,
    maxDuringLoad: Math.max(...loadBackground),
  };
  return raw;
}

/** One round over every target and mode; returns the share of the CPU other programs took during it. */
async function measureRound({ round, upstream, targets, settings, log, raw, loadBackground }) {
  const pids = [...new Set([upstream.pid, ...targets.map((target) => target.pid)])];
  const start = cpuSnapshot(pids);
  const order = round % 2 === 0 ? targets : [...targets].reverse();
  for (const mode of MODES) {
    log(
      `  round ${round + 1}/${settings.rounds} · ${mode.name} · order ${order.map((target) => target.name).join(' → ')}`,
    );
    const records = raw.modes[mode.name];
    const before = cpuSnapshot(pids);
    const latencies = await interleavedLatency(
      order.map((target) => ({ name: target.name, request: target.request(mode.stream) })),
      { count: settings.sequentialCount, warmup: settings.sequentialWarmup },
    );
    const background = backgroundShare(before, cpuSnapshot(pids));
    const latencyLine = [];
    for (const target of order) {
      const latency = latencies[target.name];
      records[target.name].latency.push({ round, ...latency, background });
      latencyLine.push(
        `${target.name} ${ms(quantile(latency.totalMs, 0.5))}${latency.failed ? ` (${latency.failed} failed)` : ''}`,
      );
    }
    log(`    1 connection, p50 ms: ${latencyLine.join(' · ')}${busy(background)}`);
    for (const connections of settings.connections) {
      const loadLine = [];
      for (const target of order) {
        const request = target.request(mode.stream);
        if (settings.warmupS > 0) await throughput(request, { connections, durationS: settings.warmupS });
        const before = cpuSnapshot(pids);
        const cpuBefore = cpuMsOf(target.pid);
        const upstreamCpuBefore = cpuMsOf(upstream.pid);
        const load = await throughput(request, { connections, durationS: settings.durationS });
        const cpuMs = cpuMsOf(target.pid) - cpuBefore;
        const upstreamCpuMs = cpuMsOf(upstream.pid) - upstreamCpuBefore;
        const memory = memoryOf(target.pid);
        const background = backgroundShare(before, cpuSnapshot(pids));
        loadBackground.push(background);
        records[target.name].load[connections].push({
          round,
          ...load,
          cpuMsPerRequest: load.answered > 0 ? cpuMs / load.answered : Number.NaN,
          upstreamCpuMsPerRequest: load.answered > 0 ? upstreamCpuMs / load.answered : Number.NaN,
          rssAfterLoadMb: memory?.rssMb ?? Number.NaN,
          background,
        });
        const failures = load.non2xx + load.badAnswers + load.errors;
        loadLine.push(
          `${target.name} ${count(load.requestsPerSecond)}${failures ? ` (${count(failures)} failed)` : ''}${busy(background)}`,
        );
      }
      log(`    ${connections} connections, req/s: ${loadLine.join(' · ')}`);
    }
  }
  return backgroundShare(start, cpuSnapshot(pids));
}
