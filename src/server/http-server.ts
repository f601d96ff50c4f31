/**
 * The HTTP server: plain node:http with a small fixed routing table. A framework buys little for six endpoints
 * and costs per-request overhead on the one path that must stay a rounding error next to a model call
 * (see docs/decisions/0001-node-http.md).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gateway } from '../core/gateway.js';
import { anthropicIngress, type Ingress, openAIIngress } from '../core/ingress.js';
import { RungError } from '../spec/errors.js';
import { admin } from './endpoints/admin.js';
import { chatCompletions } from './endpoints/chat-completions.js';
import { complete } from './endpoints/complete.js';
import { embeddings } from './endpoints/embeddings.js';
import { conversations, memoryEndpoint } from './endpoints/memory.js';
import { messages } from './endpoints/messages.js';
import { listModels } from './endpoints/models.js';
import { identityInput, rejectedBy } from './endpoints/request-context.js';
import { asRungError, sendError, sendJson } from './send.js';

function health(_gateway: Gateway, _request: IncomingMessage, response: ServerResponse): void {
  sendJson(response, 200, { ok: true });
}

/** Aliases are recorded under the one name. */
function canonical(path: string): string {
  if (path === '/chat/completions') return '/v1/chat/completions';
  return path === '/embeddings' ? '/v1/embeddings' : path;
}

/** Endpoints that answer errors in another dialect than OpenAI's. */
const INGRESS: Record<string, Ingress> = { '/v1/messages': anthropicIngress };

type Endpoint = (gateway: Gateway, request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

const ROUTES: Record<string, Partial<Record<string, Endpoint>>> = {
  '/v1/chat/completions': { POST: chatCompletions },
  '/chat/completions': { POST: chatCompletions },
  '/v1/messages': { POST: messages },
  '/v1/embeddings': { POST: embeddings },
  '/embeddings': { POST: embeddings },
  '/complete': { POST: complete },
  '/health': { GET: health, HEAD: health },
  '/v1/models': {
    GET: async (gateway, request, response) => {
      const runtime = gateway.current();
      // With gateway keys configured the list is for key holders only, and shows what the key may use.
      const identity = await gateway.identify(runtime, identityInput(request));
      sendJson(response, 200, listModels(runtime, identity.allowedRoutes));
    },
  },
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
  // A request Node's parser refuses (bad framing, oversized headers) still gets an OpenAI-shaped answer.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify(
      new RungError(
        'RUNG_INVALID_REQUEST',
        `the HTTP request could not be parsed (${error.code ?? 'bad request'})`,
      ).toBody(),
    );
    socket.end(
      `HTTP/1.1 ${status} Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
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
  const key = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const methods = ROUTES[key];
  try {
    if (methods === undefined && (key === '/admin' || key.startsWith('/admin/'))) {
      await admin(gateway, request, response, key);
      return;
    }
    if (methods === undefined && key.startsWith('/v1/conversations/')) {
      await conversations(gateway, request, response, key);
      return;
    }
    if (methods === undefined && key.startsWith('/memory/')) {
      await memoryEndpoint(gateway, request, response, key);
      return;
    }
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
    if (!response.destroyed) sendError(response, failure, {}, INGRESS[key] ?? openAIIngress);
    if (request.method === 'POST' && methods !== undefined)
      gateway.reject(canonical(path), failure.status, failure.code, rejectedBy.get(failure));
  }
}
