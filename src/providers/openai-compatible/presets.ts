/**
 * Vendors that speak the OpenAI dialect differ only in where they live and a few quirks, so each is a line of
 * configuration here, never a copy of the adapter.
 */

export interface OpenAIPreset {
  baseUrl: string;
  headers?: Record<string, string>;
  /** Field that carries the output cap. OpenAI's reasoning models reject `max_tokens`. */
  maxTokensField: 'max_tokens' | 'max_completion_tokens';
  /**
   * The vendor answers 400 to fields it does not know, so Rung's canonical extensions (cache markers, thinking
   * details, Anthropic-only parameters) are removed before the request goes out. See `stripExtensions`.
   */
  strict?: boolean;
}

export const OPENAI_PRESETS = {
  openai: { baseUrl: 'https://api.openai.com/v1', maxTokensField: 'max_completion_tokens', strict: true },
  openrouter: {
    baseUrl: 'https://openrouter.ai/api/v1',
    headers: { 'x-title': 'Rung' },
    maxTokensField: 'max_tokens',
  },
  vllm: { baseUrl: 'http://127.0.0.1:8000/v1', maxTokensField: 'max_tokens' },
  llamacpp: { baseUrl: 'http://127.0.0.1:8080/v1', maxTokensField: 'max_tokens' },
  ollama: { baseUrl: 'http://127.0.0.1:11434/v1', maxTokensField: 'max_tokens' },
  groq: { baseUrl: 'https://api.groq.com/openai/v1', maxTokensField: 'max_completion_tokens', strict: true },
  together: { baseUrl: 'https://api.together.xyz/v1', maxTokensField: 'max_tokens' },
  deepseek: { baseUrl: 'https://api.deepseek.com/v1', maxTokensField: 'max_tokens' },
  xai: { baseUrl: 'https://api.x.ai/v1', maxTokensField: 'max_tokens' },
} as const satisfies Record<string, OpenAIPreset>;

export type OpenAIPresetName = keyof typeof OPENAI_PRESETS;
