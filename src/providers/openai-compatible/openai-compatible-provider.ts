/**
 * The OpenAI-compatible adapter: OpenAI, OpenRouter, vLLM, llama.cpp, Ollama, Groq, Together, DeepSeek and
 * xAI are all this one adapter with a preset; the simulator is this adapter over an in-memory transport.
 */
import type { Provider, ProviderCall, ProviderResult, ProviderStream } from '../../spec/provider.js';
import type { Transport } from '../http/transport.js';
import { parseCompletion } from './from-openai-response.js';
import { classifyHttpError } from './openai-errors.js';
import { openAIStream } from './openai-stream.js';
import { toOpenAIBody } from './to-openai-request.js';

export interface OpenAICompatibleOptions {
  name: string;
  /** Reported as `Provider.kind`. */
  kind?: string;
  /** Base URL ending in the API version, e.g. https://openrouter.ai/api/v1 */
  baseUrl: string;
  apiKey?: string | undefined;
  headers?: Record<string, string>;
  maxTokensField?: 'max_tokens' | 'max_completion_tokens';
  transport: Transport;
}

/**
 * @example
 * const provider = createOpenAICompatibleProvider({ name: 'openrouter', baseUrl: OPENAI_PRESETS.openrouter.baseUrl,
 *   apiKey: process.env.OPENROUTER_API_KEY, transport: createUndiciTransport({ maxConnections: 256 }) });
 */
export function createOpenAICompatibleProvider(options: OpenAICompatibleOptions): Provider {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    ...options.headers,
  };
  if (options.apiKey !== undefined && options.apiKey !== '') headers.authorization = `Bearer ${options.apiKey}`;
  const streamHeaders = { ...headers, accept: 'text/event-stream' };
  const secrets = [options.apiKey];
  const maxTokensField = options.maxTokensField ?? 'max_tokens';

  const send = async (call: ProviderCall, stream: boolean) => {
    const response = await options.transport.send({
      url,
      method: 'POST',
      headers: stream ? streamHeaders : headers,
      body: toOpenAIBody(call, stream, maxTokensField),
      signal: call.signal,
      ...(call.abort === undefined ? {} : { abort: call.abort }),
      timeouts: call.timeouts,
    });
    if (response.status !== 200) {
      const text = await response.text().catch(() => '');
      throw classifyHttpError(response.status, response.headers, text, options.name, secrets);
    }
    return response;
  };

  return {
    name: options.name,
    kind: options.kind ?? 'openai-compatible',
    async chat(call: ProviderCall): Promise<ProviderResult> {
      const response = await send(call, false);
      return parseCompletion(await response.text(), options.name);
    },
    async stream(call: ProviderCall): Promise<ProviderStream> {
      return openAIStream(await send(call, true), options.name);
    },
    close: () => options.transport.close(),
  };
}
