/**
 * The store contract. The embedded store (one SQLite file) implements it; Redis and PostgreSQL backends
 * implement the same interface and pass the same contract suite.
 */
import type { AttemptReport } from './outcome.js';

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

export interface RecordFlags {
  character?: string;
  salvaged?: true;
  /** true: a rescue rung answered; false: the rescue rungs were climbed and none did. */
  rescued?: boolean;
  in_character?: true;
  gated?: { level: string; ceiling: string; allowed_by: string | null };
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

export interface Stores {
  readonly description: string;
  readonly records: RecordStore;
  close(): Promise<void>;
}
