/**
 * Additive exponential smoothing with a weekly season: ETS(A,N,A) (level + weekday effects) and
 * ETS(A,Ad,A) (plus a damped trend), in error-correction form. For day t with weekday slot j = t mod 7:
 *
 *   forecast  f_t = l + phi·b + s[j]
 *   error     e_t = y_t − f_t
 *   level     l  ← l + phi·b + alpha·e_t
 *   trend     b  ← phi·b + beta·e_t
 *   season    s[j] ← s[j] + gamma·e_t
 *
 * and h days ahead of the last observation: l + (phi + phi² + … + phi^h)·b + s[slot of that day].
 * With phi = beta = 0 it is ETS(A,N,A). Parameters are fitted by minimizing the in-sample one-step squared
 * error over a small grid (a store item has too few, too noisy observations for a free optimizer to be
 * worth its cost; the grid spans the useful range and keeps 50,000 items within a few seconds).
 */

export interface EtsParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

export class EtsState {
  level = 0;
  trend = 0;
  /** Weekday effects indexed by absolute slot (day index mod 7). */
  readonly season = new Float64Array(7);

  copyFrom(other: EtsState): void {
    this.level = other.level;
    this.trend = other.trend;
    this.season.set(other.season);
  }
}

/** Days the initial state is estimated from. */
export const ETS_INIT_DAYS = 28;

/**
 * Initial state from the first (up to) 28 days of [start, end): level = their mean, each weekday effect
 * = mean of that weekday's days minus the level (re-centred to sum to zero), trend = 0.
 */
export function etsInitialize(y: ArrayLike<number>, start: number, end: number, state: EtsState): void {
  const stop = Math.min(end, start + ETS_INIT_DAYS);
  const season = state.season;
  season.fill(0);
  const counts = [0, 0, 0, 0, 0, 0, 0];
  let sum = 0;
  for (let t = start; t < stop; t++) {
    const v = y[t] ?? 0;
    sum += v;
    const w = t % 7;
    season[w] = (season[w] ?? 0) + v;
    counts[w] = (counts[w] ?? 0) + 1;
  }
  const n = stop - start;
  const level = n > 0 ? sum / n : 0;
  let centre = 0;
  let slots = 0;
  for (let w = 0; w < 7; w++) {
    const c = counts[w] ?? 0;
    season[w] = c > 0 ? (season[w] ?? 0) / c - level : 0;
    if (c > 0) {
      centre += season[w] ?? 0;
      slots++;
    }
  }
  centre = slots > 0 ? centre / slots : 0;
  for (let w = 0; w < 7; w++) {
    if ((counts[w] ?? 0) > 0) {
      season[w] = (season[w] ?? 0) - centre;
    }
  }
  state.level = level;
  state.trend = 0;
}

/** One update with the observation y of day t; returns the one-step error (y − forecast). */
export function etsStep(state: EtsState, p: EtsParams, t: number, y: number): number {
  const w = t % 7;
  const season = state.season;
  const s = season[w] ?? 0;
  const damped = p.phi * state.trend;
  const e = y - (state.level + damped + s);
  state.level += damped + p.alpha * e;
  state.trend = damped + p.beta * e;
  season[w] = s + p.gamma * e;
  return e;
}

/** Forecast for day `day`, the state having seen every day before `from` (so day ≥ from). */
export function etsForecast(state: EtsState, p: EtsParams, from: number, day: number): number {
  const h = day - from + 1;
  let damp = 0;
  if (p.phi !== 0 && state.trend !== 0) {
    let f = 1;
    for (let i = 0; i < h; i++) {
      f *= p.phi;
      damp += f;
    }
  }
  return state.level + damp * state.trend + (state.season[day % 7] ?? 0);
}

/**
 * Runs the filter over [from, to) and returns the sum of squared one-step errors over the days whose
 * `weight` is 0 (uncensored) and index ≥ scoreFrom; the count goes to `counter[0]`.
 */
export function etsFilter(
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  from: number,
  to: number,
  p: EtsParams,
  state: EtsState,
  scoreFrom: number,
  counter?: Float64Array,
): number {
  // The loop is etsStep inlined with the weekday slot kept in a counter (no modulo, no calls).
  const season = state.season;
  const { alpha, beta, gamma, phi } = p;
  let level = state.level;
  let trend = state.trend;
  let w = from % 7;
  let sse = 0;
  let n = 0;
  for (let t = from; t < to; t++) {
    const s = season[w] ?? 0;
    const damped = phi * trend;
    const e = (y[t] ?? 0) - (level + damped + s);
    level += damped + alpha * e;
    trend = damped + beta * e;
    season[w] = s + gamma * e;
    if (t >= scoreFrom && (outOfStock[t] ?? 0) === 0) {
      sse += e * e;
      n++;
    }
    w = w === 6 ? 0 : w + 1;
  }
  state.level = level;
  state.trend = trend;
  if (counter) {
    counter[0] = n;
  }
  return sse;
}

export interface EtsFit {
  params: EtsParams;
  /** Root mean squared one-step error over the scored days. */
  sigma: number;
  /** Mean squared one-step error (what the grid minimized). */
  mse: number;
  /** Scored days. */
  n: number;
}

export const ALPHA_GRID = [0.03, 0.08, 0.15, 0.3, 0.5] as const;
export const GAMMA_GRID = [0, 0.05, 0.15] as const;
/** (beta, phi) pairs tried for the damped trend, on top of the best (alpha, gamma). */
export const TREND_GRID = [
  [0.005, 0.9],
  [0.01, 0.95],
  [0.02, 0.98],
] as const;

/**
 * Fits ETS(A,N,A) (damped = false) or ETS(A,Ad,A) (damped = true) on [start, end): for each grid point,
 * initialize from the first 28 days, filter over the range and score the one-step squared errors of the
 * uncensored days after the first week. Leaves `state` as the filter of the best parameters at `end`.
 */
export function fitEts(
  y: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  damped: boolean,
  state: EtsState,
): EtsFit {
  const scoreFrom = Math.min(end, start + 7);
  const counter = new Float64Array(1);
  const p: EtsParams = { alpha: 0.1, beta: 0, gamma: 0.05, phi: 0 };
  let best: EtsParams = { ...p };
  let bestMse = Infinity;
  let bestN = 0;
  const score = () => {
    etsInitialize(y, start, end, state);
    const sse = etsFilter(y, outOfStock, start, end, p, state, scoreFrom, counter);
    const n = counter[0] ?? 0;
    const mse = n > 0 ? sse / n : 0;
    if (mse < bestMse - 1e-12) {
      bestMse = mse;
      bestN = n;
      best = { ...p };
    }
  };
  for (const alpha of ALPHA_GRID) {
    for (const gamma of GAMMA_GRID) {
      p.alpha = alpha;
      p.gamma = gamma;
      score();
    }
  }
  if (damped) {
    const base = best;
    bestMse = Infinity;
    p.alpha = base.alpha;
    p.gamma = base.gamma;
    for (const [beta, phi] of TREND_GRID) {
      p.beta = beta;
      p.phi = phi;
      score();
    }
  }
  etsInitialize(y, start, end, state);
  etsFilter(y, outOfStock, start, end, best, state, end);
  return { params: best, sigma: Math.sqrt(bestMse), mse: bestMse, n: bestN };
}

/**
 * Standard deviation of the error of the *sum* of the next h days' forecasts, for one-step error sd
 * sigma: with a level that absorbs alpha of each error, day k ahead still carries the errors of the days
 * before it, so Var = sigma² · Σ_{k=0}^{h-1} (1 + alpha·k)² (the weekday effects' small share ignored).
 */
export function etsCumulativeSigma(sigma: number, alpha: number, h: number): number {
  let v = 0;
  for (let k = 0; k < h; k++) {
    const c = 1 + alpha * k;
    v += c * c;
  }
  return sigma * Math.sqrt(v);
}
