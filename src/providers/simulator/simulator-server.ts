/**
 * The simulator over a real socket: a node:http server that plays the same WireScripts as the in-memory
 * transport, with real resets, stalls and hangs. Tests of the undici transport and of client SDKs point at it
 * as a fake OpenAI upstream; no API key, no network beyond loopback.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import type { SimModelConfig } from '../../config/schema.js';
import { createSimEngine } from './sim-engine.js';
import type { WireResponse } from './sim-wire.js';

export interface SimulatorServerOptions {
  /** Default 42, the schema's default for simulator providers. */
  seed?: number;
  /** Keyed by the model id requests carry in `model`. */
  models: Record<string, SimModelConfig>;
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Unix milliseconds, for `created`; default Date.now. */
  now?: () => number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, the raw text if it was not JSON, or null without a body. */
  body: unknown;
}

export interface SimulatorServer {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:41234/v1 */
  url: string;
  /** The last 1000 requests, oldest first. */
  requests: RecordedRequest[];
  /** Stops listening and destroys every open socket, hung and stalled ones included. */
  close(): Promise<void>;
}

const MAX_RECORDED = 1000;

/**
 * @example
 * const server = await startSimulatorServer({ models: { 'sim-fast': simModelSchema.parse({}) } });
 * const transport = createUndiciTransport({ maxConnections: 4 });
 * // ... point an OpenAI-compatible provider at server.url ...
 * await server.close();
 */
export async function startSimulatorServer(options: SimulatorServerOptions): Promise<SimulatorServer> {
  const engine = createSimEngine({
    seed: options.seed ?? 42,
    models: new Map(Object.entries(options.models)),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  // Every pending delay of every request, so close() can clear them all.
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((request, response) => {
    const parts: Buffer[] = [];
    // A client that leaves mid-request is a normal event here (tests time out on purpose), not a crash.
    request.on('error', () => {});
    response.on('error', () => {});
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => {
      const text = parts.length === 0 ? null : Buffer.concat(parts).toString('utf8');
      const path = new URL(request.url ?? '/', 'http://simulator').pathname;
      requests.push({ method: request.method ?? 'GET', path, headers: { ...request.headers }, body: parseBody(text) });
      if (requests.length > MAX_RECORDED) requests.splice(0, requests.length - MAX_RECORDED);
      const script = engine.plan({ method: request.method ?? 'GET', path, body: text });
      // A hang answers nothing and holds the socket until the client gives up or close() destroys it.
      if (script.kind === 'hang') return;
      if (script.kind === 'reset') {
        request.socket.resetAndDestroy();
        return;
      }
      play(script, request, response, timers);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the simulator server has no TCP address');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/v1`,
    requests,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

function play(
  script: WireResponse,
  request: IncomingMessage,
  response: ServerResponse,
  timers: Set<NodeJS.Timeout>,
): void {
  const own = new Set<NodeJS.Timeout>();
  // The client may leave mid-script; nothing more must be written, and no timer must outlive the socket.
  response.on('close', () => {
    for (const timer of own) {
      clearTimeout(timer);
      timers.delete(timer);
    }
  });
  const after = (ms: number, run: () => void): void => {
    if (ms <= 0) {
      run();
      return;
    }
    const timer = setTimeout(() => {
      own.delete(timer);
      timers.delete(timer);
      run();
    }, ms);
    own.add(timer);
    timers.add(timer);
  };

  const step = (index: number): void => {
    if (response.destroyed) return;
    const chunk = script.chunks[index];
    if (chunk === undefined) {
      finish();
      return;
    }
    after(chunk.delayMs, () => {
      if (response.destroyed) return;
      response.write(chunk.data);
      step(index + 1);
    });
  };

  const finish = (): void => {
    if (script.end === 'close') response.end();
    else if (script.end === 'reset') {
      // Let the written bytes reach the client first, or the reset could discard them and hide what was sent.
      response.write('', () => after(10, () => request.socket.resetAndDestroy()));
    }
    // 'stall': leave the socket open and silent.
  };

  after(script.headersDelayMs, () => {
    if (response.destroyed) return;
    response.writeHead(script.status, script.headers);
    // Headers go out now even with no body yet, as an upstream's do; a stall depends on it.
    response.flushHeaders();
    step(0);
  });
}

function parseBody(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
