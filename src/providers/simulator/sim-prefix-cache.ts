/**
 * The simulator's provider-side prompt cache: which prompt prefixes a simulator provider has seen, so a call that
 * repeats one reports it as `cached_tokens`, the way OpenAI (automatic) and Anthropic (`cache_control` markers)
 * report theirs. Prefixes are identified by a SHA-256 of the model, the tools, the message roles and the text up
 * to the prefix's end; tokens are counted as the rest of the simulator counts them, four characters each.
 */
import { createHash, type Hash } from 'node:crypto';
import type { SimModelConfig } from '../../config/schema.js';
import type { ChatRequest } from '../../spec/chat.js';
import { estimateTokens, promptChars } from './sim-text.js';

export type PrefixCacheConfig = NonNullable<SimModelConfig['prefix_cache']>;

/** Automatic caching grows in steps of this many tokens past the minimum, as OpenAI's does. */
export const CACHE_STEP_TOKENS = 128;
/** Prefixes one simulator provider remembers; the least recently used go first. */
export const DEFAULT_PREFIX_CACHE_ENTRIES = 10_000;
const CHARS_PER_TOKEN = 4;

/** A cacheable prefix of one prompt: where it ends and what identifies it. */
export interface PrefixPoint {
  /** Prompt characters up to the prefix's end (as `promptChars` counts them). */
  chars: number;
  tokens: number;
  key: string;
}

export interface PrefixCacheLookup {
  /** Prompt tokens read back from the cache: the longest cached prefix, 0 on a miss. */
  cachedTokens: number;
  /** Prompt tokens this call stores that were not cached yet (Anthropic's cache_creation); 0 on a full hit. */
  writeTokens: number;
  /** Stores this prompt's prefixes, or renews them: call once the upstream has taken the call. */
  commit(): void;
}

export interface PrefixCache {
  lookup(upstreamId: string, config: PrefixCacheConfig, request: ChatRequest, now: number): PrefixCacheLookup;
  /** Prefixes held, live or not yet found expired. */
  size(): number;
}

/**
 * @example
 * const cache = createPrefixCache();
 * const first = cache.lookup('sim-a', config, request, now); // { cachedTokens: 0, writeTokens: 1408, … }
 * first.commit();
 * cache.lookup('sim-a', config, request, now + 1000).cachedTokens; // 1408
 */
export function createPrefixCache(options: { maxEntries?: number } = {}): PrefixCache {
  const maxEntries = options.maxEntries ?? DEFAULT_PREFIX_CACHE_ENTRIES;
  // Insertion order is recency order: a touched key is deleted and set again.
  const expiries = new Map<string, number>();

  const live = (key: string, now: number): boolean => {
    const expiry = expiries.get(key);
    if (expiry === undefined) return false;
    expiries.delete(key);
    if (expiry <= now) return false;
    expiries.set(key, expiry);
    return true;
  };

  const put = (key: string, expiry: number): void => {
    expiries.delete(key);
    expiries.set(key, expiry);
    while (expiries.size > maxEntries) {
      const oldest = expiries.keys().next();
      if (oldest.done === true) break;
      expiries.delete(oldest.value);
    }
  };

  return {
    lookup(upstreamId, config, request, now) {
      const points = prefixPoints(upstreamId, config, request).filter((point) => point.tokens >= config.min_tokens);
      let cachedTokens = 0;
      for (let index = points.length - 1; index >= 0; index--) {
        const point = points[index] as PrefixPoint;
        if (live(point.key, now)) {
          cachedTokens = point.tokens;
          break;
        }
      }
      const storedTokens = points.at(-1)?.tokens ?? 0;
      return {
        cachedTokens,
        writeTokens: Math.max(0, storedTokens - cachedTokens),
        commit() {
          for (const point of points) put(point.key, now + config.ttl_ms);
        },
      };
    },
    size: () => expiries.size,
  };
}

/**
 * The prefixes of a prompt the cache may hold, shortest first: with `needs_marker`, one ending at each
 * `cache_control` marker (on a content part, a tool call or a whole message); otherwise every multiple of 128
 * tokens from `min_tokens` up to the prompt's length. The minimum is applied by the caller.
 */
export function prefixPoints(upstreamId: string, config: PrefixCacheConfig, request: ChatRequest): PrefixPoint[] {
  const messages = Array.isArray(request.messages) ? request.messages : [];
  const targets: number[] = [];
  if (!config.needs_marker) {
    const chars = promptChars(messages);
    for (let tokens = config.min_tokens; tokens * CHARS_PER_TOKEN <= chars; tokens += CACHE_STEP_TOKENS) {
      targets.push(tokens * CHARS_PER_TOKEN);
    }
  }
  const hasher = new PrefixHasher(targets, config.needs_marker);
  hasher.structure({ model: upstreamId, tools: Array.isArray(request.tools) ? request.tools.map(unmarked) : null });
  for (const message of messages) {
    hasher.structure({ role: message.role, name: message.name ?? null, tool_call_id: message.tool_call_id ?? null });
    const content = message.content;
    if (typeof content === 'string') hasher.text(content);
    else if (Array.isArray(content)) {
      // The same text `messageText` counts: non-empty text parts joined by newlines.
      let first = true;
      for (const part of content) {
        if (part.type === 'text' && typeof part.text === 'string') {
          if (part.text !== '') {
            hasher.text(first ? part.text : `\n${part.text}`);
            first = false;
          }
        } else {
          hasher.structure(unmarked(part));
        }
        if (marked(part)) hasher.mark();
      }
    }
    for (const call of message.tool_calls ?? []) {
      hasher.structure({ tool_call: call.id });
      hasher.text(call.function.name + call.function.arguments);
      if (marked(call)) hasher.mark();
    }
    if (marked(message)) hasher.mark();
  }
  return hasher.points;
}

/** Hashes a prompt as it is walked, keeping the hash at each prefix end it is asked for. */
class PrefixHasher {
  readonly points: PrefixPoint[] = [];
  private readonly hash: Hash = createHash('sha256');
  private chars = 0;
  private next = 0;

  constructor(
    /** Character offsets, ascending, to keep the hash at (automatic mode). */
    private readonly targets: readonly number[],
    /** Whether `mark()` keeps one (marker mode). */
    private readonly markers: boolean,
  ) {}

  /** What the prompt is made of besides counted text (roles, tools, images), length-prefixed. */
  structure(value: unknown): void {
    const json = JSON.stringify(value) ?? 'null';
    this.hash.update(`\u0000${json.length}\u0000${json}`);
  }

  /** Counted prompt text; a target inside it splits it, so the hash at the target covers exactly its prefix. */
  text(value: string): void {
    let start = 0;
    for (let target = this.targets[this.next]; target !== undefined; target = this.targets[this.next]) {
      const needed = target - this.chars;
      if (needed > value.length - start) break;
      this.hash.update(value.slice(start, start + needed));
      start += needed;
      this.chars = target;
      this.keep();
      this.next += 1;
    }
    this.hash.update(value.slice(start));
    this.chars += value.length - start;
  }

  /** A `cache_control` marker ends a prefix here. */
  mark(): void {
    if (this.markers) this.keep();
  }

  private keep(): void {
    if (this.points.at(-1)?.chars === this.chars) return;
    this.points.push({
      chars: this.chars,
      tokens: estimateTokens(this.chars),
      key: this.hash.copy().digest('base64url'),
    });
  }
}

function marked(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('cache_control' in value)) return false;
  const control = value.cache_control;
  return typeof control === 'object' && control !== null;
}

/** A marker says where a prefix ends, not what it holds: two prompts differing only in markers share prefixes. */
function unmarked(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('cache_control' in value)) return value;
  const { cache_control: _marker, ...rest } = value as Record<string, unknown>;
  return rest;
}
