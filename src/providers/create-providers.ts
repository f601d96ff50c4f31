/**
 * Builds one Provider per configured provider. Transports are injected so tests and the simulator can replace
 * the network, and so a config reload can reuse live connection pools.
 */
import type { ProviderConfig, RungConfig, SimModelConfig } from '../config/schema.js';
import type { Provider } from '../spec/provider.js';
import { createAnthropicProvider } from './anthropic/anthropic-provider.js';
import { createGeminiProvider } from './gemini/gemini-provider.js';
import type { Transport } from './http/transport.js';
import { createUndiciTransport } from './http/undici-transport.js';
import { createOpenAICompatibleProvider } from './openai-compatible/openai-compatible-provider.js';
import { OPENAI_PRESETS, type OpenAIPreset } from './openai-compatible/presets.js';
import { createSimTransport } from './simulator/sim-transport.js';

export interface ProviderFactoryOptions {
  /** Replaces the network for every HTTP provider (tests). */
  transport?: Transport;
}

export function createProvider(
  name: string,
  provider: ProviderConfig,
  config: RungConfig,
  options: ProviderFactoryOptions = {},
): Provider {
  if (provider.kind === 'simulator') {
    const models = new Map<string, SimModelConfig>();
    for (const model of Object.values(config.models)) {
      if (model.provider === name) models.set(model.id, model.sim ?? defaultSim());
    }
    return createOpenAICompatibleProvider({
      name,
      kind: 'simulator',
      baseUrl: `http://simulator.invalid/${name}/v1`,
      transport: createSimTransport({ seed: provider.seed, models }),
    });
  }
  if (provider.kind === 'anthropic') {
    return createAnthropicProvider({
      name,
      ...(provider.base_url === undefined ? {} : { baseUrl: provider.base_url }),
      apiKey: provider.api_key,
      headers: provider.headers,
      ...(provider.version === undefined ? {} : { version: provider.version }),
      defaultMaxTokens: provider.default_max_tokens,
      thinking: provider.thinking,
      transport: options.transport ?? createUndiciTransport({ maxConnections: provider.max_connections }),
    });
  }
  if (provider.kind === 'gemini') {
    return createGeminiProvider({
      name,
      ...(provider.base_url === undefined ? {} : { baseUrl: provider.base_url }),
      apiKey: provider.api_key,
      headers: provider.headers,
      transport: options.transport ?? createUndiciTransport({ maxConnections: provider.max_connections }),
    });
  }
  const preset: OpenAIPreset | undefined = provider.preset === undefined ? undefined : OPENAI_PRESETS[provider.preset];
  const baseUrl = provider.base_url ?? preset?.baseUrl;
  if (baseUrl === undefined) throw new Error(`providers.${name}: no base_url`);
  return createOpenAICompatibleProvider({
    name,
    baseUrl,
    apiKey: provider.api_key,
    headers: { ...preset?.headers, ...provider.headers },
    maxTokensField: preset?.maxTokensField ?? 'max_tokens',
    strict: provider.strict ?? (preset !== undefined && 'strict' in preset && preset.strict === true),
    transport: options.transport ?? createUndiciTransport({ maxConnections: provider.max_connections }),
  });
}

function defaultSim(): SimModelConfig {
  return {
    behavior: 'answer',
    first_token_ms: [0, 0],
    tokens_per_second: 0,
    retry_after_s: 1,
    error_status: 503,
  };
}
