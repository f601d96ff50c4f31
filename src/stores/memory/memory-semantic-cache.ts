/**
 * The in-process semantic response cache: per namespace, a matrix of L2-normalised vectors searched by brute force
 * (every row's dot product with the query, which is the cosine once both are normalised), with a time to live per
 * entry and one least-recently-used order across every namespace, bounded by entries and bytes.
 *
 * Speed: the dot products run in a 350-byte WebAssembly module using 128-bit SIMD (four f32 lanes, four
 * accumulators), assembled below so there is no build step and no dependency. At 100K rows of 256 dimensions that
 * reads 100 MB per query and is bound by memory bandwidth (~3 ms p50 on a 2-core cloud VM, where the plain JavaScript
 * loop, kept as the fallback, takes ~19 ms). WebAssembly can only read its own memory, so every namespace's
 * matrix lives in one `WebAssembly.Memory` per cache, an arena: a namespace owns a region of `capacity` rows of
 * `stride` floats (the dimensions rounded up to 16, zero-padded), which doubles when full (in place when it is the
 * last region), halves when three quarters empty, and goes when the namespace empties. Space left behind is
 * reclaimed by sliding the regions down once it outweighs the live regions. The query and the scores go above the
 * last region for the duration of a search, so a search allocates nothing. WebAssembly memory never shrinks: the
 * arena stays at its high-water mark (bounded by `maxBytes` of vectors, times the slack above).
 *
 * Each entry is one object, which is both the row's record (answer, expiry, its current row) and a node of the
 * doubly linked recency list across namespaces, so bumping and evicting are O(1) (a JavaScript Set's insertion
 * order would not do: V8 walks over the holes deleted members leave, which makes eviction quadratic).
 * Removing a row moves the namespace's last row into its place (swap with last), so rows stay dense.
 *
 * Bytes per entry: 4 per dimension, the answer's strings at two bytes a character, and a fixed overhead.
 */

import type { CachedAnswer, CacheLimits, SemanticCache, SemanticHit } from '../../spec/response-cache.js';
import { RecencyList } from './recency-list.js';

export interface MemorySemanticCacheOptions extends CacheLimits {
  /** Every vector must have this many dimensions. Without it, a namespace takes its first vector's. */
  dimensions?: number;
  /** Search with WebAssembly SIMD where the runtime has it (default true); false: the JavaScript loop. */
  simd?: boolean;
}

/**
 * The entry and answer objects with their boxed numbers and the row array's slot: ~240 B measured on Node 20 (x64)
 * with `--expose-gc`. The arena's slack (rows reserved but not yet used) is not counted.
 */
export const SEMANTIC_ENTRY_OVERHEAD_BYTES = 240;

/** Rows a namespace starts with; its region doubles from there. */
const MIN_ROWS = 16;
/** Floats per row are a multiple of this: the kernel takes 4 vectors of 4 lanes per step. */
const STRIDE_STEP = 16;
/** Dead space below this is not worth a compaction. */
const MIN_COMPACT_FLOATS = 1 << 18;
const PAGE_BYTES = 65_536;

interface Entry {
  space: Space;
  row: number;
  answer: CachedAnswer;
  expiresAt: number;
  bytes: number;
  /** Neighbours in the recency list: `older` is toward the eviction end. */
  older: Entry | undefined;
  newer: Entry | undefined;
}

/** A namespace's matrix: rows [0, entries.length) of the region at `offset` are live. */
interface Space {
  name: string;
  dimensions: number;
  stride: number;
  /** Index of the region's first float in the arena. */
  offset: number;
  capacity: number;
  /** Row → entry. */
  entries: Entry[];
}

/**
 * A `SemanticCache` in this process's memory.
 * @example
 * const cache = createMemorySemanticCache({ maxEntries: 50_000, maxBytes: 256 * 2 ** 20, maxEntryBytes: 2 ** 20 });
 * await cache.set('tenant:acme', embedding, answer, 3_600_000);
 * const hit = await cache.search('tenant:acme', queryEmbedding, 0.95);
 */
export function createMemorySemanticCache(options: MemorySemanticCacheOptions): SemanticCache {
  checkLimits(options);
  const fixedDimensions = options.dimensions;
  if (fixedDimensions !== undefined && !(Number.isSafeInteger(fixedDimensions) && fixedDimensions > 0)) {
    throw new RangeError(`semantic cache dimensions must be a positive integer, got ${fixedDimensions}`);
  }
  const arena = createArena(options.simd !== false);
  const spaces = new Map<string, Space>();
  let count = 0;
  let bytes = 0;
  const recency = new RecencyList<Entry>();

  /** Floats owned by regions (capacity × stride); `arena.top − reserved` is dead space. */
  let reserved = 0;

  const dimensionsFor = (namespace: string, vector: Float32Array): Space | undefined => {
    checkVector(vector);
    if (fixedDimensions !== undefined && vector.length !== fixedDimensions) {
      throw new Error(
        `semantic cache: this cache holds ${fixedDimensions}-dimension vectors, got one of ${vector.length} ` +
          '(embed with the configured model)',
      );
    }
    const space = spaces.get(namespace);
    if (space !== undefined && vector.length !== space.dimensions) {
      throw new Error(
        `semantic cache: namespace "${namespace}" holds ${space.dimensions}-dimension vectors, got one of ` +
          `${vector.length} (embed with the model that filled it, or clear the namespace)`,
      );
    }
    return space;
  };

  const compactIfWorthIt = (): void => {
    const dead = arena.top - reserved;
    if (dead <= reserved || dead < MIN_COMPACT_FLOATS) return;
    const ordered = [...spaces.values()].sort((left, right) => left.offset - right.offset);
    let next = 0;
    for (const space of ordered) {
      if (space.offset !== next) {
        arena.heap.copyWithin(next, space.offset, space.offset + space.entries.length * space.stride);
        space.offset = next;
      }
      next += space.capacity * space.stride;
    }
    arena.top = next;
  };

  const release = (space: Space): void => {
    spaces.delete(space.name);
    const size = space.capacity * space.stride;
    reserved -= size;
    if (space.offset + size === arena.top) arena.top = space.offset;
    compactIfWorthIt();
  };

  /** Room for one more row; false when the arena cannot grow (the entry is then skipped). */
  const makeRoom = (space: Space): boolean => {
    if (space.entries.length < space.capacity) return true;
    const size = space.capacity * space.stride;
    if (space.offset + size === arena.top) {
      if (!arena.ensure(arena.top + size)) return false;
      arena.top += size;
    } else {
      if (!arena.ensure(arena.top + 2 * size)) return false;
      arena.heap.copyWithin(arena.top, space.offset, space.offset + space.entries.length * space.stride);
      space.offset = arena.top;
      arena.top += 2 * size;
    }
    reserved += size;
    space.capacity *= 2;
    compactIfWorthIt();
    return true;
  };

  const remove = (entry: Entry): void => {
    const space = entry.space;
    const last = space.entries.length - 1;
    if (entry.row !== last) {
      const moved = space.entries[last] as Entry;
      const from = space.offset + last * space.stride;
      arena.heap.copyWithin(space.offset + entry.row * space.stride, from, from + space.stride);
      space.entries[entry.row] = moved;
      moved.row = entry.row;
    }
    space.entries.pop();
    recency.remove(entry);
    count--;
    bytes -= entry.bytes;
    if (space.entries.length === 0) {
      release(space);
    } else if (space.capacity > MIN_ROWS && space.entries.length <= space.capacity / 4) {
      // Give back the top half; it is dead space until the next compaction (or at once, if it is the last region).
      const half = (space.capacity / 2) * space.stride;
      space.capacity /= 2;
      reserved -= half;
      if (space.offset + 2 * half === arena.top) arena.top -= half;
      compactIfWorthIt();
    }
  };

  /** Rows whose time has passed, last to first so the row swapped in has been looked at already. */
  const removeExpired = (space: Space, now: number): void => {
    for (let row = space.entries.length - 1; row >= 0; row--) {
      const entry = space.entries[row] as Entry;
      if (entry.expiresAt <= now) remove(entry);
    }
  };

  return {
    description: `in-process (brute force, ${arena.simd ? 'WebAssembly SIMD' : 'JavaScript'}, LRU ${options.maxEntries} entries, ${options.maxBytes} bytes)`,

    async search(namespace, vector, threshold, now = Date.now()): Promise<SemanticHit | null> {
      const space = dimensionsFor(namespace, vector);
      if (space === undefined) return null;
      const rows = space.entries.length;
      const query = arena.top;
      const scores = query + space.stride;
      if (!arena.ensure(scores + rows)) throw new Error('semantic cache: no memory left for a search');
      const heap = arena.heap;
      writeNormalised(vector, heap, query, space.stride);
      arena.scores(space.offset, query, scores, rows, space.stride);
      let best: Entry | undefined;
      let bestScore = threshold;
      let expiredSeen = false;
      for (let row = 0; row < rows; row++) {
        const score = heap[scores + row] as number;
        if (best === undefined ? score >= bestScore : score > bestScore) {
          const entry = space.entries[row] as Entry;
          if (entry.expiresAt > now) {
            best = entry;
            bestScore = score;
          } else {
            expiredSeen = true;
          }
        }
      }
      // Only expired rows that would have matched are worth a sweep; the rest leave by LRU like any other.
      if (expiredSeen) removeExpired(space, now);
      if (best === undefined) return null;
      recency.touch(best);
      return { answer: { ...best.answer }, similarity: Math.max(-1, Math.min(1, bestScore)) };
    },

    async set(namespace, vector, answer, ttlMs, now = Date.now()) {
      let space = dimensionsFor(namespace, vector);
      if (!(ttlMs > 0)) return;
      const stored: CachedAnswer = {
        body: answer.body,
        model: answer.model,
        storedAt: answer.storedAt,
        costUsd: answer.costUsd,
      };
      const size = 4 * vector.length + 2 * (stored.body.length + stored.model.length) + SEMANTIC_ENTRY_OVERHEAD_BYTES;
      if (size > options.maxEntryBytes || size > options.maxBytes) return;
      if (space === undefined) {
        const stride = Math.ceil(vector.length / STRIDE_STEP) * STRIDE_STEP;
        if (!arena.ensure(arena.top + MIN_ROWS * stride)) return;
        space = {
          name: namespace,
          dimensions: vector.length,
          stride,
          offset: arena.top,
          capacity: MIN_ROWS,
          entries: [],
        };
        arena.top += MIN_ROWS * stride;
        reserved += MIN_ROWS * stride;
        spaces.set(namespace, space);
      }
      if (!makeRoom(space)) {
        if (space.entries.length === 0) release(space);
        return;
      }
      const row = space.entries.length;
      writeNormalised(vector, arena.heap, space.offset + row * space.stride, space.stride);
      const entry: Entry = {
        space,
        row,
        answer: stored,
        expiresAt: now + ttlMs,
        bytes: size,
        older: undefined,
        newer: undefined,
      };
      space.entries.push(entry);
      recency.push(entry);
      count++;
      bytes += size;
      while ((count > options.maxEntries || bytes > options.maxBytes) && recency.oldest !== undefined)
        remove(recency.oldest);
    },

    async stats() {
      return { entries: count, bytes };
    },

    async clear(namespace) {
      const space = spaces.get(namespace);
      if (space === undefined) return 0;
      for (const entry of space.entries) {
        recency.remove(entry);
        bytes -= entry.bytes;
      }
      const removed = space.entries.length;
      count -= removed;
      space.entries.length = 0;
      release(space);
      return removed;
    },

    async close() {
      spaces.clear();
      recency.clear();
      count = 0;
      bytes = 0;
      reserved = 0;
      arena.top = 0;
    },
  };
}

/** `vector / |vector|` into heap[at, at + stride), zero-padded. */
function writeNormalised(vector: Float32Array, heap: Float32Array, at: number, stride: number): void {
  let sum = 0;
  for (let index = 0; index < vector.length; index++) {
    const value = vector[index] as number;
    sum += value * value;
  }
  const scale = 1 / Math.sqrt(sum);
  for (let index = 0; index < vector.length; index++) heap[at + index] = (vector[index] as number) * scale;
  heap.fill(0, at + vector.length, at + stride);
}

function checkVector(vector: Float32Array): void {
  if (!(vector instanceof Float32Array) || vector.length === 0) {
    throw new TypeError('semantic cache: a vector must be a non-empty Float32Array');
  }
  let sum = 0;
  for (let index = 0; index < vector.length; index++) {
    const value = vector[index] as number;
    sum += value * value;
  }
  if (!(Number.isFinite(sum) && sum > 0)) {
    throw new RangeError('semantic cache: a vector must be finite and not all zeros (it has no direction)');
  }
}

function checkLimits(limits: CacheLimits): void {
  for (const name of ['maxEntries', 'maxBytes', 'maxEntryBytes'] as const) {
    const value = limits[name];
    if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`cache ${name} must be positive, got ${value}`);
  }
}

interface Arena {
  /** The whole arena as floats; replaced when it grows, so never keep it across a call that may grow it. */
  heap: Float32Array;
  /** First float above the last region. */
  top: number;
  readonly simd: boolean;
  /** Grows the arena to hold `floats` floats; false if it cannot. */
  ensure(floats: number): boolean;
  /** heap[out + row] = dot(matrix row `row`, query), for rows [0, rows); offsets in floats. */
  scores(matrix: number, query: number, out: number, rows: number, stride: number): void;
}

/** Only what is used of the WebAssembly API (its types are not in the ES or Node libraries). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, Record<string, unknown>>,
  ) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer; grow(pages: number): number };
}

function createArena(wantSimd: boolean): Arena {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  const bytes = assembleScoresModule();
  if (wantSimd && wasm?.validate(bytes)) {
    const memory = new wasm.Memory({ initial: 16 });
    const instance = new wasm.Instance(new wasm.Module(bytes), { env: { memory } });
    const kernel = instance.exports.scores as (m: number, q: number, o: number, r: number, s: number) => void;
    const arena: Arena = {
      heap: new Float32Array(memory.buffer),
      top: 0,
      simd: true,
      ensure(floats) {
        if (floats <= arena.heap.length) return true;
        const have = memory.buffer.byteLength / PAGE_BYTES;
        const need = Math.ceil((floats * 4) / PAGE_BYTES);
        try {
          // An eighth more than asked, so a growing namespace does not grow the memory row by row.
          memory.grow(Math.max(need - have, Math.ceil(have / 8)));
        } catch {
          try {
            memory.grow(need - have);
          } catch {
            return false;
          }
        }
        arena.heap = new Float32Array(memory.buffer);
        return true;
      },
      scores(matrix, query, out, rows, stride) {
        if (rows > 0) kernel(matrix * 4, query * 4, out * 4, rows, stride * 4);
      },
    };
    return arena;
  }
  const arena: Arena = {
    heap: new Float32Array(PAGE_BYTES),
    top: 0,
    simd: false,
    ensure(floats) {
      if (floats <= arena.heap.length) return true;
      try {
        const grown = new Float32Array(Math.max(floats, arena.heap.length * 2));
        grown.set(arena.heap.subarray(0, arena.top));
        arena.heap = grown;
        return true;
      } catch {
        return false;
      }
    },
    scores(matrix, query, out, rows, stride) {
      scoresJavaScript(arena.heap, matrix, query, out, rows, stride);
    },
  };
  return arena;
}

/** The fallback kernel: four accumulators let the CPU overlap the additions. */
function scoresJavaScript(
  heap: Float32Array,
  matrix: number,
  query: number,
  out: number,
  rows: number,
  stride: number,
) {
  for (let row = 0, at = matrix; row < rows; row++, at += stride) {
    let sum0 = 0;
    let sum1 = 0;
    let sum2 = 0;
    let sum3 = 0;
    for (let index = 0; index < stride; index += 4) {
      sum0 += (heap[at + index] as number) * (heap[query + index] as number);
      sum1 += (heap[at + index + 1] as number) * (heap[query + index + 1] as number);
      sum2 += (heap[at + index + 2] as number) * (heap[query + index + 2] as number);
      sum3 += (heap[at + index + 3] as number) * (heap[query + index + 3] as number);
    }
    heap[out + row] = sum0 + sum1 + sum2 + sum3;
  }
}

/**
 * The bytes of a WebAssembly module importing `env.memory` and exporting
 * `scores(matrix, query, out, rows, strideBytes)` (byte addresses; stride a multiple of 64 bytes, rows ≥ 1):
 *
 *   end = out + rows * 4
 *   do { a0..a3 = 0; rowEnd = matrix + strideBytes; q = query
 *        do { a_k += load(matrix + 16k) * load(q + 16k) for k in 0..3; matrix += 64; q += 64 } while (matrix < rowEnd)
 *        f32[out] = sum of the lanes of (a0 + a1) + (a2 + a3); out += 4 } while (out < end)
 */
function assembleScoresModule(): Uint8Array {
  const unsigned = (value: number): number[] => {
    const out: number[] = [];
    let rest = value;
    do {
      let byte = rest & 0x7f;
      rest >>>= 7;
      if (rest !== 0) byte |= 0x80;
      out.push(byte);
    } while (rest !== 0);
    return out;
  };
  const name = (text: string) => [...unsigned(text.length), ...Array.from(text, (char) => char.charCodeAt(0))];
  const section = (id: number, content: number[]) => [id, ...unsigned(content.length), ...content];
  const [i32, v128] = [0x7f, 0x7b];
  const get = (local: number) => [0x20, local];
  const set = (local: number) => [0x21, local];
  const tee = (local: number) => [0x22, local];
  /** i32.const, its operand signed LEB128 (64 takes two bytes: a single 0x40 would read as -64). */
  const constant = (value: number) => [0x41, ...(value < 64 ? [value] : [(value & 0x7f) | 0x80, value >> 7])];
  const simd = (opcode: number, ...immediates: number[]) => [0xfd, ...unsigned(opcode), ...immediates];
  const load = (offset: number) => simd(0x00, 4, ...unsigned(offset)); // v128.load align=16
  const zero = simd(0x0c, ...new Array<number>(16).fill(0)); // v128.const 0
  const [mul, add] = [simd(0xe6), simd(0xe4)]; // f32x4.mul, f32x4.add
  const lane = (index: number) => simd(0x1f, index); // f32x4.extract_lane
  const [addI32, shl, ltU, geU, addF32] = [0x6a, 0x74, 0x49, 0x4f, 0x92];
  const [block, loop, end, brIf, storeF32] = [0x02, 0x03, 0x0b, 0x0d, 0x38];
  const [matrix, query, out, rows, stride, last, rowEnd, q, a0, a1, a2, a3, sum] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
  ] as const; // the local indices: the five parameters, then the declared locals
  const accumulators = [a0, a1, a2, a3];
  // biome-ignore format: laid out like the assembly it is, one instruction group a line
  const body = [
    2, 3, i32, 5, v128, // locals: last, rowEnd, q (i32); a0..a3, sum (v128)
    ...get(out), ...get(rows), ...constant(2), shl, addI32, ...set(last),
    block, 0x40,
    ...get(out), ...get(last), geU, brIf, 0,
    loop, 0x40,
    ...accumulators.flatMap((accumulator) => [...zero, ...set(accumulator)]),
    ...get(matrix), ...get(stride), addI32, ...set(rowEnd),
    ...get(query), ...set(q),
    loop, 0x40,
    ...accumulators.flatMap((accumulator, k) => [
      ...get(accumulator), ...get(matrix), ...load(16 * k), ...get(q), ...load(16 * k), ...mul, ...add, ...set(accumulator),
    ]),
    ...get(matrix), ...constant(64), addI32, ...set(matrix),
    ...get(q), ...constant(64), addI32, ...set(q),
    ...get(matrix), ...get(rowEnd), ltU, brIf, 0,
    end,
    ...get(out),
    ...get(a0), ...get(a1), ...add, ...get(a2), ...get(a3), ...add, ...add, ...tee(sum),
    ...lane(0), ...get(sum), ...lane(1), addF32, ...get(sum), ...lane(2), addF32, ...get(sum), ...lane(3), addF32,
    storeF32, 2, 0,
    ...get(out), ...constant(4), addI32, ...tee(out), ...get(last), ltU, brIf, 0,
    end,
    end,
    end,
  ];
  // biome-ignore format: one section a line
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 5, i32, i32, i32, i32, i32, 0]),
    ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x00]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('scores'), 0x00, 0]),
    ...section(10, [1, ...unsigned(body.length), ...body]),
  ]);
}
