export { classifyAnthropicHttpError, errorEventFailure, rateLimitResetMs } from './anthropic-errors.js';
export { type AnthropicProviderOptions, createAnthropicProvider } from './anthropic-provider.js';
export { type AnthropicChunkMapper, anthropicChunkMapper, anthropicStream } from './anthropic-stream.js';
export type * from './anthropic-wire.js';
export { ANTHROPIC_VERSION, REASONING_FORMAT } from './anthropic-wire.js';
export { canonicalUsage, mapStopReason, parseMessage, tokenUsage } from './from-anthropic-response.js';
export { toAnthropicMessages } from './to-anthropic-messages.js';
export { EFFORT_BUDGET, toAnthropicBody, toAnthropicRequest } from './to-anthropic-request.js';
