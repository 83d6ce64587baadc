import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Organization } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { localDay } from '../inventory/days.ts';
import { planProduct } from '../inventory/forecast/engine.ts';
import { loadStoreHistory } from '../inventory/history.ts';
import { inventorySettings } from '../inventory/settings.ts';
import * as queries from './queries.ts';

/**
 * What one store might commit: the order its own sales history suggests today for its product bought
 * from this supplier under this SKU — the same forecast and periodic-review policy as the store's
 * purchase suggestions (forecast/engine.ts planProduct), with the group order's supplier terms (its pack,
 * minimum and lead time from the store's link) at the break price. Nothing is stored.
 */
export async function suggestQuantity(
  db: DbOrTrx,
  organization: Organization,
  id: string,
  store: Business,
  now: Date,
) {
  const order = await queries.findOrder(db, organization.id, id, null);
  if (!order) {
    throw new AppError('not_found');
  }
  const match = await queries.matchingProduct(db, store.id, order.supplier_name, order.supplier_sku);
  if (!match) {
    return { product: null, onHand: 0, onOrder: 0, dailyDemand: 0, suggestedQuantity: 0 };
  }
  const settings = await inventorySettings(db, store.id);
  const history = await loadStoreHistory(db, store.id, localDay(now, settings.timeZone), {
    productIds: [match.product_id],
  });
  const sold = history.products[0];
  const onHand = sold?.onHand ?? 0;
  const onOrder = await queries.onOrder(db, store.id, match.product_id);
  const pack = Math.max(1, match.pack_size);
  const plan = sold
    ? planProduct(
        sold.sales,
        sold.outOfStock,
        sold.start,
        history.end,
        {
          reviewDays: settings.reviewDays,
          leadDays: Math.max(0, match.lead_time_days ?? match.supplier_lead_time_days),
          pack,
          minOrder: pack * Math.max(1, match.min_order_packs),
          unitCost: order.break_cost_cents / 100,
          holdingRate: settings.holdingRate,
          orderCost: settings.orderCostCents / 100,
          serviceLevel: settings.serviceLevel,
        },
        onHand + onOrder,
      )
    : null;
  return {
    product: { id: match.product_id, sku: match.sku, nameKo: match.name_ko, nameEn: match.name_en },
    onHand,
    onOrder,
    dailyDemand: plan?.dailyForecast ?? 0,
    suggestedQuantity: plan?.order ?? 0,
  };
}
