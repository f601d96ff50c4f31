/**
 * How one attempt at one rung ended. The attempt loop decides on the class alone, never on message text.
 */

export const OUTCOMES = [
  'ok',
  'connect_error',
  'timeout',
  'rate_limited',
  'upstream_error',
  'model_not_found',
  'auth_error',
  'silent_refusal',
  'refusal',
  'empty',
  'no_choices',
  'malformed',
  'stream_cut',
  'bad_request',
  'client_closed',
  'skipped',
] as const;

export type Outcome = (typeof OUTCOMES)[number];

/** What the loop does after an outcome. */
export type Decision = 'answer' | 'fall_through' | 'stop';

export const OUTCOME_DECISION: Readonly<Record<Outcome, Decision>> = {
  ok: 'answer',
  connect_error: 'fall_through',
  timeout: 'fall_through',
  rate_limited: 'fall_through',
  upstream_error: 'fall_through',
  model_not_found: 'fall_through',
  auth_error: 'fall_through',
  silent_refusal: 'fall_through',
  refusal: 'fall_through',
  empty: 'fall_through',
  no_choices: 'fall_through',
  malformed: 'fall_through',
  stream_cut: 'fall_through',
  bad_request: 'stop',
  client_closed: 'stop',
  skipped: 'fall_through',
};

/** Which timeout fired. */
export type TimeoutKind = 'connect' | 'first_byte' | 'first_token' | 'idle' | 'total';

/** One attempt as reported to clients and stored in records. */
export interface AttemptReport {
  model: string;
  provider: string;
  outcome: Outcome;
  status: number | null;
  ms: number;
  ttft_ms: number | null;
  detail?: string;
  /** Set on a call the turn made on its own behalf, not for the answer: a refusal judge's or a content classifier's. */
  purpose?: 'refusal_judge' | 'content_classifier';
}
