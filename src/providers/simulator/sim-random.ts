/**
 * Seeded randomness for the simulator. Every call gets its own generator, derived from the provider seed, the
 * upstream model id and the call's index, so call N of a model plays the same way whatever earlier calls drew.
 */

/** A generator of floats in [0, 1). */
export type Rng = () => number;

/** FNV-1a, 32 bits: stable across platforms and Node versions, unlike anything hashing object identity. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let position = 0; position < text.length; position++) {
    hash ^= text.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: tiny, fast and good enough to pick behaviours and sentences; not for anything secret.
 *
 * @example
 * const rng = mulberry32(42);
 * rng(); // 0.6011037519201636, every time
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The generator for one call.
 *
 * @example
 * const rng = callRng(42, 'sim-flaky', 0); // the first call to sim-flaky under seed 42
 */
export function callRng(seed: number, upstreamId: string, callIndex: number): Rng {
  return mulberry32(hashString(`${seed}\u0000${upstreamId}\u0000${callIndex}`));
}

/** A uniform draw in [min, max], whole milliseconds. */
export function uniformInt(rng: Rng, min: number, max: number): number {
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  return Math.round(low + (high - low) * rng());
}

/** A short lowercase base-36 id, for `chatcmpl-sim-…` and tool call ids. */
export function randomId(rng: Rng, length = 12): string {
  let id = '';
  while (id.length < length) id += Math.floor(rng() * 36).toString(36);
  return id;
}
