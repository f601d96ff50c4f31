/**
 * Write-behind for append-only SQLite tables (request records, the spend ledger): appends are queued and written
 * in one transaction per batch — at most `flushIntervalMs` later, or as soon as `maxBatch` are waiting — so the
 * request path never waits on disk. The queue is bounded: past `maxQueue` the oldest unwritten rows are dropped
 * and counted, never an unbounded heap. A batch that fails on its content (a NOT NULL, a wrong type) is written
 * row by row, dropping only the bad rows; a batch that fails otherwise (a full or busy disk) goes back to the
 * queue, bounded, and is retried a second later.
 */
import type Database from 'better-sqlite3';

export interface SqliteBatchWriterOptions {
  flushIntervalMs?: number;
  maxBatch?: number;
  maxQueue?: number;
  onError?: (error: unknown) => void;
}

export interface SqliteBatchWriter<T> {
  append(item: T): void;
  /** Writes everything queued, now. */
  flush(): void;
  /** Flushes and refuses further appends. */
  close(): void;
  dropped(): number;
}

/** An error about one row's content (retrying it whole would block the queue for good). */
function isBadRow(error: unknown): boolean {
  if (error instanceof TypeError || error instanceof RangeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH');
}

/** `write` inserts one row; it runs inside the batch's transaction. */
export function createSqliteBatchWriter<T>(
  db: Database.Database,
  write: (item: T) => void,
  options: SqliteBatchWriterOptions = {},
): SqliteBatchWriter<T> {
  const flushIntervalMs = options.flushIntervalMs ?? 20;
  const maxBatch = options.maxBatch ?? 512;
  const maxQueue = options.maxQueue ?? 100_000;
  const writeAll = db.transaction((items: T[]) => {
    for (const item of items) write(item);
  });
  let queue: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  let droppedCount = 0;
  let closed = false;

  // A failed statement does not end the transaction: the good rows of a bad batch still commit together.
  const writeEach = db.transaction((items: T[]) => {
    for (const item of items) {
      try {
        write(item);
      } catch (error) {
        droppedCount++;
        options.onError?.(error);
      }
    }
  });

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    try {
      writeAll(batch);
    } catch (error) {
      if (isBadRow(error)) {
        writeEach(batch);
        return;
      }
      const merged = batch.concat(queue);
      droppedCount += Math.max(0, merged.length - maxQueue);
      queue = merged.slice(-maxQueue);
      options.onError?.(error);
      if (!closed) {
        timer = setTimeout(flush, 1_000);
        timer.unref();
      }
    }
  };

  return {
    append(item) {
      if (closed) return;
      queue.push(item);
      if (queue.length > maxQueue) {
        queue.shift();
        droppedCount++;
      }
      if (queue.length >= maxBatch) flush();
      else if (timer === undefined) {
        timer = setTimeout(flush, flushIntervalMs);
        timer.unref();
      }
    },
    flush,
    close() {
      flush();
      closed = true;
    },
    dropped: () => droppedCount,
  };
}
