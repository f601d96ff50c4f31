export { mapFinishReason, normaliseUsage, parseChunk, parseCompletion } from './from-openai-response.js';
export { createOpenAICompatibleProvider, type OpenAICompatibleOptions } from './openai-compatible-provider.js';
export { parseEmbeddings, toOpenAIEmbeddingsBody } from './openai-embeddings.js';
export { bodyError, classifyHttpError, redactSecrets, retryAfterMs, upstreamMessage } from './openai-errors.js';
export { OPENAI_PRESETS, type OpenAIPresetName } from './presets.js';
