import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Organization } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n/index.ts';
import { insertPurchaseOrder, purchaseOrderLabel } from '../inventory/purchase-order-number.ts';
import { notify } from '../notifications/service.ts';
import type { Viewer } from './access.ts';
import { groupBuyingError } from './messages.ts';
import * as queries from './queries.ts';
import { getOrder, type GroupOrderView } from './service.ts';

type Commitment = Awaited<ReturnType<typeof queries.commitments>>[number];

const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/**
 * The order for its organizer or an organization admin (403 for anyone else), locked, and still open
 * (409 otherwise): a commitment arriving now waits for this transaction and then finds it closed.
 */
async function lockForManager(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  viewer: Viewer,
  now: Date,
): Promise<GroupOrderView> {
  const order = await getOrder(trx, organization, id, viewer, now);
  if (!order.canManage) {
    throw new AppError('forbidden');
  }
  const locked = await queries.lockOrder(trx, organization.id, id, now.toISOString());
  if (!locked) {
    throw new AppError('not_found');
  }
  if (locked.status !== 'open') {
    const reason = locked.status === 'cancelled' ? 'cancelled' : 'closed';
    throw new AppError('conflict', { fields: { status: groupBuyingError(reason) } });
  }
  return order;
}

/** Tells each of the store's people, in their own language (the payload carries both titles). */
async function tell(trx: DbOrTrx, businessId: string, kind: string, payload: Record<string, unknown>) {
  for (const person of await queries.storePeople(trx, businessId)) {
    await notify(trx, { userId: person.user_id, kind: `groupOrder.${kind}`, payload });
  }
}

/**
 * A draft purchase order in the store's own books for its committed units at the break price, to the
 * store's supplier of that name and its product with that supplier SKU; null when it has neither.
 */
async function draftStoreOrder(
  trx: DbOrTrx,
  order: GroupOrderView,
  line: Commitment,
  userId: string | null,
  stamp: string,
): Promise<number | null> {
  const match = await queries.matchingProduct(trx, line.business_id, order.supplierName, order.supplierSku);
  if (!match) {
    return null;
  }
  const purchaseOrderId = newId();
  const locale = match.supplier_locale;
  const number = await insertPurchaseOrder(trx, {
    id: purchaseOrderId,
    business_id: line.business_id,
    supplier_id: match.supplier_id,
    status: 'draft',
    locale,
    note: t(locale, 'groupBuying:purchaseOrderNote', {
      title: locale === 'ko' ? order.titleKo : order.titleEn,
      quantity: line.quantity,
    }),
    group_order_id: order.id,
    created_by: userId,
    created_at: stamp,
    sent_at: null,
    updated_at: stamp,
  });
  await queries.insertPurchaseOrderLine(trx, {
    id: newId(),
    purchase_order_id: purchaseOrderId,
    product_id: match.product_id,
    position: 1,
    quantity: line.quantity,
    unit_cost_cents: order.breakCostCents,
  });
  await queries.linkPurchaseOrder(trx, order.id, line.business_id, match.product_id, purchaseOrderId);
  return number;
}

/**
 * Closes the order. When the stores together reached the break, each gets a draft purchase order for
 * its units at the break price (or, without the supplier and SKU in its books, a notice to add them).
 * Below the break nothing is ordered: the stores committed to the group price, not the regular one, so
 * each is told and decides on its own.
 */
export async function closeOrder(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  viewer: Viewer,
  now: Date,
) {
  const order = await lockForManager(trx, organization, id, viewer, now);
  const stamp = now.toISOString();
  await queries.setStatus(trx, id, 'closed', stamp);
  const pooled = await queries.pooledQuantity(trx, id);
  const reached = pooled >= order.breakQuantity;
  for (const line of await queries.commitments(trx, id)) {
    const payload = {
      groupOrderId: id,
      titleKo: order.titleKo,
      titleEn: order.titleEn,
      supplier: order.supplierName,
      sku: order.supplierSku,
      quantity: line.quantity,
      cost: money(order.breakCostCents),
      link: `/group-buying/${organization.slug}?order=${id}`,
    };
    if (!reached) {
      await tell(trx, line.business_id, 'notReached', {
        ...payload,
        pooled,
        breakQuantity: order.breakQuantity,
      });
      continue;
    }
    const number = await draftStoreOrder(trx, order, line, viewer.userId, stamp);
    if (number === null) {
      await tell(trx, line.business_id, 'unmatched', payload);
    } else {
      await tell(trx, line.business_id, 'ordered', {
        ...payload,
        number: purchaseOrderLabel(number),
        link: `/my/business/${line.slug}/inventory/orders`,
      });
    }
  }
  return getOrder(trx, organization, id, viewer, now);
}

/** Cancels an open order: nothing is ordered, and the stores that joined are told. */
export async function cancelOrder(
  trx: DbOrTrx,
  organization: Organization,
  id: string,
  viewer: Viewer,
  now: Date,
) {
  const order = await lockForManager(trx, organization, id, viewer, now);
  await queries.setStatus(trx, id, 'cancelled', now.toISOString());
  for (const line of await queries.commitments(trx, id)) {
    await tell(trx, line.business_id, 'cancelled', {
      groupOrderId: id,
      titleKo: order.titleKo,
      titleEn: order.titleEn,
      quantity: line.quantity,
      link: `/group-buying/${organization.slug}?order=${id}`,
    });
  }
  return getOrder(trx, organization, id, viewer, now);
}
