/**
 * The HTTP server: plain node:http with a small fixed routing table. A framework buys little for six endpoints
 * and costs per-request overhead on the one path that must stay a rounding error next to a model call
 * (see docs/decisions/0001-node-http.md).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gateway } from '../core/gateway.js';
import { requestId } from '../core/request-id.js';
import { RungError } from '../spec/errors.js';
import { chatCompletions } from './endpoints/chat-completions.js';
import { complete } from './endpoints/complete.js';
import { listModels } from './endpoints/models.js';
import { asRungError, sendError, sendJson } from './send.js';

type Endpoint = (gateway: Gateway, request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

const ROUTES: Record<string, Partial<Record<string, Endpoint>>> = {
  '/v1/chat/completions': { POST: chatCompletions },
  '/chat/completions': { POST: chatCompletions },
  '/complete': { POST: complete },
  '/health': { GET: (_gateway, _request, response) => sendJson(response, 200, { ok: true }) },
  '/v1/models': { GET: (gateway, _request, response) => sendJson(response, 200, listModels(gateway.current())) },
  '/metrics': {
    GET: async (gateway, _request, response) => {
      const text = await gateway.metrics.registry.metrics();
      response.writeHead(200, { 'content-type': gateway.metrics.registry.contentType });
      response.end(text);
    },
  },
};

export interface RungServer {
  server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish within the grace period, then closes everything. */
  close(graceMs?: number): Promise<void>;
}

export function createRungServer(gateway: Gateway): RungServer {
  const server = createServer(
    { keepAliveTimeout: gateway.current().config.server.keep_alive_timeout_ms },
    (request, response) => {
      void dispatch(gateway, request, response);
    },
  );
  server.headersTimeout = 60_000;
  server.requestTimeout = 300_000;
  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close(graceMs = gateway.current().config.server.shutdown_grace_ms) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
    },
  };
}

async function dispatch(gateway: Gateway, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const methods = ROUTES[path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path];
  try {
    if (methods === undefined) {
      throw new RungError('RUNG_NOT_FOUND', `no endpoint ${request.method} ${path}; try POST /v1/chat/completions`);
    }
    const endpoint = methods[request.method ?? 'GET'];
    if (endpoint === undefined) {
      throw new RungError('RUNG_METHOD_NOT_ALLOWED', `${path} accepts ${Object.keys(methods).join(', ')}`, {
        headers: { allow: Object.keys(methods).join(', ') },
      });
    }
    await endpoint(gateway, request, response);
  } catch (error) {
    const failure = asRungError(error, '-');
    if (failure.code === 'RUNG_INTERNAL') gateway.logger.error({ err: error, path }, 'internal error');
    if (failure.code === 'RUNG_BODY_TOO_LARGE') {
      // The rest of the upload is not read: close the connection once the 413 is out.
      response.shouldKeepAlive = false;
      response.once('finish', () => request.destroy());
    }
    if (!response.destroyed) sendError(response, failure);
    if (request.method === 'POST' && methods !== undefined) recordRejection(gateway, path, failure);
  }
}

/** A request refused before it became a turn (bad key, bad body) still leaves a record. */
function recordRejection(gateway: Gateway, endpoint: string, failure: RungError): void {
  gateway.stores.records.append({
    id: requestId(),
    ts: Date.now(),
    endpoint,
    route: null,
    plan: null,
    mode: null,
    user: null,
    tenant: null,
    key_name: null,
    stream: false,
    status: failure.status,
    error_code: failure.code,
    attempts: [],
    model: null,
    provider: null,
    attempt: null,
    used_fallback: false,
    usage: null,
    cost_usd: null,
    ttft_ms: null,
    total_ms: 0,
  });
}
