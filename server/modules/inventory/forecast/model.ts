import { CrostonState, crostonForecast, crostonStep } from './croston.ts';
import { EtsState, etsCumulativeSigma, etsForecast, etsStep, type EtsParams } from './smoothing.ts';

/**
 * The forecasting methods a product can be given. `seasonal-naive` (the value of the same weekday last
 * week) is the baseline accuracy is measured against; `zero` is for an item that never sold.
 */
export type Method = 'ets' | 'ets-damped' | 'croston' | 'sba' | 'seasonal-naive' | 'zero';

/**
 * One product's fitted method and its running state: `observe` feeds the next day, `forecast` predicts a
 * day ahead of the last observed one. One mutable object with every method's fields (not a class per
 * method) so the hot loops stay monomorphic and a worker can reuse a few instances for all products.
 */
export class Forecaster {
  method: Method = 'zero';
  readonly etsParams: EtsParams = { alpha: 0, beta: 0, gamma: 0, phi: 0 };
  readonly ets = new EtsState();
  crostonAlpha = 0;
  readonly croston = new CrostonState();
  /** Last seven days (by weekday slot) for the seasonal-naive baseline. */
  readonly lastWeek = new Float64Array(7);
  /** Root mean squared one-step error in the fit. */
  sigma = 0;
  /** The next day to observe (everything before it has been seen). */
  next = 0;

  copyFrom(other: Forecaster): void {
    this.method = other.method;
    Object.assign(this.etsParams, other.etsParams);
    this.ets.copyFrom(other.ets);
    this.crostonAlpha = other.crostonAlpha;
    this.croston.copyFrom(other.croston);
    this.lastWeek.set(other.lastWeek);
    this.sigma = other.sigma;
    this.next = other.next;
  }

  /** Observes day `this.next` (cleaned demand y, censored when out of stock). */
  observe(y: number, censored: boolean): void {
    const t = this.next;
    this.lastWeek[t % 7] = y;
    switch (this.method) {
      case 'ets':
      case 'ets-damped':
        etsStep(this.ets, this.etsParams, t, y);
        break;
      case 'croston':
      case 'sba':
        if (!censored) {
          crostonStep(this.croston, this.crostonAlpha, y);
        }
        break;
      default:
        break;
    }
    this.next = t + 1;
  }

  /** Forecast of day `day` (≥ this.next). */
  forecast(day: number): number {
    switch (this.method) {
      case 'ets':
      case 'ets-damped': {
        const f = etsForecast(this.ets, this.etsParams, this.next, day);
        return f > 0 ? f : 0;
      }
      case 'croston':
        return crostonForecast(this.croston, this.crostonAlpha, false);
      case 'sba':
        return crostonForecast(this.croston, this.crostonAlpha, true);
      case 'seasonal-naive':
        return this.lastWeek[day % 7] ?? 0;
      default:
        return 0;
    }
  }

  /** Sum of the forecasts of days [from, from + h). */
  forecastSum(from: number, h: number): number {
    let sum = 0;
    for (let d = from; d < from + h; d++) {
      sum += this.forecast(d);
    }
    return sum;
  }

  /** Standard deviation of the error of a sum of h days' forecasts. */
  cumulativeSigma(h: number): number {
    if (this.method === 'ets' || this.method === 'ets-damped') {
      return etsCumulativeSigma(this.sigma, this.etsParams.alpha, h);
    }
    // Croston / SBA / naive: the days' errors are treated as independent.
    return this.sigma * Math.sqrt(h);
  }
}
