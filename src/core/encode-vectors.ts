/**
 * `encoding_format: "base64"`: the vectors as little-endian float32, base64-encoded, as the OpenAI API sends
 * them (the openai SDK asks for base64 by default and decodes it). Upstreams are always asked for floats, so
 * every adapter returns floats and this is the one place that encodes.
 */
import type { EmbeddingResponse } from '../spec/embeddings.js';

export function encodeVectors(body: EmbeddingResponse): void {
  for (const item of body.data) {
    if (typeof item.embedding === 'string') continue;
    const floats = Float32Array.from(item.embedding);
    item.embedding = Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
  }
}
