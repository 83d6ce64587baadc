import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { StockMovementKind } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { localDay } from './days.ts';
import { inventoryError } from './messages.ts';
import { presentMovement, presentStockLevel } from './presenter.ts';
import * as queries from './queries.ts';
import type { MovementBody, MovementQuery, StockQuery } from './schema.ts';
import { invalid, mainLocation } from './service.ts';
import { inventorySettings } from './settings.ts';

/** Clocks on phones and tills drift; a movement dated a little ahead of the server is still "now". */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

type Location = NonNullable<Awaited<ReturnType<typeof queries.findLocation>>>;

/** One change to one stock level: add `delta`, or (a count) set the on-hand to `countedTo`. */
interface Change {
  location: Location;
  kind: StockMovementKind;
  delta?: number;
  countedTo?: number;
}

async function resolveProduct(trx: DbOrTrx, businessId: string, body: MovementBody) {
  if (body.productId !== undefined) {
    const product = await queries.findProduct(trx, businessId, body.productId);
    if (!product) {
      throw invalid('productId', 'productUnknown');
    }
    return product;
  }
  if (body.sku !== undefined) {
    const product = await queries.findProductBySku(trx, businessId, body.sku.trim());
    if (!product) {
      throw invalid('sku', 'skuUnknown', { sku: body.sku.trim() });
    }
    return product;
  }
  throw invalid('productId', 'productOrSku');
}

async function resolveLocation(trx: DbOrTrx, businessId: string, field: string, id: string) {
  const location = await queries.findLocation(trx, businessId, id);
  if (!location) {
    throw invalid(field, 'locationUnknown');
  }
  return location;
}

function occurredAt(value: string | undefined, now: Date): string {
  if (value === undefined) {
    return now.toISOString();
  }
  const at = new Date(value);
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw invalid('occurredAt', 'inFuture');
  }
  return at.toISOString();
}

/** The quantity rule of each kind: positive where the kind has a direction, signed for adjustments. */
function checkQuantity(kind: MovementBody['kind'], quantity: number): void {
  if ((kind === 'receipt' || kind === 'sale' || kind === 'transfer') && quantity <= 0) {
    throw invalid('quantity', 'quantityPositive');
  }
  if (kind === 'adjustment' && quantity === 0) {
    throw invalid('quantity', 'quantityNotZero');
  }
  if (kind === 'count' && quantity < 0) {
    throw invalid('quantity', 'countNotNegative');
  }
}

async function plannedChanges(trx: DbOrTrx, businessId: string, body: MovementBody, now: Date) {
  const from = body.locationId
    ? await resolveLocation(trx, businessId, 'locationId', body.locationId)
    : await mainLocation(trx, businessId, now);
  if (body.kind !== 'transfer') {
    if (body.toLocationId !== undefined) {
      throw invalid('toLocationId', 'destinationOnlyTransfer');
    }
    const sign = body.kind === 'sale' ? -1 : 1;
    return body.kind === 'count'
      ? [{ location: from, kind: body.kind, countedTo: body.quantity }]
      : [{ location: from, kind: body.kind, delta: sign * body.quantity }];
  }
  if (body.toLocationId === undefined) {
    throw invalid('toLocationId', 'destinationMissing');
  }
  const to = await resolveLocation(trx, businessId, 'toLocationId', body.toLocationId);
  if (to.id === from.id) {
    throw invalid('toLocationId', 'destinationSame');
  }
  return [
    { location: from, kind: 'transfer_out' as const, delta: -body.quantity },
    { location: to, kind: 'transfer_in' as const, delta: body.quantity },
  ];
}

/**
 * Records a receipt, sale, adjustment, count or transfer, and moves the stock levels with it, in the
 * caller's transaction: all of it or (any error) none. Levels are locked in location-id order, so two
 * opposite transfers cannot deadlock. A movement that would take an on-hand below zero is refused
 * unless `allowNegative`, and is then marked as an anomaly.
 */
export async function recordMovement(
  trx: DbOrTrx,
  businessId: string,
  userId: string | null,
  body: MovementBody,
  now: Date,
) {
  const product = await resolveProduct(trx, businessId, body);
  checkQuantity(body.kind, body.quantity);
  const at = occurredAt(body.occurredAt, now);
  const changes: Change[] = await plannedChanges(trx, businessId, body, now);
  const stamp = now.toISOString();
  const businessDay = localDay(at, (await inventorySettings(trx, businessId)).timeZone);

  const locked = [...changes].sort((a, b) => (a.location.id < b.location.id ? -1 : 1));
  const current = new Map<string, number>();
  for (const change of locked) {
    current.set(change.location.id, await queries.lockStockLevel(trx, product.id, change.location.id, stamp));
  }

  const transferId = body.kind === 'transfer' ? newId() : null;
  const ids: string[] = [];
  const levels: { locationId: string; onHand: number }[] = [];
  for (const change of changes) {
    const onHand = current.get(change.location.id) ?? 0;
    const delta = change.countedTo !== undefined ? change.countedTo - onHand : (change.delta ?? 0);
    const after = onHand + delta;
    const goesNegative = delta < 0 && after < 0;
    if (goesNegative && !body.allowNegative) {
      throw new AppError('stock_negative', {
        fields: {
          quantity: inventoryError('wouldGoNegative', { onHand, after, location: change.location.name }),
        },
      });
    }
    const id = newId();
    await queries.insertMovement(trx, {
      id,
      business_id: businessId,
      product_id: product.id,
      location_id: change.location.id,
      kind: change.kind,
      quantity: delta,
      transfer_id: transferId,
      reference: body.reference?.trim() || null,
      note: body.note?.trim() ?? '',
      negative_allowed: goesNegative ? 1 : 0,
      user_id: userId,
      occurred_at: at,
      business_day: businessDay,
      created_at: stamp,
    });
    ids.push(id);
    levels.push({
      locationId: change.location.id,
      onHand: await queries.addToStockLevel(trx, product.id, change.location.id, delta, stamp),
    });
  }
  const rows = await queries.movementsByIds(trx, businessId, ids);
  return { movements: rows.map(presentMovement), levels };
}

export async function productMovements(
  db: DbOrTrx,
  businessId: string,
  productId: string,
  query: MovementQuery,
) {
  if (!(await queries.findProduct(db, businessId, productId))) {
    throw new AppError('not_found');
  }
  if (query.locationId !== undefined) {
    await resolveLocation(db, businessId, 'locationId', query.locationId);
  }
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const { items, total } = await queries.productMovements(
    db,
    businessId,
    productId,
    query.locationId,
    page,
    pageSize,
  );
  return { items: items.map(presentMovement), total, page, pageSize };
}

export async function stockLevels(db: DbOrTrx, businessId: string, query: StockQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 100;
  const { items, total } = await queries.listStockLevels(db, businessId, query, page, pageSize);
  return { items: items.map(presentStockLevel), total, page, pageSize };
}
