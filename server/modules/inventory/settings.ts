import type { DbOrTrx } from '../../platform/db/database.ts';

/** How a store orders (inventory_settings), with the defaults a store has before it changes anything. */
export interface InventorySettings {
  /** Days between ordering reviews: 1 (daily) or 7 (weekly). */
  reviewDays: number;
  /** Target cycle service level, e.g. 0.95. */
  serviceLevel: number;
  /** Yearly holding cost as a share of unit cost (capital, space, shrink). */
  holdingRate: number;
  /** Cost of placing and receiving one order line. */
  orderCostCents: number;
  /** The store's time zone: its business days. */
  timeZone: string;
  posFormat: string | null;
  posMapping: string | null;
}

export const DEFAULT_SETTINGS: InventorySettings = {
  reviewDays: 7,
  serviceLevel: 0.95,
  holdingRate: 0.25,
  orderCostCents: 500,
  timeZone: 'America/Chicago',
  posFormat: null,
  posMapping: null,
};

export async function inventorySettings(db: DbOrTrx, businessId: string): Promise<InventorySettings> {
  const row = await db
    .selectFrom('inventory_settings')
    .selectAll()
    .where('business_id', '=', businessId)
    .executeTakeFirst();
  if (!row) {
    return { ...DEFAULT_SETTINGS };
  }
  return {
    reviewDays: row.review_days,
    serviceLevel: Number(row.service_level),
    holdingRate: Number(row.holding_rate),
    orderCostCents: row.order_cost_cents,
    timeZone: row.time_zone,
    posFormat: row.pos_format,
    posMapping: row.pos_mapping,
  };
}

/** Saves the given settings (others keep their value or default), creating the row on first save. */
export async function saveSettings(
  db: DbOrTrx,
  businessId: string,
  changes: Partial<InventorySettings>,
  now: Date,
): Promise<InventorySettings> {
  const merged = { ...(await inventorySettings(db, businessId)), ...changes };
  const row = {
    review_days: merged.reviewDays,
    service_level: merged.serviceLevel,
    holding_rate: merged.holdingRate,
    order_cost_cents: merged.orderCostCents,
    time_zone: merged.timeZone,
    pos_format: merged.posFormat,
    pos_mapping: merged.posMapping,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('inventory_settings')
    .values({ business_id: businessId, ...row })
    .onConflict((oc) => oc.column('business_id').doUpdateSet(row))
    .execute();
  return merged;
}
