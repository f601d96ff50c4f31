/**
 * The OpenAI-compatible adapter: OpenAI, OpenRouter, vLLM, llama.cpp, Ollama, Groq, Together, DeepSeek and
 * xAI are all this one adapter with a preset; the simulator is this adapter over an in-memory transport.
 */
import type { EmbedCall, EmbedResult } from '../../spec/embeddings.js';
import type { Provider, ProviderCall, ProviderResult, ProviderStream, Timeouts } from '../../spec/provider.js';
import type { Transport, UpstreamRequest } from '../http/transport.js';
import { parseCompletion } from './from-openai-response.js';
import { parseEmbeddings, toOpenAIEmbeddingsBody } from './openai-embeddings.js';
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
  /** Remove Rung's canonical extensions before sending (vendors that reject unknown fields). */
  strict?: boolean;
  transport: Transport;
}

/**
 * @example
 * const provider = createOpenAICompatibleProvider({ name: 'openrouter', baseUrl: OPENAI_PRESETS.openrouter.baseUrl,
 *   apiKey: process.env.OPENROUTER_API_KEY, transport: createUndiciTransport({ maxConnections: 256 }) });
 */
export function createOpenAICompatibleProvider(options: OpenAICompatibleOptions): Provider {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const chatUrl = `${baseUrl}/chat/completions`;
  const embeddingsUrl = `${baseUrl}/embeddings`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    ...options.headers,
  };
  if (options.apiKey !== undefined && options.apiKey !== '') headers.authorization = `Bearer ${options.apiKey}`;
  const streamHeaders = { ...headers, accept: 'text/event-stream' };
  const secrets = [options.apiKey];
  const maxTokensField = options.maxTokensField ?? 'max_tokens';

  /** Sends one POST; any status but 200 becomes an AttemptFailure by the same rules for chat and embeddings. */
  const send = async (
    request: Pick<UpstreamRequest, 'url' | 'headers' | 'body'>,
    call: { signal: UpstreamRequest['signal']; abort?: UpstreamRequest['abort']; timeouts: Timeouts },
  ) => {
    // Every field written out: a spread followed by more keys sends V8 down a slow path (~1.5 µs a call).
    const response = await options.transport.send({
      url: request.url,
      headers: request.headers,
      body: request.body,
      method: 'POST',
      signal: call.signal,
      abort: call.abort,
      timeouts: call.timeouts,
    });
    if (response.status !== 200) {
      const text = await response.text().catch(() => '');
      throw classifyHttpError(response.status, response.headers, text, options.name, secrets);
    }
    return response;
  };

  const sendChat = (call: ProviderCall, stream: boolean) =>
    send(
      {
        url: chatUrl,
        headers: stream ? streamHeaders : headers,
        body: toOpenAIBody(call, stream, maxTokensField, options.strict === true),
      },
      call,
    );

  return {
    name: options.name,
    kind: options.kind ?? 'openai-compatible',
    async chat(call: ProviderCall): Promise<ProviderResult> {
      const response = await sendChat(call, false);
      return parseCompletion(await response.text(), options.name);
    },
    async stream(call: ProviderCall): Promise<ProviderStream> {
      return openAIStream(await sendChat(call, true), options.name);
    },
    async embed(call: EmbedCall): Promise<EmbedResult> {
      const response = await send({ url: embeddingsUrl, headers, body: toOpenAIEmbeddingsBody(call) }, call);
      return parseEmbeddings(await response.text(), call.request.model, options.name);
    },
    close: () => options.transport.close(),
  };
}
