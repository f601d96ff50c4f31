/**
 * Which budgets a turn is checked against, and their ceilings: global, tenant, user, key and session, each
 * from config defaults overridden by the tenant's entry, the plan or the key's own limits. Pure: the caller
 * adds the amounts and talks to the counter store.
 */
import type { RungConfig } from '../../config/schema.js';
import type { BudgetLine } from '../../spec/limits.js';
import { toNanoUsd } from '../../spec/limits.js';
import type { Identity } from '../turn.js';
import { type BudgetWindow, COUNTER_GRACE_MS, dayWindow, monthWindow } from './windows.js';

export type BudgetScope = 'global' | 'tenant' | 'user' | 'key' | 'session';

/** A budget line before its amount is known, with what a person needs to read about it. */
export interface ScopedLine {
  scope: BudgetScope;
  /** e.g. `tenant "acme" daily budget`. */
  label: string;
  unit: 'usd' | 'tokens';
  key: string;
  /** In counter units: nano-USD or tokens. */
  limit: number;
  /** When the window resets; null for a session (it never resets). */
  resetsAt: number | null;
  expiresAt: number;
  onStoreError: 'closed' | 'open';
}

const SESSION_KEEP_MS = 30 * 86_400_000;

/** Encodes caller-chosen ids (users, sessions) so they cannot collide with a key's structure. */
function part(value: string): string {
  return encodeURIComponent(value).slice(0, 512);
}

export function budgetLines(config: RungConfig, identity: Identity, now: number): ScopedLine[] {
  const budgets = config.budgets;
  const lines: ScopedLine[] = [];
  const day = dayWindow(now);
  const month = monthWindow(now);
  const money = (
    scope: BudgetScope,
    who: string,
    label: string,
    window: BudgetWindow,
    period: 'day' | 'month',
    usd: number | undefined,
    onStoreError: 'closed' | 'open' | undefined,
  ) => {
    if (usd === undefined) return;
    lines.push({
      scope,
      label: `${label} ${period === 'day' ? 'daily' : 'monthly'} budget`,
      unit: 'usd',
      key: `usd:${scope}:${period}:${window.id}${who === '' ? '' : `:${who}`}`,
      limit: toNanoUsd(usd),
      resetsAt: window.endsAt,
      expiresAt: window.endsAt + COUNTER_GRACE_MS,
      onStoreError: onStoreError ?? 'closed',
    });
  };

  const global = budgets.global;
  money('global', '', 'global', day, 'day', global?.daily_usd, global?.on_store_error);
  money('global', '', 'global', month, 'month', global?.monthly_usd, global?.on_store_error);

  const tenant = identity.tenant;
  if (tenant !== null) {
    const own = config.tenants[tenant];
    const policy = budgets.tenant?.on_store_error;
    const label = `tenant "${tenant}"`;
    money('tenant', tenant, label, day, 'day', own?.daily_usd ?? budgets.tenant?.daily_usd, policy);
    money('tenant', tenant, label, month, 'month', own?.monthly_usd ?? budgets.tenant?.monthly_usd, policy);
  }

  if (identity.user !== null) {
    const who = `${tenant ?? '-'}:${part(identity.user)}`;
    const usd = config.plans[identity.plan]?.user_daily_usd ?? budgets.user?.daily_usd;
    const label = `user "${identity.user}"`;
    money('user', who, label, day, 'day', usd, budgets.user?.on_store_error);
    money('user', who, label, month, 'month', budgets.user?.monthly_usd, budgets.user?.on_store_error);
  }

  const keyId = identity.keyId ?? identity.keyName;
  if (keyId !== null) {
    const own = identity.limits;
    const policy = budgets.key?.on_store_error;
    const label = `key "${identity.keyName ?? keyId}"`;
    money('key', keyId, label, day, 'day', own?.daily_usd ?? budgets.key?.daily_usd, policy);
    money('key', keyId, label, month, 'month', own?.monthly_usd ?? budgets.key?.monthly_usd, policy);
  }

  const session = budgets.session;
  if (session !== undefined && identity.session !== null) {
    lines.push({
      scope: 'session',
      label: `session "${identity.session}" token budget`,
      unit: 'tokens',
      key: `tok:session:${tenant ?? '-'}:${part(identity.session)}`,
      limit: session.tokens,
      resetsAt: null,
      expiresAt: now + SESSION_KEEP_MS,
      onStoreError: session.on_store_error ?? 'closed',
    });
  }
  return lines;
}

/** The lines with this turn's amounts: money lines hold `usd`, token lines hold `tokens`. */
export function withAmounts(lines: readonly ScopedLine[], usd: number, tokens: number): BudgetLine[] {
  return lines.map((line) => ({
    key: line.key,
    limit: line.limit,
    amount: line.unit === 'usd' ? toNanoUsd(usd) : tokens,
    expiresAt: line.expiresAt,
  }));
}
