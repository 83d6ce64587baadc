import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { PurchaseOrderTable } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';

/** Tries before giving up when other orders keep taking the next number. */
const ATTEMPTS = 20;

/**
 * Inserts a purchase order under the store's next number (its highest so far + 1) and returns the number.
 * Numbers are unique per store, and two orders may be made at once (a group order closing while the owner
 * turns suggestions into an order), both reading the same highest number. The later insert then does
 * nothing instead of failing — an error would abort the whole PostgreSQL transaction — and reads again:
 * PostgreSQL makes it wait for the other transaction and then sees that number taken; SQLite runs one
 * writer at a time. Call it inside the transaction that writes the order's lines.
 */
export async function insertPurchaseOrder(
  db: DbOrTrx,
  order: Omit<Insertable<PurchaseOrderTable>, 'number'>,
): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const highest = await db
      .selectFrom('purchase_orders')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('business_id', '=', order.business_id)
      .executeTakeFirst();
    const number = Number(highest?.number ?? 0) + 1;
    const inserted = await db
      .insertInto('purchase_orders')
      .values({ ...order, number })
      .onConflict((oc) => oc.columns(['business_id', 'number']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      return number;
    }
  }
  throw new AppError('conflict');
}

/** How a store's order number is shown: PO-0007. */
export function purchaseOrderLabel(number: number): string {
  return `PO-${String(number).padStart(4, '0')}`;
}
