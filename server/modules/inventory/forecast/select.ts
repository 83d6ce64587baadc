import { rollingOriginErrors } from './accuracy.ts';
import { fitCroston } from './croston.ts';
import { demandStats, type DemandStats } from './demand.ts';
import { Forecaster, type Method } from './model.ts';
import { fitEts } from './smoothing.ts';

/**
 * Classification (Syntetos, Boylan & Croston 2005): ADI, the average interval between days with demand,
 * and CV², the squared coefficient of variation of the demand sizes, split items at ADI = 1.32 and
 * CV² = 0.49. Items that sell most days (ADI < 1.32) get exponential smoothing: "seasonal" when the weekday
 * explains at least 10% of the daily variance, "regular" otherwise (the quadrant's "smooth" and "erratic"
 * both land here; erratic sizes only widen the safety stock). Items with gaps are "intermittent" (steady
 * sizes) or "lumpy" (erratic sizes) and get Croston-type methods. "no-demand": nothing sold.
 */
export type DemandClass = 'regular' | 'seasonal' | 'intermittent' | 'lumpy' | 'no-demand';

export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;
export const WEEKLY_STRENGTH_CUTOFF = 0.1;
/** Days of recent history the class is computed on. */
export const CLASSIFY_DAYS = 364;
/** Days held out at the end of the history to check the method choice (4 weekly origins). */
export const HOLDOUT_DAYS = 28;
/** Fewer days than this before the holdout: no holdout, the class's default method is used. */
export const MIN_FIT_DAYS = 56;

export function classify(stats: DemandStats): DemandClass {
  if (stats.demandDays === 0) {
    return 'no-demand';
  }
  if (stats.adi >= ADI_CUTOFF) {
    return stats.cv2 >= CV2_CUTOFF ? 'lumpy' : 'intermittent';
  }
  return stats.weeklyStrength >= WEEKLY_STRENGTH_CUTOFF ? 'seasonal' : 'regular';
}

/** The methods tried for a class, the default first (it wins ties in the holdout). */
export function candidates(demandClass: DemandClass): readonly Method[] {
  switch (demandClass) {
    case 'regular':
    case 'seasonal':
      return ['ets', 'ets-damped'];
    case 'intermittent':
    case 'lumpy':
      return ['sba', 'croston', 'ets'];
    default:
      return ['zero'];
  }
}

/**
 * Fits `method` on the cleaned demand y over [start, end) into `f`, leaving it ready to observe day `end`.
 */
export function fitForecaster(
  method: Method,
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  f: Forecaster,
): void {
  f.method = method;
  f.next = end;
  for (let t = Math.max(start, end - 7); t < end; t++) {
    f.lastWeek[t % 7] = y[t] ?? 0;
  }
  switch (method) {
    case 'ets':
    case 'ets-damped': {
      const fit = fitEts(y, outOfStock, start, end, method === 'ets-damped', f.ets);
      Object.assign(f.etsParams, fit.params);
      f.sigma = fit.sigma;
      break;
    }
    case 'croston':
    case 'sba': {
      const fit = fitCroston(y, outOfStock, start, end, method === 'sba', f.croston);
      f.crostonAlpha = fit.alpha;
      f.sigma = fit.sigma;
      break;
    }
    default:
      f.sigma = 0;
  }
}

export interface Selection {
  demandClass: DemandClass;
  stats: DemandStats;
  method: Method;
  /** Holdout mean absolute error of each candidate tried, in `candidates(demandClass)` order (NaN: none). */
  holdoutMae: number[];
}

/** Scratch a caller reuses across products: three forecasters for the candidates. */
export function selectionScratch(): Forecaster[] {
  return [new Forecaster(), new Forecaster(), new Forecaster()];
}

/**
 * Classifies the item from the cleaned demand y over [start, end), fits each candidate method of its
 * class on [start, end − 28) and scores it on the 28 held-out days (forecasts 1–7 days ahead from four
 * weekly origins, uncensored days only); the lowest mean absolute error wins, the class default on ties.
 * The winner, having observed the held-out days too, is copied into `out` (ready to observe `end`).
 * With too short a history there is no holdout and the class default is fitted on everything.
 */
export function selectMethod(
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  out: Forecaster,
  scratch: Forecaster[] = selectionScratch(),
): Selection {
  const stats = demandStats(y, outOfStock, Math.max(start, end - CLASSIFY_DAYS), end);
  const demandClass = classify(stats);
  const methods = candidates(demandClass);
  const holdout = end - start >= MIN_FIT_DAYS + HOLDOUT_DAYS;
  const holdoutMae: number[] = [];
  if (!holdout || methods.length === 1) {
    fitForecaster(methods[0] ?? 'zero', y, outOfStock, start, end, out);
    return { demandClass, stats, method: out.method, holdoutMae };
  }
  const fitEnd = end - HOLDOUT_DAYS;
  let best = -1;
  let bestMae = Infinity;
  methods.forEach((method, i) => {
    const f = scratch[i];
    if (!f) {
      return;
    }
    fitForecaster(method, y, outOfStock, start, fitEnd, f);
    const errors = rollingOriginErrors(f, y, outOfStock, fitEnd, end, 7, 7);
    const value = errors.n > 0 ? errors.absError / errors.n : NaN;
    holdoutMae.push(value);
    if (best === -1 || value < bestMae - 1e-12) {
      best = i;
      bestMae = Number.isNaN(value) ? Infinity : value;
    }
  });
  const winner = scratch[best];
  if (winner) {
    out.copyFrom(winner);
  }
  return { demandClass, stats, method: out.method, holdoutMae };
}
