import { setImmediate as nextTurn } from 'node:timers/promises';
import { epochDay } from '../days.ts';
import type { StoreHistory } from '../history.ts';
import type { InventorySettings } from '../settings.ts';
import type { ProductTerms } from '../terms.ts';
import type { StockDayRow, reportProducts } from './queries.ts';
import {
  currentForecast,
  lastSaleIndex,
  ReplayScratch,
  replayProduct,
  type HabitBasis,
  type ProductReplay,
  type StockDay,
} from './replay.ts';

/**
 * The cost-reduction report of one store, from its loaded history: the period replayed, every product's
 * replay, the dead stock and the overstock. Money in dollars here (the presenter rounds to cents).
 */

export type ReportProduct = Awaited<ReturnType<typeof reportProducts>>[number];

export interface ReportOptions {
  /** The period: the last `weeks` weeks, or as many as the history allows. */
  weeks: number;
  /** Dead stock: on hand, and no sale for this many days. */
  deadDays: number;
  /** Overstock: on hand covers more than this many weeks of forecast demand. */
  overstockWeeks: number;
}

/** Days Dari learns from before the period, at least; below this a product is too new to replay. */
export const LEARN_DAYS = 56;
/** Days Dari learns from at most (a year, as the benchmark). */
export const LEARN_MAX_DAYS = 364;
/** A shorter period is replayed but flagged: too short to trust the yearly figure. */
export const TRUSTED_DAYS = 182;
/** A shorter period is not replayed at all. */
export const MIN_REPLAY_DAYS = 28;
/** The habit skips a week when the shelf holds this many weeks of its order (simulate.ts habitRule). */
export const HABIT_SKIP_WEEKS = 3;

export interface ReportInput {
  history: StoreHistory;
  products: readonly ReportProduct[];
  terms: ReadonlyMap<string, ProductTerms>;
  stockDays: readonly StockDayRow[];
  settings: InventorySettings;
}

export interface ProductLine {
  product: ReportProduct;
  replay: ProductReplay;
}

export interface DeadLine {
  product: ReportProduct;
  onHand: number;
  value: number;
  /** Index of the last sale in the history, or -1 (none in it). */
  lastSale: number;
}

export interface OverLine {
  product: ReportProduct;
  onHand: number;
  dailyForecast: number;
  /** Weeks the on-hand lasts at the forecast (null: the forecast is zero). */
  coverWeeks: number | null;
  excessUnits: number;
  excessValue: number;
}

export interface CostReport {
  options: ReportOptions;
  settings: InventorySettings;
  /** The history's day 0 (epoch day) and end (today's index). */
  day0: number;
  end: number;
  /** First index with any movement (end: no history). */
  firstIndex: number;
  /** Replayed days [from, end); from = end when the history is too short. */
  from: number;
  basis: HabitBasis;
  lines: ProductLine[];
  /** Products with history that started too late to learn from before the period. */
  tooNew: number;
  dead: DeadLine[];
  over: OverLine[];
}

/**
 * The replayed days [from, end): the requested weeks, or as many whole weeks as the history allows after
 * LEARN_DAYS of learning (none below MIN_REPLAY_DAYS: from = end). `firstIndex`: the first day with any
 * movement.
 */
export function replayWindow(history: StoreHistory, weeks: number): { firstIndex: number; from: number } {
  const end = history.end;
  let firstIndex = end;
  for (const p of history.products) {
    firstIndex = Math.min(firstIndex, p.start);
  }
  const available = Math.floor((end - firstIndex - LEARN_DAYS) / 7) * 7;
  const days = Math.min(weeks * 7, available);
  return { firstIndex, from: days >= MIN_REPLAY_DAYS ? end - days : end };
}

function groupStockDays(rows: readonly StockDayRow[], day0: number): Map<string, StockDay[]> {
  const byProduct = new Map<string, StockDay[]>();
  for (const row of rows) {
    const day: StockDay = {
      index: epochDay(row.business_day) - day0,
      net: Number(row.net ?? 0),
      received: Number(row.received ?? 0),
      receipts: Number(row.receipts ?? 0),
    };
    const list = byProduct.get(row.product_id);
    if (list) {
      list.push(day);
    } else {
      byProduct.set(row.product_id, [day]);
    }
  }
  return byProduct;
}

/** Products between two turns of the event loop: a big store's report does not stall other requests. */
const CHUNK = 250;

export async function buildCostReport(input: ReportInput, options: ReportOptions): Promise<CostReport> {
  const { history, settings } = input;
  const end = history.end;
  const { firstIndex, from } = replayWindow(history, options.weeks);
  const byProduct = groupStockDays(input.stockDays, history.day0);
  const basis: HabitBasis = input.stockDays.some((row) => {
    const index = epochDay(row.business_day) - history.day0;
    return index >= from && index < end && Number(row.received ?? 0) > 0;
  })
    ? 'receipts'
    : 'sales';
  const products = new Map(input.products.map((p) => [p.id, p]));
  let maxLead = 1;
  for (const t of input.terms.values()) {
    maxLead = Math.max(maxLead, t.terms.leadDays);
  }
  const scratch = new ReplayScratch(end, maxLead);
  const report: CostReport = {
    options,
    settings,
    day0: history.day0,
    end,
    firstIndex,
    from,
    basis,
    lines: [],
    tooNew: 0,
    dead: [],
    over: [],
  };

  let done = 0;
  for (const item of history.products) {
    const product = products.get(item.productId);
    const terms = input.terms.get(item.productId);
    if (!product || !terms) {
      continue;
    }
    if (++done % CHUNK === 0) {
      await nextTurn();
    }
    const replayable = from < end && item.start <= from - LEARN_DAYS;
    let dailyForecast: number;
    if (replayable) {
      const replay = replayProduct(
        {
          ...item,
          stockDays: byProduct.get(item.productId) ?? [],
          terms: { ...terms.terms, price: product.price_cents / 100 },
        },
        { from, to: end },
        basis,
        scratch,
      );
      report.lines.push({ product, replay });
      dailyForecast = replay.dailyForecast;
    } else {
      report.tooNew += from < end ? 1 : 0;
      dailyForecast = currentForecast(item, end, scratch);
    }
    checkStock(report, product, item, terms.unitCostCents / 100, dailyForecast);
  }
  report.dead.sort((a, b) => b.value - a.value);
  report.over.sort((a, b) => b.excessValue - a.excessValue);
  return report;
}

/**
 * Dead stock: on hand, stocked for at least `deadDays`, and no sale in the last `deadDays`. Otherwise
 * overstock when the on-hand covers more than `overstockWeeks` of the forecast (any on-hand does, when
 * the forecast is zero).
 */
function checkStock(
  report: CostReport,
  product: ReportProduct,
  item: StoreHistory['products'][number],
  unitCost: number,
  dailyForecast: number,
): void {
  const { deadDays, overstockWeeks } = report.options;
  if (item.onHand <= 0) {
    return;
  }
  const end = report.end;
  const lastSale = lastSaleIndex(item.sales, item.start, end);
  if (item.start <= end - deadDays && lastSale < end - deadDays) {
    report.dead.push({ product, onHand: item.onHand, value: item.onHand * unitCost, lastSale });
    return;
  }
  const weekly = dailyForecast * 7;
  const keep = Math.ceil(weekly * overstockWeeks);
  if (item.onHand > keep) {
    const excessUnits = item.onHand - keep;
    report.over.push({
      product,
      onHand: item.onHand,
      dailyForecast,
      coverWeeks: weekly > 0 ? item.onHand / weekly : null,
      excessUnits,
      excessValue: excessUnits * unitCost,
    });
  }
}
