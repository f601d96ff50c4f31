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
});
