/**
 * Periodic-review replenishment: the store looks at an item every R days (R = 7: weekly, R = 1: daily)
 * and an order placed at a review arrives L days later. Nothing placed after this review can arrive before
 * review + R + L, so the stock position after ordering has to cover the demand of the next R + L days — the
 * *protection interval* — with the chosen cycle service level (probability that a cycle has no stock-out):
 *
 *   safety stock  SS = z(CSL) · σ_{R+L}
 *   reorder level s  = μ_{R+L} + SS            (order when the position is below it)
 *   order-up-to   S  = s + max(0, EOQ − μ_R)   (EOQ only where it fits; otherwise S = s: an (R, S) policy)
 *   order         q  = S − position, rounded up to a multiple of the pack, at least the minimum order
 *
 * μ and σ come from the item's forecast (sum of the daily forecasts of the next R + L days, and the
 * standard deviation of that sum's error). The textbook continuous-review reorder point μ_L + z·σ_L covers
 * only the lead time: under periodic review the position can fall below it just after a review and is only
 * looked at R days later, so up to R days of demand are uncovered and the service level silently falls far
 * short of the target. `continuousReviewReorderPoint` is here only to show that (tests, benchmark).
 */

export interface ItemTerms {
  /** Days between reviews (7 = weekly ordering, 1 = daily). */
  reviewDays: number;
  /** Days from order to receipt. */
  leadDays: number;
  /** Units per pack: orders are whole packs. */
  pack: number;
  /** Minimum order in units. */
  minOrder: number;
  unitCost: number;
  /** Holding cost per year as a share of the unit cost (capital, space, shrink): e.g. 0.25. */
  holdingRate: number;
  /** Cost of one order line (placing, receiving, paying). */
  orderCost: number;
  /** Target cycle service level, e.g. 0.95. */
  serviceLevel: number;
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
 * normalQuantile(0.95) = 1.6449, normalQuantile(0.5) = 0.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new RangeError(`service level must be strictly between 0 and 1, got ${p}`);
  }
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/**
 * Order quantity for a need of `need` units: 0 when need ≤ 0, otherwise at least the minimum order,
 * rounded up to a whole number of packs (rounding up never lowers the service level).
 */
export function roundOrder(need: number, pack: number, minOrder: number): number {
  if (!(need > 1e-9)) {
    return 0;
  }
  const p = pack > 0 ? pack : 1;
  const q = need > minOrder ? need : minOrder;
  return Math.ceil(q / p - 1e-9) * p;
}

/** Economic order quantity √(2·D·K / h): D units a year, K per order, h per unit-year held. */
export function economicOrderQuantity(
  annualDemand: number,
  orderCost: number,
  holdingPerUnitYear: number,
): number {
  if (!(annualDemand > 0) || !(orderCost > 0) || !(holdingPerUnitYear > 0)) {
    return 0;
  }
  return Math.sqrt((2 * annualDemand * orderCost) / holdingPerUnitYear);
}

export interface Levels {
  /** z for the cycle service level. */
  z: number;
  /** Expected demand over the protection interval R + L. */
  protectionDemand: number;
  /** Standard deviation of the protection-interval demand forecast error. */
  protectionSigma: number;
  safetyStock: number;
  /** s: order when the stock position (on hand + on order) is below it. */
  reorderLevel: number;
  /** S: order up to it. */
  orderUpTo: number;
  /** The EOQ used (0 when EOQ did not apply). */
  eoq: number;
}

/**
 * Levels of the periodic-review policy. `reviewDemand` is the expected demand over one review period
 * (for the EOQ lot), `annualDemand` the yearly rate. EOQ applies when `useEoq` (steady sellers) and the
 * EOQ exceeds a review period's demand: the order then covers several periods ((R, s, S)); otherwise
 * every review tops the position up to s ((R, S)).
 */
export function periodicReviewLevels(
  protectionDemand: number,
  protectionSigma: number,
  reviewDemand: number,
  annualDemand: number,
  terms: ItemTerms,
  useEoq: boolean,
): Levels {
  const z = normalQuantile(terms.serviceLevel);
  const safetyStock = Math.max(0, z * protectionSigma);
  const reorderLevel = protectionDemand + safetyStock;
  let eoq = 0;
  let orderUpTo = reorderLevel;
  if (useEoq) {
    const q = economicOrderQuantity(annualDemand, terms.orderCost, terms.unitCost * terms.holdingRate);
    if (q > reviewDemand) {
      eoq = q;
      orderUpTo = reorderLevel + (q - reviewDemand);
    }
  }
  return { z, protectionDemand, protectionSigma, safetyStock, reorderLevel, orderUpTo, eoq };
}

/** What to order at a review with this stock position (on hand + on order − backorders). */
export function orderQuantity(position: number, levels: Levels, terms: ItemTerms): number {
  if (position >= levels.reorderLevel) {
    return 0;
  }
  return roundOrder(levels.orderUpTo - position, terms.pack, terms.minOrder);
}

/**
 * The textbook continuous-review reorder point μ_L + z·σ_L (lead time only). NOT used by Dari: correct
 * only when the position is watched continuously; under review every R days it leaves R days uncovered.
 */
export function continuousReviewReorderPoint(
  leadDemand: number,
  leadSigma: number,
  serviceLevel: number,
): number {
  return leadDemand + normalQuantile(serviceLevel) * leadSigma;
}
