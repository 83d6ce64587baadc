import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  continuousReviewReorderPoint,
  economicOrderQuantity,
  normalQuantile,
  orderQuantity,
  periodicReviewLevels,
  roundOrder,
  type ItemTerms,
} from './policy.ts';

const terms: ItemTerms = {
  reviewDays: 7,
  leadDays: 3,
  pack: 6,
  minOrder: 12,
  unitCost: 2,
  holdingRate: 0.25,
  orderCost: 1,
  serviceLevel: 0.95,
};

describe('normalQuantile', () => {
  it('matches the standard normal table', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('order quantities', () => {
  it('rounds up to whole packs and the minimum', () => {
    expect(roundOrder(13, 6, 0)).toBe(18);
    expect(roundOrder(12, 6, 0)).toBe(12);
    expect(roundOrder(1, 6, 10)).toBe(12);
    expect(roundOrder(0, 6, 10)).toBe(0);
    expect(roundOrder(-3, 6, 10)).toBe(0);
  });

  it('is a multiple of the pack, at least the minimum and at least the need', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 10_000, noNaN: true }),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 0, max: 200 }),
        (need, pack, minOrder) => {
          const q = roundOrder(need, pack, minOrder);
          return q % pack === 0 && q >= minOrder && q >= need - 1e-6 && q - Math.max(need, minOrder) < pack;
        },
      ),
    );
  });
});

describe('EOQ', () => {
  it('is √(2DK/h)', () => {
    // D = 1000 a year, K = 10 an order, h = 2 a unit-year: √(20000 / 2) = 100.
    expect(economicOrderQuantity(1000, 10, 2)).toBeCloseTo(100, 12);
    expect(economicOrderQuantity(0, 10, 2)).toBe(0);
  });
});

describe('periodic-review levels', () => {
  it('covers review period + lead time with the safety stock of the service level', () => {
    // μ_{R+L} = 70, σ_{R+L} = 10, CSL 95%: SS = 16.449, s = S = 86.449 (no EOQ).
    const l = periodicReviewLevels(70, 10, 49, 3650, terms, false);
    expect(l.safetyStock).toBeCloseTo(16.44854, 4);
    expect(l.reorderLevel).toBeCloseTo(86.44854, 4);
    expect(l.orderUpTo).toBe(l.reorderLevel);
    // Position 50: need 36.45 → 42 (7 packs of 6). Position above s: nothing.
    expect(orderQuantity(50, l, terms)).toBe(42);
    expect(orderQuantity(90, l, terms)).toBe(0);
  });

  it('adds the EOQ lot beyond a review period of demand where it applies', () => {
    // 3650 a year, K = 1, h = 2 × 0.25 = 0.5: EOQ = √(2·3650/0.5) = √14600 = 120.83; review demand 49:
    // S = s + 71.83.
    const l = periodicReviewLevels(70, 10, 49, 3650, terms, true);
    expect(l.eoq).toBeCloseTo(Math.sqrt(14600), 9);
    expect(l.orderUpTo - l.reorderLevel).toBeCloseTo(Math.sqrt(14600) - 49, 9);
  });

  it('never uses EOQ smaller than a review period of demand', () => {
    const l = periodicReviewLevels(700, 50, 490, 36500, { ...terms, orderCost: 0.01 }, true);
    expect(l.eoq).toBe(0);
    expect(l.orderUpTo).toBe(l.reorderLevel);
  });

  it('grows the safety stock with the service level', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.995, noNaN: true }),
        fc.double({ min: 0.5, max: 0.995, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (a, b, sigma) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const low = periodicReviewLevels(20, sigma, 10, 1000, { ...terms, serviceLevel: lo }, false);
          const high = periodicReviewLevels(20, sigma, 10, 1000, { ...terms, serviceLevel: hi }, false);
          return high.safetyStock >= low.safetyStock && high.reorderLevel >= low.reorderLevel;
        },
      ),
    );
  });

  it('brings the position to at least s after any order', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: -100, max: 600, noNaN: true }),
        fc.integer({ min: 1, max: 24 }),
        (mu, sigma, position, pack) => {
          const t = { ...terms, pack, minOrder: pack };
          const l = periodicReviewLevels(mu, sigma, mu / 2, mu * 36, t, true);
          const q = orderQuantity(position, l, t);
          return position >= l.reorderLevel ? q === 0 : position + q >= l.orderUpTo - 1e-9;
        },
      ),
    );
  });

  it('sits above the textbook continuous-review reorder point, which ignores the review period', () => {
    // Daily demand 10 (sd 3 a day, independent): R = 7, L = 3. Textbook: 30 + 1.645·3·√3 = 38.5.
    // Periodic: 100 + 1.645·3·√10 = 115.6 — the 7 days between reviews must be covered too.
    const textbook = continuousReviewReorderPoint(30, 3 * Math.sqrt(3), 0.95);
    const periodic = periodicReviewLevels(100, 3 * Math.sqrt(10), 70, 3650, terms, false);
    expect(textbook).toBeCloseTo(30 + 1.644854 * 3 * Math.sqrt(3), 4);
    expect(periodic.reorderLevel).toBeGreaterThan(textbook + 70);
  });
});
