/**
 * Pipeline wrapper: budgets that hold under concurrency and across instances. Before any call the turn's
 * worst case (prompt estimate + output cap at each reachable rung's price; tokens for a session budget) is
 * reserved on every budget it falls under, in one atomic all-or-nothing step; when the turn ends the
 * reservation is settled to what it really cost. Two hundred requests racing for the last cent cannot all
 * win it.
 *
 * A route with `degrade` steps down its chain first, as the caller's daily budget use crosses thresholds.
 * When the counter store cannot be reached, budgets that fail closed refuse the turn with a clear 503 and
 * Rung stays up; if all of the turn's budgets fail open, it is served and marked `unbudgeted`.
 */
import { RungError } from '../../spec/errors.js';
import {
  type CounterStore,
  fromNanoUsd,
  isStoreUnavailable,
  type ReserveResult,
  toNanoUsd,
} from '../../spec/limits.js';
import { budgetLines, type ScopedLine, withAmounts } from '../limits/budget-lines.js';
import type { SettleQueue } from '../limits/settle-queue.js';
import { worstCase } from '../limits/worst-case.js';
import type { ResolvedChain } from '../resolve-chain.js';
import { type Handler, type Turn, type TurnResult, turnCost, type Wrapper } from '../turn.js';

export interface BudgetDeps {
  counters: CounterStore;
  settler: SettleQueue;
  now?: () => number;
  onOpen?: (error: unknown) => void;
}

export function budget(deps: BudgetDeps): Wrapper {
  const now = deps.now ?? Date.now;
  const reserved = async (
    turn: Turn,
    chain: ResolvedChain,
    lines: ScopedLine[],
    next: Handler,
  ): Promise<TurnResult> => {
    const config = turn.runtime.config;
    try {
      // Resolved chains are shared and frozen: a turn that changes its chain gets its own copy.
      const degrade = config.routes[chain.route ?? '']?.degrade;
      if (degrade !== undefined) await stepDown(turn, lines, degrade, deps.counters);
      // (stepDown may have given the turn a shorter chain.)
      const capped = capOutput(turn.chain ?? chain, config.budgets.default_output_tokens);
      turn.chain = capped;
      const worst = worstCase(turn, [...capped.rungs, ...(capped.rescue ?? [])]);
      const result = await deps.counters.reserve({
        id: turn.id,
        lines: withAmounts(lines, worst.usd, worst.tokens),
        holdMs: config.budgets.hold_ms,
      });
      if (!result.ok) throw exceeded(lines, result, now());
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      const closed = lines.find((line) => line.onStoreError === 'closed');
      if (closed !== undefined) {
        throw new RungError(
          'RUNG_BUDGET_UNAVAILABLE',
          `the budget store (${deps.counters.description}) cannot be reached, and the ${closed.label} fails closed; retry shortly`,
          { cause: error, retryAfterSeconds: 5, details: { budget: closed.label } },
        );
      }
      deps.onOpen?.(error);
      turn.flags.unbudgeted = true;
      return next(turn);
    }

    turn.endHooks.push((ended) => deps.settler.settle(ended.id, actualFor(ended, lines)));
    return next(turn);
  };
  return (next) => (turn) => {
    const chain = turn.chain;
    if (chain === null) return next(turn);
    const lines = budgetLines(turn.runtime.config, turn.identity, now());
    // Without budgets the turn goes on from this plain function, without an async frame (see compose).
    if (lines.length === 0) return next(turn);
    return reserved(turn, chain, lines, next);
  };
}

/** What the turn really used, per line: its whole cost on money lines, its tokens on token lines. */
function actualFor(turn: Turn, lines: readonly ScopedLine[]): Record<string, number> {
  const nano = toNanoUsd(turnCost(turn) ?? 0);
  const tokens = turn.usage === null ? 0 : turn.usage.input + turn.usage.output;
  const actual: Record<string, number> = {};
  for (const line of lines) actual[line.key] = line.unit === 'usd' ? nano : tokens;
  return actual;
}

/**
 * Budgets only hold if a call's output is capped: a rung with no cap from request, rung, model or plan gets
 * `budgets.default_output_tokens`, and the upstream is sent that cap.
 */
function capOutput(chain: ResolvedChain, cap: number): ResolvedChain {
  const capped = (rung: ResolvedChain['rungs'][number]) =>
    rung.maxOutputTokens === undefined && rung.modelConfig?.type !== 'embedding'
      ? { ...rung, maxOutputTokens: cap }
      : rung;
  if (
    !chain.rungs.some((rung) => rung.maxOutputTokens === undefined) &&
    !chain.rescue?.some((rung) => rung.maxOutputTokens === undefined)
  ) {
    return chain;
  }
  return { ...chain, rungs: chain.rungs.map(capped), rescue: chain.rescue?.map(capped) ?? null };
}

async function stepDown(
  turn: Turn,
  lines: readonly ScopedLine[],
  degrade: ReadonlyArray<{ at: number; skip: number }>,
  counters: CounterStore,
): Promise<void> {
  const daily = lines.filter((line) => (line.scope === 'user' || line.scope === 'tenant') && line.unit === 'usd');
  const watched = daily.filter((line) => line.key.includes(':day:'));
  if (watched.length === 0) return;
  const usage = await counters.usage(watched.map((line) => line.key));
  let fraction = 0;
  for (const line of watched) {
    const used = usage.get(line.key);
    if (used !== undefined) fraction = Math.max(fraction, (used.spent + used.reserved) / line.limit);
  }
  let skip = 0;
  for (const step of degrade) if (fraction >= step.at) skip = Math.max(skip, step.skip);
  const chain = turn.chain as ResolvedChain;
  skip = Math.min(skip, chain.rungs.length - 1);
  if (skip > 0) {
    turn.chain = { ...chain, rungs: chain.rungs.slice(skip) };
    turn.flags.degraded = skip;
  }
}

function exceeded(lines: readonly ScopedLine[], result: Extract<ReserveResult, { ok: false }>, now: number): RungError {
  const line = lines.find((candidate) => candidate.key === result.key) as ScopedLine;
  const money = line.unit === 'usd';
  const show = (units: number) => (money ? usd(fromNanoUsd(units)) : `${units} tokens`);
  const left = Math.max(0, line.limit - result.used);
  const whole = result.amount > line.limit;
  const resets =
    line.resetsAt === null
      ? 'it does not reset (start a new session)'
      : `it resets at ${new Date(line.resetsAt).toISOString()} (in ${duration(line.resetsAt - now)})`;
  const message = whole
    ? `${line.label}: this call may cost up to ${show(result.amount)}, more than the whole budget of ${show(line.limit)}; send a smaller max_tokens`
    : `${line.label}: ${show(left)} left of ${show(line.limit)}, and this call may cost up to ${show(result.amount)}; ${resets}`;
  return new RungError('RUNG_BUDGET_EXCEEDED', message, {
    ...(line.resetsAt === null || whole ? {} : { retryAfterSeconds: Math.ceil((line.resetsAt - now) / 1000) }),
    details: {
      budget: line.label,
      scope: line.scope,
      unit: money ? 'usd' : 'tokens',
      limit: money ? fromNanoUsd(line.limit) : line.limit,
      used: money ? fromNanoUsd(result.used) : result.used,
      remaining: money ? fromNanoUsd(left) : left,
      requested: money ? fromNanoUsd(result.amount) : result.amount,
      resets_at: line.resetsAt === null ? null : new Date(line.resetsAt).toISOString(),
    },
  });
}

function usd(value: number): string {
  return value >= 1 ? `$${value.toFixed(2)}` : `$${value.toPrecision(2)}`;
}

function duration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
