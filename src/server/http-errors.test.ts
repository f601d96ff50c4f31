/**
 * Bad input over a real socket: every malformed, mistyped, oversized or misrouted request gets a 4xx with an
 * OpenAI-shaped body that says what was wrong and where — never a 500 — and the server keeps serving.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestGateway, type TestGateway } from '../testing/test-gateway.js';

const MAX_BODY_BYTES = 1024;
const MESSAGES = [{ role: 'user', content: 'Hello' }];

interface ErrorBody {
  error: { message: string; type: string; code: string };
}

interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

let gateway: TestGateway;
let chatUrl: string;

beforeAll(async () => {
  gateway = await startTestGateway({
    server: { max_body_bytes: MAX_BODY_BYTES },
    providers: { sim: { kind: 'simulator' } },
    models: {
      alpha: { provider: 'sim', id: 'alpha/a-1' },
      beta: { provider: 'sim', id: 'beta/b-1' },
    },
    routes: {
      chat: { chain: ['alpha', 'beta'] },
      summarize: { chain: ['beta'] },
    },
  });
  chatUrl = `${gateway.url}/v1/chat/completions`;
});

afterAll(async () => {
  await gateway.close();
});

/** Asserts an OpenAI-shaped error with this status and code, and returns it. */
function expectError(reply: Reply, status: number, code: string): ErrorBody['error'] {
  expect({ status: reply.status, body: reply.body }).toMatchObject({ status, body: { error: { code } } });
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  const body = reply.body as ErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toEqual(
    expect.objectContaining({ message: expect.any(String), type: expect.any(String), code: expect.any(String) }),
  );
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error;
}

async function send(url: string, init: RequestInit): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

/**
 * POSTs with node:http so the test decides the framing: `contentLength` declares a length (and only part of the
 * body may be sent); without it the body goes chunked. Resolves with the response, however early it comes.
 */
function rawPost(
  url: string,
  options: { contentLength?: number; chunks: string[]; end: boolean },
): Promise<{ status: number; connection: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.contentLength !== undefined) headers['content-length'] = String(options.contentLength);
    else headers['transfer-encoding'] = 'chunked';
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (part: string) => {
        text += part;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: JSON.parse(text) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    let index = 0;
    const next = (): void => {
      if (request.destroyed) return;
      const chunk = options.chunks[index++];
      if (chunk === undefined) {
        if (options.end) request.end();
        return;
      }
      request.write(chunk, () => setTimeout(next, 2));
    };
    next();
  });
}

async function expectHealthy(): Promise<void> {
  const health = await send(`${gateway.url}/health`, {});
  expect(health).toMatchObject({ status: 200, body: { ok: true } });
  const answer = await postJson(chatUrl, { model: 'chat', messages: MESSAGES });
  expect(answer.status).toBe(200);
}

describe('bodies that are not a JSON object', () => {
  it.each([
    ['malformed JSON', '{"model": "chat", "messages": [', 'RUNG_INVALID_JSON', /not valid JSON/],
    ['a trailing comma', '{"model": "chat",}', 'RUNG_INVALID_JSON', /not valid JSON/],
    ['an empty body', '', 'RUNG_INVALID_JSON', /empty/],
    ['a whitespace body', ' \n\t ', 'RUNG_INVALID_JSON', /empty/],
    ['a JSON array', '[{"model": "chat"}]', 'RUNG_INVALID_REQUEST', /JSON object/],
    ['JSON null', 'null', 'RUNG_INVALID_REQUEST', /JSON object/],
    ['a JSON string', '"chat"', 'RUNG_INVALID_REQUEST', /JSON object/],
    ['a JSON number', '42', 'RUNG_INVALID_REQUEST', /JSON object/],
  ])('%s → 400 %s', async (_label, body, code, message) => {
    for (const url of [chatUrl, `${gateway.url}/complete`]) {
      const error = expectError(await postJson(url, body), 400, code);
      expect(error.type).toBe('invalid_request_error');
      expect(error.message).toMatch(message);
    }
  });
});

describe('fields of the wrong type or value', () => {
  it.each([
    ['messages is not an array', { messages: 'Hello' }, 'messages'],
    ['messages is empty', { messages: [] }, 'messages'],
    ['a message has role "robot"', { messages: [{ role: 'robot', content: 'beep' }] }, 'messages[0].role'],
    [
      'the second message has numeric content',
      { messages: [...MESSAGES, { role: 'assistant', content: 42 }] },
      'messages[1].content',
    ],
    ['temperature is "hot"', { temperature: 'hot' }, 'temperature'],
    ['temperature is above 2', { temperature: 7 }, 'temperature'],
    ['max_tokens is -1', { max_tokens: -1 }, 'max_tokens'],
    ['max_tokens is fractional', { max_tokens: 1.5 }, 'max_tokens'],
    ['stream is "yes"', { stream: 'yes' }, 'stream'],
    ['n is 3', { n: 3 }, 'n'],
    ['model is a number', { model: 7 }, 'model'],
    ['model is empty', { model: '' }, 'model'],
  ])('%s → 400 naming %s', async (_label, patch, path) => {
    const reply = await postJson(chatUrl, { model: 'chat', messages: MESSAGES, ...patch });
    const error = expectError(reply, 400, 'RUNG_INVALID_REQUEST');
    expect(error.message).toContain(`${path}: `);
  });

  it('a missing model → 400 naming model', async () => {
    const error = expectError(await postJson(chatUrl, { messages: MESSAGES }), 400, 'RUNG_INVALID_REQUEST');
    expect(error.message).toMatch(/(^|\s)model: /);
  });

  it('names every bad field of one request, not only the first', async () => {
    const reply = await postJson(chatUrl, { model: 'chat', messages: MESSAGES, temperature: 'hot', stream: 'yes' });
    const error = expectError(reply, 400, 'RUNG_INVALID_REQUEST');
    expect(error.message).toContain('temperature: ');
    expect(error.message).toContain('stream: ');
  });

  it('POST /complete names the bad field too, and rejects fields it does not know', async () => {
    const role = await postJson(`${gateway.url}/complete`, { messages: [{ role: 'robot', content: 'beep' }] });
    expect(expectError(role, 400, 'RUNG_INVALID_REQUEST').message).toContain('messages[0].role: ');
    const unknown = await postJson(`${gateway.url}/complete`, { messages: MESSAGES, stream: true });
    expect(expectError(unknown, 400, 'RUNG_INVALID_REQUEST').message).toMatch(/stream/);
  });

  it('never answers 5xx to hostile values in any field, and every error is OpenAI-shaped', async () => {
    const hostile: unknown[] = [null, true, -1, 0, 1e308, '', 'x', '\u0000', [], [null], {}, { a: { b: [1] } }];
    const fields = [
      'model',
      'messages',
      'stream',
      'stream_options',
      'max_tokens',
      'max_completion_tokens',
      'temperature',
      'top_p',
      'n',
      'stop',
      'tools',
      'response_format',
      'user',
      'metadata',
    ];
    const failures: string[] = [];
    for (const field of fields) {
      for (const value of hostile) {
        const reply = await postJson(chatUrl, { model: 'chat', messages: MESSAGES, [field]: value });
        if (reply.status >= 500) failures.push(`${field}=${JSON.stringify(value)} → ${reply.status}`);
        if (reply.status !== 200) expect((reply.body as ErrorBody).error.code).toMatch(/^RUNG_/);
      }
    }
    for (const value of hostile) {
      const messageFields = [{ role: value, content: 'x' }, { role: 'user', content: value }, value];
      for (const message of messageFields) {
        const reply = await postJson(chatUrl, { model: 'chat', messages: [message] });
        if (reply.status >= 500) failures.push(`messages[0]=${JSON.stringify(message)} → ${reply.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  // BUG: a deeply nested value in a passthrough field (unknown fields, tool_choice, content parts) passes
  // validation, then JSON.stringify of the upstream body overflows the stack; the attempt loop files that
  // RangeError as an upstream `malformed` outcome on every rung and the client gets 503 RUNG_ALL_RUNGS_FAILED
  // blaming healthy models (and retries it when the route has retries). See the report: cap nesting depth in
  // read-body.ts/validate-request.ts and answer 400 RUNG_INVALID_REQUEST.
  it('a body nested 100 000 levels deep → 400 RUNG_INVALID_REQUEST, not a 503 blaming the models', async () => {
    const big = await startTestGateway({
      providers: { sim: { kind: 'simulator' } },
      models: { alpha: { provider: 'sim', id: 'alpha/a-1' } },
      routes: { chat: { chain: ['alpha'] } },
    });
    try {
      const nested = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
      const body = `{"model":"chat","messages":[{"role":"user","content":"x"}],"tool_choice":${nested}}`;
      const reply = await postJson(`${big.url}/v1/chat/completions`, body);
      expectError(reply, 400, 'RUNG_INVALID_REQUEST');
    } finally {
      await big.close();
    }
  });
});

describe('unknown model or route', () => {
  it('→ 404 RUNG_UNKNOWN_MODEL listing the known routes and models', async () => {
    const reply = await postJson(chatUrl, { model: 'gpt-9', messages: MESSAGES });
    const error = expectError(reply, 404, 'RUNG_UNKNOWN_MODEL');
    expect(error.message).toContain('"gpt-9"');
    expect(error.message).toMatch(/routes: chat, summarize/);
    expect(error.message).toMatch(/models: alpha, beta/);
  });

  it('a name on the object prototype is unknown too, not a crash', async () => {
    for (const model of ['__proto__', 'constructor', 'toString']) {
      expectError(await postJson(chatUrl, { model, messages: MESSAGES }), 404, 'RUNG_UNKNOWN_MODEL');
    }
  });

  it('POST /complete with an unknown model → 404 as well', async () => {
    const reply = await postJson(`${gateway.url}/complete`, { model: 'gpt-9', messages: MESSAGES });
    expect(expectError(reply, 404, 'RUNG_UNKNOWN_MODEL').message).toContain('chat');
  });
});

describe('bodies over server.max_body_bytes', () => {
  const oversized = JSON.stringify({ model: 'chat', messages: [{ role: 'user', content: 'x'.repeat(4 * 1024) }] });

  it('→ 413 when the declared Content-Length is too large, before the body is read', async () => {
    // Only the first 100 bytes are sent and the request is never ended: the answer must not wait for the rest.
    const reply = await rawPost(chatUrl, {
      contentLength: oversized.length,
      chunks: [oversized.slice(0, 100)],
      end: false,
    });
    expect(reply).toMatchObject({ status: 413, connection: 'close', body: { error: { code: 'RUNG_BODY_TOO_LARGE' } } });
    expect((reply.body as ErrorBody).error.message).toContain(`${MAX_BODY_BYTES} bytes`);
    expect((reply.body as ErrorBody).error.message).toContain('server.max_body_bytes');
    await expectHealthy();
  });

  it('→ 413 for a chunked upload with no Content-Length, once the limit is passed', async () => {
    const chunks = Array.from({ length: 100 }, () => 'x'.repeat(100));
    const reply = await rawPost(chatUrl, { chunks, end: true });
    expect(reply).toMatchObject({ status: 413, connection: 'close', body: { error: { code: 'RUNG_BODY_TOO_LARGE' } } });
    await expectHealthy();
  });

  it('→ 413 from fetch, with a streamed body and with a plain one, and the server stays healthy', async () => {
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 20; index++) controller.enqueue(encoder.encode('y'.repeat(100)));
        controller.close();
      },
    });
    const streamed = await send(chatUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectError(streamed, 413, 'RUNG_BODY_TOO_LARGE');
    expectError(await postJson(chatUrl, oversized), 413, 'RUNG_BODY_TOO_LARGE');
    expectError(await postJson(`${gateway.url}/complete`, oversized), 413, 'RUNG_BODY_TOO_LARGE');
    await expectHealthy();
  });

  it('a body of exactly max_body_bytes is accepted', async () => {
    const base = JSON.stringify({ model: 'chat', messages: [{ role: 'user', content: '' }] });
    const exact = JSON.stringify({
      model: 'chat',
      messages: [{ role: 'user', content: 'x'.repeat(MAX_BODY_BYTES - base.length) }],
    });
    expect(Buffer.byteLength(exact)).toBe(MAX_BODY_BYTES);
    expect((await postJson(chatUrl, exact)).status).toBe(200);
    expectError(await postJson(chatUrl, `${exact} `), 413, 'RUNG_BODY_TOO_LARGE');
  });
});

describe('content type, path and method', () => {
  it('a non-JSON content type → 415 RUNG_UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const reply = await send(chatUrl, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ model: 'chat', messages: MESSAGES }),
      });
      const error = expectError(reply, 415, 'RUNG_UNSUPPORTED_MEDIA_TYPE');
      expect(error.message).toContain('application/json');
    }
  });

  it('JSON with a charset, and curl-style text/plain, are accepted', async () => {
    for (const type of ['application/json; charset=utf-8', 'text/plain;charset=UTF-8']) {
      const reply = await send(chatUrl, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ model: 'chat', messages: MESSAGES }),
      });
      expect(reply.status).toBe(200);
    }
  });

  it('an unknown path → 404 RUNG_NOT_FOUND naming the path', async () => {
    for (const path of ['/v2/chat/completions', '/nope', '/v1/completions']) {
      const reply = await send(`${gateway.url}${path}`, { method: 'POST', body: '{}' });
      expect(expectError(reply, 404, 'RUNG_NOT_FOUND').message).toContain(path);
    }
  });

  it('GET on /v1/chat/completions → 405 with an Allow header', async () => {
    const reply = await send(chatUrl, {});
    const error = expectError(reply, 405, 'RUNG_METHOD_NOT_ALLOWED');
    expect(reply.headers.get('allow')).toBe('POST');
    expect(error.message).toContain('POST');
  });

  it('POST on /health, /v1/models and /metrics → 405 with an Allow header', async () => {
    for (const path of ['/health', '/v1/models', '/metrics']) {
      const reply = await send(`${gateway.url}${path}`, { method: 'POST', body: '{}' });
      expectError(reply, 405, 'RUNG_METHOD_NOT_ALLOWED');
      expect(reply.headers.get('allow')).toBe(path === '/health' ? 'GET, HEAD' : 'GET');
    }
  });

  // BUG (minor): requests Node's HTTP parser rejects (here Content-Length together with Transfer-Encoding) get
  // Node's default bare "400 Bad Request" with an empty body, not an OpenAI-shaped error. See the report:
  // handle the server's 'clientError' event in http-server.ts and write a JSON error before closing the socket.
  it('a request the HTTP parser rejects still gets an OpenAI-shaped error body', async () => {
    const reply = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        chatUrl,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '5', 'transfer-encoding': 'chunked' },
        },
        (response) => {
          let text = '';
          response.on('data', (part: Buffer) => {
            text += part.toString('utf8');
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      request.end('hello');
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});
