/**
 * Starts a gateway and its HTTP server from a config file, watches the file for changes, and stops cleanly.
 * Shared by `rung serve` and `rung demo`.
 */
import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { type Logger, pino } from 'pino';
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
  const stores = openStores(loaded.config, (error) => logger.error({ err: error }, 'record store write failed'));
  const gateway = createGateway({ loaded, stores, logger });
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

/**
 * Reloads on change. Watches the directory, not the file: editors save by writing a new file and renaming it,
 * which a watch on the old inode would miss. A bad new file is rejected and the running config kept.
 */
function watchConfig(path: string, gateway: Gateway, logger: Logger): () => void {
  const file = basename(path);
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    timer = undefined;
    try {
      const next = loadConfigFile(path);
      gateway.reload(next);
      logger.info({ config: next.path, warnings: next.warnings }, 'config reloaded');
    } catch (error) {
      logger.error(
        { config: path, error: isRungError(error) ? error.message : String(error) },
        'config change rejected; still serving the previous config',
      );
    }
  };
  let watcher: ReturnType<typeof watch>;
  try {
    watcher = watch(dirname(path), (_event, changed) => {
      if (changed !== null && changed !== file) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(reload, 150);
    });
  } catch (error) {
    logger.warn({ err: error }, 'cannot watch the config file; changes need a restart');
    return () => {};
  }
  watcher.on('error', (error) => logger.warn({ err: error }, 'config watch failed'));
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    watcher.close();
  };
}
