import { mase, rollingOriginErrors, seasonalNaiveScale } from './accuracy.ts';
import { cleanDemand, IMPUTE_WEEKS } from './demand.ts';
import { Forecaster, type Method } from './model.ts';
import { orderQuantity, periodicReviewLevels, type ItemTerms, type Levels } from './policy.ts';
import { fitForecaster, selectMethod, selectionScratch, type DemandClass } from './select.ts';
import type { SimulationRule } from './simulate.ts';

/**
 * One product from its sales history to a purchase suggestion: clean (out-of-stock days censored),
 * classify, pick and fit a method with a holdout check, forecast the protection interval, compute the
 * periodic-review levels and the order for the current stock position. Pure: arrays in, numbers out.
 */

/** Reusable buffers for one worker (or one request): sized for the longest history planned. */
export class PlanScratch {
  y: Float64Array;
  readonly ring = new Float64Array(8 * IMPUTE_WEEKS);
  readonly candidates = selectionScratch();
  readonly model = new Forecaster();

  constructor(days: number) {
    this.y = new Float64Array(days);
  }

  cleaned(days: number): Float64Array {
    if (this.y.length < days) {
      this.y = new Float64Array(days);
    }
    return this.y;
  }
}

export interface Suggestion {
  demandClass: DemandClass;
  method: Method;
  /** Holdout mean absolute error per candidate tried. */
  holdoutMae: number[];
  /** Mean daily demand forecast over the protection interval. */
  dailyForecast: number;
  levels: Levels;
  /** Units to order now (0: nothing), whole packs, at least the minimum. */
  order: number;
}

/** Whether EOQ lot sizing fits the class (steady sellers; slow items order the minimum they need). */
export function usesEoq(demandClass: DemandClass): boolean {
  return demandClass === 'regular' || demandClass === 'seasonal';
}

/** Levels at a review on day model.next, from the model's forecast of the protection interval. */
export function levelsAt(model: Forecaster, terms: ItemTerms, demandClass: DemandClass): Levels {
  const day = model.next;
  const protection = terms.reviewDays + terms.leadDays;
  const protectionDemand = model.forecastSum(day, protection);
  const reviewDemand = model.forecastSum(day + terms.leadDays, terms.reviewDays);
  const annualDemand = (protectionDemand / protection) * 365;
  return periodicReviewLevels(
    protectionDemand,
    model.cumulativeSigma(protection),
    reviewDemand,
    annualDemand,
    terms,
    usesEoq(demandClass),
  );
}

/**
 * Plans one product from its history [start, end) (sales and out-of-stock flags indexed by day; the day
 * index modulo 7 is the weekday slot, so every product of a store must share day 0) with stock position
 * `position` (on hand + on order) today, day `end`.
 */
export function planProduct(
  sales: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  terms: ItemTerms,
  position: number,
  scratch: PlanScratch = new PlanScratch(end),
): Suggestion {
  const y = scratch.cleaned(end);
  cleanDemand(sales, outOfStock, start, end, y, scratch.ring);
  const model = scratch.model;
  const selection = selectMethod(y, outOfStock, start, end, model, scratch.candidates);
  const levels = levelsAt(model, terms, selection.demandClass);
  return {
    demandClass: selection.demandClass,
    method: selection.method,
    holdoutMae: selection.holdoutMae,
    dailyForecast: levels.protectionDemand / (terms.reviewDays + terms.leadDays),
    levels,
    order: orderQuantity(position, levels, terms),
  };
}

/**
 * Dari's policy replayed over [from, to): the model (having observed every day before `from`) computes
 * the levels at each review day from what it knew then, then observes the review period's demand. Writes
 * the per-review levels into `rule` (arrays grown when needed) and returns it for `simulate`.
 */
export function dariRule(
  model: Forecaster,
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  from: number,
  to: number,
  terms: ItemTerms,
  demandClass: DemandClass,
  rule?: SimulationRule,
): SimulationRule {
  const review = Math.max(1, Math.round(terms.reviewDays));
  const reviews = Math.ceil((to - from) / review);
  const out: SimulationRule = rule ?? {
    kind: 'levels',
    reviewDays: review,
    reorderLevel: new Float64Array(reviews),
    orderUpTo: new Float64Array(reviews),
    fixedQty: 0,
  };
  out.kind = 'levels';
  out.reviewDays = review;
  if (out.reorderLevel.length < reviews || out.reorderLevel.length === 1) {
    out.reorderLevel = new Float64Array(Math.max(2, reviews));
    out.orderUpTo = new Float64Array(Math.max(2, reviews));
  }
  let k = 0;
  for (let t = from; t < to; t += review) {
    const levels = levelsAt(model, terms, demandClass);
    out.reorderLevel[k] = levels.reorderLevel;
    out.orderUpTo[k] = levels.orderUpTo;
    k++;
    const stop = Math.min(to, t + review);
    for (let d = t; d < stop; d++) {
      model.observe(y[d] ?? 0, (outOfStock[d] ?? 0) !== 0);
    }
  }
  return out;
}

export interface AccuracyTrack {
  /** First day of each weekly origin. */
  origins: number[];
  /** MASE of the product's method at each origin (forecasts 1–7 days ahead; NaN: nothing to score). */
  mase: number[];
  /** The same for the seasonal-naive baseline. */
  baselineMase: number[];
  /** MASE over all the origins, method and baseline. */
  overall: number;
  baselineOverall: number;
  method: Method;
  demandClass: DemandClass;
}

/**
 * Forecast accuracy of a product over its last `weeks` weeks, as the owner would have seen it: the method is
 * chosen and fitted on the history before them, then at each weekly origin forecasts the next 7 days from
 * what was known then, scored on the uncensored days, scaled by the in-sample seasonal-naive error (MASE).
 */
export function trackAccuracy(
  sales: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  weeks: number,
  scratch: PlanScratch = new PlanScratch(end),
): AccuracyTrack {
  const y = scratch.cleaned(end);
  cleanDemand(sales, outOfStock, start, end, y, scratch.ring);
  const from = Math.max(start + 14, end - 7 * weeks);
  const model = scratch.model;
  const selection = selectMethod(y, outOfStock, start, from, model, scratch.candidates);
  const baseline = new Forecaster();
  fitForecaster('seasonal-naive', y, outOfStock, start, from, baseline);
  const scale = seasonalNaiveScale(y, outOfStock, start, from);
  const count = Math.ceil((end - from) / 7);
  const perModel = new Float64Array(count);
  const perBaseline = new Float64Array(count);
  const overall = mase(rollingOriginErrors(model, y, outOfStock, from, end, 7, 7, perModel), scale);
  const baselineOverall = mase(
    rollingOriginErrors(baseline, y, outOfStock, from, end, 7, 7, perBaseline),
    scale,
  );
  const scaled = (v: number) => (scale > 0 ? v / scale : NaN);
  return {
    origins: Array.from({ length: count }, (_, i) => from + 7 * i),
    mase: Array.from(perModel, scaled),
    baselineMase: Array.from(perBaseline, scaled),
    overall,
    baselineOverall,
    method: selection.method,
    demandClass: selection.demandClass,
  };
}
