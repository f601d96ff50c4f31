import { describe, expect, it } from 'vitest';
import { dayWindow, monthWindow } from './windows.js';

describe('budget windows (UTC)', () => {
  it('a day runs from midnight to midnight UTC', () => {
    const now = Date.UTC(2026, 10, 27, 23, 59, 59, 999);
    expect(dayWindow(now)).toEqual({ id: '2026-11-27', endsAt: Date.UTC(2026, 10, 28) });
    expect(dayWindow(Date.UTC(2026, 10, 28)).id).toBe('2026-11-28');
  });

  it('a month ends on the first of the next, across a year end', () => {
    expect(monthWindow(Date.UTC(2026, 10, 27, 12))).toEqual({ id: '2026-11', endsAt: Date.UTC(2026, 11, 1) });
    expect(monthWindow(Date.UTC(2026, 11, 31, 23))).toEqual({ id: '2026-12', endsAt: Date.UTC(2027, 0, 1) });
  });

  it('gives the right window when asked out of order (the last day is kept, never a stale one)', () => {
    const times = [
      Date.UTC(2026, 10, 30, 23, 59, 59, 999),
      Date.UTC(2026, 11, 1),
      Date.UTC(2026, 10, 30, 12),
      Date.UTC(2027, 0, 1, 0, 0, 0, 1),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
    ];
    for (const now of times) {
      const date = new Date(now);
      expect(dayWindow(now).id).toBe(date.toISOString().slice(0, 10));
      expect(dayWindow(now).endsAt).toBe(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
      expect(monthWindow(now)).toEqual({
        id: date.toISOString().slice(0, 7),
        endsAt: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1),
      });
    }
  });
});
