#!/usr/bin/env node
/**
 * The `rung` command: serve, demo, check, log, keys, usage, models.
 */
import { parseArgs } from 'node:util';
import { loadConfigFile } from '../config/load-config.js';
import { isRungError } from '../spec/errors.js';
import { openStores } from '../stores/open-stores.js';
import { routingTable } from './check.js';
import { runDemo } from './demo.js';
import { runKeys } from './keys.js';
import { formatRecords, formatRefusalSummary } from './log.js';
import { runMemory } from './memory.js';
import { runModels } from './models.js';
import { defaultConfigPath } from './paths.js';
import { runProbeCache } from './probe-cache.js';
import { startGateway } from './start-gateway.js';
import { runUsage } from './usage.js';

const USAGE = `rung — an LLM gateway that climbs a ladder of models until one gives a usable answer

Usage:
  rung serve [--config FILE] [--port N] [--host H] [--no-watch]
                    Serve the OpenAI-compatible API (default 127.0.0.1:8787).
                    Without --config: ./rung.yaml, else OpenRouter when OPENROUTER_API_KEY
                    is set, else the built-in simulator.
  rung demo [--port N]
                    Serve the simulator and print curl lines that show a primary answer,
                    a silent refusal falling through, and every rung failing.
  rung check [--config FILE]
                    Validate a config; print its warnings and the effective routing table.
  rung log [--config FILE] [--limit N] [--failed] [--json]
                    Show recent request records, newest first.
  rung keys create --tenant T --plan P [--name N] [--routes a,b] [--budget USD/month]
                   [--daily-budget USD] [--rpm N] [--tpm N]
  rung keys list [--tenant T] [--include-revoked] | revoke KEY_ID | rotate KEY_ID [--grace S]
                    Gateway keys in the configured store; a secret is printed once.
  rung usage [--since 7d|24h|2026-11-01] [--tenant T] [--by day,tenant,plan,route,model] [--json]
                    Spend from the ledger, with the share spent on fallback and rescue rungs.
  rung models [--config FILE] [--all] [--json]
                    The models with their prices, context windows and output limits.
  rung memory recent|summary|facts|search|delete --user U [--character C] [--session S] [--tenant T]
                    [--q words] [--history] [--confirm]
                    A conversation's memory; delete is a dry run that prints counts unless --confirm.
  rung probe-cache --target ROUTE_OR_MODEL [--config FILE] [--turns 10] [--prefix-tokens 6000] [--json]
                    Measure each model's prompt-cache hit rate, latency and cost change the corrected way:
                    a long production-shaped prefix, a warm-up and identical follow-ups, read from usage.
  rung help         This text.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      config: { type: 'string', short: 'c' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      'no-watch': { type: 'boolean' },
      limit: { type: 'string', short: 'n' },
      failed: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      tenant: { type: 'string' },
      plan: { type: 'string' },
      mode: { type: 'string' },
      name: { type: 'string' },
      routes: { type: 'string' },
      budget: { type: 'string' },
      'daily-budget': { type: 'string' },
      rpm: { type: 'string' },
      tpm: { type: 'string' },
      grace: { type: 'string' },
      'include-revoked': { type: 'boolean' },
      since: { type: 'string' },
      by: { type: 'string' },
      all: { type: 'boolean' },
      target: { type: 'string', short: 't' },
      turns: { type: 'string' },
      'prefix-tokens': { type: 'string' },
      user: { type: 'string' },
      character: { type: 'string' },
      session: { type: 'string' },
      q: { type: 'string' },
      history: { type: 'boolean' },
      confirm: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help || command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command !== 'keys' && command !== 'memory' && positionals.length > 0)
    throw usageError(`unexpected argument "${positionals[0]}"`);
  const port = values.port === undefined ? undefined : parsePort(values.port);
  const chosen =
    values.config === undefined ? defaultConfigPath(process.env) : { path: values.config, why: 'from --config' };

  switch (command) {
    case 'serve': {
      process.stderr.write(`rung: config ${chosen.path} (${chosen.why})\n`);
      const running = await startGateway({
        configPath: chosen.path,
        port,
        host: values.host,
        watch: !values['no-watch'],
      });
      process.stderr.write(
        `rung: listening on ${running.url} — OpenAI base URL ${running.url}/v1; records in ${running.gateway.stores.description}\n`,
      );
      onShutdown(running.stop);
      return -1;
    }
    case 'demo': {
      const running = await runDemo(port);
      onShutdown(running.stop);
      return -1;
    }
    case 'check': {
      const loaded = loadConfigFile(chosen.path);
      process.stdout.write(`${loaded.path}: valid\n`);
      for (const warning of loaded.warnings) process.stdout.write(`warning: ${warning}\n`);
      process.stdout.write(`\n${await routingTable(loaded)}\n`);
      return 0;
    }
    case 'log': {
      const loaded = loadConfigFile(chosen.path);
      const stores = await openStores(loaded.config);
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      if (!Number.isInteger(limit) || limit <= 0)
        throw usageError(`--limit: expected a positive integer, got "${values.limit}"`);
      const records = await stores.records.recent({ limit, failed: values.failed === true });
      await stores.close();
      process.stdout.write(
        values.json
          ? `${records.map((record) => JSON.stringify(record)).join('\n')}\n`
          : `${formatRecords(records)}\n\n${formatRefusalSummary(records)}\n`,
      );
      return 0;
    }
    case 'keys': {
      const loaded = loadConfigFile(chosen.path);
      const stores = await openStores(loaded.config);
      try {
        const text = await runKeys(stores.keys, loaded.config, positionals, {
          tenant: values.tenant,
          plan: values.plan,
          mode: values.mode,
          name: values.name,
          routes: values.routes,
          budget: values.budget,
          dailyBudget: values['daily-budget'],
          rpm: values.rpm,
          tpm: values.tpm,
          grace: values.grace,
          includeRevoked: values['include-revoked'],
          json: values.json,
        });
        process.stdout.write(`${text}\n`);
      } finally {
        await stores.close();
      }
      return 0;
    }
    case 'usage': {
      const loaded = loadConfigFile(chosen.path);
      const stores = await openStores(loaded.config);
      try {
        const text = await runUsage(stores.ledger, {
          since: values.since,
          tenant: values.tenant,
          by: values.by,
          json: values.json,
        });
        const open = await stores.counters.openReservations();
        process.stdout.write(
          `${text}\n${open > 0 ? `\n${open} budget reservations are open (requests in flight)\n` : ''}`,
        );
      } finally {
        await stores.close();
      }
      return 0;
    }
    case 'memory': {
      const loaded = loadConfigFile(chosen.path);
      const stores = await openStores(loaded.config);
      try {
        const text = await runMemory(stores.memory, positionals[0], {
          user: values.user,
          character: values.character,
          session: values.session,
          tenant: values.tenant,
          query: values.q,
          confirm: values.confirm,
          history: values.history,
          json: values.json,
        });
        process.stdout.write(`${text}\n`);
      } finally {
        await stores.close();
      }
      return 0;
    }
    case 'probe-cache': {
      if (values.target === undefined) throw usageError('probe-cache needs --target ROUTE_OR_MODEL');
      const count = (flag: string, text: string | undefined) => {
        if (text === undefined) return undefined;
        const value = Number(text);
        if (!Number.isInteger(value) || value <= 0)
          throw usageError(`--${flag}: expected a positive integer, got "${text}"`);
        return value;
      };
      const turns = count('turns', values.turns);
      const prefixTokens = count('prefix-tokens', values['prefix-tokens']);
      const text = await runProbeCache({
        configPath: chosen.path,
        target: values.target,
        ...(turns === undefined ? {} : { turns }),
        ...(prefixTokens === undefined ? {} : { prefixTokens }),
        ...(values.json === undefined ? {} : { json: values.json }),
      });
      process.stdout.write(`${text}\n`);
      return 0;
    }
    case 'models': {
      process.stdout.write(`${await runModels({ configPath: chosen.path, json: values.json, all: values.all })}\n`);
      return 0;
    }
    default:
      throw usageError(`unknown command "${command}"`);
  }
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port: expected 0–65535, got "${text}"`);
  return port;
}

class UsageError extends Error {}
function usageError(message: string): UsageError {
  return new UsageError(message);
}

function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write(`rung: ${signal}, finishing in-flight requests…\n`);
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`rung: ${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (isRungError(error)) {
      process.stderr.write(`rung: ${error.message}\n`);
      process.exitCode = 1;
    } else if ((error as { code?: string }).code === 'EADDRINUSE') {
      process.stderr.write(`rung: ${(error as Error).message}; pick another --port\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `rung: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
