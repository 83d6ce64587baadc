import { describe, expect, it } from 'vitest';
import type { DemandStats } from './demand.ts';
import { Forecaster } from './model.ts';
import { candidates, classify, selectMethod } from './select.ts';

const stats = (adi: number, cv2: number, weeklyStrength = 0): DemandStats => ({
  days: 100,
  demandDays: Math.round(100 / adi),
  adi,
  cv2,
  mean: 1,
  weeklyStrength,
});

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe('classify (Syntetos–Boylan)', () => {
  it('splits at ADI 1.32 and CV² 0.49, seasonal by the weekday share of variance', () => {
    expect(classify(stats(1.0, 0.1))).toBe('regular');
    expect(classify(stats(1.2, 0.9))).toBe('regular');
    expect(classify(stats(1.0, 0.1, 0.3))).toBe('seasonal');
    expect(classify(stats(1.32, 0.2))).toBe('intermittent');
    expect(classify(stats(4, 0.49))).toBe('lumpy');
    expect(classify({ ...stats(1, 0), demandDays: 0, adi: Infinity })).toBe('no-demand');
  });

  it('tries smoothing for sellers and Croston-type methods for slow items', () => {
    expect(candidates('seasonal')[0]).toBe('ets');
    expect(candidates('intermittent')[0]).toBe('sba');
    expect(candidates('no-demand')).toEqual(['zero']);
  });
});

describe('selectMethod', () => {
  it('classifies a weekly-patterned seller as seasonal and forecasts its pattern', () => {
    const rand = rng(7);
    const week = [10, 10, 11, 12, 18, 25, 8];
    const n = 200;
    const y = Array.from({ length: n }, (_, t) => (week[t % 7] ?? 0) + Math.round(2 * (rand() - 0.5)));
    const f = new Forecaster();
    const s = selectMethod(y, new Uint8Array(n), 0, n, f);
    expect(s.demandClass).toBe('seasonal');
    expect(['ets', 'ets-damped']).toContain(s.method);
    expect(s.holdoutMae).toHaveLength(2);
    expect(f.next).toBe(n);
    const saturday = n + ((5 - (n % 7) + 7) % 7); // weekday slot = day index mod 7; slot 5 sells 25
    expect(f.forecast(saturday)).toBeGreaterThan(f.forecast(saturday + 1) + 10); // slot 6 sells 8
  });

  it('gives a slow item a Croston-type rate close to its mean', () => {
    const rand = rng(11);
    const n = 365;
    const y = Array.from({ length: n }, (): number => (rand() < 0.1 ? 2 : 0));
    const f = new Forecaster();
    const s = selectMethod(y, new Uint8Array(n), 0, n, f);
    expect(s.demandClass).toBe('intermittent');
    expect(s.holdoutMae).toHaveLength(3);
    const mean = y.reduce((a, b) => a + b, 0) / n;
    expect(f.forecast(n)).toBeGreaterThan(mean * 0.5);
    expect(f.forecast(n)).toBeLessThan(mean * 1.5);
  });

  it('uses the class default without a holdout when the history is short', () => {
    const f = new Forecaster();
    const s = selectMethod([3, 4, 5, 3, 4, 5, 3, 4, 5, 3, 4, 5, 3, 4], new Uint8Array(14), 0, 14, f);
    expect(s.method).toBe('ets');
    expect(s.holdoutMae).toEqual([]);
  });
});
