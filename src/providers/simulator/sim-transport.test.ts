import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SimModelConfig } from '../../config/schema.js';
import { simModelSchema } from '../../config/schema.js';
import { AttemptFailure } from '../../spec/errors.js';
import type { Timeouts } from '../../spec/provider.js';
import type { AbortCause, Transport, UpstreamResponse } from '../http/transport.js';
import { createSimTransport } from './sim-transport.js';

const TIMEOUTS: Timeouts = { connectMs: 1000, firstByteMs: 5000, firstTokenMs: 5000, idleMs: 2000, totalMs: 60_000 };

function transportFor(models: Record<string, Partial<SimModelConfig>>, seed = 42): Transport {
  const map = new Map(Object.entries(models).map(([id, fields]) => [id, simModelSchema.parse(fields)]));
  return createSimTransport({ seed, models: map });
}

function send(
  transport: Transport,
  model: string,
  options: { stream?: boolean; signal?: AbortSignal; timeouts?: Partial<Timeouts> } = {},
): Promise<UpstreamResponse> {
  return transport.send({
    url: 'http://simulator.invalid/sim/v1/chat/completions',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, stream: options.stream ?? false, messages: [{ role: 'user', content: 'Hello' }] }),
    signal: options.signal ?? new AbortController().signal,
    timeouts: { ...TIMEOUTS, ...options.timeouts },
  });
}

/** Settles to the value or the error, so a rejection under fake timers is never unhandled. */
function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** Reads the body, noting when each chunk arrived (fake milliseconds since `start`). */
async function timedChunks(response: UpstreamResponse, start: number): Promise<Array<[number, string]>> {
  const seen: Array<[number, string]> = [];
  for await (const bytes of response.body) seen.push([Date.now() - start, Buffer.from(bytes).toString('utf8')]);
  return seen;
}

function expectFailure(error: unknown, outcome: AttemptFailure['outcome'], message: RegExp): void {
  expect(error).toBeInstanceOf(AttemptFailure);
  expect((error as AttemptFailure).outcome).toBe(outcome);
  expect((error as AttemptFailure).message).toMatch(message);
}

function abort(controller: AbortController, cause: AbortCause): void {
  controller.abort(cause);
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createSimTransport', () => {
  it('plays the first byte delay and one token per 1000/tokens_per_second ms', async () => {
    const transport = transportFor({
      slow: { reply: 'One two three.', first_token_ms: [300, 300], tokens_per_second: 10 },
    });
    const start = Date.now();
    const result = settle(send(transport, 'slow', { stream: true }).then((response) => timedChunks(response, start)));
    await vi.runAllTimersAsync();
    const seen = (await result).value ?? [];
    expect(seen.map(([at]) => at)).toEqual([300, 400, 500, 600, 600, 600]);
    expect(seen.map(([, text]) => text).join('')).toContain('" two"');
    expect(seen[seen.length - 1]?.[1]).toBe('data: [DONE]\n\n');
  });

  it('replays the same bytes for the same seed', async () => {
    const read = async (seed: number) => {
      const transport = transportFor({ mixed: { mix: { answer: 1, refuse: 1, empty: 1 } } }, seed);
      const texts: string[] = [];
      for (let call = 0; call < 5; call++) texts.push(await (await send(transport, 'mixed')).text());
      return texts;
    };
    expect(await read(7)).toEqual(await read(7));
  });

  it('answers an unknown model with 404 model_not_found', async () => {
    const response = await send(transportFor({}), 'nope');
    expect(response.status).toBe(404);
    expect(JSON.parse(await response.text())).toMatchObject({ error: { code: 'model_not_found' } });
  });

  it('throws connect_error on reset', async () => {
    const { error } = await settle(send(transportFor({ flaky: { behavior: 'reset' } }), 'flaky'));
    expectFailure(error, 'connect_error', /connection reset/);
  });

  it('resets a cut stream after the role chunk', async () => {
    const response = await send(transportFor({ cut: { behavior: 'cut_stream' } }), 'cut', { stream: true });
    const chunks: string[] = [];
    const { error } = await settle(
      (async () => {
        for await (const bytes of response.body) chunks.push(Buffer.from(bytes).toString('utf8'));
      })(),
    );
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toContain('"role":"assistant"');
    expectFailure(error, 'connect_error', /connection reset/);
  });

  it('times out a hang at firstByteMs', async () => {
    let settled = false;
    const result = settle(
      send(transportFor({ stuck: { behavior: 'hang' } }), 'stuck', { timeouts: { firstByteMs: 1500 } }),
    );
    void result.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(1499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expectFailure((await result).error, 'timeout', /first-byte timeout/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('times out a first byte slower than firstByteMs', async () => {
    const result = settle(
      send(transportFor({ slow: { first_token_ms: [3000, 3000] } }), 'slow', { timeouts: { firstByteMs: 1000 } }),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expectFailure((await result).error, 'timeout', /first-byte timeout/);
  });

  it('ends a hang at once when the core aborts, with the cause it gave', async () => {
    const controller = new AbortController();
    const result = settle(send(transportFor({ stuck: { behavior: 'hang' } }), 'stuck', { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    abort(controller, { kind: 'timeout', which: 'total' });
    expectFailure((await result).error, 'timeout', /total timeout/);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('aborts mid-stream as client_closed and leaves no timer or listener', async () => {
    const controller = new AbortController();
    const transport = transportFor({ slow: { tokens_per_second: 1 } });
    const response = await send(transport, 'slow', { stream: true, signal: controller.signal });
    const iterator = response.body[Symbol.asyncIterator]();
    await iterator.next();
    const pending = settle(iterator.next());
    await vi.advanceTimersByTimeAsync(500);
    abort(controller, { kind: 'client_closed' });
    expectFailure((await pending).error, 'client_closed', /closed/);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('throws an idle timeout when a token is slower than idleMs', async () => {
    const response = await send(transportFor({ crawl: { tokens_per_second: 0.25 } }), 'crawl', { stream: true });
    const result = settle(response.text());
    await vi.advanceTimersByTimeAsync(TIMEOUTS.idleMs);
    expectFailure((await result).error, 'timeout', /idle timeout/);
  });

  it('sends headers then stalls until the idle timeout', async () => {
    const response = await send(transportFor({ stall: { behavior: 'headers_then_stall' } }), 'stall', { stream: true });
    expect(response.status).toBe(200);
    const result = settle(response.text());
    await vi.advanceTimersByTimeAsync(TIMEOUTS.idleMs);
    expectFailure((await result).error, 'timeout', /idle timeout/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('discards a body without leaving timers, and leaving a for-await early does the same', async () => {
    const transport = transportFor({ slow: { tokens_per_second: 1 } });
    const first = await send(transport, 'slow', { stream: true });
    const iterator = first.body[Symbol.asyncIterator]();
    await iterator.next();
    const pending = iterator.next();
    await vi.advanceTimersByTimeAsync(10);
    first.discard();
    expect((await pending).done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);

    const second = await send(transport, 'slow', { stream: true });
    for await (const _ of second.body) break;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('close() ends waits in flight', async () => {
    const transport = transportFor({ stuck: { behavior: 'hang' } });
    const result = settle(send(transport, 'stuck'));
    await vi.advanceTimersByTimeAsync(10);
    await transport.close();
    expectFailure((await result).error, 'connect_error', /closed/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lists its models', async () => {
    const transport = transportFor({ a: {}, b: {} });
    const response = await transport.send({
      url: 'http://simulator.invalid/sim/v1/models',
      method: 'GET',
      headers: {},
      body: null,
      signal: new AbortController().signal,
      timeouts: TIMEOUTS,
    });
    expect(JSON.parse(await response.text())).toMatchObject({ data: [{ id: 'a' }, { id: 'b' }] });
  });
});
