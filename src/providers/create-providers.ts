/**
 * Builds one Provider per configured provider. Transports are injected so tests and the simulator can replace
 * the network, and so a config reload can reuse live connection pools.
 */
import type { ProviderConfig, RungConfig, SimModelConfig } from '../config/schema.js';
import type { Provider } from '../spec/provider.js';
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
  const preset: OpenAIPreset | undefined = provider.preset === undefined ? undefined : OPENAI_PRESETS[provider.preset];
  const baseUrl = provider.base_url ?? preset?.baseUrl;
  if (baseUrl === undefined) throw new Error(`providers.${name}: no base_url`);
  return createOpenAICompatibleProvider({
    name,
    baseUrl,
    apiKey: provider.api_key,
    headers: { ...preset?.headers, ...provider.headers },
    maxTokensField: preset?.maxTokensField ?? 'max_tokens',
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
    cache_min_tokens: 1024,
  };
}
