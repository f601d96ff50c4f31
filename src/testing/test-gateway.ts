/**
 * Test helpers: a real gateway on a real socket (port 0), from an inline config, with records in memory.
 */
import { pino } from 'pino';
import { parseConfig } from '../config/load-config.js';
import type { RungConfigInput } from '../config/schema.js';
import { createGateway, type Gateway } from '../core/gateway.js';
import type { Transport } from '../providers/http/transport.js';
import { createRungServer } from '../server/http-server.js';
import type { Stores } from '../spec/store.js';
import { openSqliteStores } from '../stores/sqlite/sqlite-stores.js';

export interface TestGateway {
  url: string;
  /** OpenAI base URL: `${url}/v1`. */
  baseURL: string;
  gateway: Gateway;
  close(): Promise<void>;
}

export async function startTestGateway(
  config: RungConfigInput,
  options: { transport?: Transport; env?: NodeJS.ProcessEnv; stores?: Stores } = {},
): Promise<TestGateway> {
  const loaded = parseConfig(
    { store: { kind: 'sqlite', path: ':memory:' }, ...config },
    options.env === undefined ? {} : { env: options.env },
  );
  const gateway = createGateway({
    loaded,
    stores: options.stores ?? openSqliteStores({ path: ':memory:' }),
    logger: pino({ level: process.env.RUNG_TEST_LOG ?? 'silent' }),
    processMetrics: false,
    ...(options.transport === undefined ? {} : { transport: options.transport }),
  });
  await gateway.ready();
  const server = createRungServer(gateway);
  const address = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    gateway,
    async close() {
      await server.close(100);
      await gateway.close();
    },
  };
}

/** POSTs JSON and returns status, headers and parsed body (or text when not JSON). */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // keep text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Reads an SSE response into its data payloads (JSON-parsed except [DONE]). */
export async function readSsePayloads(response: Response): Promise<unknown[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .map((block) => block.trim())
    .filter((block) => block.startsWith('data: '))
    .map((block) => {
      const data = block.slice(6);
      return data === '[DONE]' ? data : JSON.parse(data);
    });
}
