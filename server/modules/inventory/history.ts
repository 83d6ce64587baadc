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

interface DayRow {
  product_id: string;
  business_day: string;
  sold: number | string | null;
  net: number | string | null;
  stocked: number | string | null;
}

/**
 * Every product's history up to (not including) `today` (YYYY-MM-DD, the store's day), at most
 * `maxDays` back; only `productIds` when given. Movements before the window still count towards the
 * on-hand the window starts from.
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
  let query = db
    .selectFrom('stock_movements')
    .select([
      'product_id',
      'business_day',
      sql<number>`sum(case when kind = 'sale' then -quantity else 0 end)`.as('sold'),
      sql<number>`sum(quantity)`.as('net'),
      sql<number>`sum(case when kind in ('receipt', 'count') then 1 else 0 end)`.as('stocked'),
    ])
    .where('business_id', '=', businessId)
    .groupBy(['product_id', 'business_day'])
    .orderBy('product_id')
    .orderBy('business_day');
  if (ids) {
    query = query.where('product_id', 'in', ids);
  }
  const rows = (await query.execute()) as DayRow[];

  const products: ProductHistory[] = [];
  let current: ProductHistory | null = null;
  let onHand = 0;
  let established = false;
  let lastIndex = -1;
  // Fills the days after `lastIndex` up to `until` (exclusive) with the running on-hand's state.
  const carry = (history: ProductHistory, until: number) => {
    if (established && onHand <= 0) {
      for (let i = Math.max(0, lastIndex + 1); i < Math.min(until, end); i++) {
        history.outOfStock[i] = 1;
      }
    }
  };
  const finish = () => {
    if (current) {
      carry(current, end);
      current.onHand = onHand;
    }
  };
  for (const row of rows) {
    if (!current || current.productId !== row.product_id) {
      finish();
      current = {
        productId: row.product_id,
        start: end,
        sales: new Float64Array(end),
        outOfStock: new Uint8Array(end),
        onHand: 0,
      };
      products.push(current);
      onHand = 0;
      established = false;
      lastIndex = -1;
    }
    const index = row.business_day ? epochDay(row.business_day) - day0 : -1;
    if (index >= end) {
      // Today's (incomplete) day: counts towards on-hand, not towards history.
      onHand += Number(row.net ?? 0);
      continue;
    }
    carry(current, index);
    onHand += Number(row.net ?? 0);
    established ||= Number(row.stocked ?? 0) > 0;
    if (index < 0) {
      current.start = 0;
    } else {
      current.start = Math.min(current.start, index);
      current.sales[index] = Number(row.sold ?? 0);
      if (established && onHand <= 0) {
        current.outOfStock[index] = 1;
      }
      lastIndex = index;
    }
  }
  finish();
  return { day0, end, today, products };
}

/** The YYYY-MM-DD date of index i of a history. */
export function historyDay(history: StoreHistory, index: number): string {
  return dayString(history.day0 + index);
}
