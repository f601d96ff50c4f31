import { describe, expect, it } from 'vitest';
import { anthropicErrorBody, anthropicErrorType } from './anthropic-error-body.js';

describe('anthropicErrorType', () => {
  it.each([
    [400, 'invalid_request_error'],
    [401, 'authentication_error'],
    [402, 'billing_error'],
    [403, 'permission_error'],
    [404, 'not_found_error'],
    [413, 'request_too_large'],
    [429, 'rate_limit_error'],
    [500, 'api_error'],
    [503, 'overloaded_error'],
    [504, 'timeout_error'],
    [529, 'overloaded_error'],
    [405, 'invalid_request_error'],
    [415, 'invalid_request_error'],
    [499, 'invalid_request_error'],
    [502, 'api_error'],
    [200, 'api_error'],
  ])('%i → %s', (status, type) => {
    expect(anthropicErrorType(status)).toBe(type);
  });
});

describe('anthropicErrorBody', () => {
  it('builds the Anthropic error shape, with the request id when given', () => {
    expect(anthropicErrorBody(404, 'model "x": not a route or model', 'req_1')).toEqual({
      type: 'error',
      error: { type: 'not_found_error', message: 'model "x": not a route or model' },
      request_id: 'req_1',
    });
    expect(anthropicErrorBody(503, 'every rung failed')).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'every rung failed' },
    });
  });
});
