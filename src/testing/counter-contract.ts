/**
 * The CounterStore contract, written once and run against every implementation (SQLite, Redis). Each
 * implementation's test file calls `runCounterContract` with a factory that builds a fresh, empty store on the
 * clock it is given: the suite moves time with it (holds ending, windows ending, GCRA refilling), so nothing
 * here sleeps. The clock starts at the real time, because Redis also expires keys on its own clock.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BudgetLine, CounterStore, RateLine } from '../spec/limits.js';

const HOUR = 3_600_000;

/**
 * @example
 * runCounterContract('sqlite file', async (now) => createSqliteCounterStore(openTempDatabase(), { now }));
 */
export function runCounterContract(name: string, create: (now: () => number) => Promise<CounterStore>): void {
  describe(`counter contract: ${name}`, () => {
    let store: CounterStore;
    let time = 0;
    const now = () => time;
    const advance = (ms: number) => {
      time += ms;
    };
    const run = randomUUID().slice(0, 8);
    let sequence = 0;
    /** A key no other test (or earlier run against a shared Redis) has used. */
    const key = (label: string) => `${label}:${run}:${++sequence}`;
    const id = () => `req-${run}-${++sequence}`;
    const line = (lineKey: string, limit: number, amount: number, expiresAt = time + HOUR): BudgetLine => ({
      key: lineKey,
      limit,
      amount,
      expiresAt,
    });
    const usageOf = async (lineKey: string) => (await store.usage([lineKey])).get(lineKey);

    beforeEach(async () => {
      time = Date.now();
      store = await create(now);
    });
    afterEach(async () => {
      await store.close();
    });

    describe('budgets', () => {
      it('holds the amount while the line has room, up to the limit exactly', async () => {
        const day = key('usd:day');
        expect(await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 40)] })).toEqual({ ok: true });
        expect(await usageOf(day)).toEqual({ spent: 0, reserved: 40 });
        expect(await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 60)] })).toEqual({ ok: true });
        expect(await usageOf(day)).toEqual({ spent: 0, reserved: 100 });
        expect(await store.openReservations()).toBe(2);
      });

      it('refuses past the limit, naming the first full line with what was used, and holds nothing', async () => {
        const [roomy, tight, full] = [key('usd:day'), key('usd:month'), key('tok:session')];
        await store.reserve({ id: id(), holdMs: 60_000, lines: [line(tight, 50, 45), line(full, 10, 10)] });
        const result = await store.reserve({
          id: id(),
          holdMs: 60_000,
          lines: [line(roomy, 100, 10), line(tight, 50, 10), line(full, 10, 1)],
        });
        expect(result).toEqual({ ok: false, key: tight, limit: 50, used: 45, amount: 10 });
        const usage = await store.usage([roomy, tight, full]);
        expect(usage.get(roomy)).toEqual({ spent: 0, reserved: 0 });
        expect(usage.get(tight)).toEqual({ spent: 0, reserved: 45 });
        expect(usage.get(full)).toEqual({ spent: 0, reserved: 10 });
        expect(await store.openReservations()).toBe(1);
      });

      it('counts spent and reserved together against the limit', async () => {
        const day = key('usd:day');
        const first = id();
        await store.reserve({ id: first, holdMs: 60_000, lines: [line(day, 100, 50)] });
        await store.settle(first, { [day]: 70 });
        await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 20)] });
        expect(await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 11)] })).toEqual({
          ok: false,
          key: day,
          limit: 100,
          used: 90,
          amount: 11,
        });
      });

      it('is all-or-nothing across lines: one full line, nothing held anywhere', async () => {
        const [tenant, user] = [key('usd:tenant'), key('usd:user')];
        await store.reserve({ id: id(), holdMs: 60_000, lines: [line(user, 10, 10)] });
        for (let attempt = 0; attempt < 3; attempt++) {
          const result = await store.reserve({
            id: id(),
            holdMs: 60_000,
            lines: [line(tenant, 1000, 5), line(user, 10, 1)],
          });
          expect(result.ok).toBe(false);
        }
        expect(await usageOf(tenant)).toEqual({ spent: 0, reserved: 0 });
        const both = await store.reserve({
          id: id(),
          holdMs: 60_000,
          lines: [line(tenant, 1000, 5), line(user, 20, 1)],
        });
        expect(both).toEqual({ ok: true });
        expect(await usageOf(tenant)).toEqual({ spent: 0, reserved: 5 });
        expect(await usageOf(user)).toEqual({ spent: 0, reserved: 11 });
      });

      it('settle releases the holds and adds the actual amounts; a line not named gets 0', async () => {
        const [day, month, session] = [key('usd:day'), key('usd:month'), key('tok:session')];
        const reservation = id();
        await store.reserve({
          id: reservation,
          holdMs: 60_000,
          lines: [line(day, 100, 50), line(month, 1000, 50), line(session, 10_000, 3000)],
        });
        await store.settle(reservation, { [day]: 20, [month]: 20 });
        const usage = await store.usage([day, month, session]);
        expect(usage.get(day)).toEqual({ spent: 20, reserved: 0 });
        expect(usage.get(month)).toEqual({ spent: 20, reserved: 0 });
        expect(usage.get(session)).toEqual({ spent: 0, reserved: 0 });
        expect(await store.openReservations()).toBe(0);
      });

      it('settling twice is a no-op', async () => {
        const day = key('usd:day');
        const reservation = id();
        await store.reserve({ id: reservation, holdMs: 60_000, lines: [line(day, 100, 50)] });
        await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 10)] });
        await store.settle(reservation, { [day]: 30 });
        await store.settle(reservation, { [day]: 30 });
        expect(await usageOf(day)).toEqual({ spent: 30, reserved: 10 });
      });

      it('settling an unknown id adds the actual all the same, once, and releases nothing', async () => {
        const day = key('usd:day');
        await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 10)] });
        const unknown = id();
        await store.settle(unknown, { [day]: 7 });
        await store.settle(unknown, { [day]: 7 });
        expect(await usageOf(day)).toEqual({ spent: 7, reserved: 10 });
        const fresh = key('usd:day');
        await store.settle(id(), { [fresh]: 3 });
        expect(await usageOf(fresh)).toEqual({ spent: 3, reserved: 0 });
      });

      it('releases a hold by itself once holdMs has passed (a crashed process leaves nothing held)', async () => {
        const day = key('usd:day');
        const crashed = id();
        await store.reserve({ id: crashed, holdMs: 1_000, lines: [line(day, 100, 100)] });
        expect((await store.reserve({ id: id(), holdMs: 1_000, lines: [line(day, 100, 1)] })).ok).toBe(false);
        advance(1_000);
        expect(await store.openReservations()).toBe(1);
        advance(1);
        expect(await store.openReservations()).toBe(0);
        expect(await usageOf(day)).toEqual({ spent: 0, reserved: 0 });
        expect(await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 100)] })).toEqual({ ok: true });
        // The late settle of the expired reservation counts its cost but frees nothing of the new hold.
        await store.settle(crashed, { [day]: 5 });
        expect(await usageOf(day)).toEqual({ spent: 5, reserved: 100 });
      });

      it('forgets a counter once its window has ended', async () => {
        const day = key('usd:day');
        const reservation = id();
        await store.reserve({ id: reservation, holdMs: 60_000, lines: [line(day, 100, 100, time + 10_000)] });
        await store.settle(reservation, { [day]: 100 });
        advance(10_001);
        expect(await usageOf(day)).toEqual({ spent: 0, reserved: 0 });
        expect(await store.reserve({ id: id(), holdMs: 60_000, lines: [line(day, 100, 100)] })).toEqual({ ok: true });
      });

      it('reports 0/0 for unknown keys, and every key asked for', async () => {
        const [known, unknown] = [key('usd:day'), key('usd:day')];
        await store.settle(id(), { [known]: 4 });
        const usage = await store.usage([known, unknown]);
        expect([...usage.keys()].sort()).toEqual([known, unknown].sort());
        expect(usage.get(unknown)).toEqual({ spent: 0, reserved: 0 });
        expect(usage.get(known)).toEqual({ spent: 4, reserved: 0 });
      });

      it('counts open reservations: not settled, not expired', async () => {
        const day = key('usd:day');
        const ids = [id(), id(), id()];
        await store.reserve({ id: ids[0] as string, holdMs: 60_000, lines: [line(day, 100, 1)] });
        await store.reserve({ id: ids[1] as string, holdMs: 60_000, lines: [line(day, 100, 1)] });
        await store.reserve({ id: ids[2] as string, holdMs: 5_000, lines: [line(day, 100, 1), line(key('x'), 9, 1)] });
        expect(await store.openReservations()).toBe(3);
        await store.settle(ids[0] as string, {});
        expect(await store.openReservations()).toBe(2);
        advance(5_001);
        expect(await store.openReservations()).toBe(1);
      });

      it('a reservation naming a key twice holds the sum; a repeated reserve of an open id holds nothing more', async () => {
        const day = key('usd:day');
        const reservation = id();
        const input = { id: reservation, holdMs: 60_000, lines: [line(day, 10, 4), line(day, 10, 5)] };
        expect(await store.reserve(input)).toEqual({ ok: true });
        expect(await usageOf(day)).toEqual({ spent: 0, reserved: 9 });
        expect(await store.reserve(input)).toEqual({ ok: true });
        expect(await usageOf(day)).toEqual({ spent: 0, reserved: 9 });
        await store.settle(reservation, { [day]: 9 });
        expect(await usageOf(day)).toEqual({ spent: 9, reserved: 0 });
      });

      it('keeps the limit under 200 concurrent reservations: exactly 100 of amount 1 fit in 100', async () => {
        const day = key('usd:day');
        const ids = Array.from({ length: 200 }, id);
        const results = await Promise.all(
          ids.map((reservation) => store.reserve({ id: reservation, holdMs: 60_000, lines: [line(day, 100, 1)] })),
        );
        const held = ids.filter((_, index) => results[index]?.ok);
        expect(held).toHaveLength(100);
        expect(await store.openReservations()).toBe(100);
        await Promise.all(held.map((reservation) => store.settle(reservation, { [day]: 1 })));
        expect(await usageOf(day)).toEqual({ spent: 100, reserved: 0 });
        expect(await store.openReservations()).toBe(0);
      });

      it('rejects amounts that are not non-negative integers', async () => {
        const day = key('usd:day');
        await expect(store.reserve({ id: id(), holdMs: 1_000, lines: [line(day, 100, 1.5)] })).rejects.toThrow(
          RangeError,
        );
        await expect(store.settle(id(), { [day]: -1 })).rejects.toThrow(RangeError);
      });
    });

    describe('rate limits (GCRA)', () => {
      const rate = (rateKey: string, limit: number, periodMs: number, cost = 1): RateLine => ({
        key: rateKey,
        limit,
        periodMs,
        cost,
      });

      it('allows a burst of `limit`, then refuses until one emission interval has passed', async () => {
        const rpm = rate(key('rpm:key'), 5, 1_000);
        for (let index = 0; index < 5; index++) {
          const result = await store.rateLimit([rpm], time);
          expect(result).toEqual({
            ok: true,
            lines: [{ key: rpm.key, limit: 5, remaining: 4 - index, resetMs: 200 * (index + 1) }],
          });
        }
        expect(await store.rateLimit([rpm], time)).toEqual({
          ok: false,
          key: rpm.key,
          limit: 5,
          retryAfterMs: 200,
          lines: [{ key: rpm.key, limit: 5, remaining: 0, resetMs: 1_000 }],
        });
        advance(199);
        expect((await store.rateLimit([rpm], time)).ok).toBe(false);
        advance(1);
        expect(await store.rateLimit([rpm], time)).toMatchObject({
          ok: true,
          lines: [{ remaining: 0, resetMs: 1_000 }],
        });
      });

      it('refills over time: after a whole period the burst is whole again', async () => {
        const rpm = rate(key('rpm:user'), 3, 60_000);
        for (let index = 0; index < 3; index++) await store.rateLimit([rpm], time);
        advance(20_000);
        expect(await store.rateLimit([rpm], time)).toMatchObject({ ok: true, lines: [{ remaining: 0 }] });
        advance(60_000);
        expect(await store.rateLimit([rpm], time)).toMatchObject({
          ok: true,
          lines: [{ remaining: 2, resetMs: 20_000 }],
        });
      });

      it('uses the store clock when no time is given', async () => {
        const rpm = rate(key('rpm:key'), 1, 1_000);
        expect((await store.rateLimit([rpm])).ok).toBe(true);
        expect((await store.rateLimit([rpm])).ok).toBe(false);
        advance(1_000);
        expect((await store.rateLimit([rpm])).ok).toBe(true);
      });

      it('is all-or-nothing across lines: a refusal takes nothing from the lines that had room', async () => {
        const [wide, narrow] = [rate(key('rpm:tenant'), 10, 1_000), rate(key('rpm:key'), 1, 1_000)];
        expect(await store.rateLimit([wide, narrow], time)).toEqual({
          ok: true,
          lines: [
            { key: wide.key, limit: 10, remaining: 9, resetMs: 100 },
            { key: narrow.key, limit: 1, remaining: 0, resetMs: 1_000 },
          ],
        });
        for (let attempt = 0; attempt < 3; attempt++) {
          expect(await store.rateLimit([wide, narrow], time)).toEqual({
            ok: false,
            key: narrow.key,
            limit: 1,
            retryAfterMs: 1_000,
            lines: [
              { key: wide.key, limit: 10, remaining: 9, resetMs: 100 },
              { key: narrow.key, limit: 1, remaining: 0, resetMs: 1_000 },
            ],
          });
        }
        expect(await store.rateLimit([wide], time)).toMatchObject({ ok: true, lines: [{ remaining: 8 }] });
      });

      it('takes `cost` units (token limits); a cost beyond the whole limit can never pass', async () => {
        const tpm = rate(key('tpm:tenant'), 1_000, 60_000, 600);
        expect(await store.rateLimit([tpm], time)).toEqual({
          ok: true,
          lines: [{ key: tpm.key, limit: 1_000, remaining: 400, resetMs: 36_000 }],
        });
        expect(await store.rateLimit([tpm], time)).toMatchObject({ ok: false, key: tpm.key, retryAfterMs: 12_000 });
        const huge = await store.rateLimit([{ ...tpm, cost: 1_001 }], time);
        expect(huge).toMatchObject({ ok: false, retryAfterMs: Number.POSITIVE_INFINITY });
        advance(12_000);
        expect((await store.rateLimit([tpm], time)).ok).toBe(true);
      });

      it('reports what is left of a limit larger than one unit per microsecond', async () => {
        const tpm = rate(key('tpm:huge'), 1_000_000_000, 60_000, 3_000);
        const result = await store.rateLimit([tpm], time);
        expect(result).toMatchObject({ ok: true, lines: [{ limit: 1_000_000_000 }] });
        const remaining = result.lines[0]?.remaining ?? 0;
        expect(remaining).toBeGreaterThanOrEqual(999_996_000);
        expect(remaining).toBeLessThanOrEqual(999_997_000);
      });

      it('keeps an uneven emission interval exact (7 per minute)', async () => {
        const odd = rate(key('rpm:odd'), 7, 60_000);
        for (let index = 0; index < 7; index++) expect((await store.rateLimit([odd], time)).ok).toBe(true);
        const refused = await store.rateLimit([odd], time);
        expect(refused).toMatchObject({ ok: false, retryAfterMs: Math.ceil(60_000 / 7) });
        advance(Math.ceil(60_000 / 7));
        expect((await store.rateLimit([odd], time)).ok).toBe(true);
      });
    });
  });
}
