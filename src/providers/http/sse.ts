/**
 * A small Server-Sent Events reader over a byte stream. It yields one event per blank-line-separated block,
 * joining multi-line `data:` fields as the spec says, and never buffers more than one incomplete event
 * (bounded by `maxEventBytes`, so a peer that never sends a blank line cannot grow memory without limit).
 */
import { StringDecoder } from 'node:string_decoder';

export interface SseEvent {
  event: string | null;
  data: string;
}

export class SseTooLargeError extends Error {}

/**
 * Yields the events of each network read together: one await per read instead of one per event, which on a
 * stream of small chunks is most of the cost of a streaming proxy.
 *
 * @example
 * for await (const events of readSseBatches(response.body)) for (const event of events) handle(event);
 */
export async function* readSseBatches(
  body: AsyncIterable<Uint8Array>,
  maxEventBytes = 8 * 1024 * 1024,
): AsyncGenerator<SseEvent[]> {
  // StringDecoder keeps a character split between reads like TextDecoder's stream mode, at ~1/3 of its cost
  // per read (no options object to convert on each call).
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  for await (const bytes of body) {
    buffer += decoder.write(bytes);
    if (buffer.includes('\r')) buffer = buffer.replace(/\r\n?/g, '\n');
    const batch: SseEvent[] = [];
    let start = 0;
    let boundary = buffer.indexOf('\n\n');
    while (boundary !== -1) {
      // Nearly every event is one `data: ` line: read it in place, without splitting the block into lines.
      const newline = buffer.indexOf('\n', start);
      const event =
        newline === boundary && buffer.startsWith('data: ', start)
          ? { event: null, data: buffer.slice(start + 6, boundary) }
          : parseBlock(buffer.slice(start, boundary));
      if (event !== null) batch.push(event);
      start = boundary + 2;
      boundary = buffer.indexOf('\n\n', start);
    }
    if (start > 0) buffer = buffer.slice(start);
    if (buffer.length > maxEventBytes) throw new SseTooLargeError(`an SSE event exceeded ${maxEventBytes} bytes`);
    if (batch.length > 0) yield batch;
  }
  buffer += decoder.end();
  const rest = buffer.trim() === '' ? null : parseBlock(buffer);
  if (rest !== null) yield [rest];
}

/**
 * One event at a time.
 *
 * @example
 * for await (const event of readSse(response.body)) if (event.data !== '[DONE]') handle(JSON.parse(event.data));
 */
export async function* readSse(
  body: AsyncIterable<Uint8Array>,
  maxEventBytes = 8 * 1024 * 1024,
): AsyncGenerator<SseEvent> {
  for await (const batch of readSseBatches(body, maxEventBytes)) yield* batch;
}

function parseBlock(block: string): SseEvent | null {
  let event: string | null = null;
  let data: string | null = null;
  let start = 0;
  while (start <= block.length) {
    let end = block.indexOf('\n', start);
    if (end === -1) end = block.length;
    const line = block.slice(start, end);
    start = end + 1;
    if (line === '' || line.charCodeAt(0) === 58 /* ':' comment */) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') data = data === null ? value : `${data}\n${value}`;
    else if (field === 'event') event = value;
  }
  return data === null ? null : { event, data };
}
