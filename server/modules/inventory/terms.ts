import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ItemTerms } from './forecast/policy.ts';
import type { InventorySettings } from './settings.ts';

/** A product's ordering terms: from its preferred supplier (else its cheapest), or none when it has no supplier. */
export interface ProductTerms {
  productId: string;
  supplierId: string | null;
  supplierSku: string;
  terms: ItemTerms;
  unitCostCents: number;
}

/**
 * Every product's terms, or only `productIds`: the store's review period, service level and costs from
 * its settings; lead time, pack, minimum order and cost from the product's supplier (the product's own
 * cost and a one-unit pack when it has none). Money in ItemTerms is in dollars.
 */
export async function loadProductTerms(
  db: DbOrTrx,
  businessId: string,
  settings: InventorySettings,
  productIds?: readonly string[],
): Promise<Map<string, ProductTerms>> {
  let query = db
    .selectFrom('products')
    .leftJoin('product_suppliers', 'product_suppliers.product_id', 'products.id')
    .leftJoin('suppliers', 'suppliers.id', 'product_suppliers.supplier_id')
    .select([
      'products.id as product_id',
      'products.unit_cost_cents as product_cost',
      'product_suppliers.supplier_id',
      'product_suppliers.supplier_sku',
      'product_suppliers.pack_size',
      'product_suppliers.min_order_packs',
      'product_suppliers.unit_cost_cents as supplier_cost',
      'product_suppliers.lead_time_days as product_lead',
      'product_suppliers.preferred',
      'suppliers.lead_time_days as supplier_lead',
    ])
    .where('products.business_id', '=', businessId);
  if (productIds) {
    if (productIds.length === 0) {
      return new Map();
    }
    query = query.where('products.id', 'in', productIds);
  }
  const rows = await query.execute();
  const chosen = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const previous = chosen.get(row.product_id);
    const better =
      !previous ||
      (row.preferred ?? 0) > (previous.preferred ?? 0) ||
      ((row.preferred ?? 0) === (previous.preferred ?? 0) &&
        (row.supplier_cost ?? Infinity) < (previous.supplier_cost ?? Infinity));
    if (better) {
      chosen.set(row.product_id, row);
    }
  }
  const result = new Map<string, ProductTerms>();
  for (const [productId, row] of chosen) {
    const pack = Math.max(1, row.pack_size ?? 1);
    const unitCostCents = row.supplier_cost ?? row.product_cost;
    result.set(productId, {
      productId,
      supplierId: row.supplier_id,
      supplierSku: row.supplier_sku ?? '',
      unitCostCents,
      terms: {
        reviewDays: settings.reviewDays,
        leadDays: Math.max(0, row.product_lead ?? row.supplier_lead ?? 7),
        pack,
        minOrder: pack * Math.max(1, row.min_order_packs ?? 1),
        unitCost: unitCostCents / 100,
        holdingRate: settings.holdingRate,
        orderCost: settings.orderCostCents / 100,
        serviceLevel: settings.serviceLevel,
      },
    });
  }
  return result;
}
