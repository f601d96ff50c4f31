/**
 * The native Anthropic Messages adapter: canonical request → `/v1/messages` → canonical response or stream.
 * Anthropic speaks its own dialect (system outside the turns, content blocks, signed thinking), so unlike the
 * OpenAI-compatible adapter every field is translated, both ways.
 */
import type { Provider, ProviderCall, ProviderResult, ProviderStream } from '../../spec/provider.js';
import type { Transport } from '../http/transport.js';
import { classifyAnthropicHttpError } from './anthropic-errors.js';
import { anthropicStream } from './anthropic-stream.js';
import { ANTHROPIC_VERSION } from './anthropic-wire.js';
import { parseMessage } from './from-anthropic-response.js';
import { toAnthropicBody } from './to-anthropic-request.js';

export interface AnthropicProviderOptions {
  name: string;
  /** Base URL ending in the API version. Default https://api.anthropic.com/v1 */
  baseUrl?: string | undefined;
  apiKey?: string | undefined;
  headers?: Record<string, string> | undefined;
  /** The `anthropic-version` header. Default ANTHROPIC_VERSION. */
  version?: string | undefined;
  /** `max_tokens` when the request sets none (Anthropic requires it). Default 4096. */
  defaultMaxTokens?: number | undefined;
  /** Whether thinking reaches the client (as `reasoning` / `reasoning_details`) or is dropped. Default 'keep'. */
  thinking?: 'keep' | 'drop' | undefined;
  transport: Transport;
}

/**
 * @example
 * const provider = createAnthropicProvider({ name: 'anthropic', apiKey: process.env.ANTHROPIC_API_KEY,
 *   transport: createUndiciTransport({ maxConnections: 256 }) });
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): Provider {
  const url = `${(options.baseUrl ?? 'https://api.anthropic.com/v1').replace(/\/+$/, '')}/messages`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'anthropic-version': options.version ?? ANTHROPIC_VERSION,
    ...options.headers,
  };
  if (options.apiKey !== undefined && options.apiKey !== '') headers['x-api-key'] = options.apiKey;
  const streamHeaders = { ...headers, accept: 'text/event-stream' };
  const secrets = [options.apiKey];
  const requestOptions = { defaultMaxTokens: options.defaultMaxTokens ?? 4096 };
  const keepThinking = (options.thinking ?? 'keep') === 'keep';

  const send = async (call: ProviderCall, stream: boolean) => {
    const response = await options.transport.send({
      url,
      method: 'POST',
      headers: stream ? streamHeaders : headers,
      body: toAnthropicBody(call, stream, requestOptions),
      signal: call.signal,
      abort: call.abort,
      timeouts: call.timeouts,
    });
    if (response.status !== 200) {
      const text = await response.text().catch(() => '');
      throw classifyAnthropicHttpError(response.status, response.headers, text, options.name, secrets);
    }
    return response;
  };

  return {
    name: options.name,
    kind: 'anthropic',
    async chat(call: ProviderCall): Promise<ProviderResult> {
      const response = await send(call, false);
      return parseMessage(await response.text(), options.name, keepThinking);
    },
    async stream(call: ProviderCall): Promise<ProviderStream> {
      return anthropicStream(await send(call, true), options.name, keepThinking);
    },
    close: () => options.transport.close(),
  };
}
