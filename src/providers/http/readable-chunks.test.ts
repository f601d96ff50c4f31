import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ReadableChunks } from './undici-transport.js';

const bytes = (text: string) => Buffer.from(text);

describe('ReadableChunks', () => {
  it('hands over every chunk, then ends once, calling its hooks', async () => {
    const stream = new Readable({ read() {} });
    let chunks = 0;
    let done = 0;
    const reader = new ReadableChunks(stream, { onChunk: () => chunks++, done: () => done++ });
    setTimeout(() => {
      stream.push(bytes('ab'));
      setTimeout(() => {
        stream.push(bytes('cd'));
        stream.push(null);
      }, 5);
    }, 5);
    let text = '';
    for await (const chunk of reader) text += Buffer.from(chunk).toString();
    expect(text).toBe('abcd');
    expect(chunks).toBeGreaterThanOrEqual(1);
    expect(done).toBe(1);
    expect(await reader.next()).toEqual({ done: true, value: undefined });
  });

  it('destroys the stream when the reader stops early', async () => {
    const stream = new Readable({ read() {} });
    let done = 0;
    const reader = new ReadableChunks(stream, { done: () => done++ });
    stream.push(bytes('first'));
    for await (const _chunk of reader) break;
    expect(stream.destroyed).toBe(true);
    expect(done).toBe(1);
  });

  it('throws a failure as mapped, and a stream destroyed before its end as a premature close', async () => {
    const failing = new Readable({ read() {} });
    const reader = new ReadableChunks(failing, {
      mapError: (error) => new Error(`mapped: ${(error as Error).message}`),
    });
    setTimeout(() => failing.destroy(new Error('reset')), 5);
    await expect(reader.next()).rejects.toThrow('mapped: reset');

    const cut = new Readable({ read() {} });
    const cutReader = new ReadableChunks(cut);
    setTimeout(() => cut.destroy(), 5);
    await expect(cutReader.next()).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });
});
