/**
 * Measurements: per-request latency at one connection with a high-resolution timer, and throughput under load
 * with autocannon. Both check every answer, so a target that fails fast never looks fast.
 */
import autocannon from 'autocannon';
import { Client } from 'undici';
import { REPLY_MARKER } from './constants.mjs';

/**
 * Whether a response body is a real answer: it carries the upstream's marker and, for a stream, ends with
 * `[DONE]`. Error pages from any gateway fail this.
 * @example isAnswer('{"choices":[...rung-bench-ok...]}', false) // true
 */
export function isAnswer(body, stream) {
  return body.includes(REPLY_MARKER) && (!stream || body.includes('data: [DONE]'));
}

/**
 * The q-quantile (0..1) of numbers by nearest rank, or NaN for none.
 * @example quantile([1, 2, 3, 4], 0.5) // 2
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const toMs = (start, end) => Number(end - start) / 1e6;

/**
 * One keep-alive connection to a target that times single requests with process.hrtime.bigint(): total time
 * (to the last byte) and time to the first body byte, and checks that the answer is a real one.
 * @example const probe = latencyProbe(target.request(false)); const sample = await probe.once(); await probe.close()
 */
export function latencyProbe(request) {
  const client = new Client(request.origin, { keepAliveTimeout: 60_000, pipelining: 1 });
  const options = { method: 'POST', path: request.path, headers: request.headers, body: request.body };
  return {
    async once() {
      const start = process.hrtime.bigint();
      let firstByte = 0n;
      let text = '';
      let status = 0;
      try {
        const response = await client.request(options);
        status = response.statusCode;
        response.body.setEncoding('utf8');
        for await (const part of response.body) {
          if (firstByte === 0n) firstByte = process.hrtime.bigint();
          text += part;
        }
      } catch (error) {
        text = `${error.name}: ${error.message}`;
      }
      const end = process.hrtime.bigint();
      if (status !== 200 || !isAnswer(text, request.stream))
        return { ok: false, failure: { status, body: text.slice(0, 300) } };
      return { ok: true, totalMs: toMs(start, end), firstByteMs: toMs(start, firstByte) };
    },
    close: () => client.close().catch(() => {}),
  };
}

/** Timed requests per target in a row, and untimed ones before each run of them. */
export const LATENCY_BLOCK = 50;
export const LATENCY_BLOCK_WARMUP = 5;

/**
 * Times `count` requests per target at one connection each, after `warmup` untimed ones. The targets take turns
 * in blocks of LATENCY_BLOCK requests (in alternating order from one cycle to the next), each block after
 * LATENCY_BLOCK_WARMUP untimed requests: a burst of load from elsewhere on the machine still lands on all of them
 * alike, but no timed request follows another target's idle time. Turn by turn, request by request, Portkey's
 * 25 ms SSE wait left the CPU idle before every other target's request, and a request after an idle gap is slow
 * for reasons of the machine, not the gateway: here 28 ms gaps raised the bare proxy's added p50 from 0.54 to
 * 0.85 ms and the upstream's own p50 from 0.27 to 0.68 ms.
 * Returns, per target name, `{ count, failed, firstFailure, totalMs: [...], firstByteMs: [...] }`.
 * @example const byName = await interleavedLatency([{ name: 'rung', request }], { count: 500, warmup: 200 })
 */
export async function interleavedLatency(entries, { count, warmup }) {
  const probes = entries.map(({ name, request }) => ({ name, probe: latencyProbe(request) }));
  const results = Object.fromEntries(
    entries.map(({ name }) => [name, { count, failed: 0, firstFailure: null, totalMs: [], firstByteMs: [] }]),
  );
  try {
    for (const { probe } of probes) {
      for (let index = 0; index < warmup; index++) await probe.once();
    }
    const reversed = [...probes].reverse();
    for (let done = 0, cycle = 0; done < count; done += LATENCY_BLOCK, cycle++) {
      const size = Math.min(LATENCY_BLOCK, count - done);
      for (const { name, probe } of cycle % 2 === 0 ? probes : reversed) {
        for (let index = 0; index < LATENCY_BLOCK_WARMUP; index++) await probe.once();
        for (let index = 0; index < size; index++) {
          const sample = await probe.once();
          const result = results[name];
          if (!sample.ok) {
            result.failed++;
            result.firstFailure ??= sample.failure;
            continue;
          }
          result.totalMs.push(sample.totalMs);
          result.firstByteMs.push(sample.firstByteMs);
        }
      }
    }
  } finally {
    await Promise.all(probes.map(({ probe }) => probe.close()));
  }
  return results;
}

/**
 * Runs autocannon against a target for `durationS` seconds at `connections` connections and returns answered
 * requests per second together with what went wrong. A non-2xx body never carries the reply marker, so every
 * non-2xx is also a mismatch: mismatches − non-2xx are 2xx answers that were not real answers.
 * @example const { requestsPerSecond } = await throughput(target.request(false), { connections: 32, durationS: 5 })
 */
export async function throughput(request, { connections, durationS }) {
  const result = await autocannon({
    url: `${request.origin}${request.path}`,
    method: 'POST',
    headers: request.headers,
    body: request.body,
    connections,
    duration: durationS,
    timeout: 10,
    verifyBody: (body) => isAnswer(body, request.stream),
  });
  const badAnswers = Math.max(0, result.mismatches - result.non2xx);
  const answered = Math.max(0, result['2xx'] - badAnswers);
  return {
    connections,
    durationS: result.duration,
    requestsPerSecond: answered / result.duration,
    answered,
    non2xx: result.non2xx,
    badAnswers,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  };
}
