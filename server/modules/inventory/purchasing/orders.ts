import { newId } from '../../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { PurchaseOrderStatus } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordMovement } from '../movements.ts';
import { insertPurchaseOrder, purchaseOrderLabel } from '../purchase-order-number.ts';
import { findSupplier } from '../queries.ts';
import { queueOrderMail, type MailContext } from './document.ts';
import { purchasingError } from './messages.ts';
import { presentOrder, presentOrderSummary } from './presenter.ts';
import * as queries from './queries.ts';
import type { OrderActionBody, OrderCreateBody, OrderQuery, OrderUpdateBody, ReceiveBody } from './schema.ts';

type Supplier = NonNullable<Awaited<ReturnType<typeof findSupplier>>>;

const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: purchasingError(name, params) } });

const wrongStatus = (name: string, status: PurchaseOrderStatus) =>
  new AppError('conflict', { fields: { status: purchasingError(name, { status }) } });

function checkQuantity(field: string, quantity: number): void {
  if (!Number.isInteger(quantity) || quantity <= 0) {
    throw invalid(field, 'quantityWhole');
  }
}

/** Each product once, in whole units, of this store and supplied by this supplier (at its cost). */
async function checkedLines(
  db: DbOrTrx,
  businessId: string,
  supplier: Supplier,
  lines: OrderCreateBody['lines'],
) {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    checkQuantity(`lines.${i}.quantity`, line.quantity);
    if (seen.has(line.productId)) {
      throw invalid(`lines.${i}.productId`, 'productTwice');
    }
    seen.add(line.productId);
  });
  const rows = new Map(
    (await queries.productsForSupplier(db, businessId, supplier.id, [...seen])).map((r) => [r.id, r]),
  );
  return lines.map((line, i) => {
    const row = rows.get(line.productId);
    if (!row) {
      throw invalid(`lines.${i}.productId`, 'productUnknown');
    }
    if (!row.supplier_id) {
      throw invalid(`lines.${i}.productId`, 'notSupplied', { supplier: supplier.name });
    }
    return {
      productId: line.productId,
      quantity: line.quantity,
      unitCostCents: row.supplier_cost ?? row.product_cost,
    };
  });
}

async function writeLines(db: DbOrTrx, orderId: string, lines: Awaited<ReturnType<typeof checkedLines>>) {
  await queries.replaceLines(
    db,
    orderId,
    lines.map((line, position) => ({
      id: newId(),
      purchase_order_id: orderId,
      product_id: line.productId,
      position,
      quantity: line.quantity,
      unit_cost_cents: line.unitCostCents,
    })),
  );
}

export async function getOrder(db: DbOrTrx, businessId: string, id: string) {
  const row = await queries.findOrder(db, businessId, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentOrder(row, await queries.orderLines(db, id));
}

export async function listOrders(db: DbOrTrx, businessId: string, query: OrderQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const { items, total } = await queries.listOrders(db, businessId, query.status, page, pageSize);
  return { items: items.map(presentOrderSummary), total, page, pageSize };
}

/** A draft order to one supplier, numbered PO-0001, PO-0002… per store (safe under concurrent creation). */
export async function createOrder(
  trx: DbOrTrx,
  businessId: string,
  userId: string,
  body: OrderCreateBody,
  now: Date,
) {
  const supplier = await findSupplier(trx, businessId, body.supplierId);
  if (!supplier) {
    throw invalid('supplierId', 'supplierUnknown');
  }
  const lines = await checkedLines(trx, businessId, supplier, body.lines);
  const id = newId();
  const stamp = now.toISOString();
  await insertPurchaseOrder(trx, {
    id,
    business_id: businessId,
    supplier_id: supplier.id,
    locale: supplier.locale,
    note: body.note?.trim() ?? '',
    group_order_id: null,
    created_by: userId,
    created_at: stamp,
    sent_at: null,
    updated_at: stamp,
  });
  await writeLines(trx, id, lines);
  return getOrder(trx, businessId, id);
}

/** Locks the order and moves its version on; 404 unknown, 409 when `version` is no longer its version. */
async function claim(trx: DbOrTrx, businessId: string, id: string, version: number | undefined, now: Date) {
  const claimed = await queries.claimOrder(trx, businessId, id, version, now.toISOString());
  if (claimed) {
    return claimed;
  }
  if (await queries.findOrder(trx, businessId, id)) {
    throw new AppError('stale_version');
  }
  throw new AppError('not_found');
}

export async function updateOrder(
  trx: DbOrTrx,
  businessId: string,
  id: string,
  body: OrderUpdateBody,
  now: Date,
) {
  const order = await claim(trx, businessId, id, body.version, now);
  if (order.status !== 'draft') {
    throw wrongStatus('notDraft', order.status);
  }
  if (body.lines) {
    const current = await getOrder(trx, businessId, id);
    const supplier = await findSupplier(trx, businessId, current.supplierId);
    if (!supplier) {
      throw new AppError('not_found');
    }
    await writeLines(trx, id, await checkedLines(trx, businessId, supplier, body.lines));
  }
  if (body.note !== undefined) {
    await queries.setOrder(trx, id, { note: body.note.trim() });
  }
  return getOrder(trx, businessId, id);
}

/**
 * Marks a draft sent and, when the supplier has an e-mail address, queues the e-mail with the PDF in the
 * supplier's language (same transaction: a failure sends nothing and leaves the draft).
 */
export async function sendOrder(
  trx: DbOrTrx,
  businessId: string,
  id: string,
  body: OrderActionBody,
  mail: MailContext,
  now: Date,
) {
  const claimed = await claim(trx, businessId, id, body.version, now);
  if (claimed.status !== 'draft') {
    throw wrongStatus('notDraft', claimed.status);
  }
  const draft = await getOrder(trx, businessId, id);
  // Written in the supplier's language as it is now: the draft may be older than a change to it.
  const supplier = await findSupplier(trx, businessId, draft.supplierId);
  await queries.setOrder(trx, id, {
    status: 'sent',
    sent_at: now.toISOString(),
    locale: supplier?.locale ?? draft.locale,
  });
  const order = await getOrder(trx, businessId, id);
  const to = order.supplierEmail || null;
  if (to) {
    await queueOrderMail(trx, businessId, order, to, mail);
  }
  return { order, emailedTo: to };
}

/**
 * Records what arrived: a receipt movement per line (reference PO-0001), never more than is left to
 * receive on a line. All lines or none: any refused line leaves the order and the stock as they were.
 */
export async function receiveOrder(
  trx: DbOrTrx,
  businessId: string,
  userId: string,
  id: string,
  body: ReceiveBody,
  now: Date,
) {
  const claimed = await claim(trx, businessId, id, body.version, now);
  if (!queries.OPEN_STATUSES.includes(claimed.status)) {
    throw wrongStatus('notReceivable', claimed.status);
  }
  const lines = await queries.orderLines(trx, id);
  const byProduct = new Map(lines.map((line) => [line.product_id, line]));
  const seen = new Set<string>();
  const arrivals = body.lines.map((arrival, i) => {
    checkQuantity(`lines.${i}.quantity`, arrival.quantity);
    const line = byProduct.get(arrival.productId);
    if (!line) {
      throw invalid(`lines.${i}.productId`, 'notOnOrder');
    }
    if (seen.has(arrival.productId)) {
      throw invalid(`lines.${i}.productId`, 'productTwice');
    }
    seen.add(arrival.productId);
    const left = line.quantity - line.received_quantity;
    if (arrival.quantity > left) {
      throw invalid(`lines.${i}.quantity`, 'overReceived', {
        left,
        received: line.received_quantity,
        ordered: line.quantity,
      });
    }
    return { line, quantity: arrival.quantity };
  });
  const reference = purchaseOrderLabel(claimed.number);
  for (const { line, quantity } of arrivals) {
    await recordMovement(
      trx,
      businessId,
      userId,
      {
        kind: 'receipt',
        productId: line.product_id,
        quantity,
        reference,
        ...(body.locationId !== undefined ? { locationId: body.locationId } : {}),
      },
      now,
    );
    await queries.addReceived(trx, line.id, quantity);
    line.received_quantity += quantity;
  }
  const complete = lines.every((line) => line.received_quantity >= line.quantity);
  await queries.setOrder(trx, id, { status: complete ? 'received' : 'partial' });
  return getOrder(trx, businessId, id);
}

export async function cancelOrder(
  trx: DbOrTrx,
  businessId: string,
  id: string,
  body: OrderActionBody,
  now: Date,
) {
  const claimed = await claim(trx, businessId, id, body.version, now);
  if (claimed.status !== 'draft' && claimed.status !== 'sent') {
    throw wrongStatus('notCancellable', claimed.status);
  }
  await queries.setOrder(trx, id, { status: 'cancelled' });
  return getOrder(trx, businessId, id);
}
