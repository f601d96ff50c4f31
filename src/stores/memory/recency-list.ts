/**
 * The least-recently-used order of an in-process cache, as a doubly linked list threaded through the entries
 * themselves (no extra node objects): moving an entry to the front and evicting from the back are O(1).
 * Shared by the exact and the semantic response caches.
 */

/** An entry's neighbours in the list: `older` is toward the eviction end. */
export interface Recency<E> {
  older: E | undefined;
  newer: E | undefined;
}

export class RecencyList<E extends Recency<E>> {
  /** The least recently used entry: the next to evict. */
  oldest: E | undefined;
  /** The most recently used entry. */
  newest: E | undefined;

  /** Adds `entry` as the most recently used. */
  push(entry: E): void {
    entry.older = this.newest;
    if (this.newest === undefined) this.oldest = entry;
    else this.newest.newer = entry;
    this.newest = entry;
  }

  /** Takes `entry` out of the list. */
  remove(entry: E): void {
    if (entry.older === undefined) this.oldest = entry.newer;
    else entry.older.newer = entry.newer;
    if (entry.newer === undefined) this.newest = entry.older;
    else entry.newer.older = entry.older;
    entry.older = undefined;
    entry.newer = undefined;
  }

  /** Marks `entry` as just used. */
  touch(entry: E): void {
    if (entry === this.newest) return;
    this.remove(entry);
    this.push(entry);
  }

  clear(): void {
    this.oldest = undefined;
    this.newest = undefined;
  }
}
