/**
 * POST /complete — the API of the routing article's runnable example, so its users switch without changing a
 * line: `{ messages, primary? }` in, `{ content, model, attempt, used_fallback }` out, 503 when every rung fails.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { messageText } from '../../core/classify-answer.js';
import type { Gateway } from '../../core/gateway.js';
import type { Runtime } from '../../core/runtime.js';
import type { ChatRequest } from '../../spec/chat.js';
import { RungError } from '../../spec/errors.js';
import { readJsonBody } from '../read-body.js';
import { asRungError, sendError, sendJson } from '../send.js';
import { completeRequestSchema, validate } from '../validate-request.js';
import { clientSignal } from './chat-completions.js';
import { asCaller, cacheBypass, identityInput, takeCharacter } from './request-context.js';

export function defaultRoute(runtime: Runtime): string {
  const configured = runtime.config.defaults.route;
  if (configured !== undefined) return configured;
  if (runtime.tasks.has('chat')) return 'chat';
  const first = runtime.tasks.keys().next();
  if (first.done) throw new RungError('RUNG_NO_ROUTE', 'no routes are configured');
  return first.value;
}

export async function complete(gateway: Gateway, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const startedAt = performance.now();
  const runtime = gateway.current();
  const identity = await gateway.identify(runtime, identityInput(request));
  const body = await asCaller(identity, async () =>
    validate(completeRequestSchema, await readJsonBody(request, runtime.config.server.max_body_bytes)),
  );
  const chat: ChatRequest = {
    model: body.model ?? defaultRoute(runtime),
    messages: body.messages as ChatRequest['messages'],
  };
  if (body.max_tokens != null) chat.max_tokens = body.max_tokens;
  if (body.temperature != null) chat.temperature = body.temperature;
  const character = takeCharacter(runtime, request, chat);
  const turn = gateway.startTurn({
    endpoint: '/complete',
    request: chat,
    character,
    cacheBypass: cacheBypass(request),
    identity,
    runtime,
    signal: clientSignal(response),
    primary: body.primary,
    startedAt,
  });
  try {
    const result = await gateway.handle(turn);
    if (result.kind !== 'response') throw new RungError('RUNG_INTERNAL', 'unexpected stream');
    const choice = result.body.choices[0];
    sendJson(response, 200, {
      content: messageText(choice?.message.content ?? ''),
      model: turn.answer?.upstreamModel ?? null,
      attempt: turn.answer?.attempt ?? 0,
      used_fallback: (turn.answer?.attempt ?? 0) > 0,
      rung: result.meta,
    });
    gateway.endTurn(turn, 200, null);
  } catch (error) {
    const failure = asRungError(error, turn.id);
    if (!response.destroyed) sendError(response, failure, { 'x-rung-request-id': turn.id });
    gateway.endTurn(turn, failure.status, failure.code);
  }
}
