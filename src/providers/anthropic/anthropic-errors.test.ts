import { describe, expect, it } from 'vitest';
import { classifyAnthropicHttpError, errorEventFailure, rateLimitResetMs } from './anthropic-errors.js';

const NOW = Date.parse('2025-10-01T12:00:00Z');
const body = (type: string, message: string) => JSON.stringify({ type: 'error', error: { type, message } });

describe('classifyAnthropicHttpError', () => {
  it.each([
    [400, 'invalid_request_error', 'max_tokens: Field required', 'bad_request'],
    [400, 'invalid_request_error', 'model: unknown model claude-9', 'model_not_found'],
    [401, 'authentication_error', 'invalid x-api-key', 'auth_error'],
    [403, 'permission_error', 'no access', 'auth_error'],
    [404, 'not_found_error', 'model: claude-9', 'model_not_found'],
    [413, 'request_too_large', 'too large', 'bad_request'],
    [500, 'api_error', 'Internal server error', 'upstream_error'],
    [529, 'overloaded_error', 'Overloaded', 'upstream_error'],
  ])('%i %s → %s', (status, type, message, outcome) => {
    const failure = classifyAnthropicHttpError(status, {}, body(type, message), 'anthropic');
    expect(failure.outcome).toBe(outcome);
    expect(failure.upstreamStatus).toBe(status);
    expect(failure.message).toContain(message);
  });

  it('prefers retry-after on a 429', () => {
    const headers = { 'retry-after': '20', 'anthropic-ratelimit-requests-remaining': '0' };
    const failure = classifyAnthropicHttpError(429, headers, body('rate_limit_error', 'slow'), 'anthropic', [], NOW);
    expect(failure.retryAfterMs).toBe(20_000);
  });

  it('falls back to the latest reset of the exhausted limits when retry-after is missing', () => {
    const headers = {
      'anthropic-ratelimit-requests-remaining': '0',
      'anthropic-ratelimit-requests-reset': '2025-10-01T12:00:05Z',
      'anthropic-ratelimit-tokens-remaining': '0',
      'anthropic-ratelimit-tokens-reset': '2025-10-01T12:00:30Z',
      'anthropic-ratelimit-output-tokens-remaining': '8000',
      'anthropic-ratelimit-output-tokens-reset': '2025-10-01T12:05:00Z',
    };
    const failure = classifyAnthropicHttpError(429, headers, body('rate_limit_error', 'slow'), 'anthropic', [], NOW);
    expect(failure.outcome).toBe('rate_limited');
    expect(failure.retryAfterMs).toBe(30_000);
    expect(rateLimitResetMs({ 'anthropic-ratelimit-requests-remaining': '3' }, NOW)).toBeUndefined();
  });

  it('never shows the key', () => {
    const failure = classifyAnthropicHttpError(
      401,
      {},
      body('authentication_error', 'bad key sk-ant-api03-abcdef123'),
      'a',
      ['sk-ant-api03-abcdef123'],
    );
    expect(failure.message).not.toContain('abcdef123');
  });
});

describe('errorEventFailure', () => {
  it.each([
    ['overloaded_error', 'upstream_error', 529],
    ['rate_limit_error', 'rate_limited', 429],
    ['api_error', 'upstream_error', 500],
    ['invalid_request_error', 'upstream_error', 400],
    ['brand_new_error', 'upstream_error', 200],
  ])('%s → %s (status %i recorded)', (type, outcome, status) => {
    const failure = errorEventFailure(body(type, 'boom'), 'anthropic', 'in the stream');
    expect(failure.outcome).toBe(outcome);
    expect(failure.upstreamStatus).toBe(status);
  });

  it('copes with an error event that is not JSON', () => {
    expect(errorEventFailure('oops', 'anthropic', 'in the stream').upstreamStatus).toBe(200);
  });
});
