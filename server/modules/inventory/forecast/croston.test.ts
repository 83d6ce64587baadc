import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CrostonState,
  crostonFilter,
  crostonForecast,
  crostonInitialize,
  crostonStep,
  fitCroston,
} from './croston.ts';

describe('Croston and SBA', () => {
  it('matches a hand-worked series', () => {
    // y = 0 0 3 0 2, alpha 0.5.
    // First sale on day 3 (1-based): size 3, interval 3 → rate 1.
    // Next sale 2 days later: size 3 + 0.5·(2 − 3) = 2.5, interval 3 + 0.5·(2 − 3) = 2.5 → rate 1.
    // SBA: (1 − 0.25) · 1 = 0.75.
    const s = new CrostonState();
    for (const y of [0, 0, 3]) {
      crostonStep(s, 0.5, y);
    }
    expect([s.size, s.interval]).toEqual([3, 3]);
    expect(crostonForecast(s, 0.5, false)).toBe(1);
    crostonStep(s, 0.5, 0);
    crostonStep(s, 0.5, 2);
    expect([s.size, s.interval]).toEqual([2.5, 2.5]);
    expect(crostonForecast(s, 0.5, false)).toBe(1);
    expect(crostonForecast(s, 0.5, true)).toBe(0.75);
  });

  it('skips out-of-stock days instead of counting them as days without demand', () => {
    // 0, (censored), 3: the first sale is on the 2nd uncensored day, so the interval is 2, not 3.
    const s = new CrostonState();
    crostonFilter([0, 0, 3], [0, 1, 0], 0, 3, 0.1, false, s);
    expect(s.interval).toBe(2);
    expect(crostonForecast(s, 0.1, false)).toBe(1.5);
  });

  it('scores the one-step errors after the first sale', () => {
    // y = 0 4 0 4, alpha 0.5: first sale day 2 → size 4, interval 2, rate 2; day 3 error 0 − 2 = −2;
    // day 4: error 4 − 2 = 2 (then size 4, interval 2). SSE = 8 over 2 days.
    const s = new CrostonState();
    const counter = new Float64Array(1);
    expect(crostonFilter([0, 4, 0, 4], [0, 0, 0, 0], 0, 4, 0.5, false, s, counter)).toBe(8);
    expect(counter[0]).toBe(2);
  });

  it('starts a fit from the averages of the window', () => {
    // 0 2 0 0 4 0 and a censored 9: 6 uncensored days, 2 with demand → size 3, interval 3, rate 1.
    const s = new CrostonState();
    crostonInitialize([0, 2, 0, 0, 4, 0, 9], [0, 0, 0, 0, 0, 0, 1], 0, 7, s);
    expect([s.size, s.interval, s.seen]).toEqual([3, 3, true]);
    expect(crostonForecast(s, 0.2, true)).toBeCloseTo(0.9, 12);
  });

  it('forecasts 0 for a series with no demand', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.boolean(), (n, sba) => {
        const s = new CrostonState();
        fitCroston(new Array<number>(n).fill(0), new Uint8Array(n), 0, n, sba, s);
        return crostonForecast(s, 0.1, sba) === 0;
      }),
    );
  });

  it('forecasts a constant daily demand as the constant (Croston) and below it (SBA)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 2, max: 200 }), (c, n) => {
        const y = new Array<number>(n).fill(c);
        const s = new CrostonState();
        const fit = fitCroston(y, new Uint8Array(n), 0, n, false, s);
        const sba = crostonForecast(s, fit.alpha, true);
        return Math.abs(crostonForecast(s, fit.alpha, false) - c) < 1e-9 && sba < c && sba >= c * 0.85;
      }),
    );
  });

  it('filters exactly as repeated steps do', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6), { minLength: 1, maxLength: 60 }), (y) => {
        const a = new CrostonState();
        const b = new CrostonState();
        crostonFilter(y, new Uint8Array(y.length), 0, y.length, 0.2, true, a);
        for (const v of y) {
          crostonStep(b, 0.2, v);
        }
        return a.size === b.size && a.interval === b.interval && a.since === b.since;
      }),
    );
  });
});
