import { sql } from 'kysely';
import type { DbOrTrx } from '../../../platform/db/database.ts';

/** The report's names and prices of the store's products. */
export function reportProducts(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('products')
    .select(['id', 'sku', 'name_ko', 'name_en', 'category', 'unit_cost_cents', 'price_cents'])
    .where('business_id', '=', businessId)
    .execute();
}

export interface StockDayRow {
  product_id: string;
  business_day: string;
  net: number | string | null;
  received: number | string | null;
  receipts: number | string | null;
}

/**
 * Per product and business day from `firstDay` on: the net of every change that is not a sale (the sales
 * come from the history), and what was received; from `today` on, sales included, so that today's net
 * takes the on-hand back to the end of yesterday. Few rows: a store receives weekly, it sells daily.
 */
export async function stockDays(
  db: DbOrTrx,
  businessId: string,
  firstDay: string,
  today: string,
): Promise<StockDayRow[]> {
  return (await db
    .selectFrom('stock_movements')
    .select([
      'product_id',
      'business_day',
      sql<number>`sum(quantity)`.as('net'),
      sql<number>`sum(case when kind = 'receipt' then quantity else 0 end)`.as('received'),
      sql<number>`sum(case when kind = 'receipt' then 1 else 0 end)`.as('receipts'),
    ])
    .where('business_id', '=', businessId)
    .where('business_day', '>=', firstDay)
    .where((eb) => eb.or([eb('kind', '!=', 'sale'), eb('business_day', '>=', today)]))
    .groupBy(['product_id', 'business_day'])
    .execute()) as StockDayRow[];
}
