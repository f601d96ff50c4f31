/**
 * A Prometheus histogram with one label, binned on the request path into a typed array per series and read out
 * by prom-client's registry in its own exposition format.
 *
 * prom-client's `histogram.observe(labels, value)` validates the labels object, hashes it into a string and
 * looks the bucket up by its bound as an object key on every call — with the counters it was one of the larger
 * removable costs of a request on the gateway bench (see counter-tally.ts for the counters' side). Here an
 * observation is a Map lookup by the label value, a scan of the (few) bounds and two additions. The registry
 * reads it like any metric of its own (`get` / `getForPromString` in prom-client's shape), so `/metrics` shows
 * the same `_bucket`, `_sum` and `_count` lines, in the same order and format, as a prom-client Histogram would.
 */
import type { Registry } from 'prom-client';

/** Series kept; label values past it are counted under OVERFLOW_LABEL so the metric stays bounded. */
export const MAX_HISTOGRAM_SERIES = 1_024;
export const OVERFLOW_LABEL = 'other';

export interface HistogramTally {
  observe(label: string, value: number): void;
}

interface Series {
  /** Observations per bucket, not cumulative; the last slot is above every bound (+Inf only). */
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

interface ExportedValue {
  labels: Record<string, string | number>;
  sharedLabels?: Record<string, string>;
  value: number;
  metricName: string;
}

/**
 * @example
 * const total = histogramTally(registry, { name: 'rung_request_duration_seconds', help: '…', labelName: 'model', buckets: [0.1, 1] });
 * total.observe('alpha', 0.25);
 */
export function histogramTally(
  registry: Registry,
  config: { name: string; help: string; labelName: string; buckets: readonly number[] },
): HistogramTally {
  const bounds = Float64Array.from([...config.buckets].sort((a, b) => a - b));
  const series = new Map<string, Series>();
  const { name, help, labelName } = config;

  // prom-client's exposition: per series, its buckets cumulatively with `le` first, then +Inf, _sum and _count;
  // the series label travels as a shared label (printed after `le`), or merged into the labels for `get()`.
  const values = (merge: boolean): ExportedValue[] => {
    const exported: ExportedValue[] = [];
    const push = (
      labels: Record<string, string | number>,
      shared: Record<string, string>,
      value: number,
      metricName: string,
    ) =>
      exported.push(
        merge
          ? { labels: { ...labels, ...shared }, value, metricName }
          : { labels, sharedLabels: shared, value, metricName },
      );
    for (const [label, { counts, sum, count }] of series) {
      const shared = { [labelName]: label };
      let cumulative = 0;
      for (let index = 0; index < bounds.length; index++) {
        cumulative += counts[index] as number;
        push({ le: bounds[index] as number }, shared, cumulative, `${name}_bucket`);
      }
      push({ le: '+Inf' }, shared, count, `${name}_bucket`);
      push({}, shared, sum, `${name}_sum`);
      push({}, shared, count, `${name}_count`);
    }
    return exported;
  };

  const metric = {
    name,
    help,
    type: 'histogram',
    aggregator: 'sum',
    labelNames: [labelName],
    get: async () => ({ name, help, type: 'histogram', aggregator: 'sum', values: values(true) }),
    getForPromString: async () => ({ name, help, type: 'histogram', aggregator: 'sum', values: values(false) }),
    reset: () => series.clear(),
  };
  // Duck-typed: the registry reads any metric through these members.
  registry.registerMetric(metric as unknown as Parameters<Registry['registerMetric']>[0]);

  const observe = (label: string, value: number): void => {
    if (!Number.isFinite(value)) return;
    let entry = series.get(label);
    if (entry === undefined) {
      if (series.size >= MAX_HISTOGRAM_SERIES && label !== OVERFLOW_LABEL) {
        observe(OVERFLOW_LABEL, value);
        return;
      }
      entry = { counts: new Float64Array(bounds.length + 1), sum: 0, count: 0 };
      series.set(label, entry);
    }
    let index = 0;
    while (index < bounds.length && value > (bounds[index] as number)) index++;
    entry.counts[index] = (entry.counts[index] as number) + 1;
    entry.sum += value;
    entry.count++;
  };
  return { observe };
}
