/**
 * POST /v1/chat/completions — the OpenAI Chat Completions API, streaming and not.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway } from '../../core/gateway.js';
import { applyBodyUser } from '../../core/identify.js';
import { type Ingress, openAIIngress } from '../../core/ingress.js';
import type { Turn } from '../../core/turn.js';
import { rungHeaders } from '../../core/turn.js';
import { Abort, type AbortSignalLike } from '../../spec/abort.js';
import { readJsonBody } from '../read-body.js';
import { asRungError, SSE_HEADERS, sendError, sendText, writeSse } from '../send.js';
import { validateChatRequest } from '../validate-request.js';
import { asCaller, asCallerSync, cacheBypass, header, identityInput, takeCharacter } from './request-context.js';

export async function chatCompletions(
  gateway: Gateway,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const startedAt = performance.now();
  const runtime = gateway.current();
  const identity = await gateway.identify(runtime, identityInput(request));
  const body = await asCaller(identity, async () =>
    validateChatRequest(await readJsonBody(request, runtime.config.server.max_body_bytes)),
  );
  applyBodyUser(identity, body.user);
  const character = asCallerSync(identity, () => takeCharacter(runtime, request, body));
  const turn = gateway.startTurn({
    endpoint: '/v1/chat/completions',
    request: body,
    character,
    cacheBypass: cacheBypass(request),
    identity,
    runtime,
    signal: clientSignal(response),
    primary: header(request, 'x-rung-primary'),
    startedAt,
  });
  await serveTurn(gateway, turn, response);
}

/** Runs a turn and writes its answer, stream or not, in the client's dialect; always ends the turn exactly once. */
export async function serveTurn(
  gateway: Gateway,
  turn: Turn,
  response: ServerResponse,
  ingress: Ingress = openAIIngress,
): Promise<void> {
  try {
    const result = await gateway.handle(turn);
    if (result.kind !== 'stream') {
      const headers = rungHeaders(turn);
      headers['x-rung-total-ms'] = String(result.meta.total_ms);
      if (result.meta.cost_usd !== null) headers['x-rung-cost-usd'] = String(result.meta.cost_usd);
      sendText(response, 200, ingress.answer(result), headers);
      gateway.endTurn(turn, 200, null);
      return;
    }
    // Object.assign, not `{ ...a, ...b }`: two spreads copy a fresh hidden class every call (~1.5 µs).
    response.writeHead(200, Object.assign({}, SSE_HEADERS, result.headers));
    try {
      for await (const text of result.events) {
        if (response.destroyed) break;
        const wait = writeSse(response, text, turn.runtime.config.defaults.timeouts.idle_ms);
        if (wait !== undefined) await wait;
      }
      if (!response.destroyed) response.end();
      gateway.endTurn(turn, 200, turn.signal.aborted ? 'RUNG_CLIENT_CLOSED' : null);
    } catch (error) {
      const failure = asRungError(error, turn.id);
      if (!response.destroyed) {
        await writeSse(response, ingress.streamError(failure));
        response.end();
      }
      gateway.endTurn(turn, 200, failure.code);
    }
  } catch (error) {
    const failure = asRungError(error, turn.id);
    if (failure.code === 'RUNG_INTERNAL') gateway.logger.error({ err: error, request_id: turn.id }, 'internal error');
    if (!response.destroyed) sendError(response, failure, { 'x-rung-request-id': turn.id }, ingress);
    gateway.endTurn(turn, failure.status, failure.code);
  }
}

/** An AbortSignal that fires when the client goes away before the response is finished. */
export function clientSignal(response: ServerResponse): AbortSignalLike {
  const abort = new Abort();
  response.once('close', () => {
    if (!response.writableFinished) abort.abort({ kind: 'client_closed' });
  });
  return abort;
}
