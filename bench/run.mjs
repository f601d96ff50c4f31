#!/usr/bin/env node
/**
 * Rung's benchmarks: `npm run bench [-- [--quick] [section...]]` from the repository root.
 *
 * Each file in bench/sections/ is a section exporting `description` and `async function run(ctx)` that prints
 * its own report and returns what goes into the JSON results. With no section named, all run. Figures from one
 * run are compared with each other (ratios), never with another run's: the machine is shared and small.
 * Nothing here asserts a timing; the exit code is 0 unless the bench itself breaks.
 *
 * Settings (environment): BENCH_DURATION_S, BENCH_WARMUP_S, BENCH_JIT_WARMUP_S, BENCH_SEQUENTIAL_N,
 * BENCH_SEQUENTIAL_WARMUP, BENCH_ROUNDS, BENCH_CONNECTIONS (e.g. "32,128"),
 * BENCH_TARGETS (e.g. "direct,bare,rung,portkey").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const sectionsDir = join(benchDir, 'sections');
const available = readdirSync(sectionsDir)
  .filter((file) => file.endsWith('.mjs'))
  .map((file) => file.slice(0, -'.mjs'.length))
  .sort();

function usage() {
  return `usage: npm run bench -- [--quick] [${available.join('|')} ...]

  --quick   short runs (1 round, 2 s per load run, 150 timed requests) to check that everything works

environment:
  BENCH_DURATION_S         seconds per autocannon run            (default 5, quick 2)
  BENCH_WARMUP_S           seconds of load before each run       (default 1, quick 0.5)
  BENCH_JIT_WARMUP_S       gateway: seconds of load per target and mode before a round is timed (default 8, quick 1)
  BENCH_SEQUENTIAL_N       timed requests at one connection      (default 500, quick 150)
  BENCH_SEQUENTIAL_WARMUP  untimed requests before those         (default 200, quick 50)
  BENCH_ROUNDS             passes over all targets, alternating  (default 2, quick 1)
  BENCH_CONNECTIONS        connection counts for load runs       (default 32,128)
  BENCH_TARGETS            which targets to run                  (default direct,bare,rung,portkey)`;
}

function parseArguments(argv) {
  const names = [];
  let quick = false;
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (available.includes(arg)) names.push(arg);
    else {
      console.error(`unknown argument "${arg}"; sections: ${available.join(', ')}\n\n${usage()}`);
      process.exit(2);
    }
  }
  return { quick, names: names.length > 0 ? names : available };
}

function numberFromEnvironment(key, fallback) {
  const raw = process.env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${key}="${raw}" is not a non-negative number`);
    process.exit(2);
  }
  return value;
}

function listFromEnvironment(key, fallback) {
  const raw = process.env[key];
  return raw
    ? raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : fallback;
}

function settingsFor(quick) {
  return {
    quick,
    durationS: numberFromEnvironment('BENCH_DURATION_S', quick ? 2 : 5),
    warmupS: numberFromEnvironment('BENCH_WARMUP_S', quick ? 0.5 : 1),
    jitWarmupS: numberFromEnvironment('BENCH_JIT_WARMUP_S', quick ? 1 : 8),
    sequentialCount: numberFromEnvironment('BENCH_SEQUENTIAL_N', quick ? 150 : 500),
    sequentialWarmup: numberFromEnvironment('BENCH_SEQUENTIAL_WARMUP', quick ? 50 : 200),
    rounds: Math.max(1, numberFromEnvironment('BENCH_ROUNDS', quick ? 1 : 2)),
    connections: listFromEnvironment('BENCH_CONNECTIONS', ['32', '128']).map(Number),
    targets: listFromEnvironment('BENCH_TARGETS', ['direct', 'bare', 'rung', 'portkey']),
  };
}

/**
 * Installs the bench's own dependencies (Portkey, autocannon, undici) from its lockfile on first use, and again
 * when the lockfile is newer than the installed tree.
 */
function ensureInstalled() {
  const needed = ['autocannon', 'undici', join('@portkey-ai', 'gateway')];
  const installed = join(benchDir, 'node_modules', '.package-lock.json');
  const present = needed.every((name) => existsSync(join(benchDir, 'node_modules', name, 'package.json')));
  const fresh =
    existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(benchDir, 'package-lock.json')).mtimeMs;
  if (present && fresh) return;
  console.log('Installing the bench dependencies (npm ci --prefix bench)...');
  const result = spawnSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('npm ci --prefix bench failed; the bench needs the npm registry once to install its dependencies.');
    process.exit(1);
  }
}

function gitCommit() {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function main() {
  const { quick, names } = parseArguments(process.argv.slice(2));
  ensureInstalled();
  // Imported only now: they need the dependencies installed above.
  const { stopAll } = await import('./lib/processes.mjs');
  const settings = settingsFor(quick);
  const startedAt = new Date();
  const results = {
    startedAt: startedAt.toISOString(),
    commit: gitCommit(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
    },
    settings,
    sections: {},
  };
  console.log(
    `Rung bench · ${results.machine.cpus} CPU(s) · Node ${process.version} · sections: ${names.join(', ')}${quick ? ' · quick' : ''}`,
  );
  const context = { root, benchDir, settings, log: (line = '') => console.log(line) };
  try {
    for (const name of names) {
      const section = await import(`./sections/${name}.mjs`);
      results.sections[name] = await section.run(context);
    }
  } finally {
    await stopAll();
  }
  results.finishedAt = new Date().toISOString();
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResults written to ${file} (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`);
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exitCode = 1;
});
