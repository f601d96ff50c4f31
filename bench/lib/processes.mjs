/**
 * Child processes for the bench: start them, wait until they serve, read their memory and CPU from /proc, and
 * stop every one of them on exit, on error and on SIGINT so no run leaves an orphan holding a port.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const orphanGuard = fileURLToPath(new URL('./orphan-guard.mjs', import.meta.url));
const children = new Set();
const scratch = new Set();
let handlersInstalled = false;

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers run synchronously: SIGKILL is the only signal that cannot leave a gateway half-shut.
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
    for (const directory of scratch) rmSync(directory, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping ${children.size} child process(es)\n`);
      stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/**
 * A fresh directory under the system's temporary one, removed by `remove()` or, failing that, when the bench
 * exits. One exit handler serves them all: a listener per directory passed Node's limit of 10 in a long A/B.
 * @example const scratchDir = scratchDirectory('rung-bench-'); ...; scratchDir.remove()
 */
export function scratchDirectory(prefix) {
  installHandlers();
  const path = mkdtempSync(join(tmpdir(), prefix));
  scratch.add(path);
  return {
    path,
    remove() {
      scratch.delete(path);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/**
 * Starts `node <args>` as a tracked child with an IPC channel (so it can notice the bench dying) and keeps the
 * last lines of its output for error reports.
 * @example const child = startNode('fake-upstream', ['bench/fake-upstream.mjs', '--port=0'], { cwd })
 */
export function startNode(name, args, { cwd, env = process.env, guard = false } = {}) {
  installHandlers();
  const nodeArgs = guard ? ['--import', orphanGuard, ...args] : args;
  const child = spawn(process.execPath, nodeArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  child.benchName = name;
  child.output = [];
  const keep = (data) => {
    child.output.push(data.toString('utf8'));
    if (child.output.length > 200) child.output.splice(0, child.output.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.exited.then(() => children.delete(child));
  children.add(child);
  return child;
}

/** The child's recent stdout and stderr, for an error message. */
export function recentOutput(child, lines = 20) {
  return child.output.join('').split('\n').slice(-lines).join('\n');
}

/**
 * Resolves with the first capture of `pattern` in what a child prints on `stream`; fails if the child exits
 * first or nothing matches within `timeoutMs`.
 * @example const url = await waitForOutput(child, { stream: 'stderr', pattern: /listening on (\S+)/ })
 */
export function waitForOutput(child, { stream, pattern, timeoutMs }) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => finish(new Error(`${child.benchName} did not start within ${timeoutMs} ms:\n${recentOutput(child)}`)),
      timeoutMs,
    );
    const onData = (data) => {
      seen += data.toString('utf8');
      const match = pattern.exec(seen);
      if (match) finish(null, match[1]);
    };
    const onExit = (code) => finish(new Error(`${child.benchName} exited with code ${code}:\n${recentOutput(child)}`));
    function finish(error, value) {
      clearTimeout(timer);
      child[stream].off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value);
    }
    child[stream].on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Waits for a child that prints `listening <port>` and returns the port.
 * @example const port = await waitForListening(child)
 */
export async function waitForListening(child, timeoutMs = 10_000) {
  return Number(await waitForOutput(child, { stream: 'stdout', pattern: /listening (\d+)/, timeoutMs }));
}

/** Resolves with the URL a `rung serve` child prints on stderr ("rung: listening on http://…"). */
export function waitForUrl(child, timeoutMs = 30_000) {
  return waitForOutput(child, { stream: 'stderr', pattern: /listening on (http:\/\/\S+)/, timeoutMs });
}

/**
 * Polls `check()` until it resolves true, failing early if the child exits.
 * @example await waitUntil(child, () => isHealthy(url))
 */
export async function waitUntil(child, check, { timeoutMs = 30_000, what = 'ready' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.exited.then((status) => {
    exited = status;
  });
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(
        `${child.benchName} exited (${JSON.stringify(exited)}) before it was ${what}:\n${recentOutput(child)}`,
      );
    }
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${child.benchName} was not ${what} within ${timeoutMs} ms:\n${recentOutput(child)}`);
}

/** A port free at the time of asking, for programs that must be told their port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Stops one child: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stop(child, graceMs = 2_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Stops every child the bench started. */
export async function stopAll() {
  await Promise.all([...children].map((child) => stop(child)));
}

/**
 * Resident memory of a process in MB, now and at its peak (VmRSS, VmHWM from /proc), or null off Linux.
 * @example memoryOf(child.pid) // { rssMb: 61.2, peakMb: 75.0 }
 */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

const clockTicks = 100; // USER_HZ on Linux; /proc/PID/stat counts CPU time in these ticks.

/**
 * CPU time a process has used so far, in ms (user + system, from /proc/PID/stat), or null off Linux. With
 * `thread`, only that thread's (`/proc/PID/task/TID/stat`); a process's main thread has its PID as TID.
 * @example const before = cpuMsOf(pid); ...; const used = cpuMsOf(pid) - before
 * @example cpuMsOf(pid, pid) // the main thread alone: the JavaScript event loop of a Node process
 */
export function cpuMsOf(pid, thread = undefined) {
  try {
    const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8');
    // The command name may contain spaces; the fields after it are space-separated (utime is the 14th field).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return null;
  }
}

/**
 * A snapshot of CPU time on the whole machine and in the given processes plus this one, in ms. Two snapshots
 * tell how much CPU other programs took during a measurement (see `backgroundShare`), which the report prints
 * because the machine is shared and a busy neighbour lowers every figure of that run.
 * @example const before = cpuSnapshot([child.pid]); ...; backgroundShare(before, cpuSnapshot([child.pid]))
 */
export function cpuSnapshot(pids) {
  let busyMs = Number.NaN;
  let totalMs = Number.NaN;
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
    const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = fields;
    busyMs = ((user + nice + system + irq + softirq + steal) * 1000) / clockTicks;
    totalMs = busyMs + ((idle + iowait) * 1000) / clockTicks;
  } catch {
    // Not Linux: the share stays unknown.
  }
  const own = process.cpuUsage();
  let ownMs = (own.user + own.system) / 1000;
  for (const pid of pids) ownMs += cpuMsOf(pid) ?? 0;
  return { busyMs, totalMs, ownMs };
}

/**
 * The share (0..1) of the machine's CPU capacity that processes other than the bench's used between two
 * snapshots, or NaN if unknown.
 * @example backgroundShare(before, after) // 0.04
 */
export function backgroundShare(before, after) {
  const total = after.totalMs - before.totalMs;
  if (!(total > 0)) return Number.NaN;
  return Math.max(0, after.busyMs - before.busyMs - (after.ownMs - before.ownMs)) / total;
}
