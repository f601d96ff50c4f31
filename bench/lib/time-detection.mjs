/** Timing refusal detection, shared by the refusals section and its child process for long answers. */
import { quantile } from './measure.mjs';

/**
 * Median (and p90) µs per text for `detector.detect` over `texts`, timed in `batches` batches of `rounds` passes
 * after one untimed pass of `rounds`.
 * @example timeDetection(detector, corpusTexts, { batches: 30, rounds: 20 }) // { medianUs: 33.1, p90Us: 35.0 }
 */
export function timeDetection(detector, texts, { batches, rounds }) {
  for (let i = 0; i < rounds; i++) for (const text of texts) detector.detect(text);
  const perTextUs = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const text of texts) detector.detect(text);
    perTextUs.push(Number(process.hrtime.bigint() - start) / 1000 / (rounds * texts.length));
  }
  return { medianUs: quantile(perTextUs, 0.5), p90Us: quantile(perTextUs, 0.9) };
}
