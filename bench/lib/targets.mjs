/**
 * The programs a benchmark sends requests to, started as child processes: the fake upstream (also the
 * "direct" target), the bare Node proxy, Rung's CLI and Portkey's open-source gateway. Each target says how to
 * build the same chat request for itself, so sections only pick targets and measure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'undici';
import { UPSTREAM_MODEL } from './constants.mjs';
import { freePort, scratchDirectory, startNode, stop, waitForListening, waitUntil } from './processes.mjs';

const PROMPT = 'Reply with one short sentence so the gateway benchmark has something to forward.';

/** Environment without anything that would make a gateway call out (proxies, Redis) during a run. */
function quietEnvironment() {
  const env = { ...process.env };
  for (const key of [
    'REDIS_CONNECTION_STRING',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'http_proxy',
    'https_proxy',
    'ALL_PROXY',
    'all_proxy',
  ]) {
    delete env[key];
  }
  return env;
}

/** The chat body every target receives, differing only in the model name it expects. */
function chatBody(model, stream) {
  const body = { model, messages: [{ role: 'user', content: PROMPT }] };
  if (stream) Object.assign(body, { stream: true, stream_options: { include_usage: true } });
  return JSON.stringify(body);
}

function makeTarget({ name, label, child, origin, model, headers = {}, cleanup = async () => {} }) {
  return {
    name,
    label,
    child,
    origin,
    get pid() {
      return child.pid;
    },
    /** The request this target is measured with: `{ origin, path, headers, body, stream }`. */
    request(stream) {
      return {
        origin,
        path: '/v1/chat/completions',
        headers: { 'content-type': 'application/json', ...headers },
        body: chatBody(model, stream),
        stream,
      };
    },
    async stop() {
      await stop(child);
      await cleanup();
    },
  };
}

async function answersOk(url, predicate) {
  const response = await httpRequest(url, { headersTimeout: 1_000, bodyTimeout: 1_000 });
  const text = await response.body.text();
  return response.statusCode === 200 && predicate(text);
}

/**
 * Starts the fake upstream; the returned target is "direct" (requests straight to it).
 * @example const upstream = await startUpstream({ benchDir })
 */
export async function startUpstream({ benchDir }) {
  const child = startNode('fake-upstream', [join(benchDir, 'fake-upstream.mjs'), '--port=0'], { cwd: benchDir });
  const port = await waitForListening(child);
  return {
    ...makeTarget({
      name: 'direct',
      label: 'direct',
      child,
      origin: `http://127.0.0.1:${port}`,
      model: UPSTREAM_MODEL,
    }),
    port,
  };
}

/**
 * Starts the ~20-line node:http + undici proxy in front of the upstream: the ceiling for a Node gateway.
 * @example const bare = await startBareProxy({ benchDir, upstreamPort })
 */
export async function startBareProxy({ benchDir, upstreamPort }) {
  const child = startNode(
    'bare-proxy',
    [join(benchDir, 'bare-proxy.mjs'), '--port=0', `--upstream=http://127.0.0.1:${upstreamPort}`],
    { cwd: benchDir, env: quietEnvironment() },
  );
  const port = await waitForListening(child);
  return makeTarget({ name: 'bare', label: 'bare proxy', child, origin: `http://127.0.0.1:${port}`, model: 'chat' });
}

/**
 * Portkey's gateway from the bench's own node_modules, headless, pointed at the upstream with its custom-host
 * headers. It listens on all interfaces and has no host flag.
 * @example const portkey = await startPortkey({ benchDir, upstreamPort })
 */
export async function startPortkey({ benchDir, upstreamPort }) {
  const entry = join(benchDir, 'node_modules', '@portkey-ai', 'gateway', 'build', 'start-server.js');
  const port = await freePort();
  const child = startNode('portkey', [entry, '--headless', `--port=${port}`], {
    cwd: benchDir,
    env: quietEnvironment(),
    guard: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntil(child, () => answersOk(`${origin}/`, (text) => text.includes('AI Gateway')), { what: 'serving' });
  return makeTarget({
    name: 'portkey',
    label: 'Portkey',
    child,
    origin,
    model: UPSTREAM_MODEL,
    headers: {
      'x-portkey-provider': 'openai',
      'x-portkey-custom-host': `http://127.0.0.1:${upstreamPort}/v1`,
      authorization: 'Bearer anything',
    },
  });
}

/**
 * Whether Rung's CLI can be started from `root` (`bin/rung.js serve --help` exits 0), with the reason if not.
 * @example const { ok, reason } = rungAvailable(root)
 */
export function rungAvailable(root) {
  const bin = join(root, 'bin', 'rung.js');
  if (!existsSync(bin)) return { ok: false, reason: `${bin} does not exist yet` };
  const result = spawnSync(process.execPath, [bin, 'serve', '--help'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (result.status !== 0) {
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-5).join('\n');
    return {
      ok: false,
      reason: `\`node bin/rung.js serve --help\` exited with ${result.status ?? result.signal}: ${output}`,
    };
  }
  return { ok: true, reason: '' };
}

/**
 * Rung's configuration for the bench: one OpenAI-compatible provider at the fake upstream, one priced model,
 * one route `chat`, and records on (SQLite store), which is the condition the targets are set for.
 * `extra` is appended as YAML for sections that need more (cache, budgets...).
 */
export function rungConfig({ port, upstreamPort, databasePath, extra = '' }) {
  return `server: { port: ${port} }
log: { level: warn }
store: { kind: sqlite, path: ${JSON.stringify(databasePath)} }
providers:
  up: { kind: openai-compatible, base_url: "http://127.0.0.1:${upstreamPort}/v1", api_key: bench-key }
models:
  bench-model: { provider: up, id: ${UPSTREAM_MODEL}, price: { input: 0.2, output: 0.6 } }
routes:
  chat: { chain: [bench-model] }
${extra}`;
}

/**
 * Starts `node [nodeArgs] bin/rung.js serve --config <generated> --port <port>` from `root` (a checkout with
 * `dist/` built) and waits for `GET /health` to answer `{"ok":true}`. `env` is added to a quiet environment.
 * @example const rung = await startRung({ root, upstreamPort })
 */
export async function startRung({
  root,
  upstreamPort,
  extraConfig = '',
  name = 'rung',
  label = 'Rung',
  nodeArgs = [],
  env = {},
}) {
  const { path: directory, remove: removeDirectory } = scratchDirectory('rung-bench-');
  const port = await freePort();
  const configPath = join(directory, 'rung-bench.yaml');
  writeFileSync(
    configPath,
    rungConfig({ port, upstreamPort, databasePath: join(directory, 'rung-bench.db'), extra: extraConfig }),
  );
  const child = startNode(
    name,
    [...nodeArgs, join(root, 'bin', 'rung.js'), 'serve', '--config', configPath, '--port', String(port)],
    {
      cwd: root,
      env: { ...quietEnvironment(), ...env },
      guard: true,
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(child, () => answersOk(`${origin}/health`, (text) => JSON.parse(text).ok === true), {
      what: 'healthy',
    });
  } catch (error) {
    await stop(child);
    removeDirectory();
    throw error;
  }
  return makeTarget({ name, label, child, origin, model: 'chat', cleanup: async () => removeDirectory() });
}
