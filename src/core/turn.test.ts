import { describe, expect, it } from 'vitest';
import { RungError } from '../spec/errors.js';
import { compose, type Turn, type TurnResult, type Wrapper } from './turn.js';

const turn = {} as Turn;
const answered: TurnResult = { kind: 'stream', headers: {}, events: (async function* () {})() };

describe('compose', () => {
  it('passes a turn through plain (non-async) wrappers to the last handler', async () => {
    const seen: string[] = [];
    const plain =
      (name: string): Wrapper =>
      (next) =>
      (current) => {
        seen.push(name);
        return next(current);
      };
    const handler = compose([plain('a'), plain('b')], async () => answered);
    await expect(handler(turn)).resolves.toBe(answered);
    expect(seen).toEqual(['a', 'b']);
  });

  it('turns a synchronous throw from a plain wrapper into a rejection, never a throw', async () => {
    const refusing: Wrapper = () => () => {
      throw new RungError('RUNG_ROUTE_FORBIDDEN', 'no');
    };
    const handler = compose([refusing], async () => answered);
    let result: Promise<TurnResult> | undefined;
    expect(() => {
      result = handler(turn);
    }).not.toThrow();
    await expect(result).rejects.toMatchObject({ code: 'RUNG_ROUTE_FORBIDDEN' });
  });
});
