/**
 * Prints the gateway section's summary: a latency table and a load table per mode, the ratios measured in this
 * run, and one line per gateway saying whether the issue's targets are met (informational only).
 */
import { addedMs, count, heading, ms, oneDecimal, percent, table, times, twoDecimals } from '../../lib/format.mjs';
import { LATENCY_BLOCK } from '../../lib/measure.mjs';
import { MODES } from './measure-all.mjs';

const mark = (ok) => (ok === true ? '✓' : ok === false ? '✗' : '?');

function failuresText(load) {
  const failed = load.non2xx + load.badAnswers + load.errors;
  if (failed === 0) return '0';
  const codes = Object.entries(load.statusCodes)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, seen]) => `${code}×${seen}`);
  const parts = [...codes];
  if (load.badAnswers) parts.push(`bad body×${load.badAnswers}`);
  if (load.errors) parts.push(`errors×${load.errors}${load.timeouts ? ` (timeouts ${load.timeouts})` : ''}`);
  return `${count(failed)} (${parts.join(', ')})`;
}

function latencyTable(perTarget, stream) {
  const header = ['target', 'p50', 'p99', 'added p50', 'added p99'];
  if (stream) header.push('1st byte p50', '1st byte p99', 'added 1st p50');
  header.push('failed');
  const rows = Object.values(perTarget).map((target) => {
    const { latency, added } = target;
    const row = [
      target.label,
      ms(latency.total.p50),
      ms(latency.total.p99),
      added ? addedMs(added.total.p50) : '-',
      added ? addedMs(added.total.p99) : '-',
    ];
    if (stream)
      row.push(ms(latency.firstByte.p50), ms(latency.firstByte.p99), added ? addedMs(added.firstByte.p50) : '-');
    row.push(`${latency.failed}/${latency.timed}`);
    return row;
  });
  return table(header, rows);
}

function loadTable(perTarget, connections) {
  const header = ['target'];
  for (const connectionCount of connections) header.push(`req/s @${connectionCount}`, `[per round]`);
  header.push(`p99 ms @${connections.join('/@')}`, 'CPU ms/req', 'RSS MB', 'peak MB', 'failed');
  const rows = Object.values(perTarget).map((target) => {
    const row = [target.label];
    for (const connectionCount of connections) {
      const load = target.load[connectionCount];
      row.push(count(load.requestsPerSecond), load.perRound.map((value) => count(value)).join(' '));
    }
    const loads = connections.map((connectionCount) => target.load[connectionCount]);
    row.push(
      loads.map((load) => count(load.p99Ms)).join('/'),
      loads.map((load) => twoDecimals(load.cpuMsPerRequest)).join('/'),
      oneDecimal(Math.max(...loads.map((load) => load.rssAfterLoadMb))),
      oneDecimal(target.peakMemoryMb),
    );
    const combined = loads.reduce(
      (all, load) => ({
        non2xx: all.non2xx + load.non2xx,
        badAnswers: all.badAnswers + load.badAnswers,
        errors: all.errors + load.errors,
        timeouts: all.timeouts + load.timeouts,
        statusCodes: Object.fromEntries(
          [...new Set([...Object.keys(all.statusCodes), ...Object.keys(load.statusCodes)])].map((code) => [
            code,
            (all.statusCodes[code] ?? 0) + (load.statusCodes[code] ?? 0),
          ]),
        ),
      }),
      { non2xx: 0, badAnswers: 0, errors: 0, timeouts: 0, statusCodes: {} },
    );
    row.push(failuresText(combined));
    return row;
  });
  return table(header, rows);
}

function ratioRows(summary, connections) {
  const rows = [];
  const names = { rung: 'Rung', portkey: 'Portkey', bare: 'bare proxy', direct: 'direct' };
  const pairs = Object.keys(summary.modes[MODES[0].name].ratios);
  for (const pair of pairs) {
    const [top, bottom] = pair.split('/');
    for (const connectionCount of connections) {
      const row = [`${names[top]} ÷ ${names[bottom]} req/s @${connectionCount}`];
      for (const mode of MODES) {
        const ratio = summary.modes[mode.name].ratios[pair]?.[connectionCount];
        const format = bottom === 'portkey' ? times : percent;
        row.push(ratio ? `${format(ratio.ratio)} [${ratio.perRound.map((value) => format(value)).join(' ')}]` : 'n/a');
      }
      rows.push(row);
    }
  }
  for (const name of ['rung', 'portkey', 'bare']) {
    const row = [`${names[name]} added p50 / p99 @1 conn, ms`];
    for (const mode of MODES) {
      const added = summary.modes[mode.name].perTarget[name]?.added;
      row.push(added ? `${addedMs(added.total.p50)} / ${addedMs(added.total.p99)}` : 'n/a');
    }
    if (summary.modes[MODES[0].name].perTarget[name]) rows.push(row);
  }
  for (const name of ['rung', 'portkey', 'bare']) {
    if (!summary.modes[MODES[0].name].perTarget[name]) continue;
    const row = [`${names[name]} CPU ms per request @${connections.join('/@')}`];
    for (const mode of MODES) {
      const load = summary.modes[mode.name].perTarget[name].load;
      row.push(connections.map((connectionCount) => twoDecimals(load[connectionCount].cpuMsPerRequest)).join(' / '));
    }
    rows.push(row);
  }
  for (const name of ['rung', 'portkey', 'bare']) {
    const row = [`${names[name]} added to first byte p50 @1 conn, ms`, '-'];
    const added = summary.modes.stream.perTarget[name]?.added;
    row.push(added ? addedMs(added.firstByte.p50) : 'n/a');
    if (added) rows.push(row);
  }
  return rows;
}

function targetLine(result, summary) {
  const at = summary.targetConnections;
  const parts = [
    `added p50 ${addedMs(result.addedP50Ms.value)} ≤ ${summary.targets.addedP50Ms} ms ${mark(result.addedP50Ms.ok)}`,
    `added p99 ${addedMs(result.addedP99Ms.value)} ≤ ${summary.targets.addedP99Ms} ms ${mark(result.addedP99Ms.ok)}`,
  ];
  if (result.timesPortkey)
    parts.push(
      `${times(result.timesPortkey.value)} Portkey @${at} ≥ ${summary.targets.timesPortkeyAt32}× ${mark(result.timesPortkey.ok)}`,
    );
  if (result.fractionOfBare)
    parts.push(
      `${percent(result.fractionOfBare.value)} of bare @${at} ≥ ${percent(summary.targets.fractionOfBareAt32)} ${mark(result.fractionOfBare.ok)}`,
    );
  const verdict = result.met === true ? 'met' : result.met === false ? 'NOT met' : 'incomplete';
  return `${parts.join(' · ')}  → ${verdict}`;
}

/**
 * @example printReport({ summary, settings, skipped, log: console.log })
 */
export function printReport({ summary, settings, skipped, log }) {
  const rounds = settings.rounds;
  for (const mode of MODES) {
    const { perTarget } = summary.modes[mode.name];
    log(heading(`gateway · ${mode.stream ? 'streaming (SSE, 20 chunks + usage + [DONE])' : 'non-streaming'}`));
    log(
      `latency at 1 connection, ms (hrtime; ${settings.sequentialCount} timed requests × ${rounds} round(s) per target in blocks of ${LATENCY_BLOCK}, pooled;` +
        ` added = target − direct${mode.stream ? '; p50/p99 are to the last byte' : ''})`,
    );
    log(latencyTable(perTarget, mode.stream));
    log(
      `\nload (autocannon, ${settings.durationS} s per run after ${settings.warmupS} s warm-up; answered req/s, mean of ${rounds} round(s);` +
        ' CPU ms/req is the target process alone, for direct the upstream; RSS after load, peak = VmHWM)',
    );
    log(loadTable(perTarget, settings.connections));
  }
  log(heading('gateway · ratios measured in this run (mean of rounds [each round])'));
  log(table(['', ...MODES.map((mode) => mode.name)], ratioRows(summary, settings.connections)));
  log(
    heading(`gateway · issue targets, records on (informational; req/s at ${summary.targetConnections} connections)`),
  );
  const names = Object.keys(summary.modes[MODES[0].name].issueTargets);
  for (const name of names) {
    for (const mode of MODES) {
      const result = summary.modes[mode.name].issueTargets[name];
      log(
        `  ${summary.modes[mode.name].perTarget[name].label.padEnd(10)} ${mode.name.padEnd(10)} ${targetLine(result, summary)}`,
      );
    }
  }
  for (const [name, reason] of Object.entries(skipped)) log(`  ${name.padEnd(10)} not measured: ${reason}`);
  const { overall, maxDuringLoad } = summary.background;
  if (Number.isFinite(overall)) {
    log(
      `\n  Other programs on this machine used ${percent(overall)} of its CPU during the measurements` +
        ` (${percent(maxDuringLoad)} at most during one load run)` +
        (overall > 0.08 || maxDuringLoad > 0.2
          ? ': absolute figures of this run are depressed and noisier; compare the ratios, or rerun on a quiet machine.'
          : '.'),
    );
  }
}
