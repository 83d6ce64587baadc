/**
 * Croston's method and the Syntetos–Boylan approximation (SBA) for intermittent demand.
 *
 * A slow item sells on few days; smoothing the daily series drags the forecast to near zero after each
 * run of empty days and up after each sale. Croston smooths the two things that are stable instead: the
 * size of a sale when one happens (z) and the interval between sales (p), both only on days with demand:
 *
 *   on a day with demand y > 0, q days after the previous one:  z ← z + alpha·(y − z),  p ← p + alpha·(q − p)
 *   daily demand rate forecast (every horizon):                 Croston = z / p,   SBA = (1 − alpha/2) · z / p
 *
 * Croston's z/p is biased upwards (E[z/p] > E[z]/E[p]); SBA's factor removes most of that bias. Stepping
 * from an empty state, the first sale initializes z = its size and p = its 1-based position; fitting
 * starts instead from the averages of the fit window (z = mean size, p = ADI), so that a badly placed first
 * sale does not make the grid prefer a large alpha just to forget it. Out-of-stock days are skipped
 * entirely: they neither count as a day without demand nor as a sale. Before any sale the forecast is 0.
 */

export class CrostonState {
  /** Smoothed demand size. */
  size = 0;
  /** Smoothed interval between demands, in (uncensored) days. */
  interval = 0;
  /** Uncensored days since the last demand, counting the current one. */
  since = 1;
  seen = false;

  reset(): void {
    this.size = 0;
    this.interval = 0;
    this.since = 1;
    this.seen = false;
  }

  copyFrom(other: CrostonState): void {
    this.size = other.size;
    this.interval = other.interval;
    this.since = other.since;
    this.seen = other.seen;
  }
}

/** Daily demand rate forecast; `sba` applies the (1 − alpha/2) debiasing factor. */
export function crostonForecast(state: CrostonState, alpha: number, sba: boolean): number {
  if (!state.seen || state.interval <= 0) {
    return 0;
  }
  const rate = state.size / state.interval;
  return sba ? rate * (1 - alpha / 2) : rate;
}

/** One uncensored day with demand y. */
export function crostonStep(state: CrostonState, alpha: number, y: number): void {
  if (y > 0) {
    if (state.seen) {
      state.size += alpha * (y - state.size);
      state.interval += alpha * (state.since - state.interval);
    } else {
      state.size = y;
      state.interval = state.since;
      state.seen = true;
    }
    state.since = 1;
  } else {
    state.since += 1;
  }
}

/**
 * Runs the method over [from, to) skipping censored days; returns the sum of squared one-step errors of
 * the uncensored days after the first sale, their count in counter[0].
 */
export function crostonFilter(
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  from: number,
  to: number,
  alpha: number,
  sba: boolean,
  state: CrostonState,
  counter?: Float64Array,
): number {
  let sse = 0;
  let n = 0;
  const factor = sba ? 1 - alpha / 2 : 1;
  let { size, interval, since, seen } = state;
  for (let t = from; t < to; t++) {
    if ((outOfStock[t] ?? 0) !== 0) {
      continue;
    }
    const v = y[t] ?? 0;
    if (seen) {
      const e = v - (factor * size) / interval;
      sse += e * e;
      n++;
    }
    if (v > 0) {
      if (seen) {
        size += alpha * (v - size);
        interval += alpha * (since - interval);
      } else {
        size = v;
        interval = since;
        seen = true;
      }
      since = 1;
    } else {
      since += 1;
    }
  }
  state.size = size;
  state.interval = interval;
  state.since = since;
  state.seen = seen;
  if (counter) {
    counter[0] = n;
  }
  return sse;
}

/**
 * Starts the state from the averages of the uncensored days of [start, end): z = mean non-zero size,
 * p = ADI (days / days with demand). Leaves the empty state when nothing sold.
 */
export function crostonInitialize(
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  state: CrostonState,
): void {
  state.reset();
  let days = 0;
  let demandDays = 0;
  let total = 0;
  for (let t = start; t < end; t++) {
    if ((outOfStock[t] ?? 0) !== 0) {
      continue;
    }
    days++;
    const v = y[t] ?? 0;
    if (v > 0) {
      demandDays++;
      total += v;
    }
  }
  if (demandDays > 0) {
    state.size = total / demandDays;
    state.interval = days / demandDays;
    state.seen = true;
  }
}

export const CROSTON_ALPHA_GRID = [0.05, 0.1, 0.15, 0.2, 0.3] as const;

export interface CrostonFit {
  alpha: number;
  sigma: number;
  mse: number;
  n: number;
}

/** Fits alpha on [start, end) by one-step squared error from the averages' start; leaves `state` at `end` for the best alpha. */
export function fitCroston(
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  sba: boolean,
  state: CrostonState,
): CrostonFit {
  const counter = new Float64Array(1);
  let bestAlpha: number = CROSTON_ALPHA_GRID[0];
  let bestMse = Infinity;
  let bestN = 0;
  for (const alpha of CROSTON_ALPHA_GRID) {
    crostonInitialize(y, outOfStock, start, end, state);
    const sse = crostonFilter(y, outOfStock, start, end, alpha, sba, state, counter);
    const n = counter[0] ?? 0;
    const mse = n > 0 ? sse / n : 0;
    if (mse < bestMse - 1e-12) {
      bestMse = mse;
      bestAlpha = alpha;
      bestN = n;
    }
  }
  crostonInitialize(y, outOfStock, start, end, state);
  crostonFilter(y, outOfStock, start, end, bestAlpha, sba, state);
  return { alpha: bestAlpha, sigma: Math.sqrt(bestMse), mse: bestMse, n: bestN };
}
