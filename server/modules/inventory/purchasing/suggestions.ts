import type { DbOrTrx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { dayString, localDay } from '../days.ts';
import { PlanScratch, planProduct, trackAccuracy } from '../forecast/engine.ts';
import { orderQuantity, periodicReviewLevels, type ItemTerms, type Levels } from '../forecast/policy.ts';
import { loadStoreHistory, type ProductHistory } from '../history.ts';
import { findProduct, listSuppliers } from '../queries.ts';
import { inventorySettings } from '../settings.ts';
import { loadProductTerms, type ProductTerms } from '../terms.ts';
import { productNames, unitsOnOrder } from './queries.ts';
import type { SuggestionQuery } from './schema.ts';

/** Weeks of forecasts the accuracy is tracked over. */
export const ACCURACY_WEEKS = 8;
/**
 * Below this many weeks since its first sale a product has too little history for a method and its
 * accuracy: it gets the short-history fallback and the verdict "too-little-history". It is also the
 * number of scored weeks a forecast must have beaten the baseline over to be trusted.
 */
export const MIN_WEEKS = 4;

export type Verdict = 'trust' | 'watch' | 'too-little-history';

interface Plan {
  demandClass: string;
  method: string;
  dailyForecast: number;
  levels: Levels;
  order: number;
  accuracy: { verdict: Verdict; mase: number | null; baselineMase: number | null; weeks: number };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const finite = (v: number) => (Number.isFinite(v) ? round2(v) : null);

/** Weeks from the product's first sale to the end of its history (0: never sold). */
function weeksOfSales(history: ProductHistory | undefined, end: number): number {
  if (!history) {
    return 0;
  }
  for (let i = history.start; i < end; i++) {
    if ((history.sales[i] ?? 0) > 0) {
      return (end - i) / 7;
    }
  }
  return 0;
}

/**
 * The fallback for a product with too little history to fit a method: its average daily sales over the
 * in-stock days since its first movement (all days, a lower bound, when it was never in stock), a Poisson
 * spread (variance = mean) since a few days cannot estimate one, and no EOQ. A product that never moved
 * gets no suggestion (nothing to go by; the owner orders its first stock).
 */
function shortHistoryPlan(
  history: ProductHistory | undefined,
  end: number,
  terms: ItemTerms,
  position: number,
): Plan {
  let sold = 0;
  let days = 0;
  let allSold = 0;
  const start = history?.start ?? end;
  for (let i = start; i < end; i++) {
    const v = history?.sales[i] ?? 0;
    allSold += v;
    if ((history?.outOfStock[i] ?? 0) === 0) {
      sold += v;
      days++;
    }
  }
  const rate = days > 0 ? sold / days : end > start ? allSold / (end - start) : 0;
  const protection = terms.reviewDays + terms.leadDays;
  const mean = rate * protection;
  const levels = periodicReviewLevels(
    mean,
    Math.sqrt(mean),
    rate * terms.reviewDays,
    rate * 365,
    terms,
    false,
  );
  return {
    demandClass: 'new',
    method: 'average',
    dailyForecast: rate,
    levels,
    order: orderQuantity(position, levels, terms),
    accuracy: { verdict: 'too-little-history', mase: null, baselineMase: null, weeks: 0 },
  };
}

/** Trusted when the forecast beat "same as last week" over the tracked weeks, with enough of them scored. */
function verdictOf(mase: number, baselineMase: number, scoredWeeks: number): Verdict {
  return scoredWeeks >= MIN_WEEKS && mase < baselineMase ? 'trust' : 'watch';
}

function planItem(
  history: ProductHistory | undefined,
  end: number,
  terms: ItemTerms,
  position: number,
  scratch: PlanScratch,
): Plan {
  if (!history || weeksOfSales(history, end) < MIN_WEEKS) {
    return shortHistoryPlan(history, end, terms, position);
  }
  const plan = planProduct(history.sales, history.outOfStock, history.start, end, terms, position, scratch);
  const track = trackAccuracy(history.sales, history.outOfStock, history.start, end, ACCURACY_WEEKS, scratch);
  const scored = track.mase.filter(Number.isFinite).length;
  return {
    demandClass: plan.demandClass,
    method: plan.method,
    dailyForecast: plan.dailyForecast,
    levels: plan.levels,
    order: plan.order,
    accuracy: {
      verdict: verdictOf(track.overall, track.baselineOverall, scored),
      mase: finite(track.overall),
      baselineMase: finite(track.baselineOverall),
      weeks: scored,
    },
  };
}

type NameRow = Awaited<ReturnType<typeof productNames>>[number];
type SuggestionLine = ReturnType<typeof suggestionLine>;

function suggestionLine(
  product: NameRow,
  t: ProductTerms,
  history: ProductHistory | undefined,
  end: number,
  open: { onOrder: number; inDraft: number },
  scratch: PlanScratch,
) {
  const onHand = history?.onHand ?? 0;
  const plan = planItem(history, end, t.terms, onHand + open.onOrder, scratch);
  return {
    productId: product.id,
    sku: product.sku,
    nameKo: product.name_ko,
    nameEn: product.name_en,
    supplierSku: t.supplierSku,
    packSize: t.terms.pack,
    minOrder: t.terms.minOrder,
    leadDays: t.terms.leadDays,
    unitCostCents: t.unitCostCents,
    demandClass: plan.demandClass,
    method: plan.method,
    dailyForecast: round2(plan.dailyForecast),
    safetyStock: round2(plan.levels.safetyStock),
    reorderLevel: round2(plan.levels.reorderLevel),
    orderUpTo: round2(plan.levels.orderUpTo),
    onHand,
    onOrder: open.onOrder,
    inDraft: open.inDraft,
    suggested: plan.order,
    accuracy: plan.accuracy,
  };
}

/**
 * What to order today, for every product with a supplier, grouped by supplier: the forecast and levels
 * from the product's own history (one query for the whole store), the order for the stock position
 * on hand + on order (sent orders not yet received; drafts are shown but not counted, as they are not
 * ordered yet), and how far the forecast can be trusted.
 */
export async function suggestions(db: DbOrTrx, businessId: string, query: SuggestionQuery, now: Date) {
  const settings = await inventorySettings(db, businessId);
  const today = localDay(now, settings.timeZone);
  const [terms, history, onOrder, names, suppliers] = await Promise.all([
    loadProductTerms(db, businessId, settings),
    loadStoreHistory(db, businessId, today),
    unitsOnOrder(db, businessId),
    productNames(db, businessId),
    listSuppliers(db, businessId),
  ]);
  const started = performance.now();
  const histories = new Map(history.products.map((p) => [p.productId, p]));
  const named = new Map(names.map((n) => [n.id, n]));
  const groups = new Map(
    suppliers
      .filter((s) => query.supplierId === undefined || s.id === query.supplierId)
      .map((s) => [
        s.id,
        {
          supplierId: s.id,
          supplierName: s.name,
          supplierEmail: s.email,
          locale: s.locale,
          items: [] as SuggestionLine[],
          totals: { lines: 0, units: 0, costCents: 0 },
        },
      ]),
  );
  const scratch = new PlanScratch(history.end);
  for (const [productId, t] of terms) {
    const group = t.supplierId ? groups.get(t.supplierId) : undefined;
    const product = named.get(productId);
    if (!group || !product) {
      continue;
    }
    const open = onOrder.get(productId) ?? { onOrder: 0, inDraft: 0 };
    const line = suggestionLine(product, t, histories.get(productId), history.end, open, scratch);
    if (query.toOrder && line.suggested === 0) {
      continue;
    }
    group.items.push(line);
    if (line.suggested > 0) {
      group.totals.lines++;
      group.totals.units += line.suggested;
      group.totals.costCents += line.suggested * line.unitCostCents;
    }
  }
  const list = [...groups.values()].filter((g) => g.items.length > 0);
  for (const group of list) {
    group.items.sort(
      (a, b) => Number(b.suggested > 0) - Number(a.suggested > 0) || a.sku.localeCompare(b.sku),
    );
  }
  list.sort(
    (a, b) => b.totals.costCents - a.totals.costCents || a.supplierName.localeCompare(b.supplierName),
  );
  return {
    today,
    reviewDays: settings.reviewDays,
    serviceLevel: settings.serviceLevel,
    suppliers: list,
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** One product's forecast accuracy week by week (method and seasonal-naive baseline), for a small chart. */
export async function productAccuracy(db: DbOrTrx, businessId: string, productId: string, now: Date) {
  if (!(await findProduct(db, businessId, productId))) {
    throw new AppError('not_found');
  }
  const settings = await inventorySettings(db, businessId);
  const history = await loadStoreHistory(db, businessId, localDay(now, settings.timeZone), {
    productIds: [productId],
  });
  const product = history.products[0];
  if (!product || weeksOfSales(product, history.end) < MIN_WEEKS) {
    return {
      productId,
      verdict: 'too-little-history' as const,
      demandClass: 'new',
      method: 'average',
      mase: null,
      baselineMase: null,
      weeks: [],
    };
  }
  const track = trackAccuracy(product.sales, product.outOfStock, product.start, history.end, ACCURACY_WEEKS);
  const scored = track.mase.filter(Number.isFinite).length;
  return {
    productId,
    verdict: verdictOf(track.overall, track.baselineOverall, scored),
    demandClass: track.demandClass,
    method: track.method,
    mase: finite(track.overall),
    baselineMase: finite(track.baselineOverall),
    weeks: track.origins.map((origin, i) => ({
      start: dayString(history.day0 + origin),
      mase: finite(track.mase[i] ?? NaN),
      baselineMase: finite(track.baselineMase[i] ?? NaN),
    })),
  };
}
