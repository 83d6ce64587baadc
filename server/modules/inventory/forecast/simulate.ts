import { roundOrder, type ItemTerms } from './policy.ts';

/**
 * Replays an item's daily demand under an ordering rule, one day at a time:
 *
 *   1. receive what arrives today (ordered L days ago);
 *   2. on a review day (from, from + R, …): with position = on hand + on order, if position < level,
 *      order (rule 'levels': up to `orderUpTo`; rule 'fixed': the same `fixedQty` every time), rounded up
 *      to whole packs and at least the minimum order; it arrives L days later;
 *   3. serve today's demand from on hand; what cannot be served is lost (customers do not wait);
 *   4. pay holding cost on what is left at the end of the day.
 *
 * Assumptions: lost sales (no backorders), deterministic lead time, demand = the cleaned history (out-of-
 * stock days estimated as in demand.ts), one order line costs `orderCost`, stock starts at `initialStock`.
 */

export interface SimulationRule {
  kind: 'levels' | 'fixed';
  /** Review period in days for this rule. */
  reviewDays: number;
  /** Per review (index k for day from + k·R), or a single value for every review. */
  reorderLevel: Float64Array;
  /** Per review (or single) order-up-to level, for kind 'levels'. */
  orderUpTo: Float64Array;
  /** Quantity of every order, for kind 'fixed'. */
  fixedQty: number;
}

export interface SimulationResult {
  demand: number;
  sold: number;
  lost: number;
  /** sold / demand (1 when there was no demand). */
  fillRate: number;
  /** Days that ended with demand unserved. */
  stockoutDays: number;
  holdingCost: number;
  /** Mean value of the stock on hand at the end of each day: the cash tied up. */
  averageStockValue: number;
  orders: number;
  orderingCost: number;
  /** holdingCost + orderingCost. */
  totalCost: number;
  /** Lost units × (price − cost): the margin lost to stock-outs. */
  lostMargin: number;
  /** Stock on hand at the end. */
  endStock: number;
}

/** Arrivals ring buffer (reused across calls when given). */
export function simulationScratch(maxLead = 64): Float64Array {
  return new Float64Array(maxLead + 1);
}

export function simulate(
  demand: ArrayLike<number>,
  from: number,
  to: number,
  terms: ItemTerms & { price: number },
  rule: SimulationRule,
  initialStock: number,
  arrivals: Float64Array = simulationScratch(terms.leadDays),
): SimulationResult {
  const lead = Math.max(0, Math.round(terms.leadDays));
  const slots = lead + 1;
  if (arrivals.length < slots) {
    throw new RangeError(`arrivals scratch too short for a ${lead}-day lead time`);
  }
  arrivals.fill(0, 0, slots);
  const review = Math.max(1, Math.round(rule.reviewDays));
  const single = rule.reorderLevel.length === 1;
  let onHand = initialStock;
  let onOrder = 0;
  let total = 0;
  let sold = 0;
  let stockoutDays = 0;
  let stockDays = 0;
  let orders = 0;
  let k = 0;
  let untilReview = 0;
  for (let t = from; t < to; t++) {
    const slot = t % slots;
    const arriving = arrivals[slot] ?? 0;
    if (arriving > 0) {
      onHand += arriving;
      onOrder -= arriving;
      arrivals[slot] = 0;
    }
    if (untilReview === 0) {
      const i = single ? 0 : k;
      const level = rule.reorderLevel[i] ?? 0;
      const position = onHand + onOrder;
      if (position < level) {
        const need = rule.kind === 'fixed' ? rule.fixedQty : (rule.orderUpTo[i] ?? 0) - position;
        const q = roundOrder(need, terms.pack, terms.minOrder);
        if (q > 0) {
          orders++;
          if (lead === 0) {
            onHand += q;
          } else {
            const at = (t + lead) % slots;
            arrivals[at] = (arrivals[at] ?? 0) + q;
            onOrder += q;
          }
        }
      }
      k++;
      untilReview = review;
    }
    untilReview--;
    const d = demand[t] ?? 0;
    total += d;
    if (d <= onHand) {
      onHand -= d;
      sold += d;
    } else {
      sold += onHand;
      onHand = 0;
      stockoutDays++;
    }
    stockDays += onHand;
  }
  const days = Math.max(1, to - from);
  const holdingCost = (stockDays * terms.unitCost * terms.holdingRate) / 365;
  const orderingCost = orders * terms.orderCost;
  const lost = total - sold;
  return {
    demand: total,
    sold,
    lost,
    fillRate: total > 0 ? sold / total : 1,
    stockoutDays,
    holdingCost,
    averageStockValue: (stockDays / days) * terms.unitCost,
    orders,
    orderingCost,
    totalCost: holdingCost + orderingCost,
    lostMargin: lost * Math.max(0, terms.price - terms.unitCost),
    endStock: onHand,
  };
}

/**
 * The store's habit: order the same quantity every week — the average weekly demand rounded up to packs —
 * skipping the week only when the shelf (position) already holds three weeks of average sales or a full
 * order, whichever is more.
 */
export function habitRule(meanDaily: number, terms: ItemTerms): SimulationRule {
  const fixedQty = roundOrder(meanDaily * 7, terms.pack, terms.minOrder);
  return {
    kind: 'fixed',
    reviewDays: 7,
    reorderLevel: Float64Array.of(Math.max(3 * 7 * meanDaily, fixedQty)),
    orderUpTo: Float64Array.of(0),
    fixedQty,
  };
}

/**
 * A static min/max rule as stores and simple systems use it: min = k days of average demand over the
 * protection interval (k · mean · (R + L)), max = min + one review period of average demand.
 */
export function minMaxRule(meanDaily: number, k: number, terms: ItemTerms): SimulationRule {
  const min = k * meanDaily * (terms.reviewDays + terms.leadDays);
  return {
    kind: 'levels',
    reviewDays: terms.reviewDays,
    reorderLevel: Float64Array.of(min),
    orderUpTo: Float64Array.of(min + meanDaily * terms.reviewDays),
    fixedQty: 0,
  };
}

/**
 * The min/max rule tuned to reach `targetFillRate`: bisection on k in [0, maxK] (fill rate grows with k);
 * returns the smallest k found that reaches it (or maxK) with its simulation.
 */
export function tuneMinMax(
  demand: ArrayLike<number>,
  from: number,
  to: number,
  meanDaily: number,
  terms: ItemTerms & { price: number },
  targetFillRate: number,
  initialStock: number,
  arrivals?: Float64Array,
  maxK = 8,
  iterations = 12,
): { k: number; result: SimulationResult } {
  let lo = 0;
  let hi = maxK;
  let best = simulate(demand, from, to, terms, minMaxRule(meanDaily, hi, terms), initialStock, arrivals);
  if (best.fillRate < targetFillRate) {
    return { k: hi, result: best };
  }
  for (let i = 0; i < iterations; i++) {
    const mid = (lo + hi) / 2;
    const r = simulate(demand, from, to, terms, minMaxRule(meanDaily, mid, terms), initialStock, arrivals);
    if (r.fillRate >= targetFillRate) {
      hi = mid;
      best = r;
    } else {
      lo = mid;
    }
  }
  return { k: hi, result: best };
}
