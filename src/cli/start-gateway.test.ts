/**
 * Reload over a real socket: a gateway started from a file picks up a valid edit within about a second, keeps
 * serving on the previous config when an edit is invalid, and lets requests in flight finish on the old one.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postJson } from '../testing/test-gateway.js';
import { type RunningGateway, startGateway } from './start-gateway.js';

const MESSAGES = [{ role: 'user', content: 'Hello' }];

/** A config whose route "chat" climbs `chain`, with `keys` as gateway keys if given. */
function configText(chain: string[], keys: string[] = []): string {
  const auth = keys.map((key, index) => `    - { key: ${key}, name: key-${index} }`);
  return [
    'store: { kind: sqlite, path: ":memory:" }',
    ...(auth.length === 0 ? [] : ['auth:', '  keys:', ...auth]),
    'providers: { sim: { kind: simulator } }',
    'models:',
    '  alpha: { provider: sim, id: alpha/a-1 }',
    '  beta: { provider: sim, id: beta/b-1 }',
    '  slow: { provider: sim, id: slow/s-1, sim: { first_token_ms: [700, 700] } }',
    'routes:',
    `  chat: { chain: [${chain.join(', ')}] }`,
    '',
  ].join('\n');
}

let directory: string;
let configPath: string;
let running: RunningGateway | undefined;
let logs: Array<{ msg?: string; error?: string; level?: number }>;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rung-reload-test-'));
  configPath = join(directory, 'rung.yaml');
  writeFileSync(configPath, configText(['alpha']));
  logs = [];
  const logger = pino(
    { level: 'info' },
    {
      write(line: string) {
        logs.push(JSON.parse(line) as { msg?: string; error?: string });
      },
    },
  );
  running = await startGateway({ configPath, port: 0, host: '127.0.0.1', watch: true, logger });
});

afterEach(async () => {
  await running?.stop();
  running = undefined;
  rmSync(directory, { recursive: true, force: true });
});

function url(): string {
  if (running === undefined) throw new Error('no gateway running');
  return running.url;
}

/** The configured model that answered a "chat" request. */
async function answeredBy(): Promise<string | null> {
  const reply = await postJson(`${url()}/v1/chat/completions`, { model: 'chat', messages: MESSAGES });
  expect(reply.status).toBe(200);
  return reply.headers.get('x-rung-model');
}

/** Polls `check` every 25 ms until it holds; fails after `timeoutMs`. Resolves with the time it took. */
async function eventually(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const rejections = () => logs.filter((line) => line.msg?.startsWith('config change rejected'));
const reloads = () => logs.filter((line) => line.msg === 'config reloaded');

describe('config reload (watch on)', () => {
  it('a changed route chain is used by new requests within about a second', async () => {
    expect(await answeredBy()).toBe('alpha');
    writeFileSync(configPath, configText(['beta', 'alpha']));
    const took = await eventually(async () => (await answeredBy()) === 'beta', 2_000);
    expect(took).toBeLessThan(1_500);
    expect(reloads()).toHaveLength(1);
    expect(running?.gateway.current().config.routes.chat?.chain).toEqual(['beta', 'alpha']);
  });

  it('an editor-style save (write a temporary file, rename it over the config) is picked up', async () => {
    const temporary = join(directory, '.rung.yaml.swp');
    writeFileSync(temporary, configText(['beta']));
    renameSync(temporary, configPath);
    await eventually(async () => (await answeredBy()) === 'beta', 2_000);
  });

  it.each([
    ['an unknown model in the chain', configText(['gpt-9']), 'routes.chat.chain[0]: unknown model "gpt-9"'],
    ['a YAML syntax error', 'routes: { chat: { chain: [alpha\n', 'invalid YAML'],
    ['an empty file', '', '(root): expected a mapping'],
  ])('%s is rejected and logged; the previous config keeps serving', async (_label, text, problem) => {
    writeFileSync(configPath, configText(['beta']));
    await eventually(async () => (await answeredBy()) === 'beta', 2_000);
    const before = running?.gateway.current();

    writeFileSync(configPath, text);
    await eventually(() => rejections().length > 0, 2_000);
    expect(rejections()[0]?.error).toContain(problem);
    expect(running?.gateway.current()).toBe(before);
    expect(await answeredBy()).toBe('beta');
    const health = await fetch(`${url()}/health`);
    expect(health.status).toBe(200);

    // The watcher survives the rejection: the next valid edit is applied.
    writeFileSync(configPath, configText(['alpha']));
    await eventually(async () => (await answeredBy()) === 'alpha', 2_000);
  });

  it('a deleted config file is rejected and the gateway keeps serving', async () => {
    unlinkSync(configPath);
    await eventually(() => rejections().length > 0, 2_000);
    expect(rejections()[0]?.error).toContain('file not found');
    expect(await answeredBy()).toBe('alpha');
    writeFileSync(configPath, configText(['beta']));
    await eventually(async () => (await answeredBy()) === 'beta', 2_000);
  });

  it('a request in flight finishes on the config it started with', async () => {
    writeFileSync(configPath, configText(['slow']));
    await eventually(() => running?.gateway.current().config.routes.chat?.chain[0] === 'slow', 2_000);
    const inFlight = postJson(`${url()}/v1/chat/completions`, { model: 'chat', messages: MESSAGES });
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(configPath, configText(['alpha']));
    await eventually(() => running?.gateway.current().config.routes.chat?.chain[0] === 'alpha', 2_000);
    expect(await answeredBy()).toBe('alpha');
    const slow = await inFlight;
    expect(slow.status).toBe(200);
    expect(slow.headers.get('x-rung-model')).toBe('slow');
  });

  it('a key removed from auth.keys stops working on the next request', async () => {
    const kept = 'rk-kept-0123456789abcdef';
    const revoked = 'rk-revoked-0123456789abcdef';
    const status = async (key: string) =>
      (
        await postJson(
          `${url()}/v1/chat/completions`,
          { model: 'chat', messages: MESSAGES },
          {
            authorization: `Bearer ${key}`,
          },
        )
      ).status;
    writeFileSync(configPath, configText(['alpha'], [kept, revoked]));
    await eventually(async () => (await status(revoked)) === 200, 2_000);
    writeFileSync(configPath, configText(['alpha'], [kept]));
    await eventually(async () => (await status(revoked)) === 401, 2_000);
    expect(await status(kept)).toBe(200);
  });

  it('a change goes through while another file in the folder is written all the time (the database)', async () => {
    // A folder watch with a debounce was pushed back by every write next to the config and never reloaded.
    const database = join(directory, 'rung.db-wal');
    let writes = 0;
    const writer = setInterval(() => writeFileSync(database, String(writes++)), 20);
    try {
      writeFileSync(configPath, configText(['beta']));
      await eventually(async () => (await answeredBy()) === 'beta', 2_000);
      expect(writes).toBeGreaterThan(5);
    } finally {
      clearInterval(writer);
    }
  });

  it('of two writes in a row with the same size, the last one is served', async () => {
    // Both within one tick of the file system's clock: a file-status poll would see nothing change the second time.
    writeFileSync(configPath, configText(['alpha', 'beta']));
    writeFileSync(configPath, configText(['beta', 'alpha']));
    await eventually(async () => (await answeredBy()) === 'beta', 2_000);
  });

  it('other files changing in the folder do not reload', async () => {
    writeFileSync(join(directory, 'notes.txt'), 'unrelated');
    writeFileSync(join(directory, 'other.yaml'), configText(['beta']));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reloads()).toHaveLength(0);
    expect(await answeredBy()).toBe('alpha');
  });
});

describe('config reload from a Kubernetes ConfigMap volume', () => {
  // A ConfigMap volume holds `rung.yaml -> ..data/rung.yaml` and `..data -> ..<timestamp>/`; an update writes a
  // new timestamped folder and renames a `..data_tmp` symlink over `..data`: no event names `rung.yaml`, but the
  // path now leads to a new file, which the status poll sees.
  it('an atomic ConfigMap update (the ..data symlink swapped) is picked up', async () => {
    await running?.stop();
    const volume = join(directory, 'volume');
    mkdirSync(join(volume, '..v1'), { recursive: true });
    writeFileSync(join(volume, '..v1', 'rung.yaml'), configText(['alpha']));
    symlinkSync('..v1', join(volume, '..data'));
    symlinkSync(join('..data', 'rung.yaml'), join(volume, 'rung.yaml'));
    running = await startGateway({
      configPath: join(volume, 'rung.yaml'),
      port: 0,
      host: '127.0.0.1',
      watch: true,
      logger: pino({ level: 'silent' }),
    });
    expect(await answeredBy()).toBe('alpha');

    mkdirSync(join(volume, '..v2'));
    writeFileSync(join(volume, '..v2', 'rung.yaml'), configText(['beta']));
    symlinkSync('..v2', join(volume, '..data_tmp'));
    renameSync(join(volume, '..data_tmp'), join(volume, '..data'));
    await eventually(async () => (await answeredBy()) === 'beta', 2_000);
  });
});

describe('startGateway with watch off', () => {
  it('ignores changes to the file', async () => {
    await running?.stop();
    running = await startGateway({
      configPath,
      port: 0,
      host: '127.0.0.1',
      watch: false,
      logger: pino({ level: 'silent' }),
    });
    writeFileSync(configPath, configText(['beta']));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await answeredBy()).toBe('alpha');
  });
});
