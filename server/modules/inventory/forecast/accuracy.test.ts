import { describe, expect, it } from 'vitest';
import { mase, rollingOriginErrors, seasonalNaiveScale } from './accuracy.ts';
import { Forecaster } from './model.ts';
import { fitForecaster } from './select.ts';

describe('MASE', () => {
  it('scales by the in-sample seasonal-naive error over uncensored pairs', () => {
    // Week 1: 1 2 3 4 5 6 7, week 2: 2 2 3 4 5 6 9 → |y_t − y_{t−7}| = 1 0 0 0 0 0 2: 3/7.
    const y = [1, 2, 3, 4, 5, 6, 7, 2, 2, 3, 4, 5, 6, 9];
    expect(seasonalNaiveScale(y, new Uint8Array(14), 0, 14)).toBeCloseTo(3 / 7, 12);
    // Day 7 censored: the pair (0, 7) is dropped → 2/6.
    const oos = new Uint8Array(14);
    oos[7] = 1;
    expect(seasonalNaiveScale(y, oos, 0, 14)).toBeCloseTo(2 / 6, 12);
  });

  it('scores rolling origins by hand', () => {
    // Seasonal naive fitted on week 1 (1…7). Origin day 7 forecasts days 7–9 as 1 2 3; actual 2 2 3 → |1| 0 0.
    // It then observes days 7–9 (step 3). Origin day 10 forecasts days 10–12 as 4 5 6 (last seen on those
    // weekdays), actual 4 5 6 → 0 0 0; origin 13 forecasts day 13 as 7, actual 9 → 2.
    // Sum 3 over 7 scored days; MASE with scale 3/7 = (3/7) / (3/7) = 1.
    const y = [1, 2, 3, 4, 5, 6, 7, 2, 2, 3, 4, 5, 6, 9];
    const oos = new Uint8Array(14);
    const f = new Forecaster();
    fitForecaster('seasonal-naive', y, oos, 0, 7, f);
    const perOrigin = new Float64Array(3);
    const errors = rollingOriginErrors(f, y, oos, 7, 14, 3, 3, perOrigin);
    expect(errors).toEqual({ absError: 3, n: 7, origins: 3 });
    expect(Array.from(perOrigin)).toEqual([1 / 3, 0, 2]);
    expect(mase(errors, 3 / 7)).toBeCloseTo(1, 12);
    expect(f.next).toBe(14);
  });

  it('skips censored days and is undefined for a flat history', () => {
    const y = [1, 2, 3, 4, 5, 6, 7, 100, 2, 3];
    const oos = new Uint8Array(10);
    oos[7] = 1;
    const f = new Forecaster();
    fitForecaster('seasonal-naive', y, oos, 0, 7, f);
    const errors = rollingOriginErrors(f, y, oos, 7, 10, 7, 7);
    expect(errors.n).toBe(2);
    expect(errors.absError).toBe(0);
    expect(mase(errors, 0)).toBeNaN();
  });
});
