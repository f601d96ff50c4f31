/**
 * Budget windows in UTC: a day and a calendar month. A counter's key names its window, so a new window is a
 * new counter and nothing has to be reset; the old one expires a day after its window ends.
 */

export interface BudgetWindow {
  /** `2026-11-27` for a day, `2026-11` for a month. */
  id: string;
  /** Epoch ms when the window ends (the budget resets). */
  endsAt: number;
}

const DAY_MS = 86_400_000;

// Every request asks for the window it falls in: the last day (and its month) is kept, so a new Date and an
// ISO string are built once a day rather than on each request.
let lastDay: { start: number; day: BudgetWindow; month: BudgetWindow } | undefined;

function windowsOf(now: number): { start: number; day: BudgetWindow; month: BudgetWindow } {
  const start = Math.floor(now / DAY_MS) * DAY_MS;
  if (lastDay?.start === start) return lastDay;
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  lastDay = {
    start,
    day: Object.freeze({ id: date.toISOString().slice(0, 10), endsAt: start + DAY_MS }),
    month: Object.freeze({
      id: `${year}-${String(month + 1).padStart(2, '0')}`,
      endsAt: Date.UTC(year, month + 1, 1),
    }),
  };
  return lastDay;
}

export function dayWindow(now: number): BudgetWindow {
  return windowsOf(now).day;
}

export function monthWindow(now: number): BudgetWindow {
  return windowsOf(now).month;
}

/** How long a counter is kept after its window ends: long enough for `rung usage` to read yesterday. */
export const COUNTER_GRACE_MS = DAY_MS;
