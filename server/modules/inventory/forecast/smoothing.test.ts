import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EtsState,
  etsCumulativeSigma,
  etsFilter,
  etsForecast,
  etsInitialize,
  etsStep,
  fitEts,
  type EtsParams,
} from './smoothing.ts';

const none = (n: number) => new Uint8Array(n);

describe('ETS with weekly seasonality', () => {
  it('initializes level and weekday effects from the first four weeks', () => {
    // y = 10 + (+1 on slot 0, −1 on slot 1): level 10, effects [1, −1, 0, 0, 0, 0, 0].
    const y = Array.from({ length: 28 }, (_, t) => 10 + (t % 7 === 0 ? 1 : t % 7 === 1 ? -1 : 0));
    const s = new EtsState();
    etsInitialize(y, 0, 28, s);
    expect(s.level).toBeCloseTo(10, 12);
    expect(Array.from(s.season).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([1, -1, 0, 0, 0, 0, 0]);
  });

  it('updates level and weekday effect by hand-computed amounts (A,N,A)', () => {
    // level 10, no season, alpha 0.5, gamma 0.2. Day 0 sells 14: forecast 10, error 4,
    // level 10 + 0.5·4 = 12, effect of slot 0: 0 + 0.2·4 = 0.8.
    const s = new EtsState();
    s.level = 10;
    const p: EtsParams = { alpha: 0.5, beta: 0, gamma: 0.2, phi: 0 };
    expect(etsStep(s, p, 0, 14)).toBe(4);
    expect(s.level).toBe(12);
    expect(s.season[0]).toBeCloseTo(0.8, 12);
    // Having seen day 0: day 1 = 12 + 0, day 7 (slot 0 again) = 12 + 0.8.
    expect(etsForecast(s, p, 1, 1)).toBe(12);
    expect(etsForecast(s, p, 1, 7)).toBeCloseTo(12.8, 12);
  });

  it('damps the trend by hand-computed amounts (A,Ad,A)', () => {
    // level 10, trend 1, phi 0.5, alpha 0.5, beta 0.1: forecast 10 + 0.5·1 = 10.5; y = 12.5 → error 2;
    // level 10 + 0.5 + 0.5·2 = 11.5; trend 0.5 + 0.1·2 = 0.7. Two days later: 11.5 + (0.5 + 0.25)·0.7 = 12.025.
    const s = new EtsState();
    s.level = 10;
    s.trend = 1;
    const p: EtsParams = { alpha: 0.5, beta: 0.1, gamma: 0, phi: 0.5 };
    expect(etsStep(s, p, 0, 12.5)).toBe(2);
    expect(s.level).toBe(11.5);
    expect(s.trend).toBeCloseTo(0.7, 12);
    expect(etsForecast(s, p, 1, 2)).toBeCloseTo(12.025, 12);
  });

  it('filters exactly as repeated steps do, and scores only uncensored days', () => {
    const y = Array.from({ length: 40 }, (_, t) => 5 + Math.sin(t) * 3 + (t % 7));
    const oos = none(40);
    oos[20] = 1;
    const p: EtsParams = { alpha: 0.3, beta: 0.02, gamma: 0.1, phi: 0.9 };
    const a = new EtsState();
    const b = new EtsState();
    etsInitialize(y, 0, 40, a);
    etsInitialize(y, 0, 40, b);
    let sse = 0;
    for (let t = 0; t < 40; t++) {
      const e = etsStep(b, p, t, y[t] ?? 0);
      if (t >= 7 && t !== 20) {
        sse += e * e;
      }
    }
    const counter = new Float64Array(1);
    expect(etsFilter(y, oos, 0, 40, p, a, 7, counter)).toBeCloseTo(sse, 9);
    expect(counter[0]).toBe(32);
    expect(a.level).toBeCloseTo(b.level, 12);
    expect(a.trend).toBeCloseTo(b.trend, 12);
  });

  it('forecasts a constant series as the constant, with zero error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 14, max: 120 }),
        fc.boolean(),
        (c, n, damped) => {
          const y = new Array<number>(n).fill(c);
          const s = new EtsState();
          const fit = fitEts(y, none(n), 0, n, damped, s);
          for (let d = n; d < n + 14; d++) {
            if (Math.abs(etsForecast(s, fit.params, n, d) - c) > 1e-9) {
              return false;
            }
          }
          return fit.sigma < 1e-9;
        },
      ),
    );
  });

  it('learns an exact weekly pattern', () => {
    const week = [5, 5, 6, 7, 10, 14, 3];
    const y = Array.from({ length: 70 }, (_, t) => week[t % 7] ?? 0);
    const s = new EtsState();
    const fit = fitEts(y, none(70), 0, 70, false, s);
    for (let d = 70; d < 77; d++) {
      expect(etsForecast(s, fit.params, 70, d)).toBeCloseTo(week[d % 7] ?? 0, 9);
    }
  });

  it('fits a smaller alpha to noise around a flat mean than to a wandering level', () => {
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
    const noisy = Array.from({ length: 200 }, () => 20 + 8 * rand());
    let level = 20;
    const walk = Array.from({ length: 200 }, () => (level += 4 * rand()) + 0.5 * rand());
    const flat = fitEts(noisy, none(200), 0, 200, false, new EtsState());
    const wandering = fitEts(walk, none(200), 0, 200, false, new EtsState());
    expect(flat.params.alpha).toBeLessThan(wandering.params.alpha);
  });

  it('widens the error of a sum of forecasts as the level absorbs errors', () => {
    // sigma 1, alpha 0.5, 3 days: √(1² + 1.5² + 2²) = √7.25.
    expect(etsCumulativeSigma(1, 0.5, 3)).toBeCloseTo(Math.sqrt(7.25), 12);
    expect(etsCumulativeSigma(2, 0, 4)).toBeCloseTo(4, 12);
  });
});
