/**
 * POST /v1/messages — the Anthropic Messages API on Rung. The request is translated to the canonical form and
 * runs through the same routes, chains, records and metrics as a chat completion, so an Anthropic SDK client can
 * be answered by any upstream; the answer (or stream) is translated back (see core/ingress.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway } from '../../core/gateway.js';
import { applyBodyUser } from '../../core/identify.js';
import { anthropicIngress } from '../../core/ingress.js';
import { readJsonBody } from '../read-body.js';
import { clientSignal, serveTurn } from './chat-completions.js';
import { asCaller, asCallerSync, cacheBypass, header, identityInput, takeCharacter } from './request-context.js';

export async function messages(gateway: Gateway, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const startedAt = performance.now();
  const runtime = gateway.current();
  const identity = await gateway.identify(runtime, identityInput(request));
  const body = await asCaller(identity, async () =>
    anthropicIngress.toCanonical(await readJsonBody(request, runtime.config.server.max_body_bytes)),
  );
  applyBodyUser(identity, body.user);
  const character = asCallerSync(identity, () => takeCharacter(runtime, request, body));
  const turn = gateway.startTurn({
    endpoint: '/v1/messages',
    request: body,
    character,
    cacheBypass: cacheBypass(request),
    identity,
    runtime,
    signal: clientSignal(response),
    primary: header(request, 'x-rung-primary'),
    startedAt,
    encoder: anthropicIngress.encoder,
  });
  await serveTurn(gateway, turn, response, anthropicIngress);
}
