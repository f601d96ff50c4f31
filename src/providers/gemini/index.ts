export {
  canonicalUsage,
  mapFinishReason,
  parseGenerateContent,
  readCandidate,
  tokenUsage,
} from './from-gemini-response.js';
export { modelPath, parseGeminiEmbeddings, toGeminiEmbed } from './gemini-embed.js';
export { classifyGeminiHttpError, errorPayloadFailure, retryInfoMs } from './gemini-errors.js';
export { createGeminiProvider, GEMINI_BASE_URL, type GeminiProviderOptions } from './gemini-provider.js';
export { type GeminiChunkMapper, geminiChunkMapper, geminiStream } from './gemini-stream.js';
export { REASONING_FORMAT, SKIP_SIGNATURE, toGeminiContents } from './to-gemini-contents.js';
export {
  cleanSchema,
  EFFORT_BUDGET,
  needsThoughtSignatures,
  toGeminiBody,
  toGeminiRequest,
} from './to-gemini-request.js';
