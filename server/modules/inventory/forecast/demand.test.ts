import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanDemand, demandStats } from './demand.ts';

describe('cleanDemand', () => {
  it('fills an out-of-stock day with the mean of the same weekday in earlier weeks, never below its sales', () => {
    // Days 0 and 7 (weekday slot 0) sold 4 and 6; day 14 was out of stock after selling 2: (4 + 6) / 2 = 5.
    const sales = [4, 1, 1, 1, 1, 1, 1, 6, 1, 1, 1, 1, 1, 1, 2];
    const oos = new Array<number>(15).fill(0);
    oos[14] = 1;
    const out = new Float64Array(15);
    cleanDemand(sales, oos, 0, 15, out);
    expect(out[14]).toBe(5);
    expect(out[7]).toBe(6);
    // If it had sold 8 before running out, 8 is a better lower bound than the estimate 5.
    sales[14] = 8;
    cleanDemand(sales, oos, 0, 15, out);
    expect(out[14]).toBe(8);
  });

  it('uses only the last four same-weekday observations', () => {
    // Slot 0 on days 0, 7, 14, 21, 28 sold 100, 1, 2, 3, 4; day 35 censored: (1 + 2 + 3 + 4) / 4 = 2.5.
    const sales = new Array<number>(36).fill(0);
    [100, 1, 2, 3, 4].forEach((v, i) => (sales[i * 7] = v));
    const oos = new Array<number>(36).fill(0);
    oos[35] = 1;
    const out = new Float64Array(36);
    cleanDemand(sales, oos, 0, 36, out);
    expect(out[35]).toBe(2.5);
  });

  it('falls back to the mean of all earlier uncensored days when the weekday has no history', () => {
    // Days 0–2 sold 1, 2, 3; day 3 (first of its weekday) is censored with 0 sold: mean 2.
    const out = new Float64Array(4);
    cleanDemand([1, 2, 3, 0], [0, 0, 0, 1], 0, 4, out);
    expect(out[3]).toBe(2);
  });

  it('never reads an out-of-stock day as less than what sold, and leaves uncensored days alone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.boolean()), { minLength: 1, maxLength: 80 }), (days) => {
        const sales = days.map(([s]) => s);
        const oos = days.map(([, o]) => (o ? 1 : 0));
        const out = new Float64Array(days.length);
        cleanDemand(sales, oos, 0, days.length, out);
        return days.every(([s, o], t) => (o ? (out[t] ?? -1) >= s : out[t] === s));
      }),
    );
  });
});

describe('demandStats', () => {
  it('computes ADI and CV² over uncensored days', () => {
    // Uncensored: 0 2 0 0 4 0 (day 6 censored and ignored). 6 days, 2 with demand: ADI 3.
    // Sizes 2 and 4: mean 3, variance 1, CV² = 1/9. Mean daily demand 6/6 = 1.
    const s = demandStats([0, 2, 0, 0, 4, 0, 50], [0, 0, 0, 0, 0, 0, 1], 0, 7);
    expect(s.days).toBe(6);
    expect(s.demandDays).toBe(2);
    expect(s.adi).toBe(3);
    expect(s.cv2).toBeCloseTo(1 / 9, 12);
    expect(s.mean).toBe(1);
  });

  it('measures the weekly pattern: 1 when the weekday explains everything, 0 for a flat series', () => {
    const pattern = Array.from({ length: 28 }, (_, t) => [5, 5, 5, 5, 9, 12, 3][t % 7] ?? 0);
    const none = new Array<number>(28).fill(0);
    expect(demandStats(pattern, none, 0, 28).weeklyStrength).toBeCloseTo(1, 12);
    expect(demandStats(new Array<number>(28).fill(4), none, 0, 28).weeklyStrength).toBe(0);
    const empty = demandStats(new Array<number>(28).fill(0), none, 0, 28);
    expect(empty.adi).toBe(Infinity);
  });
});
