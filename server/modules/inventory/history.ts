import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { dayString, epochDay } from './days.ts';

/**
 * A store's daily history as the forecast reads it, straight from its stock movements: units sold per
 * business day, and which days were out of stock. Index i is epoch day `day0 + i`; `day0` is a multiple
 * of 7, so index mod 7 is the same weekday for every product (forecast/engine.ts needs that).
 *
 * A day is *out of stock* (censored: its sales are not its demand) when the product's on-hand across
 * the store's locations ended the day at or below zero — counted only from its first receipt or count,
 * because before that Dari does not know the stock (sales brought in from a till before the store
 * counted are history, not stock-outs).
 */
export interface ProductHistory {
  productId: string;
  /** First index with any movement of the product. */
  start: number;
  sales: Float64Array;
  outOfStock: Uint8Array;
  /** On hand now, all locations. */
  onHand: number;
}

export interface StoreHistory {
  /** Epoch day of index 0 (a multiple of 7). */
  day0: number;
  /** Index of `today`: the history covers the complete days [0, end). */
  end: number;
  today: string;
  products: ProductHistory[];
}

/** How far back the forecast reads by default: two years and a week of weekly cycles. */
export const HISTORY_DAYS = 735;

/** One product's days, `day:sold:net:stocked` joined by commas in day order (see loadStoreHistory). */
interface ProductDaysRow {
  product_id: string;
  days: string | null;
}

/** Epoch days of the few hundred distinct dates a history holds, parsed once each. */
const epochDays = new Map<string, number>();

function epochDayOf(day: string): number {
  let epoch = epochDays.get(day);
  if (epoch === undefined) {
    epoch = epochDay(day);
    if (epochDays.size < 100_000) {
      epochDays.set(day, epoch);
    }
  }
  return epoch;
}

/**
 * Every product's history up to (not including) `today` (YYYY-MM-DD, the store's day), at most
 * `maxDays` back; only `productIds` when given. Movements before the window still count towards the
 * on-hand the window starts from.
 *
 * The database sums each product's movements per day and joins a product's days into one string: one
 * row per product rather than one per product and day, because turning a million day rows into objects
 * cost far more than the query itself (3,000 products × 2 years: 9–13 s on SQLite before, a few after).
 * string_agg with ORDER BY exists in PostgreSQL and in SQLite since 3.44.
 */
export async function loadStoreHistory(
  db: DbOrTrx,
  businessId: string,
  today: string,
  options: { productIds?: readonly string[]; maxDays?: number } = {},
): Promise<StoreHistory> {
  const todayEpoch = epochDay(today);
  const firstWanted = todayEpoch - (options.maxDays ?? HISTORY_DAYS);
  const day0 = Math.floor(firstWanted / 7) * 7;
  const end = todayEpoch - day0;
  const ids = options.productIds;
  if (ids && ids.length === 0) {
    return { day0, end, today, products: [] };
  }
  let perDay = db
    .selectFrom('stock_movements')
    .select([
      'product_id',
      sql<string>`coalesce(business_day, '')`.as('day'),
      sql<number>`sum(case when kind = 'sale' then -quantity else 0 end)`.as('sold'),
      sql<number>`sum(quantity)`.as('net'),
      sql<number>`sum(case when kind in ('receipt', 'count') then 1 else 0 end)`.as('stocked'),
    ])
    .where('business_id', '=', businessId)
    .groupBy(['product_id', 'business_day']);
  if (ids) {
    perDay = perDay.where('product_id', 'in', ids);
  }
  const rows = (await db
    .selectFrom(perDay.as('d'))
    .select([
      'd.product_id',
      sql<string>`string_agg(d.day || ':' || d.sold || ':' || d.net || ':' || d.stocked, ',' order by d.day)`.as(
        'days',
      ),
    ])
    .groupBy('d.product_id')
    .orderBy('d.product_id')
    .execute()) as ProductDaysRow[];
  return { day0, end, today, products: rows.map((row) => productHistory(row, day0, end)) };
}

/** Walks one product's days in order, keeping the running on-hand (see the interface's comment). */
function productHistory(row: ProductDaysRow, day0: number, end: number): ProductHistory {
  const history: ProductHistory = {
    productId: row.product_id,
    start: end,
    sales: new Float64Array(end),
    outOfStock: new Uint8Array(end),
    onHand: 0,
  };
  let onHand = 0;
  let established = false;
  let lastIndex = -1;
  // Marks the days after `lastIndex` up to `until` (exclusive) out of stock if the shelf stayed empty.
  const carry = (until: number) => {
    if (established && onHand <= 0) {
      history.outOfStock.fill(1, Math.max(0, lastIndex + 1), Math.min(until, end));
    }
  };
  const text = row.days ?? '';
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf(',', at);
    const stop = next === -1 ? text.length : next;
    const [day = '', sold = '0', net = '0', stocked = '0'] = text.slice(at, stop).split(':');
    at = stop + 1;
    const index = day === '' ? -1 : epochDayOf(day) - day0;
    if (index >= end) {
      // Today's (incomplete) day: counts towards on-hand, not towards history.
      onHand += Number(net);
      continue;
    }
    carry(index);
    onHand += Number(net);
    established ||= Number(stocked) > 0;
    if (index < 0) {
      history.start = 0;
    } else {
      history.start = Math.min(history.start, index);
      history.sales[index] = Number(sold);
      if (established && onHand <= 0) {
        history.outOfStock[index] = 1;
      }
      lastIndex = index;
    }
  }
  carry(end);
  history.onHand = onHand;
  return history;
}

/** The YYYY-MM-DD date of index i of a history. */
export function historyDay(history: StoreHistory, index: number): string {
  return dayString(history.day0 + index);
}
