import { describe, expect, it } from 'vitest';
import { Abort, type AbortSignalLike } from './abort.js';

describe('Abort', () => {
  it('fires each listener once with the reason set, and ignores a second abort', () => {
    const abort = new Abort();
    const seen: unknown[] = [];
    abort.addEventListener('abort', () => seen.push(abort.reason));
    abort.abort('first');
    abort.abort('second');
    expect(seen).toEqual(['first']);
    expect(abort.aborted).toBe(true);
  });

  it('does not call a removed listener', () => {
    const abort = new Abort();
    let called = false;
    const listener = () => {
      called = true;
    };
    abort.addEventListener('abort', listener);
    abort.removeEventListener('abort', listener);
    abort.abort('x');
    expect(called).toBe(false);
  });

  it('has the shape of an AbortSignal', () => {
    const native: AbortSignalLike = new AbortController().signal;
    expect(native.aborted).toBe(false);
  });
});
