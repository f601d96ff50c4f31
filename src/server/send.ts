/**
 * Writing responses: JSON bodies, OpenAI-shaped errors, and SSE with backpressure.
 */

import type { ServerResponse } from 'node:http';
import { type Ingress, openAIIngress } from '../core/ingress.js';
import { isRungError, RungError } from '../spec/errors.js';
import { isStoreUnavailable } from '../spec/limits.js';

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(response, status, JSON.stringify(body), headers);
}

/** Sends JSON that is already serialised. */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Any thrown value as a RungError; anything unexpected becomes RUNG_INTERNAL with the request id to find it. */
export function asRungError(error: unknown, requestId: string): RungError {
  if (isRungError(error)) return error;
  // A store that cannot be reached (PostgreSQL or Redis away) is an outage to retry, not a bug in Rung.
  if (isStoreUnavailable(error)) {
    return new RungError('RUNG_STORE_UNAVAILABLE', `${error.message}; retry shortly`, {
      cause: error,
      retryAfterSeconds: 5,
    });
  }
  return new RungError('RUNG_INTERNAL', `internal error; quote request id ${requestId} when reporting it`, {
    cause: error,
  });
}

/** Sends an error in the client's dialect (OpenAI-shaped unless told otherwise). */
export function sendError(
  response: ServerResponse,
  error: RungError,
  headers: Record<string, string> = {},
  ingress: Ingress = openAIIngress,
): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const extra: Record<string, string> = Object.assign({}, headers, error.headers);
  if (error.retryAfterSeconds !== undefined) extra['retry-after'] = String(Math.ceil(error.retryAfterSeconds));
  sendJson(response, error.status, ingress.errorBody(error, headers['x-rung-request-id']), extra);
}

/** Writes one SSE event and waits for the socket to drain when its buffer is full. */
export function writeEvent(response: ServerResponse, data: string, stallMs?: number): Promise<void> | undefined {
  return writeSse(response, `data: ${data}\n\n`, stallMs);
}

/**
 * Writes ready-made SSE text; resolves when the socket can take more (backpressure). A client that stops
 * reading for `stallMs` is disconnected, so it cannot hold a turn (and its upstream call) open forever.
 */
export function writeSse(response: ServerResponse, text: string, stallMs = 30_000): Promise<void> | undefined {
  if (response.write(text)) return undefined;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      response.destroy();
      done();
    }, stallMs);
    const done = () => {
      clearTimeout(timer);
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/**
 * No `connection` header: Node sets it from the request (keep-alive with a `Keep-Alive: timeout=` hint that lets
 * a client's pool retire a connection before the server closes it, or close when the client asked for close).
 * Naming it here would keep alive a connection the client asked to close, and drop the hint.
 */
export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
} as const;
