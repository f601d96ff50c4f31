/**
 * Request ids in the UUID version 7 layout: a millisecond timestamp first, then randomness. They sort by time,
 * which keeps index inserts in the record store append-only instead of scattered.
 */
import { randomUUID } from 'node:crypto';

export function requestId(now = Date.now()): string {
  const time = now.toString(16).padStart(12, '0');
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
