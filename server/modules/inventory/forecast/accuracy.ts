import type { Forecaster } from './model.ts';

/**
 * Forecast accuracy as MASE (mean absolute scaled error, Hyndman & Koehler 2006): the mean absolute error
 * of the forecasts divided by the in-sample mean absolute error of the seasonal-naive forecast (same
 * weekday last week, lag 7). Below 1: better than that naive rule did in the history; comparable across
 * items of any volume; defined for intermittent items (unlike percentage errors, which divide by zero).
 *
 * Out of sample it is tracked over *rolling origins*: at each origin (e.g. every 7 days) forecast the
 * next `horizon` days from what was known then, score them when they happen, move the origin on. Only
 * uncensored days are scored (an out-of-stock day's sales are not the demand).
 */

/** Mean |y_t − y_{t−7}| over t in [start + 7, end) where both days are uncensored (0 if none). */
export function seasonalNaiveScale(
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
): number {
  let sum = 0;
  let n = 0;
  for (let t = start + 7; t < end; t++) {
    if ((outOfStock[t] ?? 0) !== 0 || (outOfStock[t - 7] ?? 0) !== 0) {
      continue;
    }
    sum += Math.abs((y[t] ?? 0) - (y[t - 7] ?? 0));
    n++;
  }
  return n > 0 ? sum / n : 0;
}

export interface RollingErrors {
  /** Sum of absolute errors over every scored (origin, day). */
  absError: number;
  /** Scored (origin, day) pairs. */
  n: number;
  /** Origins evaluated. */
  origins: number;
}

/**
 * Rolling-origin evaluation over [from, to): the model must have observed every day before `from`
 * (model.next === from). At each origin o = from, from + step, …: forecast days o … o + horizon − 1 (those
 * before `to`), score the uncensored ones, then observe days o … o + step − 1. Leaves the model at `to`.
 * `perOrigin`, when given, receives each origin's mean absolute error (NaN when nothing was scored).
 */
export function rollingOriginErrors(
  model: Forecaster,
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  from: number,
  to: number,
  horizon: number,
  step: number,
  perOrigin?: Float64Array,
): RollingErrors {
  let absError = 0;
  let n = 0;
  let origins = 0;
  for (let o = from; o < to; o += step) {
    let originError = 0;
    let originN = 0;
    const last = Math.min(to, o + horizon);
    for (let d = o; d < last; d++) {
      if ((outOfStock[d] ?? 0) !== 0) {
        continue;
      }
      originError += Math.abs((y[d] ?? 0) - model.forecast(d));
      originN++;
    }
    if (perOrigin && origins < perOrigin.length) {
      perOrigin[origins] = originN > 0 ? originError / originN : NaN;
    }
    absError += originError;
    n += originN;
    origins++;
    const stop = Math.min(to, o + step);
    for (let d = o; d < stop; d++) {
      model.observe(y[d] ?? 0, (outOfStock[d] ?? 0) !== 0);
    }
  }
  return { absError, n, origins };
}

/** MASE from rolling errors and a scale; NaN when either is degenerate (nothing scored, or a flat history). */
export function mase(errors: RollingErrors, scale: number): number {
  if (errors.n === 0 || !(scale > 0)) {
    return NaN;
  }
  return errors.absError / errors.n / scale;
}
