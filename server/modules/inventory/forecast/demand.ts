/**
 * Demand cleaning and demand statistics over one product's daily history.
 *
 * A day on which the item was out of stock (for all or part of the day) is *censored*: what sold is a lower
 * bound on what customers wanted, not the demand. Reading it as zero would teach every method that the
 * item sells less than it does, the policy would then stock less, run out more often, record more zeros…
 * So censored days are never used as observations (no error is scored on them, Croston skips them), and
 * where a method needs a complete series (exponential smoothing runs over every day to keep its weekly
 * cycle aligned) the day is filled with an estimate: the mean of the last (up to) four uncensored sales on
 * the same weekday, or the sales of that day if those were higher.
 */

/** How many same-weekday observations the estimate of a censored day averages. */
export const IMPUTE_WEEKS = 4;

/**
 * Writes the cleaned demand of days [start, end) into `out` (same indices as `sales`). Uses only the past
 * (a censored day is estimated from earlier weeks), so running it on a prefix gives the same values as on
 * the whole history. `ring` is scratch of at least 8 × IMPUTE_WEEKS numbers (allocated if not given).
 * A censored day with no uncensored same-weekday history takes the mean of all earlier uncensored days,
 * or its own sales when there are none.
 */
export function cleanDemand(
  sales: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
  out: Float64Array,
  ring: Float64Array = new Float64Array(8 * IMPUTE_WEEKS),
): void {
  // ring[w * IMPUTE_WEEKS + k]: the last uncensored values of weekday slot w (t mod 7), newest
  // overwriting the oldest; ring[7 * IMPUTE_WEEKS + w]: how many have been seen for slot w.
  const counts = 7 * IMPUTE_WEEKS;
  for (let w = 0; w < 7; w++) {
    ring[counts + w] = 0;
  }
  let total = 0;
  let count = 0;
  for (let t = start; t < end; t++) {
    const w = t % 7;
    const y = sales[t] ?? 0;
    const filled = ring[counts + w] ?? 0;
    if ((outOfStock[t] ?? 0) === 0) {
      ring[w * IMPUTE_WEEKS + (filled % IMPUTE_WEEKS)] = y;
      ring[counts + w] = filled + 1;
      total += y;
      count++;
      out[t] = y;
      continue;
    }
    let estimate: number;
    const k = filled < IMPUTE_WEEKS ? filled : IMPUTE_WEEKS;
    if (k > 0) {
      let sum = 0;
      for (let i = 0; i < k; i++) {
        sum += ring[w * IMPUTE_WEEKS + i] ?? 0;
      }
      estimate = sum / k;
    } else {
      estimate = count > 0 ? total / count : y;
    }
    out[t] = y > estimate ? y : estimate;
  }
}

export interface DemandStats {
  /** Uncensored days considered. */
  days: number;
  /** Days with a positive sale among them. */
  demandDays: number;
  /** Average inter-demand interval: days / demandDays (Infinity when nothing sold). */
  adi: number;
  /** Squared coefficient of variation of the non-zero demand sizes (0 when fewer than two). */
  cv2: number;
  /** Mean daily demand over the uncensored days. */
  mean: number;
  /**
   * Share of the day-to-day variance explained by the weekday (between-weekday variance of the weekday
   * means over total variance, 0..1): how strong the weekly pattern is.
   */
  weeklyStrength: number;
}

/** Demand statistics of the uncensored days in [start, end). */
export function demandStats(
  demand: ArrayLike<number>,
  outOfStock: ArrayLike<number>,
  start: number,
  end: number,
): DemandStats {
  let days = 0;
  let demandDays = 0;
  let sum = 0;
  let sumSq = 0;
  let nzSum = 0;
  let nzSumSq = 0;
  const wSum = [0, 0, 0, 0, 0, 0, 0];
  const wCount = [0, 0, 0, 0, 0, 0, 0];
  for (let t = start; t < end; t++) {
    if ((outOfStock[t] ?? 0) !== 0) {
      continue;
    }
    const y = demand[t] ?? 0;
    days++;
    sum += y;
    sumSq += y * y;
    const w = t % 7;
    wSum[w] = (wSum[w] ?? 0) + y;
    wCount[w] = (wCount[w] ?? 0) + 1;
    if (y > 0) {
      demandDays++;
      nzSum += y;
      nzSumSq += y * y;
    }
  }
  const mean = days > 0 ? sum / days : 0;
  const variance = days > 0 ? sumSq / days - mean * mean : 0;
  let between = 0;
  for (let w = 0; w < 7; w++) {
    const c = wCount[w] ?? 0;
    if (c > 0) {
      const d = (wSum[w] ?? 0) / c - mean;
      between += c * d * d;
    }
  }
  between = days > 0 ? between / days : 0;
  const nzMean = demandDays > 0 ? nzSum / demandDays : 0;
  const nzVar = demandDays > 1 ? nzSumSq / demandDays - nzMean * nzMean : 0;
  return {
    days,
    demandDays,
    adi: demandDays > 0 ? days / demandDays : Infinity,
    cv2: demandDays > 1 && nzMean > 0 ? Math.max(0, nzVar) / (nzMean * nzMean) : 0,
    mean,
    weeklyStrength: variance > 1e-12 ? Math.min(1, between / variance) : 0,
  };
}
