import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../spec/limits.js';
import { asRungError, writeSse } from './send.js';

/** A response whose socket buffer is always full, like a client that stopped reading. */
function stuckResponse() {
  const response = new EventEmitter() as EventEmitter & { write(): boolean; destroy(): void; destroyed: boolean };
  response.destroyed = false;
  response.write = () => false;
  response.destroy = () => {
    response.destroyed = true;
    response.emit('close');
  };
  return response;
}

describe('writeSse', () => {
  it('returns nothing to wait for while the socket takes the text', () => {
    const response = Object.assign(new EventEmitter(), { write: () => true });
    expect(writeSse(response as unknown as ServerResponse, 'data: x\n\n')).toBeUndefined();
  });

  it('waits for drain, and disconnects a client that stops reading for too long', async () => {
    const response = stuckResponse();
    const started = Date.now();
    await writeSse(response as unknown as ServerResponse, 'data: x\n\n', 50);
    expect(response.destroyed).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('resolves on drain without disconnecting', async () => {
    const response = stuckResponse();
    const wait = writeSse(response as unknown as ServerResponse, 'data: x\n\n', 1000);
    response.emit('drain');
    await wait;
    expect(response.destroyed).toBe(false);
  });
});

describe('asRungError', () => {
  it('a store that cannot be reached is a 503 to retry, not an internal error', () => {
    const error = asRungError(
      new StoreUnavailableError('postgres', 'PostgreSQL at 127.0.0.1:5432 is unreachable'),
      'req-1',
    );
    expect(error.code).toBe('RUNG_STORE_UNAVAILABLE');
    expect(error.status).toBe(503);
    expect(error.message).toBe('PostgreSQL at 127.0.0.1:5432 is unreachable; retry shortly');
    expect(error.retryAfterSeconds).toBe(5);
  });

  it('anything else unexpected stays RUNG_INTERNAL with the request id', () => {
    expect(asRungError(new Error('boom'), 'req-2').message).toContain('req-2');
  });
});
