import { newId } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { dayString, epochDay } from '../inventory/days.ts';

/** Test support: group orders written straight to the database, for requests that need one. */

/** The date `days` from today (UTC), YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  return dayString(epochDay(new Date().toISOString().slice(0, 10)) + days);
}

export async function freshGroupOrder(
  db: Db,
  organizationId: string,
  organizer: { userId?: string; businessId?: string } = {},
): Promise<string> {
  const id = newId();
  const stamp = new Date().toISOString();
  await db
    .insertInto('group_orders')
    .values({
      id,
      organization_id: organizationId,
      organizer_business_id: organizer.businessId ?? null,
      organizer_user_id: organizer.userId ?? null,
      supplier_name: 'Hanmi Foods',
      supplier_sku: 'HM-SHIN-40',
      title_ko: '신라면 박스',
      title_en: 'Shin Ramyun case',
      unit_cost_cents: 2400,
      break_quantity: 100,
      break_cost_cents: 2000,
      closes_on: daysFromToday(30),
      status: 'open',
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}
