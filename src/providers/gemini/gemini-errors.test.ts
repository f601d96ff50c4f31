import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyGeminiHttpError, errorPayloadFailure, retryInfoMs } from './gemini-errors.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const classify = (status: number, body: string, headers: Record<string, string> = {}) =>
  classifyGeminiHttpError(status, headers, body, 'gemini', ['AIza-secret-key-0001']);

describe('classifyGeminiHttpError', () => {
  it.each([
    [400, 'error-400.json', 'auth_error'],
    [403, 'error-403.json', 'auth_error'],
    [404, 'error-404.json', 'model_not_found'],
    [429, 'error-429.json', 'rate_limited'],
    [500, 'error-500.json', 'upstream_error'],
    [503, 'error-503.json', 'upstream_error'],
  ])('%i (%s) is %s', (status, name, outcome) => {
    const failure = classify(status, read(name));
    expect(failure.outcome).toBe(outcome);
    expect(failure.upstreamStatus).toBe(status);
    expect(failure.message).toContain(`gemini answered ${status}`);
  });

  it('knows a bad key by the message alone, and a region-closed free tier as the account’s problem', () => {
    expect(
      classify(400, '{"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT"}}').outcome,
    ).toBe('auth_error');
    const region = '{"error":{"code":400,"message":"User location is not supported","status":"FAILED_PRECONDITION"}}';
    expect(classify(400, region).outcome).toBe('auth_error');
  });

  it('keeps other 400s as bad requests, with the upstream status for the client', () => {
    const failure = classify(
      400,
      '{"error":{"code":400,"message":"* contents: required","status":"INVALID_ARGUMENT"}}',
    );
    expect(failure.outcome).toBe('bad_request');
    expect(failure.status).toBe(400);
  });

  it('waits as long as RetryInfo says, unless a retry-after header says otherwise', () => {
    expect(classify(429, read('error-429.json')).retryAfterMs).toBe(47_000);
    expect(classify(429, read('error-429.json'), { 'retry-after': '3' }).retryAfterMs).toBe(3000);
    expect(
      retryInfoMs('{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.5s"}]}}'),
    ).toBe(1500);
    expect(retryInfoMs('{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo"}]}}')).toBeUndefined();
    expect(retryInfoMs('not json')).toBeUndefined();
  });

  it('keeps the key out of the message', () => {
    const failure = classify(400, '{"error":{"message":"bad key AIza-secret-key-0001","status":"INVALID_ARGUMENT"}}');
    expect(failure.message).not.toContain('AIza-secret-key-0001');
  });
});

describe('errorPayloadFailure', () => {
  it('classifies by the code, or by the status name when the code is missing', () => {
    expect(errorPayloadFailure(read('error-503.json'), 'gemini', 'in the stream')).toMatchObject({
      outcome: 'upstream_error',
      upstreamStatus: 503,
    });
    expect(
      errorPayloadFailure('{"error":{"status":"RESOURCE_EXHAUSTED","message":"x"}}', 'gemini', 'here'),
    ).toMatchObject({
      outcome: 'rate_limited',
      upstreamStatus: 429,
    });
    expect(errorPayloadFailure('[{"error":{"code":404,"message":"no model"}}]', 'gemini', 'here')).toMatchObject({
      outcome: 'model_not_found',
      upstreamStatus: 404,
    });
    const unknown = errorPayloadFailure('{"error":"boom"}', 'gemini', 'in the stream');
    expect(unknown).toMatchObject({ outcome: 'upstream_error', upstreamStatus: 500 });
    expect(unknown.message).toBe('gemini sent an error in the stream: boom');
  });
});
