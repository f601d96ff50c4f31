/**
 * Builds the durable record of a turn from what the pipeline filled in. Runs once, when the response ends.
 */
import type { RequestRecord } from '../spec/store.js';
import { type Turn, usageReport } from './turn.js';

export function toRecord(turn: Turn): RequestRecord {
  return {
    id: turn.id,
    ts: turn.ts,
    endpoint: turn.endpoint,
    route: turn.chain?.route ?? null,
    plan: turn.identity.plan || null,
    mode: turn.identity.mode || null,
    user: turn.identity.user,
    tenant: turn.identity.tenant,
    key_name: turn.identity.keyName,
    stream: turn.stream,
    status: turn.status ?? 0,
    error_code: turn.errorCode,
    attempts: turn.attempts,
    model: turn.answer?.model ?? null,
    provider: turn.answer?.provider ?? null,
    attempt: turn.answer?.attempt ?? null,
    used_fallback: (turn.answer?.attempt ?? 0) > 0,
    usage: usageReport(turn.usage),
    cost_usd: turn.costUsd,
    ttft_ms: turn.ttftMs,
    total_ms: turn.totalMs ?? 0,
  };
}
