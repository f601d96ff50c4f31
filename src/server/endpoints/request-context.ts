/**
 * Reading Rung's request headers in one place.
 */
import type { IncomingMessage } from 'node:http';
import type { CharacterSpec } from '../../core/characters/soft-refusal.js';
import type { IdentifyInput } from '../../core/identify.js';
import { type Runtime, resolveCharacter } from '../../core/runtime.js';
import type { Identity } from '../../core/turn.js';
import type { ChatRequest } from '../../spec/chat.js';

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function identityInput(request: IncomingMessage): IdentifyInput {
  return {
    authorization: header(request, 'authorization'),
    apiKeyHeader: header(request, 'x-api-key'),
    plan: header(request, 'x-rung-plan'),
    mode: header(request, 'x-rung-mode'),
    user: header(request, 'x-rung-user'),
    session: header(request, 'x-rung-session'),
  };
}

/** Whether the client asked to skip the response caches: `Cache-Control: no-cache` / `no-store`, or `x-rung-cache: bypass`. */
export function cacheBypass(request: IncomingMessage): boolean {
  const control = header(request, 'cache-control')?.toLowerCase() ?? '';
  return /\bno-(cache|store)\b/.test(control) || header(request, 'x-rung-cache')?.toLowerCase() === 'bypass';
}

/**
 * The caller of a request refused after it was identified (a bad body from a valid key), so its record can
 * still say whose it was.
 */
export const rejectedBy = new WeakMap<object, Identity>();

/** Runs `read` and tags any error it throws with the caller's identity. */
export async function asCaller<T>(identity: Identity, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error !== null && typeof error === 'object') rejectedBy.set(error, identity);
    throw error;
  }
}

/** The same, for a check that does not wait. */
export function asCallerSync<T>(identity: Identity, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error !== null && typeof error === 'object') rejectedBy.set(error, identity);
    throw error;
  }
}

/**
 * The turn's character, from x-rung-character or the body's `character` field (Rung's own; removed before the
 * request goes upstream).
 */
export function takeCharacter(runtime: Runtime, request: IncomingMessage, body: ChatRequest): CharacterSpec | null {
  const fromBody = body.character;
  if (fromBody !== undefined) delete body.character;
  return resolveCharacter(runtime, header(request, 'x-rung-character') ?? fromBody);
}
