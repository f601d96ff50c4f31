/**
 * One error family for all of Rung. Every failure carries a stable code, the HTTP status a client sees,
 * and whether the attempt loop may fall through to the next rung. Code decides on these fields, never on
 * message text. The list is mirrored in docs/errors.md; a test keeps the two in sync.
 */
import type { AttemptReport, Outcome } from './outcome.js';

interface ErrorSpec {
  status: number;
  /** OpenAI-style error type shown to clients. */
  type: string;
  /** May the next rung be tried after this error? */
  fallThrough: boolean;
  /** Is the same call worth repeating later (e.g. rate limits)? */
  retryable: boolean;
  /** One line for docs/errors.md. */
  summary: string;
}

export const ERROR_CODES = {
  RUNG_INVALID_JSON: {
    status: 400,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'The request body is not valid JSON.',
  },
  RUNG_INVALID_REQUEST: {
    status: 400,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'A field of the request has the wrong type or value; the message names the field.',
  },
  RUNG_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'The request body is not application/json.',
  },
  RUNG_BODY_TOO_LARGE: {
    status: 413,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'The request body is larger than server.max_body_bytes.',
  },
  RUNG_UNKNOWN_MODEL: {
    status: 404,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: '`model` names neither a route nor a configured model.',
  },
  RUNG_UNKNOWN_PLAN: {
    status: 400,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'The plan given in x-rung-plan is not configured.',
  },
  RUNG_UNKNOWN_MODE: {
    status: 400,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'The content mode given in x-rung-mode is not configured.',
  },
  RUNG_NO_ROUTE: {
    status: 404,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'No route variant matches the plan and mode of this turn.',
  },
  RUNG_ROUTE_FORBIDDEN: {
    status: 403,
    type: 'permission_error',
    fallThrough: false,
    retryable: false,
    summary: 'The API key is not allowed to use this route.',
  },
  RUNG_CONTENT_LEVEL_EXCEEDED: {
    status: 409,
    type: 'content_level_exceeded',
    fallThrough: false,
    retryable: false,
    summary:
      "The turn is above the plan's content ceiling and the route answers that with an error; details name the plan that allows it.",
  },
  RUNG_RATE_LIMITED: {
    status: 429,
    type: 'rate_limit_error',
    fallThrough: false,
    retryable: true,
    summary:
      'A rate limit of the key, user or tenant is reached; Retry-After says when, X-RateLimit-* headers say which limit.',
  },
  RUNG_BUDGET_EXCEEDED: {
    status: 429,
    type: 'budget_exceeded',
    fallThrough: false,
    retryable: false,
    summary:
      'A spend or token budget has no room for this call; the message names the budget, what is left and when it resets.',
  },
  RUNG_BUDGET_UNAVAILABLE: {
    status: 503,
    type: 'budget_unavailable',
    fallThrough: false,
    retryable: true,
    summary: 'The budget counter store cannot be reached and the budget fails closed; Rung stays up, retry shortly.',
  },
  RUNG_STORE_UNAVAILABLE: {
    status: 503,
    type: 'store_unavailable',
    fallThrough: false,
    retryable: true,
    summary: 'A store Rung needs for this request (keys, rate limits) cannot be reached; retry shortly.',
  },
  RUNG_NOT_FOUND: {
    status: 404,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'No such endpoint.',
  },
  RUNG_METHOD_NOT_ALLOWED: {
    status: 405,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'The endpoint exists but not for this HTTP method.',
  },
  RUNG_UNAUTHORIZED: {
    status: 401,
    type: 'authentication_error',
    fallThrough: false,
    retryable: false,
    summary: 'Gateway keys are configured and the request has no valid bearer key.',
  },
  RUNG_UPSTREAM_CONNECT: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: true,
    summary: 'The upstream could not be reached, or reset the connection.',
  },
  RUNG_UPSTREAM_TIMEOUT: {
    status: 504,
    type: 'upstream_error',
    fallThrough: true,
    retryable: true,
    summary: 'A connect, first-byte, first-token, idle or total timeout fired.',
  },
  RUNG_UPSTREAM_RATE_LIMITED: {
    status: 429,
    type: 'rate_limit_error',
    fallThrough: true,
    retryable: true,
    summary: 'The upstream answered 429.',
  },
  RUNG_UPSTREAM_ERROR: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: true,
    summary: 'The upstream answered 408, 409, 425 or 5xx.',
  },
  RUNG_UPSTREAM_MODEL_NOT_FOUND: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: false,
    summary: 'The upstream does not know the model (404, or a 400 that says so).',
  },
  RUNG_UPSTREAM_AUTH: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: false,
    summary: "The upstream rejected the provider's key or credit (401, 402, 403).",
  },
  RUNG_UPSTREAM_BAD_REQUEST: {
    status: 400,
    type: 'invalid_request_error',
    fallThrough: false,
    retryable: false,
    summary: 'The upstream rejected the request itself (other 400s, 413, 422); no rung would accept it.',
  },
  RUNG_SILENT_REFUSAL: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: false,
    summary: 'HTTP 200 with finish_reason content_filter or length and no content.',
  },
  RUNG_REFUSAL: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: false,
    summary: 'The model answered with a refusal (detected in 17 languages) that salvage could not turn into an answer.',
  },
  RUNG_EMPTY_ANSWER: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: false,
    summary: 'HTTP 200 with empty or whitespace-only content and no tool calls, or no choices.',
  },
  RUNG_MALFORMED_UPSTREAM: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: true,
    summary: 'The upstream body or stream was not the JSON it should be.',
  },
  RUNG_STREAM_CUT: {
    status: 502,
    type: 'upstream_error',
    fallThrough: true,
    retryable: true,
    summary: 'The upstream stream failed or ended before it was complete.',
  },
  RUNG_ALL_RUNGS_FAILED: {
    status: 503,
    type: 'upstream_error',
    fallThrough: false,
    retryable: true,
    summary: 'Every rung of the chain failed; the message names each model and why.',
  },
  RUNG_CLIENT_CLOSED: {
    status: 499,
    type: 'client_error',
    fallThrough: false,
    retryable: false,
    summary: 'The client went away; the upstream call was aborted.',
  },
  RUNG_CONFIG_INVALID: {
    status: 500,
    type: 'config_error',
    fallThrough: false,
    retryable: false,
    summary: 'The configuration file is invalid; the message names the path of the bad field.',
  },
  RUNG_INTERNAL: {
    status: 500,
    type: 'internal_error',
    fallThrough: false,
    retryable: false,
    summary: 'A bug in Rung. The request id in the message finds it in the logs.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface RungErrorOptions {
  cause?: unknown;
  /** Override the default status (e.g. to surface the upstream's own 422). */
  status?: number;
  /** Extra machine-readable facts for the client (`error.details`). */
  details?: Record<string, unknown>;
  /** Seconds the client should wait, sent as Retry-After. */
  retryAfterSeconds?: number;
  /** Response headers to add. */
  headers?: Record<string, string>;
}

/**
 * The one error class. `code` is stable; `message` is for a person and says what to do.
 *
 * @example
 * throw new RungError('RUNG_UNKNOWN_MODEL', 'model "gpt-9": not a route or model; known: chat, qwen');
 */
export class RungError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly type: string;
  readonly fallThrough: boolean;
  readonly retryable: boolean;
  readonly details: Record<string, unknown> | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, options: RungErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const spec: ErrorSpec = ERROR_CODES[code];
    this.name = 'RungError';
    this.code = code;
    this.status = options.status ?? spec.status;
    this.type = spec.type;
    this.fallThrough = spec.fallThrough;
    this.retryable = spec.retryable;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.headers = options.headers;
  }

  /** The OpenAI-shaped body clients get. */
  toBody(): { error: { message: string; type: string; code: string; param: null; details?: unknown } } {
    const error: { message: string; type: string; code: string; param: null; details?: unknown } = {
      message: this.message,
      type: this.type,
      code: this.code,
      param: null,
    };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}

export function isRungError(value: unknown): value is RungError {
  return value instanceof RungError;
}

/** The error code that reports an attempt outcome to a client. */
export const OUTCOME_ERROR: Readonly<Record<Outcome, ErrorCode>> = {
  ok: 'RUNG_INTERNAL',
  connect_error: 'RUNG_UPSTREAM_CONNECT',
  timeout: 'RUNG_UPSTREAM_TIMEOUT',
  rate_limited: 'RUNG_UPSTREAM_RATE_LIMITED',
  upstream_error: 'RUNG_UPSTREAM_ERROR',
  model_not_found: 'RUNG_UPSTREAM_MODEL_NOT_FOUND',
  auth_error: 'RUNG_UPSTREAM_AUTH',
  silent_refusal: 'RUNG_SILENT_REFUSAL',
  refusal: 'RUNG_REFUSAL',
  empty: 'RUNG_EMPTY_ANSWER',
  no_choices: 'RUNG_EMPTY_ANSWER',
  malformed: 'RUNG_MALFORMED_UPSTREAM',
  stream_cut: 'RUNG_STREAM_CUT',
  bad_request: 'RUNG_UPSTREAM_BAD_REQUEST',
  client_closed: 'RUNG_CLIENT_CLOSED',
  skipped: 'RUNG_INTERNAL',
};

/**
 * A failed attempt at one rung: the outcome class the loop decides on, the upstream status if there was one,
 * and how long the upstream asked us to wait.
 */
export class AttemptFailure extends RungError {
  readonly outcome: Outcome;
  readonly upstreamStatus: number | null;
  readonly retryAfterMs: number | undefined;
  /** The attempt's own duration, when the failure was decided after other work (a judge's call). */
  readonly ms: number | undefined;
  /** Attempts made to decide this failure (the refusal judge's), reported after it. */
  readonly followedBy: readonly AttemptReport[];

  constructor(
    outcome: Outcome,
    message: string,
    options: RungErrorOptions & {
      upstreamStatus?: number | null;
      retryAfterMs?: number;
      ms?: number;
      followedBy?: readonly AttemptReport[];
    } = {},
  ) {
    super(OUTCOME_ERROR[outcome], message, options);
    this.outcome = outcome;
    this.upstreamStatus = options.upstreamStatus ?? null;
    this.retryAfterMs = options.retryAfterMs;
    this.ms = options.ms;
    this.followedBy = options.followedBy ?? [];
  }
}

export function isAttemptFailure(value: unknown): value is AttemptFailure {
  return value instanceof AttemptFailure;
}
