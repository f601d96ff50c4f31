/**
 * Gemini's errors on top of the shared HTTP classification. Google's statuses mostly mean what everyone's do
 * (429, 403, 404, 500, 503), so only what is Gemini's own is added here: a bad API key arrives as 400
 * INVALID_ARGUMENT (not 401), a free tier closed to the caller's region as 400 FAILED_PRECONDITION, the wait
 * before a retry sits in a `google.rpc.RetryInfo` detail rather than a header, and errors can arrive inside a
 * 200 stream as a data payload.
 */
import { AttemptFailure } from '../../spec/errors.js';
import { classifyHttpError, redactSecrets, upstreamMessage } from '../openai-compatible/openai-errors.js';
import { isRecord } from './to-gemini-contents.js';

/** HTTP status of each google.rpc status name, for an error that came without a numeric code. */
const STATUS_CODE: Readonly<Record<string, number>> = {
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 400,
  OUT_OF_RANGE: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  RESOURCE_EXHAUSTED: 429,
  CANCELLED: 499,
  INTERNAL: 500,
  UNKNOWN: 500,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
};

interface GoogleError {
  code: number | undefined;
  status: string | undefined;
  message: string;
  details: Array<Record<string, unknown>>;
}

/** Reads `{error:{code, message, status, details}}` (or a one-element list of it, as non-SSE streams send). */
function googleError(text: string): GoogleError | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(body)) body = body[0];
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error)) return undefined;
  return {
    code: typeof error.code === 'number' ? error.code : undefined,
    status: typeof error.status === 'string' ? error.status : undefined,
    message: typeof error.message === 'string' ? error.message : '',
    details: Array.isArray(error.details) ? error.details.filter(isRecord) : [],
  };
}

/** "47s" or "1.5s" (a protobuf Duration in JSON) → milliseconds. */
function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match?.[1] === undefined ? undefined : Math.round(Number(match[1]) * 1000);
}

/** The `retryDelay` of a `google.rpc.RetryInfo` detail, in milliseconds. */
export function retryInfoMs(text: string): number | undefined {
  for (const detail of googleError(text)?.details ?? []) {
    if (String(detail['@type']).endsWith('google.rpc.RetryInfo')) return durationMs(detail.retryDelay);
  }
  return undefined;
}

function badKey(error: GoogleError): boolean {
  return (
    error.details.some((detail) => detail.reason === 'API_KEY_INVALID') || /API key not valid/i.test(error.message)
  );
}

/**
 * @example
 * throw classifyGeminiHttpError(429, headers, '{"error":{"code":429,"status":"RESOURCE_EXHAUSTED",...}}',
 *   'gemini', [apiKey]); // rate_limited, retryAfterMs from RetryInfo
 */
export function classifyGeminiHttpError(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  bodyText: string,
  providerName: string,
  secrets: ReadonlyArray<string | undefined> = [],
): AttemptFailure {
  const failure = classifyHttpError(status, headers, bodyText, providerName, secrets);
  const error = googleError(bodyText);
  if (error === undefined) return failure;
  const options = { upstreamStatus: failure.upstreamStatus };
  // Both are the provider account's problem, not the request's: another rung may well take the same request.
  if (status === 400 && (badKey(error) || error.status === 'FAILED_PRECONDITION')) {
    return new AttemptFailure('auth_error', failure.message, options);
  }
  if (failure.outcome === 'rate_limited' && failure.retryAfterMs === undefined) {
    const wait = retryInfoMs(bodyText);
    if (wait !== undefined)
      return new AttemptFailure('rate_limited', failure.message, { ...options, retryAfterMs: wait });
  }
  return failure;
}

/**
 * An error Gemini sent inside a 200 (a stream data payload or a body holding `error`), classified by its own
 * code as if it had been the HTTP status.
 *
 * @example
 * throw errorPayloadFailure('{"error":{"code":503,"status":"UNAVAILABLE","message":"overloaded"}}', 'gemini',
 *   'in the stream'); // upstream_error, upstreamStatus 503
 */
export function errorPayloadFailure(text: string, providerName: string, where: string): AttemptFailure {
  const error = googleError(text);
  const status = error?.code ?? (error?.status === undefined ? undefined : STATUS_CODE[error.status]) ?? 500;
  const failure = classifyGeminiHttpError(status, {}, text, providerName);
  const said = `${providerName} sent ${error?.status ?? 'an error'} ${where}: ${redactSecrets(upstreamMessage(text), [])}`;
  return new AttemptFailure(failure.outcome, said, {
    upstreamStatus: status,
    ...(failure.outcome === 'bad_request' ? { status: failure.status } : {}),
    ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
  });
}
