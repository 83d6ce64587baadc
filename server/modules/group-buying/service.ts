import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Organization } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { isDay, localDay } from '../inventory/days.ts';
import { DEFAULT_SETTINGS, inventorySettings } from '../inventory/settings.ts';
import type { Viewer } from './access.ts';
import { groupBuyingError } from './messages.ts';
import { presentCommitment, presentMyStore, presentStore, presentSummary } from './presenter.ts';
import * as queries from './queries.ts';
import type { GroupOrderCreateBody } from './schema.ts';

/** Enough for an organization's open orders and its recent history. */
const LIST_LIMIT = 200;

export const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: groupBuyingError(name, params) } });

/**
 * A group order's calendar: the day in its organizer store's time zone (the stores of one organization
 * share a city), else Dari's default zone. Remembered per store for one request.
 */
export function calendar(db: DbOrTrx, now: Date) {
  const days = new Map<string, string>();
  return async (organizerBusinessId: string | null): Promise<string> => {
    const key = organizerBusinessId ?? '';
    let day = days.get(key);
    if (day === undefined) {
      const zone = organizerBusinessId
        ? (await inventorySettings(db, organizerBusinessId)).timeZone
        : DEFAULT_SETTINGS.timeZone;
      day = localDay(now, zone);
      days.set(key, day);
    }
    return day;
  };
}

export async function listOrders(db: DbOrTrx, organization: Organization, viewer: Viewer, now: Date) {
  const rows = await queries.listOrders(db, organization.id, viewer.userId, LIST_LIMIT);
  const today = calendar(db, now);
  const items = [];
  for (const row of rows) {
    items.push(presentSummary(row, await today(row.organizer_business_id)));
  }
  const stores = viewer.userId ? await queries.storesOfUser(db, organization.id, viewer.userId) : [];
  return {
    organization: presentStore(organization),
    canOrganize: viewer.canOrganize,
    myStores: stores.map(presentStore),
    items,
  };
}

async function orderOrThrow(db: DbOrTrx, organization: Organization, id: string, viewer: Viewer) {
  const row = await queries.findOrder(db, organization.id, id, viewer.userId);
  if (!row) {
    throw new AppError('not_found');
  }
  return row;
}

/**
 * The order as the viewer may see it. Its organizer (the person who started it, or the people of the
 * store it was started for) and the organization's admins see every store's commitment; other stores
 * see the pooled total and their own commitment only.
 */
export async function getOrder(
  db: DbOrTrx,
  organization: Organization,
  id: string,
  viewer: Viewer,
  now: Date,
) {
  const row = await orderOrThrow(db, organization, id, viewer);
  const stores = viewer.userId ? await queries.storesOfUser(db, organization.id, viewer.userId, id) : [];
  const isOrganizer =
    (viewer.userId !== null && row.organizer_user_id === viewer.userId) ||
    stores.some((store) => store.id === row.organizer_business_id);
  const canManage = viewer.organizationAdmin || isOrganizer;
  const lines = canManage ? (await queries.commitments(db, id)).map(presentCommitment) : null;
  return {
    ...presentSummary(row, await calendar(db, now)(row.organizer_business_id)),
    canManage,
    myStores: stores.map(presentMyStore),
    commitments: lines,
  };
}

export type GroupOrderView = Awaited<ReturnType<typeof getOrder>>;

function requiredText(field: string, value: string): string {
  const text = value.trim();
  if (!text) {
    throw invalid(field, 'textMissing');
  }
  return text;
}

export async function createOrder(
  trx: DbOrTrx,
  organization: Organization,
  viewer: Viewer,
  body: GroupOrderCreateBody,
  organizerStore: Business | null,
  now: Date,
) {
  const supplierName = requiredText('supplierName', body.supplierName);
  const supplierSku = requiredText('supplierSku', body.supplierSku);
  const titleKo = requiredText('titleKo', body.titleKo);
  const titleEn = requiredText('titleEn', body.titleEn);
  if (body.breakCostCents >= body.unitCostCents) {
    throw invalid('breakCostCents', 'breakNotLower');
  }
  if (!isDay(body.closesOn)) {
    throw invalid('closesOn', 'dateInvalid');
  }
  const today = await calendar(trx, now)(organizerStore?.id ?? null);
  if (body.closesOn < today) {
    throw invalid('closesOn', 'closesInPast', { today });
  }
  const id = newId();
  const stamp = now.toISOString();
  await queries.insertOrder(trx, {
    id,
    organization_id: organization.id,
    organizer_business_id: organizerStore?.id ?? null,
    organizer_user_id: viewer.userId,
    supplier_name: supplierName,
    supplier_sku: supplierSku,
    title_ko: titleKo,
    title_en: titleEn,
    unit_cost_cents: body.unitCostCents,
    break_quantity: body.breakQuantity,
    break_cost_cents: body.breakCostCents,
    closes_on: body.closesOn,
    status: 'open',
    created_at: stamp,
    updated_at: stamp,
  });
  return getOrder(trx, organization, id, viewer, now);
}

/** Refuses a change to a closed or cancelled order, or after its closing day. */
function notChangeable(status: string, closesOn: string, today: string): AppError | null {
  if (status !== 'open') {
    return new AppError('conflict', {
      fields: { quantity: groupBuyingError(status === 'cancelled' ? 'cancelled' : 'closed') },
    });
  }
  if (today > closesOn) {
    return new AppError('conflict', {
      fields: { quantity: groupBuyingError('joiningClosed', { date: closesOn }) },
    });
  }
  return null;
}

/**
 * Locks the order (a close waits for this commitment, or this commitment sees the close) and checks,
 * inside the lock, that it still takes commitments.
 */
async function lockChangeable(trx: DbOrTrx, organization: Organization, id: string, now: Date) {
  const locked = await queries.lockOrder(trx, organization.id, id, now.toISOString());
  if (!locked) {
    throw new AppError('not_found');
  }
  const refusal = notChangeable(
    locked.status,
    locked.closes_on,
    await calendar(trx, now)(locked.organizer_business_id),
  );
  if (refusal) {
    throw refusal;
  }
  return locked;
}

/** Sets the store's quantity: joining, or changing it. */
export async function commit(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  store: Business,
  viewer: Viewer & { userId: string },
  quantity: number,
  now: Date,
) {
  await lockChangeable(trx, organization, id, now);
  await queries.saveCommitment(trx, id, store.id, quantity, viewer.userId, now.toISOString());
  return getOrder(trx, organization, id, viewer, now);
}

export async function withdraw(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  store: Business,
  viewer: Viewer,
  now: Date,
) {
  await lockChangeable(trx, organization, id, now);
  await queries.deleteCommitment(trx, id, store.id);
  return getOrder(trx, organization, id, viewer, now);
}
