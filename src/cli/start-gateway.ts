/**
 * Starts a gateway and its HTTP server from a config file, watches the file for changes, and stops cleanly.
 * Shared by `rung serve` and `rung demo`.
 */
import { hash } from 'node:crypto';
import { readFile, readFileSync } from 'node:fs';
import { type Logger, pino } from 'pino';
import { warmTokenizer } from '../catalogue/count-tokens.js';
import { type LoadedConfig, loadConfigFile } from '../config/load-config.js';
import { createGateway, type Gateway } from '../core/gateway.js';
import { createRungServer, type RungServer } from '../server/http-server.js';
import { isRungError } from '../spec/errors.js';
import { openStores } from '../stores/open-stores.js';

export interface StartOptions {
  configPath: string;
  port?: number | undefined;
  host?: string | undefined;
  watch?: boolean;
  logger?: Logger;
}

export interface RunningGateway {
  gateway: Gateway;
  server: RungServer;
  url: string;
  loaded: LoadedConfig;
  logger: Logger;
  stop(): Promise<void>;
}

export async function startGateway(options: StartOptions): Promise<RunningGateway> {
  const loaded = loadConfigFile(options.configPath);
  const logger = options.logger ?? pino({ level: loaded.config.log.level, base: { service: 'rung' } });
  const stores = await openStores(loaded.config, (error) => logger.error({ err: error }, 'store write failed'));
  try {
    // Every backend must answer before the gateway takes traffic: a wrong URL is a clear error at start.
    await stores.ping();
  } catch (error) {
    await stores.close();
    throw error;
  }
  logger.info({ store: stores.description }, 'stores ready');
  const gateway = createGateway({ loaded, stores, logger });
  await gateway.ready();
  // The offline tokenizer (for upstreams that report no usage) loads now, not on some request's path.
  logger.debug({ ms: warmTokenizer() }, 'tokenizer ready');
  const server = createRungServer(gateway);
  const port = options.port ?? loaded.config.server.port;
  const host = options.host ?? loaded.config.server.host;
  const address = await server.listen(port, host);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const stopWatching = options.watch === false ? () => {} : watchConfig(options.configPath, gateway, logger);
  for (const warning of loaded.warnings) logger.warn({ config: loaded.path }, warning);
  return {
    gateway,
    server,
    url: `http://${shownHost}:${address.port}`,
    loaded,
    logger,
    async stop() {
      stopWatching();
      await server.close();
      await gateway.close();
    },
  };
}

/** How often the config file is read for a change, and how long a change settles before it is loaded. */
const POLL_MS = 300;
const SETTLE_MS = 150;

/**
 * Reloads on change. Reads the file (through symlinks) every POLL_MS and compares its content's hash, rather
 * than watching its folder: a folder watch woke the event loop for every write in the folder — with the SQLite
 * file next to the config, as in the default layout, several times per request under load — and its debounce,
 * pushed back by each of those writes, never let a reload through while traffic flowed. Comparing content sees
 * everything that matters: an in-place write, an editor's write-then-rename, a Kubernetes ConfigMap's `..data`
 * symlink swap, a symlink whose target is edited elsewhere, a deleted file — and, unlike a file-status poll, two
 * writes within one tick of the file system's clock, and a change made before the first poll. Reading a config
 * file of a few KB off the event loop three times a second costs nothing measurable. A change is loaded once it
 * has settled; a bad new file is rejected and the running config kept.
 */
function watchConfig(path: string, gateway: Gateway, logger: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastHash = contentHash(path);
  const reload = () => {
    timer = undefined;
    const hash = contentHash(path);
    if (hash === lastHash) return;
    lastHash = hash;
    try {
      const next = loadConfigFile(path);
      const previous = gateway.current().config;
      gateway.reload(next);
      logger.info({ config: next.path, warnings: next.warnings }, 'config reloaded');
      for (const section of ['server', 'store', 'log'] as const) {
        if (JSON.stringify(previous[section]) !== JSON.stringify(next.config[section])) {
          logger.warn({ section }, `config.${section} changed; it takes effect on restart`);
        }
      }
    } catch (error) {
      logger.error(
        { config: path, error: isRungError(error) ? error.message : String(error) },
        'config change rejected; still serving the previous config',
      );
    }
  };
  let reading = false;
  const poll = setInterval(() => {
    if (reading || timer !== undefined) return;
    reading = true;
    readFile(path, (error, content) => {
      reading = false;
      // A read in flight when the watcher stopped must not schedule a reload of a gateway that is shutting down.
      if (stopped) return;
      const hash = error === null ? hashOf(content) : null;
      // Scheduled once per change, never pushed back: a writer that keeps writing still gets its reloads.
      if (hash !== lastHash) timer ??= setTimeout(reload, SETTLE_MS);
    });
  }, POLL_MS);
  poll.unref();
  return () => {
    stopped = true;
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
  };
}

function contentHash(path: string): string | null {
  try {
    return hashOf(readFileSync(path));
  } catch {
    return null;
  }
}

function hashOf(content: Buffer): string {
  return hash('sha256', content, 'hex');
}
