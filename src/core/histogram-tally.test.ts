import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { histogramTally, MAX_HISTOGRAM_SERIES, OVERFLOW_LABEL } from './histogram-tally.js';

const BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 8, 13, 21, 34, 60, 120];

describe('histogramTally', () => {
  it("prints what prom-client's own Histogram prints for the same observations", async () => {
    const theirs = new Registry();
    const reference = new Histogram({
      name: 't_seconds',
      help: 'Time, by model.',
      labelNames: ['model'],
      buckets: BUCKETS,
      registers: [theirs],
    });
    const ours = new Registry();
    const tally = histogramTally(ours, {
      name: 't_seconds',
      help: 'Time, by model.',
      labelName: 'model',
      buckets: BUCKETS,
    });
    // On a bound, between bounds, past the last one, and a second series.
    const observations: Array<[string, number]> = [
      ['alpha', 0.05],
      ['alpha', 0.07],
      ['alpha', 0.0123],
      ['beta', 121],
      ['alpha', 2],
      ['beta', 0.3],
    ];
    for (const [model, value] of observations) {
      reference.observe({ model }, value);
      tally.observe(model, value);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    // As JSON too (prom-client's values also carry an exemplar slot, always empty here).
    const json = async (registry: Registry) =>
      (await registry.getMetricsAsJSON()).map(({ values, ...metric }) => ({
        ...metric,
        values: values.map((entry) => ({
          labels: entry.labels,
          value: entry.value,
          metricName: (entry as { metricName?: string }).metricName,
        })),
      }));
    expect(await json(ours)).toEqual(await json(theirs));
    // And after a reset, both are empty.
    ours.resetMetrics();
    theirs.resetMetrics();
    expect(await ours.metrics()).toBe(await theirs.metrics());
  });

  it('ignores values that are not finite numbers', async () => {
    const registry = new Registry();
    const tally = histogramTally(registry, { name: 't_nan_seconds', help: 'h', labelName: 'model', buckets: [1] });
    tally.observe('alpha', Number.NaN);
    tally.observe('alpha', Number.POSITIVE_INFINITY);
    tally.observe('alpha', 0.5);
    expect(await registry.metrics()).toContain('t_nan_seconds_count{model="alpha"} 1\n');
  });

  it(`keeps at most ${MAX_HISTOGRAM_SERIES} series, counting the rest under "${OVERFLOW_LABEL}"`, async () => {
    const registry = new Registry();
    const tally = histogramTally(registry, { name: 't_many_seconds', help: 'h', labelName: 'model', buckets: [1] });
    for (let i = 0; i < MAX_HISTOGRAM_SERIES + 10; i++) tally.observe(`m${i}`, 0.5);
    const text = await registry.metrics();
    expect(text.match(/t_many_seconds_count\{/g)).toHaveLength(MAX_HISTOGRAM_SERIES + 1);
    expect(text).toContain(`t_many_seconds_count{model="${OVERFLOW_LABEL}"} 10\n`);
  });
});
