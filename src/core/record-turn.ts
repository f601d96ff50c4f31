/**
 * Builds the durable record of a turn from what the pipeline filled in. Runs once, when the response ends.
 */
import type { LedgerEntry, RecordFlags, RequestRecord } from '../spec/store.js';
import { requestId } from './request-id.js';
import { type Identity, type Turn, turnCost, usageReport } from './turn.js';

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
    cost_usd: turnCost(turn),
    ttft_ms: turn.ttftMs,
    total_ms: turn.totalMs ?? 0,
    ...recordFlags(turn),
  };
}

/**
 * The turn's line in the spend ledger, or null when nothing was priced. The answer's cost counts as fallback
 * spend when a rung after the first answered, as rescue spend when a rescue rung did; refused calls and the
 * content classifier are auxiliary spend.
 */
export function toLedgerEntry(turn: Turn): LedgerEntry | null {
  const cost = turnCost(turn);
  if (cost === null) return null;
  const answer = turn.costUsd ?? 0;
  const rescued = turn.flags.rescued === true;
  const fallback = !rescued && (turn.answer?.attempt ?? 0) > 0;
  return {
    id: turn.id,
    ts: turn.ts,
    tenant: turn.identity.tenant,
    user: turn.identity.user,
    key_id: turn.identity.keyId ?? turn.identity.keyName,
    plan: turn.identity.plan || null,
    route: turn.chain?.route ?? null,
    model: turn.answer?.model ?? null,
    cost_usd: cost,
    fallback_usd: fallback ? answer : 0,
    rescue_usd: rescued ? answer : 0,
    aux_usd: turn.auxCostUsd,
    cache_savings_usd: turn.cacheSavingsUsd,
    prompt_tokens: turn.usage?.input ?? 0,
    completion_tokens: turn.usage?.output ?? 0,
    cached_tokens: turn.usage?.cachedInput ?? 0,
    estimated: turn.usage?.estimated ?? false,
  };
}

function recordFlags(turn: Turn): { flags?: RecordFlags } {
  const flags: RecordFlags = { ...turn.flags };
  if (turn.character !== null) flags.character = turn.character.id;
  if (turn.cache !== null) flags.cache = { kind: turn.cache.kind, result: turn.cache.result };
  if (turn.memory !== undefined) flags.memory = turn.memory;
  return Object.keys(flags).length === 0 ? {} : { flags };
}

/** The record of a request refused before it became a turn (bad key, bad body). */
export function rejectionRecord(
  endpoint: string,
  status: number,
  errorCode: string,
  identity?: Identity,
): RequestRecord {
  const ts = Date.now();
  return {
    id: requestId(ts),
    ts,
    endpoint,
    route: null,
    plan: identity?.plan ?? null,
    mode: identity?.mode ?? null,
    user: identity?.user ?? null,
    tenant: identity?.tenant ?? null,
    key_name: identity?.keyName ?? null,
    stream: false,
    status,
    error_code: errorCode,
    attempts: [],
    model: null,
    provider: null,
    attempt: null,
    used_fallback: false,
    usage: null,
    cost_usd: null,
    ttft_ms: null,
    total_ms: 0,
  };
}
