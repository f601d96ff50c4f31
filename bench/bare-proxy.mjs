/**
 * The ceiling: the least a Node gateway can do here (parse the JSON body, rewrite the model, forward with an
 * undici Pool, check the status, serialise or pipe the answer) and nothing else. Rung's throughput is reported as
 * a fraction of this one's, measured in the same run.
 * Run as a child: `node bench/bare-proxy.mjs --port=0 --upstream=http://127.0.0.1:PORT`.
 */
import http from 'node:http';
import { Pool } from 'undici';
import { exitWithParent, parsePortFlag } from './lib/child-guard.mjs';

const upstream = new Pool(process.argv.find((arg) => arg.startsWith('--upstream=')).slice('--upstream='.length));
const headers = { 'content-type': 'application/json', authorization: 'Bearer bench-key' };

async function handle(request, response) {
  const parts = [];
  for await (const part of request) parts.push(part);
  const body = JSON.parse(Buffer.concat(parts).toString('utf8'));
  body.model = 'gpt-bench';
  const answer = await upstream.request({
    method: 'POST',
    path: '/v1/chat/completions',
    headers,
    body: JSON.stringify(body),
  });
  if (answer.statusCode !== 200) {
    response.writeHead(502, { 'content-type': 'application/json' }).end(await answer.body.text());
  } else if (body.stream === true) {
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    answer.body.pipe(response);
  } else {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await answer.body.json()));
  }
}

const server = http.createServer((request, response) => {
  handle(request, response).catch((error) =>
    response.headersSent ? response.destroy() : response.writeHead(502).end(String(error)),
  );
});
server.keepAliveTimeout = 60_000;
exitWithParent(() => server.close());
server.listen(parsePortFlag(process.argv), '127.0.0.1', () =>
  process.stdout.write(`listening ${server.address().port}\n`),
);
