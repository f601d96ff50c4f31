import { afterEach, describe, expect, it } from 'vitest';
import type { RungConfigInput } from '../../config/schema.js';
import { postJson, startTestGateway, type TestGateway } from '../../testing/test-gateway.js';

const base = (primaryOverride?: 'any' | 'configured' | 'off'): RungConfigInput => ({
  providers: { sim: { kind: 'simulator' } },
  models: {
    alpha: { provider: 'sim', id: 'alpha/a-1' },
    beta: { provider: 'sim', id: 'beta/b-1' },
  },
  routes: { chat: { chain: ['alpha'] } },
  ...(primaryOverride === undefined ? {} : { defaults: { primary_override: primaryOverride } }),
});

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

const ask = (primary: string) =>
  postJson(
    `${gateway?.baseURL}/chat/completions`,
    { model: 'chat', messages: [{ role: 'user', content: 'hi' }] },
    { 'x-rung-primary': primary },
  );

describe('primary override policy', () => {
  it('any: a configured model goes first, and a raw id is tried on the first rung’s provider', async () => {
    gateway = await startTestGateway(base());
    const configured = await ask('beta');
    expect(configured.body.rung.model).toBe('beta');
    const raw = await ask('vendor/unknown');
    expect(raw.body.rung.attempts.map((attempt: { model: string; outcome: string }) => attempt.outcome)).toEqual([
      'model_not_found',
      'ok',
    ]);
  });

  it('configured: raw ids are refused with 403 before any upstream call', async () => {
    gateway = await startTestGateway(base('configured'));
    expect((await ask('beta')).body.rung.model).toBe('beta');
    const raw = await ask('vendor/unknown');
    expect(raw.status).toBe(403);
    expect(raw.body.error.code).toBe('RUNG_ROUTE_FORBIDDEN');
  });

  it('off: any override is refused with 403', async () => {
    gateway = await startTestGateway(base('off'));
    const reply = await ask('beta');
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toContain('primary_override: off');
  });
});
