import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Abort } from '../../spec/abort.js';
import { AttemptFailure } from '../../spec/errors.js';
import type { Timeouts } from '../../spec/provider.js';
import type { Transport, TransportTimeout, UpstreamResponse } from './transport.js';
import { HIGH_WATER_BYTES, type UndiciCall } from './undici-call.js';
import { createUndiciTransport } from './undici-transport.js';

const TIMEOUTS: Timeouts = { connectMs: 1000, firstByteMs: 2000, firstTokenMs: 2000, idleMs: 2000, totalMs: 10_000 };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Upstream {
  url: string;
  /** The socket of each request the server was sent, in order. */
  served: Socket[];
}

/** A local upstream whose every request is answered by `handle`. */
async function upstream(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void) {
  const served: Socket[] = [];
  const server = http.createServer((request, response) => {
    served.push(request.socket);
    request.resume();
    request.on('end', () => handle(request, response));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat`, served } satisfies Upstream;
}

function transport(maxConnections = 4, maxTextBytes?: number): Transport {
  const made = createUndiciTransport({ maxConnections, maxTextBytes });
  cleanups.push(() => made.close());
  return made;
}

/** A call as the core makes one: an Abort signal with its own abort, which the transport's timeouts go through. */
function send(through: Transport, url: string, timeouts: Partial<Timeouts> = {}, signal = new Abort()) {
  return through.send({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    signal,
    abort: (cause: TransportTimeout) => signal.abort(cause),
    timeouts: { ...TIMEOUTS, ...timeouts },
  });
}

async function failure(promise: Promise<unknown>): Promise<{ outcome: string; message: string }> {
  const caught = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(AttemptFailure);
  const { outcome, message } = caught as AttemptFailure;
  return { outcome, message };
}

async function readAll(response: UpstreamResponse): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of response.body) parts.push(part);
  return Buffer.concat(parts);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('UndiciCall through the undici transport', () => {
  it('reads a body written in pieces as text, a character split across two writes included', async () => {
    const euro = Buffer.from('€');
    const server = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'x-id': 'a1' });
      response.write(Buffer.concat([Buffer.from('{"price":"'), euro.subarray(0, 1)]));
      setTimeout(() => response.end(Buffer.concat([euro.subarray(1), Buffer.from('5"}')])), 20);
    });
    const response = await send(transport(), server.url);
    expect(response.status).toBe(200);
    expect(response.headers['x-id']).toBe('a1');
    expect(await response.text()).toBe('{"price":"€5"}');
  });

  it('hands a stream over chunk by chunk and keeps the connection for the next call', async () => {
    const server = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: 1\n\n');
      setTimeout(() => response.end('data: [DONE]\n\n'), 20);
    });
    const through = transport(1);
    expect((await readAll(await send(through, server.url))).toString()).toBe('data: 1\n\ndata: [DONE]\n\n');
    expect(await (await send(through, server.url)).text()).toBe('data: 1\n\ndata: [DONE]\n\n');
    expect(server.served).toHaveLength(2);
    expect(server.served[1]).toBe(server.served[0]);
  });

  it('fails before the headers with connect_error on a reset, and on a refused connection', async () => {
    const server = await upstream((request) => request.socket.destroy());
    expect(await failure(send(transport(), server.url))).toMatchObject({ outcome: 'connect_error' });
    expect(await failure(send(transport(), 'http://127.0.0.1:1/v1/chat'))).toMatchObject({
      outcome: 'connect_error',
      message: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it('hands over what came before a reset mid-body, then fails with connect_error', async () => {
    const server = await upstream((request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: {"role":"assistant"}\n\n');
      setTimeout(() => request.socket.destroy(), 30);
    });
    const response = await send(transport(), server.url);
    let text = '';
    const caught = await (async () => {
      for await (const part of response.body) text += Buffer.from(part).toString();
    })().then(
      () => null,
      (error: unknown) => error,
    );
    expect(text).toBe('data: {"role":"assistant"}\n\n');
    expect(caught).toMatchObject({ outcome: 'connect_error' });
  });

  it('times out a hang at the first byte and a stall at the idle gap, as text and as a stream', async () => {
    const hang = await upstream(() => {});
    const started = performance.now();
    expect(await failure(send(transport(), hang.url, { firstByteMs: 100 }))).toMatchObject({
      outcome: 'timeout',
      message: expect.stringMatching(/first-byte/),
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    const stall = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: 1\n\n');
    });
    const asText = await send(transport(), stall.url, { idleMs: 100 });
    expect(await failure(asText.text())).toMatchObject({ outcome: 'timeout', message: expect.stringMatching(/idle/) });
    const asStream = await send(transport(), stall.url, { idleMs: 100 });
    expect(await failure(readAll(asStream))).toMatchObject({ outcome: 'timeout', message: /idle/ });
  });

  it('fails at once with client_closed when the signal fires, even while queued behind a busy connection', async () => {
    const server = await upstream(() => {});
    const through = transport(1);
    const first = new Abort();
    const pending = send(through, server.url, {}, first);
    await pause(30);
    // The only connection is taken by `first`: this call waits in undici's queue.
    const queued = new Abort();
    const waiting = send(through, server.url, {}, queued);
    await pause(30);
    const started = performance.now();
    queued.abort({ kind: 'client_closed' });
    expect(await failure(waiting)).toMatchObject({ outcome: 'client_closed' });
    expect(performance.now() - started).toBeLessThan(100);
    first.abort({ kind: 'timeout', which: 'total' });
    expect(await failure(pending)).toMatchObject({ outcome: 'timeout', message: 'total timeout' });
    // The request on the wire was dropped with its connection; the queued one never reached the server.
    await expect.poll(() => server.served[0]?.destroyed).toBe(true);
    expect(server.served).toHaveLength(1);
  });

  it('sends nothing when the signal fired before the call', async () => {
    const server = await upstream((_request, response) => response.end('{}'));
    const gone = new Abort();
    gone.abort({ kind: 'client_closed' });
    expect(await failure(send(transport(), server.url, {}, gone))).toMatchObject({ outcome: 'client_closed' });
    await pause(50);
    expect(server.served).toHaveLength(0);
  });

  it('drops the connection when the reader stops early or discards the body', async () => {
    const server = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: 1\n\n');
    });
    const through = transport();
    for await (const _part of (await send(through, server.url)).body) break;
    await expect.poll(() => server.served[0]?.destroyed).toBe(true);
    (await send(through, server.url)).discard();
    await expect.poll(() => server.served[1]?.destroyed).toBe(true);
  });

  it('fails a whole body past its limit as malformed, and drops the connection', async () => {
    const server = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write(`{"pad":"${'x'.repeat(3_000)}`);
      setTimeout(() => response.end('"}'), 20);
    });
    const response = await send(transport(4, 1_024), server.url);
    expect(await failure(response.text())).toMatchObject({
      outcome: 'malformed',
      message: 'the upstream body is over 1024 bytes',
    });
    await expect.poll(() => server.served[0]?.destroyed).toBe(true);
    // A body that was all in before the reader asked is held to the same limit.
    const quick = await upstream((_request, response) => response.end(`{"pad":"${'x'.repeat(3_000)}"}`));
    const early = await send(transport(4, 1_024), quick.url);
    await pause(50);
    expect(await failure(early.text())).toMatchObject({ outcome: 'malformed' });
  });

  it('stops reading the socket while the reader is behind, and loses nothing', async () => {
    const total = 4 * 1024 * 1024;
    const server = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      const piece = Buffer.alloc(16 * 1024, 7);
      let sent = 0;
      const write = () => {
        while (sent < total) {
          sent += piece.length;
          if (!response.write(piece)) {
            response.once('drain', write);
            return;
          }
        }
        response.end();
      };
      write();
    });
    const response = (await send(transport(), server.url)) as UndiciCall;
    await pause(200);
    // Without the pause undici would have queued all 4 MiB by now.
    expect(response.bufferedBytes).toBeGreaterThan(0);
    expect(response.bufferedBytes).toBeLessThanOrEqual(HIGH_WATER_BYTES + 256 * 1024);
    expect((await readAll(response)).length).toBe(total);
  });
});
