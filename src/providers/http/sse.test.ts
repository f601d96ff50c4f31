import { describe, expect, it } from 'vitest';
import { readSse, SseTooLargeError } from './sse.js';

async function* bytes(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

async function collect(iterable: AsyncIterable<{ event: string | null; data: string }>) {
  const out: { event: string | null; data: string }[] = [];
  for await (const event of iterable) out.push(event);
  return out;
}

describe('readSse', () => {
  it('splits events across arbitrary chunk boundaries', async () => {
    const events = await collect(readSse(bytes('data: {"a"', ':1}\n', '\ndata: [DO', 'NE]\n\n')));
    expect(events).toEqual([
      { event: null, data: '{"a":1}' },
      { event: null, data: '[DONE]' },
    ]);
  });

  it('handles CRLF, comments, event names and multi-line data', async () => {
    const events = await collect(readSse(bytes(': ping\r\n\r\nevent: error\r\ndata: a\r\ndata: b\r\n\r\n')));
    expect(events).toEqual([{ event: 'error', data: 'a\nb' }]);
  });

  it('keeps multi-byte characters split between chunks', async () => {
    const encoded = new TextEncoder().encode('data: 申し訳\n\n');
    async function* split() {
      yield encoded.slice(0, 8);
      yield encoded.slice(8);
    }
    expect(await collect(readSse(split()))).toEqual([{ event: null, data: '申し訳' }]);
  });

  it('yields a final event that lacks the blank line', async () => {
    expect(await collect(readSse(bytes('data: x\n')))).toEqual([{ event: null, data: 'x' }]);
  });

  it('refuses an event larger than the bound', async () => {
    await expect(collect(readSse(bytes(`data: ${'x'.repeat(100)}`), 50))).rejects.toBeInstanceOf(SseTooLargeError);
  });
});
