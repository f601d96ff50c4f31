/**
 * The native Google Gemini adapter (Generative Language API): canonical request → `generateContent` /
 * `streamGenerateContent?alt=sse` / `embedContent` → canonical answer. Gemini speaks its own dialect (system
 * outside the turns, `model` for the assistant, function calls keyed by name, thought signatures), so unlike
 * the OpenAI-compatible adapter every field is translated, both ways.
 */
import type { EmbedCall, EmbedResult } from '../../spec/embeddings.js';
import type { Provider, ProviderCall, ProviderResult, ProviderStream } from '../../spec/provider.js';
import type { Transport, UpstreamRequest } from '../http/transport.js';
import { parseGenerateContent } from './from-gemini-response.js';
import { modelPath, parseGeminiEmbeddings, toGeminiEmbed } from './gemini-embed.js';
import { classifyGeminiHttpError } from './gemini-errors.js';
import { geminiStream } from './gemini-stream.js';
import { toGeminiBody } from './to-gemini-request.js';

export const GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com/v1beta';

export interface GeminiProviderOptions {
  name: string;
  /** Base URL ending in the API version. Default GEMINI_BASE_URL. */
  baseUrl?: string | undefined;
  apiKey?: string | undefined;
  headers?: Record<string, string> | undefined;
  transport: Transport;
}

/**
 * @example
 * const provider = createGeminiProvider({ name: 'gemini', apiKey: process.env.GEMINI_API_KEY,
 *   transport: createUndiciTransport({ maxConnections: 256 }) });
 */
export function createGeminiProvider(options: GeminiProviderOptions): Provider {
  const baseUrl = (options.baseUrl ?? GEMINI_BASE_URL).replace(/\/+$/, '');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    ...options.headers,
  };
  // A header rather than `?key=`: URLs end up in logs.
  if (options.apiKey !== undefined && options.apiKey !== '') headers['x-goog-api-key'] = options.apiKey;
  const streamHeaders = { ...headers, accept: 'text/event-stream' };
  const secrets = [options.apiKey];

  const send = async (request: Omit<UpstreamRequest, 'method' | 'headers'>, stream: boolean) => {
    // Every field written out: spreading an object that was itself built with a spread, then adding keys, sends
    // V8 down a slow path (~1.3 µs a call).
    const response = await options.transport.send({
      url: request.url,
      body: request.body,
      signal: request.signal,
      abort: request.abort,
      timeouts: request.timeouts,
      method: 'POST',
      headers: stream ? streamHeaders : headers,
    });
    if (response.status !== 200) {
      const text = await response.text().catch(() => '');
      throw classifyGeminiHttpError(response.status, response.headers, text, options.name, secrets);
    }
    return response;
  };
  const generate = (call: ProviderCall, stream: boolean) => {
    const method = stream ? 'streamGenerateContent?alt=sse' : 'generateContent';
    return send(
      {
        url: `${baseUrl}/${modelPath(call.request.model)}:${method}`,
        body: toGeminiBody(call),
        signal: call.signal,
        abort: call.abort,
        timeouts: call.timeouts,
      },
      stream,
    );
  };

  return {
    name: options.name,
    kind: 'gemini',
    async chat(call: ProviderCall): Promise<ProviderResult> {
      const response = await generate(call, false);
      return parseGenerateContent(await response.text(), options.name, call.request.model);
    },
    async stream(call: ProviderCall): Promise<ProviderStream> {
      return geminiStream(await generate(call, true), options.name, call.request.model);
    },
    async embed(call: EmbedCall): Promise<EmbedResult> {
      const wire = toGeminiEmbed(call.request, call.extraBody, baseUrl);
      const response = await send(
        {
          url: wire.url,
          body: wire.body,
          signal: call.signal,
          abort: call.abort,
          timeouts: call.timeouts,
        },
        false,
      );
      const text = await response.text();
      return {
        response: parseGeminiEmbeddings(text, options.name, call.request.model, wire.count),
        usage: null,
        status: 200,
      };
    },
    close: () => options.transport.close(),
  };
}
