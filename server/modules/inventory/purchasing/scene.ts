import { newId } from '../../../platform/auth/secrets.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { PurchaseOrderStatus } from '../../../platform/db/schema.ts';
import { insertPurchaseOrder } from '../purchase-order-number.ts';
import { freshProduct, freshSupplier } from '../scene.ts';

/** Test support: a supplier's product, and a purchase order of it in a given state, written straight to the database. */

export async function suppliedProduct(db: Db, businessId: string) {
  const supplierId = await freshSupplier(db, businessId);
  await db
    .updateTable('suppliers')
    .set({ email: 'orders@hanmi.example', locale: 'ko' })
    .where('id', '=', supplierId)
    .execute();
  const product = await freshProduct(db, businessId);
  await db
    .insertInto('product_suppliers')
    .values({ product_id: product.id, supplier_id: supplierId, unit_cost_cents: 85, lead_time_days: null })
    .execute();
  return { supplierId, productId: product.id };
}

export async function freshOrder(
  db: Db,
  businessId: string,
  status: PurchaseOrderStatus = 'draft',
): Promise<{ id: string; productId: string; version: number }> {
  const { supplierId, productId } = await suppliedProduct(db, businessId);
  const id = newId();
  const stamp = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await insertPurchaseOrder(trx, {
      id,
      business_id: businessId,
      supplier_id: supplierId,
      status,
      locale: 'ko',
      group_order_id: null,
      created_by: null,
      created_at: stamp,
      sent_at: status === 'draft' ? null : stamp,
      updated_at: stamp,
    });
    await trx
      .insertInto('purchase_order_lines')
      .values({
        id: newId(),
        purchase_order_id: id,
        product_id: productId,
        position: 0,
        quantity: 24,
        unit_cost_cents: 85,
      })
      .execute();
  });
  return { id, productId, version: 1 };
}
