/**
 * The attempt loop over real sockets: every outcome class, streaming and not, against a scripted upstream.
 * Each case puts a failing model first and a healthy one second, and checks what the client got, which
 * outcome was recorded, and how many upstream calls were made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chunk,
  completion,
  json,
  type ScriptedUpstream,
  startScriptedUpstream,
  type UpstreamHandler,
} from '../testing/scripted-upstream.js';
import { postJson, readSsePayloads, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const sse =
  (events: string[], end: 'end' | 'reset' | 'stall' = 'end'): UpstreamHandler =>
  ({ response }) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const event of events) response.write(`data: ${event}\n\n`);
    if (end === 'end') response.end();
    else if (end === 'reset') setTimeout(() => response.socket?.destroy(), 20);
  };

const goodStream = sse([
  chunk({ role: 'assistant', content: '' }),
  chunk({ content: 'Hello' }),
  chunk({ content: ' there' }),
  chunk({}, 'stop'),
  '[DONE]',
]);

/** Answers differently for streaming and non-streaming requests. */
const both =
  (plain: UpstreamHandler, streamed: UpstreamHandler): UpstreamHandler =>
  (context) =>
    context.body.stream === true ? streamed(context) : plain(context);

const HANDLERS: Record<string, UpstreamHandler> = {
  healthy: both(json(200, completion('Healthy answer.')), goodStream),
  'content-filter': both(
    json(200, completion('', 'content_filter')),
    sse([chunk({ role: 'assistant', content: '' }), chunk({}, 'content_filter'), '[DONE]']),
  ),
  // Azure-style: some text, then the filter cut it. The text is not the answer.
  'filter-after-text': json(200, completion('Once upon a time the', 'content_filter')),
  'length-empty': both(
    json(200, completion(null, 'length')),
    sse([chunk({ role: 'assistant' }), chunk({ content: '' }, 'length'), '[DONE]']),
  ),
  'empty-stop': both(
    json(200, completion('  \n ', 'stop')),
    sse([chunk({ role: 'assistant', content: '\n' }), chunk({ content: '  ' }), chunk({}, 'stop'), '[DONE]']),
  ),
  'no-choices': json(200, { id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [] }),
  malformed: both(
    ({ response }) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id": "x", "choices": [');
    },
    sse(['{not json']),
  ),
  'error-in-200': json(200, { error: { message: 'Provider returned error', code: 502 } }),
  'cut-before-content': both(
    ({ response }) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id": "x", "cho');
      setTimeout(() => response.socket?.destroy(), 20);
    },
    sse([chunk({ role: 'assistant', content: '' })], 'reset'),
  ),
  'ended-before-finish': sse([chunk({ role: 'assistant', content: '' })], 'end'),
  'status-408': json(408, { error: { message: 'timeout' } }),
  'status-409': json(409, { error: { message: 'conflict' } }),
  'status-425': json(425, { error: { message: 'too early' } }),
  'status-429': json(429, { error: { message: 'slow down' } }, { 'retry-after': '30' }),
  'status-500': json(500, { error: { message: 'boom' } }),
  'status-502': json(502, { error: { message: 'bad gateway' } }),
  'status-503': json(503, { error: { message: 'overloaded' } }),
  'status-529': json(529, { error: { message: 'overloaded' } }),
  'status-401': json(401, { error: { message: 'Incorrect API key provided: sk-abcdef123456' } }),
  'status-402': json(402, { error: { message: 'Insufficient credits' } }),
  'status-403': json(403, { error: { message: 'Forbidden' } }),
  'model-400': json(400, { error: { message: 'invalid model ID', code: 400 } }),
  'bad-400': json(400, { error: { message: "'messages' must contain the word json", type: 'invalid_request_error' } }),
  'bad-413': json(413, { error: { message: 'prompt is too long' } }),
  'bad-422': json(422, { error: { message: 'unprocessable' } }),
  hang: () => {},
  'headers-then-stall': ({ response }) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"id":');
  },
  'status-429-soon': json(429, { error: { message: 'slow down' } }, { 'retry-after': '0' }),
  'flaky-once': (() => {
    let calls = 0;
    return (context: Parameters<UpstreamHandler>[0]) =>
      ++calls === 1
        ? json(503, { error: { message: 'blip' } })(context)
        : json(200, completion('Second try.'))(context);
  })(),
  // Thinks for longer than first_token_ms (600), a delta every 150 ms, then answers: alive, so not a timeout.
  'slow-thinker': async ({ response }) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(`data: ${chunk({ role: 'assistant', content: '' })}\n\n`);
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      response.write(`data: ${chunk({ reasoning: `step ${i}. ` })}\n\n`);
    }
    response.write(
      `data: ${chunk({ content: 'Thought it through.' })}\n\ndata: ${chunk({}, 'stop')}\n\ndata: [DONE]\n\n`,
    );
    response.end();
  },
  // Says nothing for longer than first_token_ms: a timeout, then the next rung.
  'silent-starter': async ({ response }) => {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(`data: ${chunk({ role: 'assistant', content: '' })}\n\n`);
    await new Promise((resolve) => setTimeout(resolve, 900));
    if (!response.destroyed) response.end(`data: ${chunk({ content: 'Too late.' }, 'stop')}\n\ndata: [DONE]\n\n`);
  },
  'content-then-reset': sse([chunk({ role: 'assistant', content: '' }), chunk({ content: 'Half an ans' })], 'reset'),
};

let upstream: ScriptedUpstream;
let rung: TestGateway;

beforeAll(async () => {
  upstream = await startScriptedUpstream(HANDLERS);
  const models: Record<string, { provider: string; id: string; price?: { input: number; output: number } }> = {};
  for (const name of Object.keys(HANDLERS)) models[name] = { provider: 'up', id: name };
  models['healthy'] = { provider: 'up', id: 'healthy', price: { input: 1, output: 2 } };
  models['unreachable'] = { provider: 'closed', id: 'anything' };
  rung = await startTestGateway({
    providers: {
      up: { kind: 'openai-compatible', base_url: upstream.baseURL, api_key: 'sk-test-provider-secret' },
      closed: { kind: 'openai-compatible', base_url: 'http://127.0.0.1:9/v1' },
    },
    defaults: { timeouts: { first_byte_ms: 400, idle_ms: 400, first_token_ms: 600, total_ms: 3000 } },
    models,
    routes: {
      chat: { chain: ['healthy'] },
      patient: { chain: ['flaky-once', 'healthy'], retries: 1 },
      'patient-429': { chain: ['status-429-soon', 'healthy'], retries: 2 },
      'impatient-429': { chain: ['status-429', 'healthy'], retries: 2 },
    },
  });
});

afterAll(async () => {
  await rung?.close();
  await upstream?.close();
});

function callsTo(model: string): number {
  return upstream.seen.filter((request) => request.model === model).length;
}

const FALL_THROUGH: Array<[string, string]> = [
  ['content-filter', 'silent_refusal'],
  ['filter-after-text', 'silent_refusal'],
  ['length-empty', 'silent_refusal'],
  ['empty-stop', 'empty'],
  ['no-choices', 'no_choices'],
  ['malformed', 'malformed'],
  ['error-in-200', 'upstream_error'],
  ['cut-before-content', 'connect_error'],
  ['status-408', 'upstream_error'],
  ['status-409', 'upstream_error'],
  ['status-425', 'upstream_error'],
  ['status-429', 'rate_limited'],
  ['status-500', 'upstream_error'],
  ['status-502', 'upstream_error'],
  ['status-503', 'upstream_error'],
  ['status-529', 'upstream_error'],
  ['status-401', 'auth_error'],
  ['status-402', 'auth_error'],
  ['status-403', 'auth_error'],
  ['model-400', 'model_not_found'],
  ['this/model-does-not-exist', 'model_not_found'],
  ['unreachable', 'connect_error'],
  ['hang', 'timeout'],
  ['headers-then-stall', 'timeout'],
];

describe('non-streaming: failures that fall through to the next rung', () => {
  it.each(FALL_THROUGH)('%s → %s, then the healthy rung answers', async (model, outcome) => {
    const before = callsTo('healthy');
    const { status, body, headers } = await postJson(
      `${rung.baseURL}/chat/completions`,
      {
        model: 'chat',
        messages: [{ role: 'user', content: 'hi' }],
      },
      { 'x-rung-primary': model },
    );
    expect(status).toBe(200);
    expect(body.choices[0].message.content).toBe('Healthy answer.');
    expect(body.rung.attempt).toBe(1);
    expect(body.rung.used_fallback).toBe(true);
    expect(body.rung.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual([outcome, 'ok']);
    expect(headers.get('x-rung-used-fallback')).toBe('true');
    expect(callsTo('healthy')).toBe(before + 1);
    expect(JSON.stringify(body)).not.toContain('sk-test-provider-secret');
    expect(JSON.stringify(body)).not.toContain('abcdef123456');
  });
});

describe('non-streaming: the request itself is bad, so no other rung is tried', () => {
  it.each([
    ['bad-400', 400],
    ['bad-413', 413],
    ['bad-422', 422],
  ])('%s surfaces with status %i after one upstream call', async (model, expected) => {
    const healthyBefore = callsTo('healthy');
    const { status, body } = await postJson(
      `${rung.baseURL}/chat/completions`,
      {
        model: 'chat',
        messages: [{ role: 'user', content: 'hi' }],
      },
      { 'x-rung-primary': model },
    );
    expect(status).toBe(expected);
    expect(body.error.code).toBe('RUNG_UPSTREAM_BAD_REQUEST');
    expect(body.error.message).toContain(model);
    expect(callsTo('healthy')).toBe(healthyBefore);
  });
});

describe('streaming', () => {
  const streamed = async (primary: string) => {
    const response = await fetch(`${rung.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rung-primary': primary },
      body: JSON.stringify({ model: 'chat', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    return { response, payloads: await readSsePayloads(response) };
  };

  it.each([
    ['content-filter', 'silent_refusal'],
    ['length-empty', 'silent_refusal'],
    ['empty-stop', 'empty'],
    ['malformed', 'malformed'],
    ['cut-before-content', 'connect_error'],
    ['ended-before-finish', 'stream_cut'],
    ['status-503', 'upstream_error'],
    ['hang', 'timeout'],
  ])('%s falls through before anything reaches the client (%s)', async (model, outcome) => {
    const { response, payloads } = await streamed(model);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-rung-attempt')).toBe('1');
    const chunks = payloads.filter((payload): payload is Record<string, any> => payload !== '[DONE]');
    expect(payloads.at(-1)).toBe('[DONE]');
    expect(chunks[0]?.choices[0].delta.role).toBe('assistant');
    const text = chunks.map((item) => item.choices[0]?.delta?.content ?? '').join('');
    expect(text).toBe('Hello there');
    const meta = chunks.at(-1)?.rung;
    expect(meta.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual([outcome, 'ok']);
    // Without include_usage every chunk keeps a choice: clients that index choices[0] never break.
    for (const item of chunks) expect(item.choices.length).toBe(1);
  });

  it('a failure after content ends the stream with an error event, and is recorded', async () => {
    const { response, payloads } = await streamed('content-then-reset');
    expect(response.status).toBe(200);
    const last = payloads.at(-1) as { error?: { code: string } };
    expect(payloads).not.toContain('[DONE]');
    expect(last.error?.code).toBe('RUNG_UPSTREAM_CONNECT');
    const text = payloads
      .slice(0, -1)
      .map((item) => (item as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta.content ?? '')
      .join('');
    expect(text).toBe('Half an ans');
    const [record] = await rung.gateway.stores.records.recent({ limit: 1 });
    expect(record?.error_code).toBe('RUNG_UPSTREAM_CONNECT');
    expect(record?.model).toBe('content-then-reset');
  });

  it('estimates usage from the forwarded text when the upstream reports none', async () => {
    const { payloads } = await streamed('healthy');
    const meta = (payloads.at(-2) as { rung: { usage: { completion_tokens: number; estimated: boolean } } }).rung;
    // "Hello there" is 2 o200k_base tokens ("Hello", " there"), counted from unparsed chunks too.
    expect(meta.usage).toMatchObject({ completion_tokens: 2, estimated: true });
  });

  it('include_usage puts usage and the rung report on the final chunk', async () => {
    const response = await fetch(`${rung.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'chat',
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: 'hi' }],
      }),
    });
    const payloads = await readSsePayloads(response);
    const last = payloads.at(-2) as {
      choices: unknown[];
      usage: { prompt_tokens: number };
      rung: { cost_usd: number };
    };
    expect(last.choices).toEqual([]);
    expect(last.usage.prompt_tokens).toBeGreaterThan(0);
    expect(last.rung.cost_usd).toBeGreaterThan(0);
  });
});

describe('retries inside a rung', () => {
  const ask = (model: string) =>
    postJson(`${rung.baseURL}/chat/completions`, { model, messages: [{ role: 'user', content: 'hi' }] });

  it('retries a transient failure in the same rung before falling through', async () => {
    const { status, body } = await ask('patient');
    expect(status).toBe(200);
    expect(body.choices[0].message.content).toBe('Second try.');
    expect(body.rung.attempt).toBe(0);
    expect(body.rung.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['upstream_error', 'ok']);
  });

  it('honours a short Retry-After, then falls through when retries run out', async () => {
    const before = callsTo('status-429-soon');
    const { body } = await ask('patient-429');
    expect(callsTo('status-429-soon')).toBe(before + 3);
    expect(body.rung.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual([
      'rate_limited',
      'rate_limited',
      'rate_limited',
      'ok',
    ]);
  });

  it('falls through at once when Retry-After is longer than the cap', async () => {
    const before = callsTo('status-429');
    const started = Date.now();
    const { body } = await ask('impatient-429');
    expect(callsTo('status-429')).toBe(before + 1);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(body.rung.attempt).toBe(1);
  });
});

describe('every rung failing', () => {
  it('answers 503 naming every model tried and why', async () => {
    const { status, body } = await postJson(
      `${rung.baseURL}/chat/completions`,
      {
        model: 'content-filter',
        messages: [{ role: 'user', content: 'hi' }],
      },
      { 'x-rung-primary': 'status-503' },
    );
    expect(status).toBe(503);
    expect(body.error.code).toBe('RUNG_ALL_RUNGS_FAILED');
    expect(body.error.message).toContain('status-503 (upstream_error 503)');
    expect(body.error.message).toContain('content-filter (silent_refusal 200)');
  });
});

describe('client disconnect', () => {
  it('aborts the upstream call', async () => {
    const controller = new AbortController();
    const pending = fetch(`${rung.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rung-primary': 'hang' },
      body: JSON.stringify({ model: 'chat', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await waitFor(() => upstream.seen.some((request) => request.model === 'hang' && request.abortedAt === null));
    const entry = upstream.seen.filter((request) => request.model === 'hang').at(-1);
    controller.abort();
    await pending;
    await waitFor(() => entry?.abortedAt !== null);
    expect(entry?.abortedAt).not.toBeNull();
    await waitFor(
      async () => (await rung.gateway.stores.records.recent({ limit: 1 }))[0]?.error_code === 'RUNG_CLIENT_CLOSED',
    );
  });
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('streaming: thinking before the answer', () => {
  const stream = async (primary: string) => {
    const response = await fetch(`${rung.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rung-primary': primary },
      body: JSON.stringify({ model: 'chat', stream: true, messages: [{ role: 'user', content: 'think' }] }),
    });
    const chunks = (await readSsePayloads(response)).filter(
      (payload): payload is Record<string, any> => payload !== '[DONE]',
    );
    return { chunks, meta: chunks.at(-1)?.rung };
  };

  it('keeps a rung that thinks past first_token_ms, and passes its reasoning through', async () => {
    const { chunks, meta } = await stream('slow-thinker');
    expect(meta.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['ok']);
    const reasoning = chunks.map((item) => item.choices[0]?.delta?.reasoning ?? '').join('');
    expect(reasoning).toBe('step 0. step 1. step 2. step 3. step 4. step 5. ');
    expect(chunks.map((item) => item.choices[0]?.delta?.content ?? '').join('')).toBe('Thought it through.');
  });

  it('still times out a rung that sends nothing past first_token_ms', async () => {
    const { meta } = await stream('silent-starter');
    expect(meta.attempts.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['timeout', 'ok']);
  });
});
