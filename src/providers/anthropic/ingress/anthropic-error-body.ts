/**
 * Error bodies in Anthropic's shape for the `/v1/messages` ingress: `{type:'error', error:{type, message}}`,
 * with the error `type` Anthropic uses for the HTTP status, so Anthropic SDKs raise the matching exception.
 */
import type { AnthropicErrorBody } from '../anthropic-wire.js';

const TYPES: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  503: 'overloaded_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

/**
 * The Anthropic error type for an HTTP status: Anthropic's own table, other 4xx as `invalid_request_error`, the
 * rest (502, 499...) as `api_error`.
 *
 * @example
 * anthropicErrorType(429); // 'rate_limit_error'
 */
export function anthropicErrorType(status: number): string {
  return TYPES[status] ?? (status >= 400 && status < 500 ? 'invalid_request_error' : 'api_error');
}

/**
 * @example
 * anthropicErrorBody(404, 'model "gpt-9": not a route or model', 'req_1');
 * // { type: 'error', error: { type: 'not_found_error', message: 'model "gpt-9": ...' }, request_id: 'req_1' }
 */
export function anthropicErrorBody(status: number, message: string, requestId?: string): AnthropicErrorBody {
  const body: AnthropicErrorBody = { type: 'error', error: { type: anthropicErrorType(status), message } };
  if (requestId !== undefined) body.request_id = requestId;
  return body;
}
