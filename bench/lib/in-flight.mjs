/**
 * Runs `work(index)` for index in [0, count) with at most `concurrency` calls in flight; `onProgress(done)` every
 * 10,000 done.
 * @example await inFlight(items.length, 8, (index) => handle(items[index]))
 */
export async function inFlight(count, concurrency, work, onProgress) {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      await work(index);
      done++;
      if (done % 10_000 === 0) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
