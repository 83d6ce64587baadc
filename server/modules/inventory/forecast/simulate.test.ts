import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ItemTerms } from './policy.ts';
import { habitRule, minMaxRule, simulate, tuneMinMax, type SimulationRule } from './simulate.ts';

const terms: ItemTerms & { price: number } = {
  reviewDays: 2,
  leadDays: 1,
  pack: 1,
  minOrder: 0,
  unitCost: 3.65,
  holdingRate: 0.1,
  orderCost: 2,
  serviceLevel: 0.95,
  price: 5,
};

const fixed = (qty: number, level: number, reviewDays: number): SimulationRule => ({
  kind: 'fixed',
  reviewDays,
  reorderLevel: Float64Array.of(level),
  orderUpTo: Float64Array.of(0),
  fixedQty: qty,
});

describe('simulate', () => {
  it('replays a hand-worked history', () => {
    // Start with 5, demand 3 a day, order 4 every 2nd day, arriving the next day:
    // day 0: order 4; sell 3 → 2.   day 1: +4 → 6; sell 3 → 3.
    // day 2: order 4; sell 3 → 0.   day 3: +4 → 4; sell 3 → 1.
    // End-of-day stock 2 + 3 + 0 + 1 = 6 unit-days: holding 6 × 3.65 × 0.1 / 365 = 0.006; average stock 1.5 units.
    const r = simulate([3, 3, 3, 3], 0, 4, terms, fixed(4, 100, 2), 5);
    expect(r.demand).toBe(12);
    expect(r.sold).toBe(12);
    expect(r.fillRate).toBe(1);
    expect(r.orders).toBe(2);
    expect(r.orderingCost).toBe(4);
    expect(r.holdingCost).toBeCloseTo(0.006, 12);
    expect(r.averageStockValue).toBeCloseTo(1.5 * 3.65, 12);
    expect(r.endStock).toBe(1);
  });

  it('loses the sales it cannot serve', () => {
    // 4 on hand, demand 10, nothing ordered: sold 4, lost 6 (margin 6 × 1.35).
    const r = simulate([10], 0, 1, terms, fixed(0, 0, 7), 4);
    expect(r.sold).toBe(4);
    expect(r.lost).toBe(6);
    expect(r.stockoutDays).toBe(1);
    expect(r.lostMargin).toBeCloseTo(6 * 1.35, 12);
    expect(r.fillRate).toBeCloseTo(0.4, 12);
  });

  it('orders up to the level in whole packs', () => {
    // Position 5 < s = 10: need 20 − 5 = 15 → 18 in packs of 6, arriving after 1 day.
    const rule: SimulationRule = {
      kind: 'levels',
      reviewDays: 7,
      reorderLevel: Float64Array.of(10),
      orderUpTo: Float64Array.of(20),
      fixedQty: 0,
    };
    const r = simulate([0, 0], 0, 2, { ...terms, pack: 6 }, rule, 5);
    expect(r.orders).toBe(1);
    expect(r.endStock).toBe(23);
  });

  it('conserves units: sold + lost = demand, and the fill rate is a share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(30), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat(100),
        (demand, lead, review, pack, level) => {
          const t = { ...terms, leadDays: lead, pack };
          const rule = minMaxRule(level / 10, 1.5, { ...t, reviewDays: review });
          const r = simulate(demand, 0, demand.length, t, rule, 10);
          return (
            Math.abs(r.sold + r.lost - r.demand) < 1e-9 &&
            r.fillRate >= 0 &&
            r.fillRate <= 1 &&
            r.endStock >= 0
          );
        },
      ),
    );
  });

  it('habit orders the average week in packs, and tuning min/max reaches the target fill rate', () => {
    const habit = habitRule(2, { ...terms, pack: 6 });
    expect(habit.fixedQty).toBe(18);
    let seed = 3;
    const demand = Array.from({ length: 200 }, () => ((seed = (seed * 16807) % 2147483647) % 7) + (seed % 3));
    const mean = demand.reduce((a, b) => a + b, 0) / demand.length;
    const tuned = tuneMinMax(demand, 0, 200, mean, { ...terms, reviewDays: 7, leadDays: 2 }, 0.97, 20);
    expect(tuned.result.fillRate).toBeGreaterThanOrEqual(0.97);
    const lower = simulate(
      demand,
      0,
      200,
      { ...terms, reviewDays: 7, leadDays: 2 },
      minMaxRule(mean, tuned.k * 0.8, { ...terms, reviewDays: 7, leadDays: 2 }),
      20,
    );
    expect(lower.fillRate).toBeLessThan(0.97 + 1e-9);
  });
});
