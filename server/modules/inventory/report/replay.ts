import { cleanDemand, IMPUTE_WEEKS } from '../forecast/demand.ts';
import { dariRule } from '../forecast/engine.ts';
import { Forecaster } from '../forecast/model.ts';
import { roundOrder, type ItemTerms } from '../forecast/policy.ts';
import { selectMethod, selectionScratch, type DemandClass } from '../forecast/select.ts';
import {
  habitRule,
  simulate,
  simulationScratch,
  type SimulationResult,
  type SimulationRule,
} from '../forecast/simulate.ts';

/**
 * One product's year replayed twice on the same cleaned demand (out-of-stock days estimated as the
 * forecast does): under the store's habit (read from its receipts, calibrated to the stock it really
 * carried) and under Dari's policy, both starting from the stock the store really had the day before.
 * Alongside, what its own records measured over the same days. Pure: arrays in, numbers out, scratch
 * reused across products.
 */

/** How the habit's weekly order is read: from the store's recorded receipts, or (none recorded) its sales. */
export type HabitBasis = 'receipts' | 'sales';

/** The non-sale stock changes of one product on one day (receipts, counts, adjustments, transfers). */
export interface StockDay {
  /** History index; `end` or later is today, whose `net` includes today's sales too. */
  index: number;
  net: number;
  received: number;
  receipts: number;
}

/** What the store's own records show over the replayed days. */
export interface ActualFigures {
  soldUnits: number;
  receivedUnits: number;
  /** Days with a receipt: the deliveries. */
  receipts: number;
  stockoutDays: number;
  /** Estimated demand lost on the out-of-stock days: the cleaned demand above what sold. */
  lostUnitsEstimate: number;
  /** Mean value (at cost) of the stock on hand at the end of each day (negative stock counts as none). */
  averageStockValue: number;
  holdingCost: number;
}

export interface ProductReplay {
  demandClass: DemandClass;
  habit: SimulationResult;
  dari: SimulationResult;
  actual: ActualFigures;
  /** The habit's fixed weekly order, in units. */
  habitWeeklyOrder: number;
  /** The habit orders only when the shelf (on hand + on order) holds less than this. */
  habitShelfLevel: number;
  /** Stock on hand the day before the period (both replays start with it). */
  initialStock: number;
  /** Dari's mean daily forecast for the next four weeks, as of today. */
  dailyForecast: number;
}

export interface ReplayProductInput {
  sales: ArrayLike<number>;
  outOfStock: ArrayLike<number>;
  /** First index with any movement. */
  start: number;
  /** On hand now (all locations, today's movements included). */
  onHand: number;
  stockDays: readonly StockDay[];
  terms: ItemTerms & { price: number };
}

/** Replayed days [from, to); `to` is today's index (the history's end). */
export interface ReplayWindow {
  from: number;
  to: number;
}

/** Buffers for one report: sized once for the longest history. */
export class ReplayScratch {
  readonly y: Float64Array;
  readonly change: Float64Array;
  readonly ring = new Float64Array(8 * IMPUTE_WEEKS);
  readonly candidates = selectionScratch();
  readonly model = new Forecaster();
  readonly arrivals: Float64Array;
  rule: SimulationRule | undefined;

  constructor(days: number, maxLead: number) {
    this.y = new Float64Array(days);
    this.change = new Float64Array(days);
    this.arrivals = simulationScratch(Math.max(1, maxLead));
  }
}

/** Days of forecast the overstock check averages. */
const FORECAST_DAYS = 28;

export function replayProduct(
  input: ReplayProductInput,
  window: ReplayWindow,
  basis: HabitBasis,
  scratch: ReplayScratch,
): ProductReplay {
  const { sales, outOfStock, start, terms } = input;
  const { from, to } = window;
  const days = to - from;
  const y = scratch.y;
  cleanDemand(sales, outOfStock, start, to, y, scratch.ring);

  // The store's real on-hand, day by day, walked back from today's through each day's net change.
  const change = scratch.change;
  change.fill(0, from, to);
  let afterEnd = 0;
  let receivedUnits = 0;
  let receipts = 0;
  for (const day of input.stockDays) {
    if (day.index >= to) {
      afterEnd += day.net;
    } else if (day.index >= from) {
      change[day.index] = (change[day.index] ?? 0) + day.net;
      receivedUnits += day.received;
      receipts += day.receipts;
    }
  }
  let onHand = input.onHand - afterEnd;
  let maxOnHand = 0;
  let stockDays = 0;
  let soldUnits = 0;
  let stockoutDays = 0;
  let lostUnitsEstimate = 0;
  for (let t = to - 1; t >= from; t--) {
    stockDays += onHand > 0 ? onHand : 0;
    maxOnHand = Math.max(maxOnHand, onHand);
    const sold = sales[t] ?? 0;
    soldUnits += sold;
    if ((outOfStock[t] ?? 0) !== 0) {
      stockoutDays++;
      lostUnitsEstimate += Math.max(0, (y[t] ?? 0) - sold);
    }
    onHand -= (change[t] ?? 0) - sold;
  }
  const initialStock = Math.max(0, Math.round(onHand));
  const actual: ActualFigures = {
    soldUnits,
    receivedUnits,
    receipts,
    stockoutDays,
    lostUnitsEstimate,
    averageStockValue: (stockDays / days) * terms.unitCost,
    holdingCost: (stockDays * terms.unitCost * terms.holdingRate) / 365,
  };

  const habitOrder =
    basis === 'receipts'
      ? calibratedHabit(
          y,
          window,
          terms,
          receivedUnits / (days / 7),
          actual,
          maxOnHand + 1,
          initialStock,
          scratch,
        )
      : habitRule(learningMean(y, start, from), terms);
  const habit = simulate(y, from, to, terms, habitOrder, initialStock, scratch.arrivals);

  // Dari: fitted on the days before the period, then reviewing with only what it knew at each review.
  const model = scratch.model;
  const { demandClass } = selectMethod(y, outOfStock, start, from, model, scratch.candidates);
  scratch.rule = dariRule(model, y, outOfStock, from, to, terms, demandClass, scratch.rule);
  const dari = simulate(y, from, to, terms, scratch.rule, initialStock, scratch.arrivals);

  return {
    demandClass,
    habit,
    dari,
    actual,
    habitWeeklyOrder: habitOrder.fixedQty,
    habitShelfLevel: habitOrder.reorderLevel[0] ?? 0,
    initialStock,
    dailyForecast: model.forecastSum(to, FORECAST_DAYS) / FORECAST_DAYS,
  };
}

function learningMean(y: ArrayLike<number>, start: number, from: number): number {
  let total = 0;
  for (let t = start; t < from; t++) {
    total += y[t] ?? 0;
  }
  return from > start ? total / (from - start) : 0;
}

/** Bisection steps for the habit's shelf level: 1/4096 of its range, well under a unit for a shelf. */
const CALIBRATION_STEPS = 12;

/**
 * The store's habit read from its records: every week the same order — what it received a week on
 * average, rounded to packs — unless the shelf already holds `level`. The level is the one thing the
 * records do not say; it is set (bisection: more level, more stock) so that the replay carries the same
 * average stock as the store really did. At least one order's worth: a store that receives weekly does
 * reorder an item about to run out.
 */
function calibratedHabit(
  y: ArrayLike<number>,
  window: ReplayWindow,
  terms: ItemTerms & { price: number },
  weeklyReceipts: number,
  actual: ActualFigures,
  highest: number,
  initialStock: number,
  scratch: ReplayScratch,
): SimulationRule {
  const fixedQty = roundOrder(weeklyReceipts, terms.pack, terms.minOrder);
  const rule: SimulationRule = {
    kind: 'fixed',
    reviewDays: 7,
    reorderLevel: Float64Array.of(fixedQty),
    orderUpTo: Float64Array.of(0),
    fixedQty,
  };
  if (fixedQty === 0) {
    return rule;
  }
  let lo = fixedQty;
  let hi = Math.max(lo, highest);
  for (let i = 0; i < CALIBRATION_STEPS; i++) {
    const mid = (lo + hi) / 2;
    rule.reorderLevel[0] = mid;
    const result = simulate(y, window.from, window.to, terms, rule, initialStock, scratch.arrivals);
    if (result.averageStockValue < actual.averageStockValue) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  rule.reorderLevel[0] = hi;
  return rule;
}

/** The last index before `to` with a sale, or -1. */
export function lastSaleIndex(sales: ArrayLike<number>, start: number, to: number): number {
  for (let t = to - 1; t >= start; t--) {
    if ((sales[t] ?? 0) > 0) {
      return t;
    }
  }
  return -1;
}

/**
 * Dari's mean daily forecast for the next four weeks of a product too new to replay: the method chosen
 * and fitted on all of its history.
 */
export function currentForecast(
  input: Pick<ReplayProductInput, 'sales' | 'outOfStock' | 'start'>,
  to: number,
  scratch: ReplayScratch,
): number {
  cleanDemand(input.sales, input.outOfStock, input.start, to, scratch.y, scratch.ring);
  selectMethod(scratch.y, input.outOfStock, input.start, to, scratch.model, scratch.candidates);
  return scratch.model.forecastSum(to, FORECAST_DAYS) / FORECAST_DAYS;
}
