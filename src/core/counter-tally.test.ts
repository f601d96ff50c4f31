import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { counterTally } from './counter-tally.js';

const sample = (text: string, line: string) => {
  const found = text.split('\n').find((row) => row.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

describe('counterTally', () => {
  it('sums per label combination and shows the sums on every read, without counting twice', async () => {
    const registry = new Registry();
    const requests = counterTally(registry, { name: 't_requests_total', help: 'h', labelNames: ['route', 'status'] });
    requests.add(['chat', '200']);
    requests.add(['chat', '200'], 2);
    requests.add(['chat', '503']);
    let text = await registry.metrics();
    expect(sample(text, 't_requests_total{route="chat",status="200"}')).toBe(3);
    expect(sample(text, 't_requests_total{route="chat",status="503"}')).toBe(1);
    text = await registry.metrics();
    expect(sample(text, 't_requests_total{route="chat",status="200"}')).toBe(3);
    requests.add(['chat', '200']);
    text = await registry.metrics();
    expect(sample(text, 't_requests_total{route="chat",status="200"}')).toBe(4);
  });

  it('keeps label values apart that a plain join would run together', async () => {
    const registry = new Registry();
    const tally = counterTally(registry, { name: 't_pairs_total', help: 'h', labelNames: ['a', 'b'] });
    tally.add(['ab', 'c']);
    tally.add(['a', 'bc']);
    const text = await registry.metrics();
    expect(sample(text, 't_pairs_total{a="ab",b="c"}')).toBe(1);
    expect(sample(text, 't_pairs_total{a="a",b="bc"}')).toBe(1);
  });

  it('hands its sums over once it holds too many series, so an unread registry stays bounded', async () => {
    const registry = new Registry();
    const tally = counterTally(registry, { name: 't_many_total', help: 'h', labelNames: ['n'] });
    for (let i = 0; i < 10_000; i++) tally.add([String(i % 5_000)]);
    const text = await registry.metrics();
    expect(sample(text, 't_many_total{n="0"}')).toBe(2);
    expect(sample(text, 't_many_total{n="4999"}')).toBe(2);
    expect(text.split('\n').filter((row) => row.startsWith('t_many_total{')).length).toBe(5_000);
  });
});
