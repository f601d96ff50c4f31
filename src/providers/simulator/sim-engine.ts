/**
 * The simulator's state across calls: which models exist, how many calls each has answered, and the seed.
 * It turns one HTTP request into a WireScript; the in-memory transport and the HTTP server only play it.
 */
import type { SimModelConfig } from '../../config/schema.js';
import type { ChatRequest } from '../../spec/chat.js';
import type { EmbeddingRequest } from '../../spec/embeddings.js';
import { planEmbeddings } from './sim-embeddings.js';
import { createPrefixCache } from './sim-prefix-cache.js';
import { callRng } from './sim-random.js';
import { planScript } from './sim-script.js';
import type { WireScript } from './sim-wire.js';
import { errorScript, modelNotFoundScript } from './sim-wire.js';

export interface SimEngineOptions {
  seed: number;
  /** Keyed by the upstream model id, the `model` field requests carry. */
  models: ReadonlyMap<string, SimModelConfig>;
  /** Unix milliseconds, for `created` and prefix-cache expiry; default Date.now. */
  now?: () => number;
  /** Prompt prefixes the simulated prompt cache holds across all models; default 10,000. */
  prefixCacheEntries?: number;
}

export interface SimRequest {
  method: string;
  /** The URL path, e.g. /v1/chat/completions; only its ending is matched, so any base path works. */
  path: string;
  body: string | null;
}

export interface SimEngine {
  plan(request: SimRequest): WireScript;
}

/**
 * @example
 * const engine = createSimEngine({ seed: 42, models: new Map([['sim-fast', simModelSchema.parse({})]]) });
 * const script = engine.plan({ method: 'POST', path: '/v1/chat/completions', body: JSON.stringify(request) });
 */
export function createSimEngine(options: SimEngineOptions): SimEngine {
  const calls = new Map<string, number>();
  const now = options.now ?? Date.now;
  const prefixCache = createPrefixCache(
    options.prefixCacheEntries === undefined ? {} : { maxEntries: options.prefixCacheEntries },
  );

  const chat = (body: string | null): WireScript => {
    const parsed = parseChatRequest(body);
    if (typeof parsed === 'string') {
      return errorScript(400, { message: parsed, type: 'invalid_request_error', code: 'invalid_request' });
    }
    const model = options.models.get(parsed.model);
    if (model === undefined) return modelNotFoundScript(parsed.model);
    const callIndex = calls.get(parsed.model) ?? 0;
    calls.set(parsed.model, callIndex + 1);
    const at = now();
    const cacheConfig = model.prefix_cache;
    const cache = cacheConfig === undefined ? null : prefixCache.lookup(parsed.model, cacheConfig, parsed, at);
    const script = planScript({
      model,
      upstreamId: parsed.model,
      request: parsed,
      stream: parsed.stream === true,
      rng: callRng(options.seed, parsed.model, callIndex),
      callIndex,
      created: Math.floor(at / 1000),
      cachedTokens: cache?.cachedTokens ?? 0,
      ...(cache !== null && cacheConfig?.write_tokens === true ? { cacheWriteTokens: cache.writeTokens } : {}),
    });
    // Only a call the upstream took (status 200, whatever its body then does) has read its prompt into the cache.
    if (cache !== null && script.kind === 'response' && script.status === 200) cache.commit();
    return script;
  };

  const embeddings = (body: string | null): WireScript => {
    const parsed = parseRequest(body, 'input');
    if (typeof parsed === 'string') {
      return errorScript(400, { message: parsed, type: 'invalid_request_error', code: 'invalid_request' });
    }
    const request = parsed as EmbeddingRequest;
    const model = options.models.get(request.model);
    if (model === undefined) return modelNotFoundScript(request.model);
    // One call counter per model across endpoints, so a `script` plays in order whichever endpoint is called.
    const callIndex = calls.get(request.model) ?? 0;
    calls.set(request.model, callIndex + 1);
    return planEmbeddings({
      model,
      upstreamId: request.model,
      request,
      rng: callRng(options.seed, request.model, callIndex),
      callIndex,
    });
  };

  return {
    plan(request) {
      const path = request.path.replace(/\/+$/, '');
      if (path.endsWith('/chat/completions') && request.method === 'POST') return chat(request.body);
      if (path.endsWith('/embeddings') && request.method === 'POST') return embeddings(request.body);
      if (path.endsWith('/models') && request.method === 'GET') return modelList([...options.models.keys()]);
      return errorScript(404, {
        message: `Unknown request URL: ${request.method} ${request.path}.`,
        type: 'invalid_request_error',
        code: 'unknown_url',
      });
    },
  };
}

/** The parsed chat body, or what is wrong with it in the words OpenAI would use. */
function parseChatRequest(body: string | null): ChatRequest | string {
  const parsed = parseRequest(body, 'messages');
  if (typeof parsed === 'string') return parsed;
  if (!Array.isArray(parsed.messages)) return "Missing required parameter: 'messages'.";
  return parsed as ChatRequest;
}

/** A JSON object with a string `model` and the endpoint's `required` field present. */
function parseRequest(body: string | null, required: string): { model: string; [field: string]: unknown } | string {
  let value: unknown;
  try {
    value = JSON.parse(body ?? '');
  } catch {
    return 'We could not parse the JSON body of your request.';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'The request body must be a JSON object.';
  const request = value as { model?: unknown; [field: string]: unknown };
  if (typeof request.model !== 'string') return "Missing required parameter: 'model'.";
  if (request[required] === undefined) return `Missing required parameter: '${required}'.`;
  return request as { model: string };
}

function modelList(ids: string[]): WireScript {
  const data = ids.map((id) => ({ id, object: 'model', created: 0, owned_by: 'rung-simulator' }));
  return {
    kind: 'response',
    headersDelayMs: 0,
    status: 200,
    headers: { 'content-type': 'application/json' },
    chunks: [{ delayMs: 0, data: JSON.stringify({ object: 'list', data }) }],
    end: 'close',
  };
}
