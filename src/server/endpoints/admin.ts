/**
 * The admin API: gateway keys over HTTP, the same operations as `rung keys`. Off (404) unless `admin.key`
 * is configured; every call needs `Authorization: Bearer <admin key>`, compared in constant time.
 *
 *   GET    /admin/keys[?tenant=T&include_revoked=true]
 *   POST   /admin/keys                    { name?, tenant, plan, mode?, routes?, limits? } → 201 { secret, key }
 *   POST   /admin/keys/{id}/rotate        { grace_seconds? } → 201 { secret, key, replaced }
 *   POST   /admin/keys/{id}/revoke        → 200 { key }   (DELETE /admin/keys/{id} does the same)
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway } from '../../core/gateway.js';
import { createKey, listKeys, publicKey, revokeKey, rotateKey } from '../../core/keys/manage-keys.js';
import { RungError } from '../../spec/errors.js';
import { readJsonBody } from '../read-body.js';
import { sendJson } from '../send.js';
import { header } from './request-context.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function authorise(gateway: Gateway, request: IncomingMessage): void {
  const configured = gateway.current().config.admin.key;
  if (configured === undefined) {
    throw new RungError('RUNG_NOT_FOUND', 'the admin API is off; set admin.key in the config to turn it on');
  }
  const sent = /^Bearer\s+(.+)$/i.exec(header(request, 'authorization')?.trim() ?? '')?.[1]?.trim() ?? '';
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  if (sent === '' || !timingSafeEqual(digest(sent), digest(configured))) {
    throw new RungError('RUNG_UNAUTHORIZED', 'the admin API needs "Authorization: Bearer <admin key>"');
  }
}

async function optionalBody(gateway: Gateway, request: IncomingMessage): Promise<Record<string, unknown>> {
  const length = header(request, 'content-length');
  if ((length === undefined || length === '0') && header(request, 'transfer-encoding') === undefined) return {};
  const body = await readJsonBody(request, gateway.current().config.server.max_body_bytes);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new RungError('RUNG_INVALID_REQUEST', 'the body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

export async function admin(
  gateway: Gateway,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  authorise(gateway, request);
  const store = gateway.stores.keys;
  const method = request.method ?? 'GET';
  const parts = path.split('/').filter((part) => part !== ''); // ['admin', 'keys', id?, action?]
  if (parts[1] !== 'keys' || parts.length > 4) {
    throw new RungError('RUNG_NOT_FOUND', `no admin endpoint ${method} ${path}; see GET /admin/keys`);
  }
  const id = parts[2];
  const action = parts[3];
  const allow = (methods: string) => {
    throw new RungError('RUNG_METHOD_NOT_ALLOWED', `${path} accepts ${methods}`, { headers: { allow: methods } });
  };

  if (id === undefined) {
    if (method === 'GET') {
      const query = new URL(request.url ?? '/', 'http://x').searchParams;
      const tenant = query.get('tenant');
      const keys = await listKeys(store, {
        ...(tenant === null ? {} : { tenant }),
        includeRevoked: query.get('include_revoked') === 'true',
      });
      sendJson(response, 200, { object: 'list', data: keys });
      return;
    }
    if (method === 'POST') {
      const created = await createKey(store, gateway.current().config, await optionalBody(gateway, request));
      await gateway.keys.refresh();
      sendJson(response, 201, created);
      return;
    }
    return allow('GET, POST');
  }
  if ((action === 'revoke' && method === 'POST') || (action === undefined && method === 'DELETE')) {
    const key = await revokeKey(store, id);
    await forget(gateway, id);
    sendJson(response, 200, { key });
    return;
  }
  if (action === 'rotate' && method === 'POST') {
    const body = await optionalBody(gateway, request);
    const grace = body.grace_seconds;
    if (grace !== undefined && (typeof grace !== 'number' || !Number.isFinite(grace) || grace < 0)) {
      throw new RungError('RUNG_INVALID_REQUEST', 'grace_seconds: a number of seconds ≥ 0');
    }
    const rotated = await rotateKey(store, id, grace);
    await forget(gateway, id);
    sendJson(response, 201, rotated);
    return;
  }
  if (action === undefined && method === 'GET') {
    const key = await store.byId(id);
    if (key === null) throw new RungError('RUNG_NOT_FOUND', `no key with id "${id}"`);
    sendJson(response, 200, { key: publicKey(key) });
    return;
  }
  throw new RungError('RUNG_NOT_FOUND', `no admin endpoint ${method} ${path}; see GET /admin/keys`);
}

/** This instance stops honouring the key at once (others within the key cache's TTL). */
async function forget(gateway: Gateway, id: string): Promise<void> {
  const key = await gateway.stores.keys.byId(id);
  if (key !== null) gateway.keys.forget(key.hash);
  await gateway.keys.refresh();
}
