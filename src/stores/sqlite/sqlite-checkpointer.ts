/**
 * WAL checkpoints off the request thread. SQLite's automatic checkpoint runs inside whichever commit crosses
 * 1,000 pages of WAL: it copies those pages into the database file and fsyncs it, a 5–10 ms stall of the event
 * loop every few seconds under load (seen as the p99.9 of event-loop delay). Here the gateway's connection does
 * not checkpoint; a worker thread with a connection of its own runs a PASSIVE checkpoint (it never waits for a
 * reader or a writer) every `intervalMs`. If the worker fails, the gateway's connection checkpoints again by
 * itself, so the WAL never grows without bound.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export interface CheckpointerOptions {
  /** How often the worker checkpoints. Default 1,000 ms. */
  intervalMs?: number;
  onError?: (error: unknown) => void;
}

export interface Checkpointer {
  /** Checkpoints done by the worker so far (tests and diagnostics). */
  done(): number;
  /** Whether checkpoints are back on the gateway's connection (the worker failed or was stopped). */
  inline(): boolean;
  /** Runs a last checkpoint and stops the worker. */
  close(): Promise<void>;
}

/** SQLite's default, restored when the worker is gone. */
const AUTO_CHECKPOINT_PAGES = 1_000;

// Evaluated as CommonJS in the worker: the same source serves the TypeScript tests and the built package.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage({ stopped: true });
});
`;

/**
 * @example
 * const checkpointer = startCheckpointer(db, 'rung.db', { onError: (error) => logger.warn({ error }) });
 * await checkpointer.close(); // before db.close()
 */
export function startCheckpointer(
  db: Database.Database,
  path: string,
  options: CheckpointerOptions = {},
): Checkpointer {
  let done = 0;
  let inline = false;
  const fallBack = (error: unknown) => {
    if (inline) return;
    inline = true;
    db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    options.onError?.(error);
  };
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      path,
      module: createRequire(import.meta.url).resolve('better-sqlite3'),
      intervalMs: options.intervalMs ?? 1_000,
    },
  });
  // The worker must not keep the process alive; close() stops it on a clean shutdown.
  worker.unref();
  let stopped: (() => void) | null = null;
  worker.on('message', (message: { ok?: boolean; message?: string; stopped?: boolean }) => {
    if (message.stopped === true) stopped?.();
    else if (message.ok === true) done++;
    // A busy or locked database is the next round's business; anything else is reported, and the worker goes on.
    else if (message.ok === false) options.onError?.(new Error(`WAL checkpoint failed: ${message.message ?? ''}`));
  });
  worker.on('error', fallBack);
  worker.on('exit', (code) => {
    stopped?.();
    if (code !== 0) fallBack(new Error(`the WAL checkpoint worker exited with code ${code}`));
  });

  return {
    done: () => done,
    inline: () => inline,
    async close() {
      if (inline) return;
      inline = true;
      await new Promise<void>((resolve) => {
        stopped = resolve;
        worker.postMessage('stop');
        // A worker that does not answer is not waited on for long.
        setTimeout(resolve, 2_000).unref();
      });
      await worker.terminate();
      db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    },
  };
}
