import type { DbOrTrx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { isTimeZone } from '../days.ts';
import { inventorySettings, saveSettings, type InventorySettings } from '../settings.ts';
import { purchasingError } from './messages.ts';
import type { OrderingSettingsBody } from './schema.ts';

/** How the store orders: the settings the suggestions use (the POS mapping belongs to the sales import). */
function present(settings: InventorySettings) {
  return {
    reviewDays: settings.reviewDays,
    serviceLevel: settings.serviceLevel,
    holdingRate: settings.holdingRate,
    orderCostCents: settings.orderCostCents,
    timeZone: settings.timeZone,
  };
}

export async function orderingSettings(db: DbOrTrx, businessId: string) {
  return present(await inventorySettings(db, businessId));
}

/** Saves the given settings. A new time zone applies to movements recorded from now on. */
export async function saveOrderingSettings(
  trx: DbOrTrx,
  businessId: string,
  body: OrderingSettingsBody,
  now: Date,
) {
  const timeZone = body.timeZone?.trim();
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new AppError('validation_failed', { fields: { timeZone: purchasingError('timeZoneUnknown') } });
  }
  const changes: Partial<InventorySettings> = {
    ...(body.reviewDays !== undefined ? { reviewDays: body.reviewDays } : {}),
    ...(body.serviceLevel !== undefined ? { serviceLevel: body.serviceLevel } : {}),
    ...(body.holdingRate !== undefined ? { holdingRate: body.holdingRate } : {}),
    ...(body.orderCostCents !== undefined ? { orderCostCents: body.orderCostCents } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
  };
  return present(await saveSettings(trx, businessId, changes, now));
}
