/**
 * Reading Rung's request headers in one place.
 */
import type { IncomingMessage } from 'node:http';
import type { IdentifyInput } from '../../core/identify.js';

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function identityInput(request: IncomingMessage, bodyUser: unknown): IdentifyInput {
  return {
    authorization: header(request, 'authorization'),
    apiKeyHeader: header(request, 'x-api-key'),
    plan: header(request, 'x-rung-plan'),
    mode: header(request, 'x-rung-mode'),
    user: header(request, 'x-rung-user'),
    bodyUser,
  };
}
