/**
 * Real processes for integration tests: a private redis-server that a test may kill and restart on the same
 * port, and `rung serve` gateways started from a config file. Everything started here is killed by `stop`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, timeoutMs = 15_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${timeoutMs} ms:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-20_000);
      const match = pattern.exec(seen);
      if (match !== null) {
        clearTimeout(timer);
        // From here on its output is drained and dropped, so a chatty process never blocks on a full pipe.
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${seen}`));
    });
  });
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** Kills the server (SIGKILL: no goodbye to clients). */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForLine(child, /Ready to accept connections/, `redis-server on ${port}`);
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, kill, start };
}

export interface GatewayProcess {
  url: string;
  stop(): Promise<void>;
}

const BIN = new URL('../../bin/rung.js', import.meta.url);
const BUILT = new URL('../../dist/cli/main.js', import.meta.url);

export function gatewayBuilt(): boolean {
  return existsSync(BUILT);
}

/** `rung serve --config FILE --port 0`, resolved once it listens. */
export async function startGatewayProcess(configPath: string): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [BIN.pathname, 'serve', '--config', configPath, '--port', '0', '--no-watch'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await waitForLine(child, /listening on (http:\/\/[^\s]+) /, `rung serve (${configPath})`);
  return {
    url: match[1] as string,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
