/**
 * The built-in simulator provider: models that answer, stream, refuse, time out, reset or send garbage on
 * command, deterministically from config and seed, for demos and tests without an API key.
 */

export type { EmbedPlanInput } from './sim-embeddings.js';
export { DEFAULT_DIMENSIONS, embeddingItems, embeddingTokens, embedVector, planEmbeddings } from './sim-embeddings.js';
export type { SimEngine, SimEngineOptions, SimRequest } from './sim-engine.js';
export { createSimEngine } from './sim-engine.js';
export type { PrefixCache, PrefixCacheConfig, PrefixCacheLookup, PrefixPoint } from './sim-prefix-cache.js';
export { CACHE_STEP_TOKENS, createPrefixCache, prefixPoints } from './sim-prefix-cache.js';
export type { Rng } from './sim-random.js';
export { callRng, hashString, mulberry32 } from './sim-random.js';
export type { PlanInput } from './sim-script.js';
export { failureScript, pickBehavior, planScript } from './sim-script.js';
export type { SimClock, SimTransportOptions } from './sim-transport.js';
export { createSimTransport } from './sim-transport.js';
export type { OpenAiError, WireChunk, WireResponse, WireScript } from './sim-wire.js';
export { errorScript, modelNotFoundScript } from './sim-wire.js';
export type { RecordedRequest, SimulatorServer, SimulatorServerOptions } from './simulator-server.js';
export { startSimulatorServer } from './simulator-server.js';
