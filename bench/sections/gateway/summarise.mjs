/**
 * Turns the gateway section's raw figures into what the report prints and the JSON keeps: pooled latency
 * percentiles and added latency against direct-to-upstream, mean req/s over rounds, the ratios between targets
 * (of the round means, with each round's own ratio beside them) and the issue's targets.
 */
import { quantile } from '../../lib/measure.mjs';
import { MODES } from './measure-all.mjs';

/** The issue's targets, with records on. */
export const TARGETS = {
  addedP50Ms: 0.5,
  addedP99Ms: 2,
  timesPortkeyAt32: 5,
  fractionOfBareAt32: 0.6,
};

/** The ratios the report prints: [numerator, denominator]. */
export const RATIO_PAIRS = [
  ['rung', 'portkey'],
  ['rung', 'bare'],
  ['portkey', 'bare'],
  ['bare', 'direct'],
  ['rung', 'direct'],
];

const mean = (values) =>
  values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
const sum = (values) => values.reduce((total, value) => total + value, 0);

function percentiles(samples) {
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

function summariseLatency(rounds) {
  const totalMs = rounds.flatMap((round) => round.totalMs);
  const firstByteMs = rounds.flatMap((round) => round.firstByteMs);
  return {
    timed: sum(rounds.map((round) => round.count)),
    failed: sum(rounds.map((round) => round.failed)),
    firstFailure: rounds.find((round) => round.firstFailure)?.firstFailure ?? null,
    total: percentiles(totalMs),
    firstByte: percentiles(firstByteMs),
  };
}

function summariseLoad(rounds) {
  const statusCodes = {};
  for (const round of rounds) {
    for (const [code, seen] of Object.entries(round.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + seen;
  }
  return {
    requestsPerSecond: mean(rounds.map((round) => round.requestsPerSecond)),
    perRound: rounds.map((round) => round.requestsPerSecond),
    answered: sum(rounds.map((round) => round.answered)),
    non2xx: sum(rounds.map((round) => round.non2xx)),
    badAnswers: sum(rounds.map((round) => round.badAnswers)),
    errors: sum(rounds.map((round) => round.errors)),
    timeouts: sum(rounds.map((round) => round.timeouts)),
    statusCodes,
    p99Ms: mean(rounds.map((round) => round.latencyMs.p99)),
    cpuMsPerRequest: mean(rounds.map((round) => round.cpuMsPerRequest)),
    upstreamCpuMsPerRequest: mean(rounds.map((round) => round.upstreamCpuMsPerRequest)),
    rssAfterLoadMb: Math.max(...rounds.map((round) => round.rssAfterLoadMb)),
  };
}

function addedAgainst(direct, latency) {
  if (!direct) return null;
  return {
    total: { p50: latency.total.p50 - direct.total.p50, p99: latency.total.p99 - direct.total.p99 },
    firstByte: { p50: latency.firstByte.p50 - direct.firstByte.p50, p99: latency.firstByte.p99 - direct.firstByte.p99 },
  };
}

function ratiosFor(perTarget, connections) {
  const ratios = {};
  for (const [top, bottom] of RATIO_PAIRS) {
    if (!perTarget[top] || !perTarget[bottom]) continue;
    ratios[`${top}/${bottom}`] = Object.fromEntries(
      connections.map((connectionCount) => {
        const a = perTarget[top].load[connectionCount];
        const b = perTarget[bottom].load[connectionCount];
        return [
          connectionCount,
          {
            ratio: a.requestsPerSecond / b.requestsPerSecond,
            perRound: a.perRound.map((value, index) => value / b.perRound[index]),
          },
        ];
      }),
    );
  }
  return ratios;
}

function check(value, limit, atMost) {
  if (!Number.isFinite(value)) return { value, limit, ok: null };
  return { value, limit, ok: atMost ? value <= limit : value >= limit };
}

function targetsFor(name, perTarget, connections) {
  const own = perTarget[name];
  const requestsPerSecondOf = (other) => perTarget[other]?.load[connections]?.requestsPerSecond;
  const result = {
    addedP50Ms: check(own.added?.total.p50, TARGETS.addedP50Ms, true),
    addedP99Ms: check(own.added?.total.p99, TARGETS.addedP99Ms, true),
  };
  if (name !== 'portkey') {
    result.timesPortkey = check(
      requestsPerSecondOf(name) / requestsPerSecondOf('portkey'),
      TARGETS.timesPortkeyAt32,
      false,
    );
  }
  if (name !== 'bare') {
    result.fractionOfBare = check(
      requestsPerSecondOf(name) / requestsPerSecondOf('bare'),
      TARGETS.fractionOfBareAt32,
      false,
    );
  }
  const verdicts = Object.values(result).map((item) => item.ok);
  result.met = verdicts.includes(false) ? false : verdicts.includes(null) ? null : true;
  return result;
}

/**
 * @example const summary = summarise({ raw, targets, settings }); summary.modes.stream.ratios['rung/portkey'][32].ratio
 */
export function summarise({ raw, targets, settings }) {
  // The issue's throughput targets are at 32 connections; fall back to the first count if 32 was not run.
  const targetConnections = settings.connections.includes(32) ? 32 : settings.connections[0];
  const summary = { targetConnections, targets: TARGETS, background: raw.background, modes: {} };
  for (const mode of MODES) {
    const perTarget = {};
    for (const target of targets) {
      const record = raw.modes[mode.name][target.name];
      perTarget[target.name] = {
        label: target.label,
        latency: summariseLatency(record.latency),
        load: Object.fromEntries(
          settings.connections.map((connections) => [connections, summariseLoad(record.load[connections])]),
        ),
        peakMemoryMb: raw.peakMemoryMb[target.name],
      };
    }
    for (const target of targets) {
      perTarget[target.name].added =
        target.name === 'direct' ? null : addedAgainst(perTarget.direct?.latency, perTarget[target.name].latency);
    }
    const ratios = ratiosFor(perTarget, settings.connections);
    const issueTargets = {};
    for (const target of targets) {
      if (target.name !== 'direct') issueTargets[target.name] = targetsFor(target.name, perTarget, targetConnections);
    }
    summary.modes[mode.name] = { perTarget, ratios, issueTargets };
  }
  return summary;
}
