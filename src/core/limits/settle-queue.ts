/**
 * Settles reservations, and keeps trying when the counter store is briefly unreachable: a call that was
 * made must be counted, so a failed settle waits in a bounded queue and is retried until it lands (the
 * store's settle is idempotent per reservation id). Past `maxPending` the oldest is dropped and reported.
 */
import type { CounterStore } from '../../spec/limits.js';

export interface SettleQueueOptions {
  maxPending?: number;
  retryMs?: number;
  onError?: (error: unknown, dropped: boolean) => void;
}

export interface SettleQueue {
  settle(id: string, actual: Record<string, number>): void;
  /** Settles waiting for a retry. */
  pending(): number;
  /** Waits for every settle in flight, and retries the queue once more (shutdown, tests). */
  drain(): Promise<void>;
  close(): void;
}

export function createSettleQueue(counters: CounterStore, options: SettleQueueOptions = {}): SettleQueue {
  const maxPending = options.maxPending ?? 100_000;
  const retryMs = options.retryMs ?? 1_000;
  const waiting = new Map<string, Record<string, number>>();
  const inFlight = new Set<Promise<void>>();

  const attempt = (id: string, actual: Record<string, number>) => {
    const run = counters.settle(id, actual).then(
      () => {
        waiting.delete(id);
      },
      (error: unknown) => {
        if (!waiting.has(id)) {
          waiting.set(id, actual);
          if (waiting.size > maxPending) {
            const eldest = waiting.keys().next().value as string;
            waiting.delete(eldest);
            options.onError?.(error, true);
            return;
          }
        }
        options.onError?.(error, false);
      },
    );
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  };

  const retry = () => {
    for (const [id, actual] of waiting) attempt(id, actual);
  };
  const timer = setInterval(() => {
    if (waiting.size > 0) retry();
  }, retryMs);
  timer.unref();

  return {
    settle: attempt,
    pending: () => waiting.size,
    async drain() {
      await Promise.allSettled([...inFlight]);
      if (waiting.size > 0) {
        retry();
        await Promise.allSettled([...inFlight]);
      }
    },
    close() {
      clearInterval(timer);
    },
  };
}
