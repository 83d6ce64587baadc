import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dariRule, PlanScratch, planProduct, trackAccuracy } from './engine.ts';
import { cleanDemand } from './demand.ts';
import { Forecaster } from './model.ts';
import { continuousReviewReorderPoint, type ItemTerms } from './policy.ts';
import { selectMethod } from './select.ts';
import { simulate, type SimulationRule } from './simulate.ts';

const terms: ItemTerms & { price: number } = {
  reviewDays: 7,
  leadDays: 2,
  pack: 6,
  minOrder: 6,
  unitCost: 2,
  holdingRate: 0.25,
  orderCost: 1,
  serviceLevel: 0.95,
  price: 3,
};

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

function poissonSeries(n: number, mean: number, seed: number): number[] {
  const rand = rng(seed);
  return Array.from({ length: n }, () => {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = rand();
    while (p > limit) {
      k++;
      p *= rand();
    }
    return k;
  });
}

describe('planProduct', () => {
  it('does not read out-of-stock days as zero demand', () => {
    // Demand ~ 8 a day; every other week (and the last one) the shelf is empty from the 4th to the 7th day
    // of the week and sells nothing. Read as zeros, those weekdays look like slow days.
    const n = 364;
    const sales = poissonSeries(n, 8, 5);
    const oos = new Uint8Array(n);
    for (let t = 0; t < n; t++) {
      if ((Math.floor(t / 7) % 2 === 1 || t >= n - 7) && t % 7 >= 3) {
        oos[t] = 1;
        sales[t] = 0;
      }
    }
    const censored = planProduct(sales, oos, 0, n, terms, 0);
    const asZeros = planProduct(sales, new Uint8Array(n), 0, n, terms, 0);
    expect(censored.dailyForecast).toBeGreaterThan(7);
    expect(censored.dailyForecast).toBeLessThan(9);
    expect(asZeros.dailyForecast).toBeLessThan(censored.dailyForecast - 1.5);
  });

  it('suggests whole packs of at least the minimum, only below the reorder level', () => {
    const scratch = new PlanScratch(200);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: -20, max: 400, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (mean, pack, packsMin, position, seed) => {
          const t = { ...terms, pack, minOrder: pack * packsMin };
          const s = planProduct(
            poissonSeries(120, mean / 4, seed),
            new Uint8Array(120),
            0,
            120,
            t,
            position,
            scratch,
          );
          if (position >= s.levels.reorderLevel) {
            return s.order === 0;
          }
          return s.order % pack === 0 && s.order >= t.minOrder && s.order > 0;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('orders nothing for an item that never sold', () => {
    const s = planProduct(new Array<number>(90).fill(0), new Uint8Array(90), 0, 90, terms, 0);
    expect(s.demandClass).toBe('no-demand');
    expect(s.order).toBe(0);
  });
});

describe('periodic review vs the textbook reorder point (replay)', () => {
  it('meets the service level where the continuous-review reorder point under-delivers', () => {
    const n = 730;
    const y = new Float64Array(n);
    const oos = new Uint8Array(n);
    cleanDemand(poissonSeries(n, 10, 42), oos, 0, n, y);
    const model = new Forecaster();
    const { demandClass } = selectMethod(y, oos, 0, 365, model);
    const textbookModel = new Forecaster();
    textbookModel.copyFrom(model);
    const t = { ...terms, pack: 1, minOrder: 0 };
    const dari = simulate(y, 365, n, t, dariRule(model, y, oos, 365, n, t, demandClass), 90);
    const reviews = Math.ceil((n - 365) / 7);
    const textbook: SimulationRule = {
      kind: 'levels',
      reviewDays: 7,
      reorderLevel: new Float64Array(reviews),
      orderUpTo: new Float64Array(reviews),
      fixedQty: 0,
    };
    for (let k = 0, d = 365; d < n; k++, d += 7) {
      const rop = continuousReviewReorderPoint(
        textbookModel.forecastSum(d, 2),
        textbookModel.cumulativeSigma(2),
        0.95,
      );
      textbook.reorderLevel[k] = rop;
      textbook.orderUpTo[k] = rop + textbookModel.forecastSum(d + 2, 7);
      for (let i = d; i < Math.min(n, d + 7); i++) {
        textbookModel.observe(y[i] ?? 0, false);
      }
    }
    const naive = simulate(y, 365, n, t, textbook, 90);
    expect(dari.fillRate).toBeGreaterThan(0.98);
    expect(naive.fillRate).toBeLessThan(0.9);
  });
});

describe('trackAccuracy', () => {
  it('reports a MASE per weekly origin, better than the seasonal naive on a noisy steady seller', () => {
    const n = 300;
    const track = trackAccuracy(poissonSeries(n, 12, 9), new Uint8Array(n), 0, n, 8);
    expect(track.origins).toEqual([244, 251, 258, 265, 272, 279, 286, 293]);
    expect(track.mase).toHaveLength(8);
    expect(track.overall).toBeLessThan(track.baselineOverall);
    // The overall MASE is the mean of the per-origin ones (every origin scores 7 days).
    const mean = track.mase.reduce((a, b) => a + b, 0) / 8;
    expect(track.overall).toBeCloseTo(mean, 9);
  });
});
