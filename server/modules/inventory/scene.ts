import { newId } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';

/** Test support: rows written straight to the database, for requests that need a target. */

export async function freshSupplier(db: Db, businessId: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('suppliers')
    .values({
      id,
      business_id: businessId,
      name: `Supplier ${id.slice(0, 6)}`,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export async function freshProduct(
  db: Db,
  businessId: string,
): Promise<{ id: string; sku: string; barcode: string }> {
  const id = newId();
  const sku = `SKU-${id.slice(0, 8)}`;
  const barcode = `880${id.replace(/\D/g, '').padEnd(10, '7').slice(0, 10)}`;
  const stamp = new Date().toISOString();
  await db
    .insertInto('products')
    .values({
      id,
      business_id: businessId,
      sku,
      barcode,
      name_ko: '신라면',
      name_en: 'Shin Ramyun',
      category: 'noodles',
      unit_cost_cents: 90,
      price_cents: 150,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return { id, sku, barcode };
}
