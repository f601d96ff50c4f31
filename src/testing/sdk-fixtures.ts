/**
 * The fixture the client-SDK tests share: a simulator server playing a fake OpenAI upstream on a real socket,
 * and a Rung gateway on another socket whose one provider points at it. Each route below exercises one path
 * a client SDK must survive: a plain answer, a fallback, a tool call, a 400 that must stop the chain, and a
 * chain where every rung fails.
 */
import type { SimModelConfig } from '../config/schema.js';
import { simModelSchema } from '../config/schema.js';
import type { RungMeta } from '../core/turn.js';
import type { RecordedRequest, SimulatorServer } from '../providers/simulator/simulator-server.js';
import { startSimulatorServer } from '../providers/simulator/simulator-server.js';
import { startTestGateway, type TestGateway } from './test-gateway.js';

/** The text the `answer` model always sends; several words, so a stream has several content deltas. */
export const SDK_REPLY = 'Rung answered through a real socket on both sides.';

/** Upstream model ids, as the simulator server knows them. */
const UPSTREAM: Record<string, Partial<SimModelConfig>> = {
  'up/answer': { reply: SDK_REPLY },
  'up/filtered': { behavior: 'content_filter' },
  'up/tool': { behavior: 'tool_call' },
  'up/bad': { behavior: 'bad_request' },
  'up/down': { behavior: 'server_error', error_status: 503 },
};

export interface SdkFixture {
  sim: SimulatorServer;
  rung: TestGateway;
  /** The chat requests the upstream saw since `mark()` was last called. */
  upstreamCallsSinceMark(): RecordedRequest[];
  mark(): void;
  close(): Promise<void>;
}

/** The `rung` report Rung adds to answers and to the last stream chunk. */
export type WithRung<T> = T & { rung: RungMeta };

/**
 * @example
 * const fixture = await startSdkFixture();
 * const client = new OpenAI({ baseURL: fixture.rung.baseURL, apiKey: 'x', maxRetries: 0 });
 * await fixture.close();
 */
export async function startSdkFixture(): Promise<SdkFixture> {
  const models = Object.fromEntries(Object.entries(UPSTREAM).map(([id, fields]) => [id, simModelSchema.parse(fields)]));
  const sim = await startSimulatorServer({ seed: 7, models });
  let rung: TestGateway;
  try {
    rung = await startTestGateway({
      providers: { upstream: { kind: 'openai-compatible', base_url: sim.url, api_key: 'sk-sim' } },
      models: {
        answer: { provider: 'upstream', id: 'up/answer', price: { input: 1, output: 2 } },
        filtered: { provider: 'upstream', id: 'up/filtered' },
        tool: { provider: 'upstream', id: 'up/tool' },
        bad: { provider: 'upstream', id: 'up/bad' },
        down: { provider: 'upstream', id: 'up/down' },
      },
      routes: {
        chat: { chain: ['answer'] },
        fallback: { chain: ['filtered', 'answer'] },
        tools: { chain: ['tool'] },
        rejected: { chain: ['bad', 'answer'] },
        doomed: { chain: ['filtered', 'down'] },
      },
    });
  } catch (error) {
    await sim.close();
    throw error;
  }
  let mark = 0;
  return {
    sim,
    rung,
    mark() {
      mark = sim.requests.length;
    },
    upstreamCallsSinceMark() {
      return sim.requests.slice(mark).filter((request) => request.path.endsWith('/chat/completions'));
    },
    async close() {
      await rung.close();
      await sim.close();
    },
  };
}

/** The `model` field of a recorded upstream request. */
export function upstreamModel(request: RecordedRequest): unknown {
  const body = request.body;
  return typeof body === 'object' && body !== null && 'model' in body ? body.model : undefined;
}
