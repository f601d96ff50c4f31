/**
 * Which rate limits a turn is checked against: requests and tokens per minute for its key, user and tenant,
 * from config defaults overridden by the key's own limits, the plan (users) and the tenant's entry.
 */
import type { RungConfig } from '../../config/schema.js';
import type { RateLine } from '../../spec/limits.js';
import type { Identity } from '../turn.js';

export interface ScopedRateLine extends RateLine {
  /** e.g. `key "team-a" requests per minute`. */
  label: string;
}

const MINUTE = 60_000;

/** `tokens` (the turn's prompt estimate plus output cap) is only computed when a token limit applies. */
export function rateLines(config: RungConfig, identity: Identity, tokens: () => number): ScopedRateLine[] {
  const limits = config.rate_limits;
  const lines: ScopedRateLine[] = [];
  const add = (who: string, label: string, rpm: number | undefined, tpm: number | undefined) => {
    if (rpm !== undefined) {
      lines.push({ key: `rpm:${who}`, limit: rpm, periodMs: MINUTE, cost: 1, label: `${label} requests per minute` });
    }
    if (tpm !== undefined) {
      // A request larger than the whole limit could never pass: it takes the limit, so it passes when idle.
      lines.push({
        key: `tpm:${who}`,
        limit: tpm,
        periodMs: MINUTE,
        cost: Math.min(tokens(), tpm),
        label: `${label} tokens per minute`,
      });
    }
  };
  const keyId = identity.keyId ?? identity.keyName;
  if (keyId !== null) {
    const own = identity.limits;
    add(`key:${keyId}`, `key "${identity.keyName ?? keyId}"`, own?.rpm ?? limits.key?.rpm, own?.tpm ?? limits.key?.tpm);
  }
  const tenant = identity.tenant;
  if (identity.user !== null) {
    const rpm = config.plans[identity.plan]?.user_rpm ?? limits.user?.rpm;
    add(
      `user:${tenant ?? '-'}:${encodeURIComponent(identity.user).slice(0, 512)}`,
      `user "${identity.user}"`,
      rpm,
      limits.user?.tpm,
    );
  }
  if (tenant !== null) {
    const own = config.tenants[tenant];
    add(`tenant:${tenant}`, `tenant "${tenant}"`, own?.rpm ?? limits.tenant?.rpm, own?.tpm ?? limits.tenant?.tpm);
  }
  return lines;
}
