/**
 * A fake OpenAI-dialect upstream whose answer per model id is a function the test writes, for wire-level
 * cases the simulator does not script (a 400 naming the model, content then a reset, a request that never
 * finishes and must be seen to be aborted).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type UpstreamHandler = (context: {
  request: IncomingMessage;
  response: ServerResponse;
  body: Record<string, unknown>;
}) => void | Promise<void>;

export interface SeenRequest {
  model: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** Set when the connection closed before the response finished (Rung aborted it). */
  abortedAt: number | null;
}

export interface ScriptedUpstream {
  baseURL: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export async function startScriptedUpstream(handlers: Record<string, UpstreamHandler>): Promise<ScriptedUpstream> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const model = String(body.model);
    const entry: SeenRequest = { model, body, headers: request.headers, abortedAt: null };
    seen.push(entry);
    response.on('close', () => {
      if (!response.writableFinished) entry.abortedAt = Date.now();
    });
    const handler = handlers[model];
    if (handler === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `The model \`${model}\` does not exist` } }));
      return;
    }
    await handler({ request, response, body });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    seen,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function completion(content: string | null, finishReason = 'stop', extra: Record<string, unknown> = {}) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'upstream-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    ...extra,
  };
}

export function chunk(delta: Record<string, unknown>, finishReason: string | null = null) {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'upstream-model',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): UpstreamHandler {
  return ({ response }) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
}
