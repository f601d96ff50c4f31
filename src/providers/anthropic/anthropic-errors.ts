/**
 * Anthropic's errors on top of the shared HTTP classification. Anthropic's statuses mean what everyone's do
 * (429, 401/403, 404, 400…; its 529 "overloaded" lands in the 5xx `upstream_error` class), so only what is its
 * own is added here: errors that arrive inside a 200 (an `error` stream event or a `{type:'error'}` body), and
 * the rate-limit reset headers that tell how long to wait when `retry-after` is missing.
 */
import { AttemptFailure } from '../../spec/errors.js';
import { classifyHttpError, redactSecrets, upstreamMessage } from '../openai-compatible/openai-errors.js';

/** The HTTP status of each documented error type (docs "Errors"), recorded when the error came inside a 200. */
const ERROR_TYPE_STATUS: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

const RESET_HEADERS = ['requests', 'tokens', 'input-tokens', 'output-tokens'];

/**
 * @example
 * throw classifyAnthropicHttpError(529, headers, '{"type":"error","error":{"type":"overloaded_error",...}}',
 *   'anthropic', [apiKey]); // upstream_error, upstreamStatus 529
 */
export function classifyAnthropicHttpError(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  bodyText: string,
  providerName: string,
  secrets: ReadonlyArray<string | undefined> = [],
  now = Date.now(),
): AttemptFailure {
  const failure = classifyHttpError(status, headers, bodyText, providerName, secrets);
  if (failure.outcome !== 'rate_limited' || failure.retryAfterMs !== undefined) return failure;
  const wait = rateLimitResetMs(headers, now);
  if (wait === undefined) return failure;
  return new AttemptFailure('rate_limited', failure.message, { upstreamStatus: status, retryAfterMs: wait });
}

/**
 * When `retry-after` is missing, the `anthropic-ratelimit-*-reset` headers (RFC 3339) still say when the
 * exhausted limits refill. Every exhausted one must refill before a retry can pass, so the latest one counts.
 */
export function rateLimitResetMs(
  headers: Record<string, string | string[] | undefined>,
  now = Date.now(),
): number | undefined {
  let latest: number | undefined;
  for (const limit of RESET_HEADERS) {
    if (first(headers[`anthropic-ratelimit-${limit}-remaining`]) !== '0') continue;
    const reset = Date.parse(first(headers[`anthropic-ratelimit-${limit}-reset`]) ?? '');
    if (!Number.isNaN(reset)) latest = Math.max(latest ?? 0, reset - now, 0);
  }
  return latest;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * An error Anthropic sent with status 200: an `error` stream event, or a `{type:'error'}` body. An overloaded
 * or failing upstream is worth another rung; a rate limit is reported as one so the loop can wait it out.
 *
 * @example
 * throw errorEventFailure('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
 *   'anthropic', 'in the stream'); // upstream_error, upstreamStatus 529
 */
export function errorEventFailure(text: string, providerName: string, where: string): AttemptFailure {
  const type = errorType(text);
  const status = type === undefined ? 200 : (ERROR_TYPE_STATUS[type] ?? 200);
  const said = `${providerName} sent ${type ?? 'an error'} ${where}: ${redactSecrets(upstreamMessage(text), [])}`;
  return new AttemptFailure(type === 'rate_limit_error' ? 'rate_limited' : 'upstream_error', said, {
    upstreamStatus: status,
  });
}

function errorType(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: { type?: unknown } } | null;
    const type = body?.error?.type;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}
