/**
 * POST /v1/embeddings — the OpenAI Embeddings API, routed with fallback like a chat turn: `model` names an
 * embedding route or model, and a failing rung falls through to the next.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway } from '../../core/gateway.js';
import { applyBodyUser } from '../../core/identify.js';
import { readJsonBody } from '../read-body.js';
import { validateEmbeddingRequest } from '../validate-request.js';
import { clientSignal, serveTurn } from './chat-completions.js';
import { asCaller, header, identityInput } from './request-context.js';

export async function embeddings(gateway: Gateway, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const startedAt = performance.now();
  const runtime = gateway.current();
  const identity = await gateway.identify(runtime, identityInput(request));
  const body = await asCaller(identity, async () =>
    validateEmbeddingRequest(await readJsonBody(request, runtime.config.server.max_body_bytes)),
  );
  applyBodyUser(identity, body.user);
  const turn = gateway.startTurn({
    endpoint: '/v1/embeddings',
    request: { model: body.model, messages: [] },
    embedding: body,
    identity,
    runtime,
    signal: clientSignal(response),
    primary: header(request, 'x-rung-primary'),
    startedAt,
  });
  await serveTurn(gateway, turn, response);
}
