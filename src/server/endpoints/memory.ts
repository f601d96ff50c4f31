/**
 * The conversation API and memory inspection. Tenants come from the caller's key (none: `-`); a caller only
 * ever reads or deletes its own tenant's memory.
 *
 *   POST   /v1/conversations/{user}/{character}/messages   { content, session?, model?, stream? } → a chat completion
 *   GET    /v1/conversations/{user}/{character}/turns/{id}/context
 *   GET    /memory/{user}/{character}/recent | summary | search?q= | facts   [?session=S]
 *   DELETE /memory/{user}[/{character}[/{session}]]   dry run (counts); ?confirm=true deletes
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Gateway } from '../../core/gateway.js';
import { factsInForce, offlineEmbed } from '../../core/memory/conversation-memory.js';
import { forgetAllSummaries, rankSummaries } from '../../core/memory/recall.js';
import { resolveCharacter } from '../../core/runtime.js';
import type { Identity } from '../../core/turn.js';
import type { ChatRequest } from '../../spec/chat.js';
import { RungError } from '../../spec/errors.js';
import type { ConversationRef, DeletionScope, MemorySummary } from '../../spec/memory.js';
import { readJsonBody } from '../read-body.js';
import { sendJson } from '../send.js';
import { validate } from '../validate-request.js';
import { clientSignal, serveTurn } from './chat-completions.js';
import { defaultRoute } from './complete.js';
import { asCaller, cacheBypass, identityInput } from './request-context.js';

const messageBody = z.strictObject({
  content: z.string().min(1, 'send the new message as a non-empty string').max(100_000),
  session: z.string().min(1).max(128).optional(),
  model: z.string().min(1).optional(),
  stream: z.boolean().optional(),
  max_tokens: z.number().int().positive().optional(),
  temperature: z.number().min(0).max(2).optional(),
});

function parts(path: string, prefix: string): string[] {
  return path
    .slice(prefix.length)
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        throw new RungError('RUNG_INVALID_REQUEST', `"${part}" is not a valid path segment`);
      }
    });
}

function memoryOn(gateway: Gateway): NonNullable<ReturnType<Gateway['current']>['config']['memory']> {
  const config = gateway.current().config.memory;
  if (config === undefined) throw new RungError('RUNG_NOT_FOUND', 'memory is off; add a `memory` block to the config');
  return config;
}

function refFor(identity: Identity, user: string, character: string, session: string | null): ConversationRef {
  return { tenant: identity.tenant ?? '-', user, character, session: session ?? 'default' };
}

export async function conversations(
  gateway: Gateway,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const startedAt = performance.now();
  const [user, character, what, turnId, tail] = parts(path, '/v1/conversations/');
  const config = memoryOn(gateway);
  const runtime = gateway.current();
  if (user === undefined || character === undefined) {
    throw new RungError('RUNG_NOT_FOUND', 'use /v1/conversations/{user}/{character}/messages');
  }
  const input = identityInput(request);
  const identity = await gateway.identify(runtime, { ...input, user });
  const spec = resolveCharacter(runtime, character);
  if (what === 'turns' && turnId !== undefined && tail === 'context' && request.method === 'GET') {
    const context = await gateway.stores.memory.context(identity.tenant ?? '-', turnId);
    if (context === null || context.ref.user !== user || context.ref.character !== character) {
      throw new RungError('RUNG_NOT_FOUND', `no memory context for turn "${turnId}" of ${user}/${character}`);
    }
    sendJson(response, 200, context);
    return;
  }
  if (what !== 'messages' || turnId !== undefined) {
    throw new RungError(
      'RUNG_NOT_FOUND',
      `no endpoint ${request.method} ${path}; POST …/messages or GET …/turns/{id}/context`,
    );
  }
  if (request.method !== 'POST') {
    throw new RungError('RUNG_METHOD_NOT_ALLOWED', `${path} accepts POST`, { headers: { allow: 'POST' } });
  }
  const body = await asCaller(identity, async () =>
    validate(messageBody, await readJsonBody(request, runtime.config.server.max_body_bytes)),
  );
  if (body.session !== undefined) identity.session = body.session;
  const chat: ChatRequest = {
    model: body.model ?? config.route ?? defaultRoute(runtime),
    messages: [{ role: 'user', content: body.content }],
    ...(body.stream === true ? { stream: true, stream_options: { include_usage: true } } : {}),
    ...(body.max_tokens === undefined ? {} : { max_tokens: body.max_tokens }),
    ...(body.temperature === undefined ? {} : { temperature: body.temperature }),
  };
  const turn = gateway.startTurn({
    endpoint: '/v1/conversations',
    request: chat,
    character: spec,
    cacheBypass: cacheBypass(request),
    identity,
    runtime,
    signal: clientSignal(response),
    startedAt,
  });
  await serveTurn(gateway, turn, response);
}

function publicSummary(summary: MemorySummary) {
  const { embedding: _vector, ref: _ref, ...rest } = summary;
  return rest;
}

export async function memoryEndpoint(
  gateway: Gateway,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const config = memoryOn(gateway);
  const runtime = gateway.current();
  const identity = await gateway.identify(runtime, identityInput(request));
  const query = new URL(request.url ?? '/', 'http://x').searchParams;
  const [user, character, ...rest] = parts(path, '/memory/');
  if (user === undefined) throw new RungError('RUNG_NOT_FOUND', 'use /memory/{user}/{character}/…');
  const store = gateway.stores.memory;
  const tenant = identity.tenant ?? '-';

  if (request.method === 'DELETE') {
    const session = rest[0];
    if (rest.length > 1) throw new RungError('RUNG_NOT_FOUND', 'DELETE /memory/{user}[/{character}[/{session}]]');
    const scope: DeletionScope = {
      tenant,
      user,
      ...(character === undefined ? {} : { character }),
      ...(session === undefined ? {} : { session }),
    };
    const confirm = query.get('confirm') === 'true';
    const counts = confirm ? await store.erase(scope) : await store.count(scope);
    // Erased text must not linger in the recall cache of this process.
    if (confirm && counts.summaries > 0) forgetAllSummaries();
    sendJson(response, 200, {
      deleted: confirm,
      scope,
      counts,
      ...(confirm ? {} : { note: 'dry run: nothing was deleted; repeat with ?confirm=true to delete' }),
    });
    return;
  }
  if (request.method !== 'GET') {
    throw new RungError('RUNG_METHOD_NOT_ALLOWED', `${path} accepts GET and DELETE`, {
      headers: { allow: 'GET, DELETE' },
    });
  }
  const what = rest[0];
  if (character === undefined || what === undefined || rest.length > 1) {
    throw new RungError('RUNG_NOT_FOUND', 'GET /memory/{user}/{character}/recent | summary | search?q= | facts');
  }
  const ref = refFor(identity, user, character, query.get('session'));
  switch (what) {
    case 'recent': {
      const limit = Math.min(
        500,
        Math.max(1, Number(query.get('limit') ?? config.hot_messages) || config.hot_messages),
      );
      sendJson(response, 200, { ref, messages: await store.recent(ref, limit) });
      return;
    }
    case 'summary': {
      const latest = await store.latestSummary(ref);
      sendJson(response, 200, { ref, summary: latest === null ? null : publicSummary(latest) });
      return;
    }
    case 'search': {
      const text = query.get('q') ?? '';
      if (text.trim() === '') throw new RungError('RUNG_INVALID_REQUEST', 'search needs ?q=words to look for');
      const pool = await store.summaries(ref, 500);
      // With the offline embedder the search is hybrid, like recall; with an embeddings route it is by keyword
      // (a search is an inspection, not a turn, so it makes no model call).
      const vector =
        config.embedder === 'offline' ? offlineEmbed(text) : new Float32Array(pool[0]?.embedding.length ?? 1);
      const ranked = rankSummaries(
        { text, vector },
        pool.map((summary) => ({
          id: summary.id,
          text: summary.text,
          embedding: summary.embedding,
          createdAt: summary.createdAt,
        })),
        Math.min(50, Number(query.get('k') ?? 5) || 5),
      );
      const byId = new Map(pool.map((summary) => [summary.id, summary]));
      sendJson(response, 200, {
        ref,
        results: ranked.map((hit) => ({ score: hit.score, ...publicSummary(byId.get(hit.id) as MemorySummary) })),
      });
      return;
    }
    case 'facts': {
      const all = await store.facts(ref, { includeSuperseded: query.get('history') === 'true' });
      sendJson(response, 200, { ref, facts: query.get('history') === 'true' ? all : factsInForce(all) });
      return;
    }
    default:
      throw new RungError('RUNG_NOT_FOUND', `unknown memory view "${what}"; recent, summary, search or facts`);
  }
}
