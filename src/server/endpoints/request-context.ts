/**
 * Reading Rung's request headers in one place.
 */
import type { IncomingMessage } from 'node:http';
import type { IdentifyInput } from '../../core/identify.js';
import type { Identity } from '../../core/turn.js';

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
  };
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
