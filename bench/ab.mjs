#!/usr/bin/env node
/**
 * A/B of two Rung builds under load: `node bench/ab.mjs A B [options]` from the repository root.
 *
 * Why not the gateway section: on a small shared machine, two fresh processes of the *same* build, measured
 * round by round in alternation, differ by up to ~10% in CPU per request, consistently within one pair of
 * processes (the first one started was the cheaper one in every restart here). So one pair cannot resolve a
 * change of a few percent however many rounds it runs. This tool restarts the pair several times, swapping which
 * build starts first, and gives a ratio per restart, then their mean with a 95% interval across restarts: the
 * spread between restarts is the noise that matters. `node bench/ab.mjs . .` (an A/A run) shows the floor.
 *
 * A and B are each a directory holding a Rung checkout with `dist/` built, or a git revision, which is checked
 * out to a temporary worktree (sharing this checkout's node_modules), built, and removed afterwards.
 * Both builds are measured with records on (SQLite), the condition of the issue's targets, against one fake
 * upstream; the figures per request are the target process's main thread (its event loop, which limits
 * req/s) and its other threads (the record writer, libuv's pool, V8's helpers).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { table, twoDecimals } from './lib/format.mjs';
import { throughput } from './lib/measure.mjs';
import { cpuMsOf, stopAll } from './lib/processes.mjs';
import { startRung, startUpstream } from './lib/targets.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);

const USAGE = `usage: node bench/ab.mjs A B [options]

  A, B                 a directory with a built Rung checkout ("." is this one), or a git revision
                       (checked out to a temporary worktree and built there)
  --restarts N         fresh pairs of processes; even, so each build starts first equally often  (default 4)
  --rounds N           alternating load runs per build and mode in each restart                  (default 4)
  --seconds S          seconds per load run                                                      (default 4)
  --connections N      autocannon connections                                                    (default 32)
  --mode M             stream, non-stream or both                                                (default both)
  --node-args-a=ARGS   extra flags for node running A (also -b), with "=" as they start with a dash:
                       --node-args-b="--max-semi-space-size=64"
  --env-a K=V[,K=V]    extra environment for A (also --env-b), e.g. for an ablation switch

Prints, per restart and mode, B ÷ A for req/s and for CPU per request (main thread, other threads, all), then
the mean over restarts with a 95% interval. An interval that contains 1.00 means no difference was resolved.`;

function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function positiveInteger(name, raw) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

function parseEnvironment(name, raw) {
  if (!raw) return {};
  return Object.fromEntries(
    raw.split(',').map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) fail(`--${name}: "${pair}" is not KEY=VALUE`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        restarts: { type: 'string', default: '4' },
        rounds: { type: 'string', default: '4' },
        seconds: { type: 'string', default: '4' },
        connections: { type: 'string', default: '32' },
        mode: { type: 'string', default: 'both' },
        'node-args-a': { type: 'string', default: '' },
        'node-args-b': { type: 'string', default: '' },
        'env-a': { type: 'string', default: '' },
        'env-b': { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 2) fail(`expected two builds (A and B), got ${positionals.length}`);
  const modes = { both: [false, true], stream: [true], 'non-stream': [false] }[values.mode];
  if (!modes) fail(`--mode must be stream, non-stream or both, got "${values.mode}"`);
  const restarts = positiveInteger('restarts', values.restarts);
  if (restarts % 2 !== 0) fail(`--restarts must be even so that each build starts first as often, got ${restarts}`);
  const seconds = Number(values.seconds);
  if (!(seconds > 0)) fail(`--seconds must be a positive number, got "${values.seconds}"`);
  const split = (raw) => raw.split(/\s+/).filter(Boolean);
  return {
    builds: [
      {
        name: 'A',
        spec: positionals[0],
        nodeArgs: split(values['node-args-a']),
        env: parseEnvironment('env-a', values['env-a']),
      },
      {
        name: 'B',
        spec: positionals[1],
        nodeArgs: split(values['node-args-b']),
        env: parseEnvironment('env-b', values['env-b']),
      },
    ],
    restarts,
    rounds: positiveInteger('rounds', values.rounds),
    seconds,
    connections: positiveInteger('connections', values.connections),
    modes,
  };
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${result.stderr}${result.stdout}`.trim());
  }
  return result.stdout.trim();
}

const worktrees = [];

/** The directory a build runs from: the given one, or a fresh worktree of a revision with dist/ built. */
function prepare(build) {
  const directory = resolve(build.spec);
  if (existsSync(directory)) {
    if (!existsSync(join(directory, 'dist', 'cli', 'main.js'))) {
      throw new Error(`${directory} has no dist/ build: run \`npm run build\` there first`);
    }
    return { ...build, directory, label: build.spec };
  }
  const commit = run('git', ['rev-parse', '--short', '--verify', `${build.spec}^{commit}`], root);
  const worktree = mkdtempSync(join(tmpdir(), `rung-ab-${commit}-`));
  rmSync(worktree, { recursive: true });
  run('git', ['worktree', 'add', '--detach', worktree, commit], root);
  worktrees.push(worktree);
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'), 'dir');
  run(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    worktree,
  );
  return { ...build, directory: worktree, label: `${build.spec} (${commit})` };
}

function removeWorktrees() {
  for (const worktree of worktrees.splice(0)) {
    spawnSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root });
    rmSync(worktree, { recursive: true, force: true });
  }
}

/** One load run on one target: answered req/s and CPU ms per answered request, main thread and the rest. */
async function loadRun(target, stream, { seconds, connections }) {
  const pid = target.pid;
  const before = { all: cpuMsOf(pid), main: cpuMsOf(pid, pid) };
  const result = await throughput(target.request(stream), { connections, durationS: seconds });
  const all = cpuMsOf(pid) - before.all;
  const main = cpuMsOf(pid, pid) - before.main;
  const failed = result.non2xx + result.badAnswers + result.errors + result.timeouts;
  return { rps: result.requestsPerSecond, answered: result.answered, failed, main, other: all - main };
}

/** Sums load runs into req/s and CPU ms per request. */
function totals(runs) {
  const answered = runs.reduce((sum, one) => sum + one.answered, 0);
  const perRequest = (key) => runs.reduce((sum, one) => sum + one[key], 0) / answered;
  return {
    rps: runs.reduce((sum, one) => sum + one.rps, 0) / runs.length,
    main: perRequest('main'),
    other: perRequest('other'),
    all: perRequest('main') + perRequest('other'),
    failed: runs.reduce((sum, one) => sum + one.failed, 0),
  };
}

/** Student's t at 97.5% for n − 1 degrees of freedom (n ≤ 31), for a 95% interval of a mean. */
// biome-ignore format: a table reads better in rows
const T975 = [
  Number.NaN, 12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.2, 2.18, 2.16, 2.14, 2.13, 2.12, 2.11,
  2.1, 2.09, 2.09, 2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04,
];

/** Mean and 95% interval of per-restart ratios, taken on their logarithms (ratios multiply). */
function summarise(ratios) {
  const logs = ratios.map(Math.log);
  const mean = logs.reduce((sum, value) => sum + value, 0) / logs.length;
  const variance = logs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, logs.length - 1);
  const half = (T975[Math.min(logs.length - 1, T975.length - 1)] * Math.sqrt(variance)) / Math.sqrt(logs.length);
  return { mean: Math.exp(mean), low: Math.exp(mean - half), high: Math.exp(mean + half) };
}

const signed = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;
const interval = ({ mean, low, high }) =>
  Number.isFinite(low) ? `${signed(mean)} [${signed(low)}, ${signed(high)}]` : signed(mean);

async function main() {
  const options = parseOptions(process.argv.slice(2));
  // Also on Ctrl-C, which ends the process from the bench's own signal handler.
  process.on('exit', removeWorktrees);
  const builds = options.builds.map(prepare);
  for (const build of builds) {
    const flags = [
      build.nodeArgs.join(' '),
      Object.entries(build.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
    ];
    console.log(`${build.name}: ${build.label} ${flags.filter(Boolean).join(' · ')}`.trim());
  }
  const modeName = (stream) => (stream ? 'stream' : 'non-stream');
  console.log(
    `${options.restarts} restarts × ${options.rounds} rounds × ${options.seconds} s at ${options.connections} ` +
      `connections · ${options.modes.map(modeName).join(', ')}\n`,
  );
  const upstream = await startUpstream({ benchDir });
  const ratios = Object.fromEntries(
    options.modes.map((stream) => [modeName(stream), { rps: [], main: [], other: [], all: [] }]),
  );
  const rows = [];
  for (let restart = 0; restart < options.restarts; restart++) {
    const order = restart % 2 === 0 ? builds : [...builds].reverse();
    const targets = new Map();
    for (const build of order) {
      const target = await startRung({
        root: build.directory,
        upstreamPort: upstream.port,
        name: `rung-${build.name}`,
        label: build.name,
        nodeArgs: build.nodeArgs,
        env: build.env,
      });
      targets.set(build.name, target);
    }
    try {
      for (const stream of options.modes) {
        for (const build of order) {
          await throughput(targets.get(build.name).request(stream), {
            connections: options.connections,
            durationS: options.seconds * 2,
          });
        }
      }
      for (const stream of options.modes) {
        const runs = { A: [], B: [] };
        for (let round = 0; round < options.rounds; round++) {
          for (const build of round % 2 === 0 ? order : [...order].reverse()) {
            runs[build.name].push(await loadRun(targets.get(build.name), stream, options));
          }
        }
        const a = totals(runs.A);
        const b = totals(runs.B);
        const mode = modeName(stream);
        for (const key of ['rps', 'main', 'other', 'all']) ratios[mode][key].push(b[key] / a[key]);
        rows.push([
          `${restart + 1} (${order[0].name} first)`,
          mode,
          `${Math.round(a.rps)} / ${Math.round(b.rps)}`,
          `${(a.main * 1000).toFixed(0)} / ${(b.main * 1000).toFixed(0)}`,
          `${(a.other * 1000).toFixed(0)} / ${(b.other * 1000).toFixed(0)}`,
          twoDecimals(b.rps / a.rps),
          twoDecimals(b.main / a.main),
          twoDecimals(b.all / a.all),
          a.failed + b.failed,
        ]);
        console.log(
          `  restart ${restart + 1}/${options.restarts} ${mode}: req/s A ${Math.round(a.rps)} B ${Math.round(b.rps)}` +
            ` · main µs/req A ${(a.main * 1000).toFixed(1)} B ${(b.main * 1000).toFixed(1)}`,
        );
      }
    } finally {
      for (const target of targets.values()) await target.stop();
    }
  }
  console.log(
    `\n${table(
      ['restart', 'mode', 'req/s A / B', 'main µs/req', 'other µs/req', 'B÷A req/s', 'B÷A main', 'B÷A all', 'failed'],
      rows,
    )}`,
  );
  console.log('\nB against A, mean over restarts [95% interval]:');
  console.log(
    table(
      ['mode', 'req/s', 'CPU/req main thread', 'CPU/req other threads', 'CPU/req all'],
      Object.entries(ratios).map(([mode, r]) => [
        mode,
        interval(summarise(r.rps)),
        interval(summarise(r.main)),
        interval(summarise(r.other)),
        interval(summarise(r.all)),
      ]),
    ),
  );
  await upstream.stop();
}

main()
  .catch((error) => {
    console.error(error?.stack ?? error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    removeWorktrees();
  });
