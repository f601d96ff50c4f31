/**
 * A fast OpenAI-compatible upstream for benchmarks: `POST /v1/chat/completions` answers at once, with no
 * artificial delay, so whatever a gateway adds on top of it is the gateway's own overhead.
 *
 * Non-streaming: a fixed ~600-byte `chat.completion`. Streaming: 20 content chunks, a usage chunk when the
 * request asks for `stream_options.include_usage`, then `data: [DONE]`, each event its own write so a gateway
 * has real SSE framing to parse.
 *
 * Run as a child: `node bench/fake-upstream.mjs --port=0`; it prints `listening <port>` on stdout.
 */
import http from 'node:http';
import { exitWithParent, parsePortFlag } from './lib/child-guard.mjs';
import { UPSTREAM_MODEL as MODEL, REPLY_MARKER } from './lib/constants.mjs';

const CREATED = 1_700_000_000;
const WORDS =
  `${REPLY_MARKER} The quick brown fox jumps over the lazy dog while a benchmark counts every millisecond it takes to do so, patiently.`.split(
    ' ',
  );
const CONTENT = WORDS.join(' ');
const USAGE = { prompt_tokens: 17, completion_tokens: WORDS.length, total_tokens: 17 + WORDS.length };

const completionBody = Buffer.from(
  JSON.stringify({
    id: 'chatcmpl-bench0000000000000000000001',
    object: 'chat.completion',
    created: CREATED,
    model: MODEL,
    system_fingerprint: 'fp_bench',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: CONTENT, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: {
      ...USAGE,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    },
  }),
);

function chunkEvent(delta, finishReason, usage) {
  const chunk = {
    id: 'chatcmpl-bench0000000000000000000002',
    object: 'chat.completion.chunk',
    created: CREATED,
    model: MODEL,
    system_fingerprint: 'fp_bench',
    choices: delta === null ? [] : [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
  if (usage !== undefined) chunk.usage = usage;
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

// 20 content events: the role opener, 18 slices of the text, and the finish event.
const slices = [];
const perSlice = Math.ceil(WORDS.length / 18);
for (let index = 0; index < WORDS.length; index += perSlice) {
  slices.push((index === 0 ? '' : ' ') + WORDS.slice(index, index + perSlice).join(' '));
}
const streamEvents = [
  chunkEvent({ role: 'assistant', content: '' }, null),
  ...slices.map((text) => chunkEvent({ content: text }, null)),
  chunkEvent({}, 'stop'),
].map((event) => Buffer.from(event));
const usageEvent = Buffer.from(chunkEvent(null, null, USAGE));
const doneEvent = Buffer.from('data: [DONE]\n\n');

const notFound = Buffer.from(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));

function reply(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
}

const server = http.createServer((request, response) => {
  if (request.method !== 'POST' || !request.url.startsWith('/v1/chat/completions')) {
    request.resume();
    reply(response, 404, notFound);
    return;
  }
  const parts = [];
  request.on('data', (part) => parts.push(part));
  request.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(parts).toString('utf8'));
    } catch {
      reply(response, 400, Buffer.from('{"error":{"message":"body is not JSON","type":"invalid_request_error"}}'));
      return;
    }
    if (body.stream !== true) {
      reply(response, 200, completionBody);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const event of streamEvents) response.write(event);
    if (body.stream_options?.include_usage === true) response.write(usageEvent);
    response.end(doneEvent);
  });
});
server.keepAliveTimeout = 60_000;

exitWithParent(() => server.close());
server.listen(parsePortFlag(process.argv), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
