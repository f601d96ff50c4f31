/**
 * Maps an OpenAI-dialect HTTP error to an outcome class. The decision rests on the status; only a 400 is
 * read further, because vendors answer an unknown model with 400 as often as with 404.
 */
import { AttemptFailure } from '../../spec/errors.js';

const MODEL_UNKNOWN =
  /\bmodel\b[^.]*\b(not found|does not exist|doesn't exist|unknown|invalid|not a valid|no such|not supported|unsupported|is not available)\b|\b(unknown|invalid|unsupported)\b[^.]*\bmodel\b|model_not_found/i;

/** Extracts a human-readable message from an error body of any common shape. */
export function upstreamMessage(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '(empty body)';
  try {
    const body = JSON.parse(trimmed) as unknown;
    if (body !== null && typeof body === 'object') {
      const error = (body as { error?: unknown }).error;
      if (typeof error === 'string') return truncate(error);
      if (error !== null && typeof error === 'object') {
        const message = (error as { message?: unknown }).message;
        if (typeof message === 'string') return truncate(message);
      }
      const message = (body as { message?: unknown }).message;
      if (typeof message === 'string') return truncate(message);
      const detail = (body as { detail?: unknown }).detail;
      if (typeof detail === 'string') return truncate(detail);
    }
  } catch {
    // Not JSON: fall back to the text itself.
  }
  return truncate(trimmed);
}

function truncate(text: string, limit = 500): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Removes anything that looks like a credential from text that may reach logs or clients. */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= 8) out = out.split(secret).join('[redacted]');
  }
  return out.replace(/\b(sk|pk|rk|gsk|xai|or)-[A-Za-z0-9_*-]{6,}/g, '$1-[redacted]');
}

/** Parses Retry-After (seconds or HTTP date) and the non-standard retry-after-ms. */
export function retryAfterMs(
  headers: Record<string, string | string[] | undefined>,
  now = Date.now(),
): number | undefined {
  const ms = header(headers, 'retry-after-ms');
  if (ms !== undefined && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = header(headers, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * @example
 * throw classifyHttpError(429, headers, '{"error":{"message":"slow down"}}', 'openrouter', [apiKey]);
 */
export function classifyHttpError(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  bodyText: string,
  providerName: string,
  secrets: ReadonlyArray<string | undefined> = [],
): AttemptFailure {
  const message = redactSecrets(upstreamMessage(bodyText), secrets);
  return classifyStatus(status, `${providerName} answered ${status}: ${message}`, message, headers);
}

/**
 * An error sent inside a 200 body or a stream event. OpenRouter gives the status it stands for in `error.code`
 * (a number: 429, 502...), so a numeric code is classified as that status would be; any other error (OpenAI's
 * `{"type":"server_error"}` mid-stream) is an upstream error.
 *
 * @example
 * throw bodyError({ code: 429, message: 'slow down' }, data, 'openrouter', 'sent an error in the stream');
 */
export function bodyError(
  error: unknown,
  text: string,
  providerName: string,
  where: string,
  secrets: ReadonlyArray<string | undefined> = [],
): AttemptFailure {
  const message = redactSecrets(upstreamMessage(text), secrets);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'number' && Number.isInteger(code) && code >= 400 && code <= 599) {
    return classifyStatus(code, `${providerName} ${where} (code ${code}): ${message}`, message, {});
  }
  return new AttemptFailure('upstream_error', `${providerName} ${where}: ${message}`, { upstreamStatus: 200 });
}

function classifyStatus(
  status: number,
  said: string,
  message: string,
  headers: Record<string, string | string[] | undefined>,
): AttemptFailure {
  const options = { upstreamStatus: status };
  if (status === 429) {
    const wait = retryAfterMs(headers);
    return new AttemptFailure('rate_limited', said, {
      ...options,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    });
  }
  if (status === 401 || status === 402 || status === 403) return new AttemptFailure('auth_error', said, options);
  if (status === 404) return new AttemptFailure('model_not_found', said, options);
  if (status === 400 && MODEL_UNKNOWN.test(message)) return new AttemptFailure('model_not_found', said, options);
  if (status === 400 || status === 413 || status === 422) {
    return new AttemptFailure('bad_request', said, { ...options, status });
  }
  return new AttemptFailure('upstream_error', said, options);
}
