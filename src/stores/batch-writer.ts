/**
 * The write-behind queue for request records and ledger entries, in every store (SQLite, PostgreSQL). `append` only pushes to memory; batches are
 * written at most `flushIntervalMs` later, or as soon as `maxBatch` are waiting. When the database cannot be
 * reached the failed batch goes back to the head of the queue and is retried with backoff (1 s doubling to
 * 30 s), so a brief outage loses nothing; the queue stays bounded, dropping and counting the oldest entries past
 * `maxQueue`. A batch refused for its content (a NOT NULL, a value out of range) is written row by row and only
 * the rows that fail are dropped, so one bad row cannot block the queue behind it.
 */
export interface BatchWriterOptions {
  flushIntervalMs?: number;
  maxBatch?: number;
  maxQueue?: number;
  /** First retry delay after a failed write; doubles per failure up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  onError?: (error: unknown) => void;
}

export interface BatchWriteOptions extends BatchWriterOptions {
  /** Whether an error is about one row's content (then the batch is written row by row), not about the database. */
  isBadRow: (error: unknown) => boolean;
}

export interface BatchWriter<T> {
  /** Never throws. */
  append(item: T): void;
  /** Tries to write everything queued now; resolves when done or when the write failed (reported to onError). */
  flush(): Promise<void>;
  /** A last flush; appends after it are ignored. */
  close(): Promise<void>;
  dropped(): number;
  pending(): number;
}

/**
 * @example
 * const writer = createBatchWriter((rows) => insertRows(rows), { maxBatch: 500, isBadRow, onError });
 * writer.append(row);
 */
export function createBatchWriter<T>(write: (batch: T[]) => Promise<void>, options: BatchWriteOptions): BatchWriter<T> {
  const { isBadRow } = options;
  const flushIntervalMs = options.flushIntervalMs ?? 20;
  const maxBatch = Math.max(1, options.maxBatch ?? 500);
  const maxQueue = Math.max(1, options.maxQueue ?? 100_000);
  const retryMs = options.retryMs ?? 1_000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  let queue: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let droppedCount = 0;
  let draining = false;
  let closed = false;
  // Flushes run one after another, so batches reach the table in the order they were appended.
  let chain: Promise<void> = Promise.resolve();

  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing error handler must not stop the writer.
    }
  };

  const schedule = (delayMs: number) => {
    if (timer !== undefined || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delayMs);
    timer.unref();
  };

  const retryDelay = () => Math.min(maxRetryMs, retryMs * 2 ** Math.max(0, failures - 1));

  const requeue = (batch: T[]) => {
    queue = batch.concat(queue);
    const excess = queue.length - maxQueue;
    if (excess > 0) {
      queue.splice(0, excess);
      droppedCount += excess;
    }
  };

  const writeBatch = async (batch: T[]) => {
    try {
      await write(batch);
    } catch (error) {
      if (!isBadRow(error)) throw error;
      // Row by row: the good rows are written, the bad ones dropped. An outage part-way throws, and the whole
      // batch is retried later; rows already written are skipped then by ON CONFLICT (id) DO NOTHING.
      for (const item of batch) {
        try {
          await write([item]);
        } catch (rowError) {
          if (!isBadRow(rowError)) throw rowError;
          droppedCount++;
          report(rowError);
        }
      }
    }
  };

  const drain = async () => {
    draining = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        try {
          await writeBatch(batch);
          failures = 0;
        } catch (error) {
          failures++;
          requeue(batch);
          report(error);
          schedule(retryDelay());
          return;
        }
      }
    } finally {
      draining = false;
    }
  };

  const flush = () => {
    chain = chain.then(drain);
    return chain;
  };

  return {
    append(item) {
      if (closed) return;
      queue.push(item);
      if (queue.length > maxQueue) {
        queue.shift();
        droppedCount++;
      }
      // While a drain runs it picks up what is appended; while the database is failing only the retry timer
      // (or an explicit flush) tries again, so an outage is not hammered once per append.
      if (draining) return;
      if (failures > 0) schedule(retryDelay());
      else if (queue.length >= maxBatch) void flush();
      else schedule(flushIntervalMs);
    },
    flush,
    async close() {
      if (closed) return chain;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await flush();
    },
    dropped: () => droppedCount,
    pending: () => queue.length,
  };
}
