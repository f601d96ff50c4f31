/**
 * The store contract. The embedded store (one SQLite file) implements it; Redis and PostgreSQL backends
 * implement the same interface and pass the same contract suite.
 */
import type { CounterStore } from './limits.js';
import type { MemoryStore } from './memory.js';
import type { AttemptReport } from './outcome.js';
import type { ExactCache, SemanticCache } from './response-cache.js';

export interface RecordUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  cache_write_tokens: number;
  reasoning_tokens: number;
  estimated: boolean;
}

/** What happened to one request. Written once, never updated. */
export interface RequestRecord {
  id: string;
  /** Epoch milliseconds when the request arrived. */
  ts: number;
  endpoint: string;
  route: string | null;
  plan: string | null;
  mode: string | null;
  user: string | null;
  tenant: string | null;
  key_name: string | null;
  stream: boolean;
  /** HTTP status sent to the client. */
  status: number;
  /** Error code when the request failed. */
  error_code: string | null;
  attempts: AttemptReport[];
  /** The model that answered, if any. */
  model: string | null;
  provider: string | null;
  /** Index of the answering rung (0 = primary). */
  attempt: number | null;
  used_fallback: boolean;
  usage: RecordUsage | null;
  cost_usd: number | null;
  ttft_ms: number | null;
  total_ms: number;
  /**
   * What the refusal and content policies did, when anything: the character spoken to, salvaged / rescued /
   * in_character answers, and a gated turn with its level. Absent on an ordinary request.
   */
  flags?: RecordFlags;
}

export interface JudgeRecord {
  model: string;
  /** `unclear`: the judge named neither verdict; `failed`: it gave no answer. Both leave the answer standing. */
  verdict: 'refusal' | 'answer' | 'unclear' | 'failed';
}

export interface RecordFlags {
  character?: string;
  salvaged?: true;
  /** true: a rescue rung answered; false: the rescue rungs were climbed and none did. */
  rescued?: boolean;
  in_character?: true;
  gated?: { level: string; ceiling: string; allowed_by: string | null };
  /** Rungs skipped at the top of the chain because budget use crossed the route's `degrade` threshold. */
  degraded?: number;
  /** The refusal judge's verdicts on answers the rules passed, in order: the judged model and what it said. */
  judged?: JudgeRecord[];
  /** Served without a budget reservation: the counter store was unreachable and the budgets fail open. */
  unbudgeted?: true;
  /** What the response caches did: a hit was answered without a model call and cost nothing. */
  cache?: { kind: 'exact' | 'semantic'; result: 'hit' | 'miss' | 'bypass' };
  /** What memory put into the turn's prompt. */
  memory?: { summaries: number; facts: number; recent: number; tokens: number };
}

export interface RecordQuery {
  limit: number;
  since?: number;
  route?: string;
  user?: string;
  /** Only failed requests. */
  failed?: boolean;
}

export interface RecordStore {
  /** Queue a record; it is durable after the next flush (a few milliseconds). Never throws. */
  append(record: RequestRecord): void;
  /** Newest first. */
  recent(query: RecordQuery): Promise<RequestRecord[]>;
  /** Write everything queued. */
  flush(): Promise<void>;
}

/** Limits carried by a stored key; absent = none of that kind from the key (config defaults may apply). */
export interface KeyLimits {
  /** USD per calendar month (UTC) for this key. */
  monthly_usd?: number;
  /** USD per day (UTC) for this key. */
  daily_usd?: number;
  /** Requests per minute. */
  rpm?: number;
  /** Tokens per minute (prompt estimate + output cap, counted at admission). */
  tpm?: number;
}

/**
 * A gateway key created with `rung keys create` or the admin API. The secret is shown once; only its SHA-256
 * (hex) is stored, with a short prefix to recognise it by.
 */
export interface StoredKey {
  /** Public id, e.g. `key_3f9a1c2b`: what lists, revocations and records name. */
  id: string;
  /** SHA-256 hex of the secret. */
  hash: string;
  /** The first characters of the secret, e.g. `rung_sk_3f9a`, for people to tell keys apart. */
  prefix: string;
  name: string;
  tenant: string;
  plan: string;
  mode: string | null;
  /** Routes (tasks) this key may use; null = all. */
  routes: string[] | null;
  limits: KeyLimits;
  /** Epoch ms. */
  created_at: number;
  /** Epoch ms; set by revoke, and in the future for a rotated key's grace period. */
  revoked_at: number | null;
  /** The key this one replaced, when made by a rotation. */
  rotated_from: string | null;
}

export interface KeyStore {
  /** Rejects if the id or hash exists. */
  create(key: StoredKey): Promise<void>;
  /** The key with this hash, revoked or not (the caller checks `revoked_at`). */
  byHash(hash: string): Promise<StoredKey | null>;
  byId(id: string): Promise<StoredKey | null>;
  /** Newest first; revoked keys only when asked. */
  list(query: { tenant?: string; includeRevoked?: boolean; limit?: number }): Promise<StoredKey[]>;
  /** Sets revoked_at (default now) if not already revoked earlier; false when the id is unknown. */
  revoke(id: string, at?: number): Promise<boolean>;
}

/** One priced turn in the spend ledger: written when its budget reservation is settled. */
export interface LedgerEntry {
  /** The request id; one entry per request (a second append of the same id is ignored). */
  id: string;
  ts: number;
  tenant: string | null;
  user: string | null;
  key_id: string | null;
  plan: string | null;
  route: string | null;
  /** The answering model, or null when none answered (refused calls still cost). */
  model: string | null;
  cost_usd: number;
  /** Of cost_usd, what was spent on rungs after the first (fallbacks), rescue rungs and auxiliary calls. */
  fallback_usd: number;
  rescue_usd: number;
  aux_usd: number;
  /** Saved by provider prompt caches and response caches (issue 6); 0 until then. */
  cache_savings_usd: number;
  prompt_tokens: number;
  completion_tokens: number;
  /** Of prompt_tokens, read from the provider's prompt cache (the hit rate is cached / prompt). */
  cached_tokens: number;
  /** Usage was counted by Rung's tokenizer, not reported by the upstream. */
  estimated: boolean;
}

export interface UsageQuery {
  since: number;
  until?: number;
  tenant?: string;
  /** Group by these, in this order; the day is UTC `YYYY-MM-DD`. */
  by: ReadonlyArray<'day' | 'tenant' | 'plan' | 'route' | 'model' | 'user' | 'key_id'>;
}

export interface UsageRow {
  /** One value per `by` dimension, in order (null where the entry had none). */
  group: Array<string | null>;
  requests: number;
  cost_usd: number;
  fallback_usd: number;
  rescue_usd: number;
  aux_usd: number;
  cache_savings_usd: number;
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  estimated: number;
}

export interface LedgerStore {
  /** Queue an entry; durable after the next flush. Never throws. */
  append(entry: LedgerEntry): void;
  flush(): Promise<void>;
  /** Sums per group, largest cost first. */
  usage(query: UsageQuery): Promise<UsageRow[]>;
  /** Total cost of entries matching (tests and reconciliation). */
  total(query: { since?: number; tenant?: string }): Promise<{ requests: number; cost_usd: number }>;
}

export interface Stores {
  readonly description: string;
  readonly records: RecordStore;
  readonly keys: KeyStore;
  readonly ledger: LedgerStore;
  readonly counters: CounterStore;
  /** Conversational memory: hot buffers, summaries, facts, turn contexts. */
  readonly memory: MemoryStore;
  /** The response caches (exact and semantic), bounded by `response_cache` in the config. */
  readonly caches: { readonly exact: ExactCache; readonly semantic: SemanticCache };
  /** Checks every backend answers (run at start by `rung serve`); rejects naming the one that does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
