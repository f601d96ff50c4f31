export { mapFinishReason, normaliseUsage, parseChunk, parseCompletion } from './from-openai-response.js';
export { createOpenAICompatibleProvider, type OpenAICompatibleOptions } from './openai-compatible-provider.js';
export { classifyHttpError, redactSecrets, retryAfterMs, upstreamMessage } from './openai-errors.js';
export { OPENAI_PRESETS, type OpenAIPresetName } from './presets.js';
