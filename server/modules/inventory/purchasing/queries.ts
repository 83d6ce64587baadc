import { sql, type Insertable } from 'kysely';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Locale, PurchaseOrderLineTable, PurchaseOrderStatus } from '../../../platform/db/schema.ts';

/** Orders whose lines are on their way: sent, or received in part. */
export const OPEN_STATUSES: readonly PurchaseOrderStatus[] = ['sent', 'partial'];

/** Units ordered and not yet received per product, on sent orders and (separately) on drafts. */
export async function unitsOnOrder(db: DbOrTrx, businessId: string) {
  const rows = await db
    .selectFrom('purchase_order_lines')
    .innerJoin('purchase_orders', 'purchase_orders.id', 'purchase_order_lines.purchase_order_id')
    .select([
      'purchase_order_lines.product_id',
      sql<number | string>`sum(case when purchase_orders.status = 'draft' then 0
        else purchase_order_lines.quantity - purchase_order_lines.received_quantity end)`.as('on_order'),
      sql<number | string>`sum(case when purchase_orders.status = 'draft'
        then purchase_order_lines.quantity else 0 end)`.as('in_draft'),
    ])
    .where('purchase_orders.business_id', '=', businessId)
    .where('purchase_orders.status', 'in', ['draft', ...OPEN_STATUSES])
    .groupBy('purchase_order_lines.product_id')
    .execute();
  return new Map(
    rows.map((r) => [r.product_id, { onOrder: Number(r.on_order), inDraft: Number(r.in_draft) }]),
  );
}

/** Every product's SKU and names (the suggestion list's labels). */
export function productNames(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('products')
    .select(['id', 'sku', 'name_ko', 'name_en'])
    .where('business_id', '=', businessId)
    .execute();
}

/** The store's products among `ids`, with the supplier's terms when it supplies them. */
export function productsForSupplier(db: DbOrTrx, businessId: string, supplierId: string, ids: string[]) {
  return db
    .selectFrom('products')
    .leftJoin('product_suppliers', (join) =>
      join
        .onRef('product_suppliers.product_id', '=', 'products.id')
        .on('product_suppliers.supplier_id', '=', supplierId),
    )
    .select([
      'products.id',
      'products.unit_cost_cents as product_cost',
      'product_suppliers.supplier_id',
      'product_suppliers.unit_cost_cents as supplier_cost',
    ])
    .where('products.business_id', '=', businessId)
    .where('products.id', 'in', ids)
    .execute();
}

const orderColumns = [
  'purchase_orders.id',
  'purchase_orders.number',
  'purchase_orders.status',
  'purchase_orders.locale',
  'purchase_orders.note',
  'purchase_orders.supplier_id',
  'purchase_orders.created_at',
  'purchase_orders.sent_at',
  'purchase_orders.updated_at',
  'purchase_orders.version',
  'suppliers.name as supplier_name',
  'suppliers.email as supplier_email',
] as const;

/** Orders with their line totals. */
function orders(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('purchase_orders')
    .innerJoin('suppliers', 'suppliers.id', 'purchase_orders.supplier_id')
    .leftJoin('users', 'users.id', 'purchase_orders.created_by')
    .select(orderColumns)
    .select('users.name as created_by_name')
    .select((eb) => [
      eb
        .selectFrom('purchase_order_lines as l')
        .select(sql<number | string>`count(*)`.as('n'))
        .whereRef('l.purchase_order_id', '=', 'purchase_orders.id')
        .as('line_count'),
      eb
        .selectFrom('purchase_order_lines as l')
        .select(sql<number | string>`coalesce(sum(l.quantity), 0)`.as('n'))
        .whereRef('l.purchase_order_id', '=', 'purchase_orders.id')
        .as('units'),
      eb
        .selectFrom('purchase_order_lines as l')
        .select(sql<number | string>`coalesce(sum(l.received_quantity), 0)`.as('n'))
        .whereRef('l.purchase_order_id', '=', 'purchase_orders.id')
        .as('received_units'),
      eb
        .selectFrom('purchase_order_lines as l')
        .select(sql<number | string>`coalesce(sum(l.quantity * l.unit_cost_cents), 0)`.as('n'))
        .whereRef('l.purchase_order_id', '=', 'purchase_orders.id')
        .as('total_cents'),
    ])
    .where('purchase_orders.business_id', '=', businessId);
}

export type OrderRow = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

export function findOrder(db: DbOrTrx, businessId: string, id: string) {
  return orders(db, businessId).where('purchase_orders.id', '=', id).executeTakeFirst();
}

export async function listOrders(
  db: DbOrTrx,
  businessId: string,
  status: PurchaseOrderStatus | undefined,
  page: number,
  pageSize: number,
) {
  let query = orders(db, businessId);
  let counter = db
    .selectFrom('purchase_orders')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('business_id', '=', businessId);
  if (status) {
    query = query.where('purchase_orders.status', '=', status);
    counter = counter.where('status', '=', status);
  }
  const items = await query
    .orderBy('purchase_orders.number', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const count = await counter.executeTakeFirstOrThrow();
  return { items, total: Number(count.count) };
}

export type LineRow = Awaited<ReturnType<typeof orderLines>>[number];

export function orderLines(db: DbOrTrx, orderId: string) {
  return db
    .selectFrom('purchase_order_lines')
    .innerJoin('products', 'products.id', 'purchase_order_lines.product_id')
    .innerJoin('purchase_orders', 'purchase_orders.id', 'purchase_order_lines.purchase_order_id')
    .leftJoin('product_suppliers', (join) =>
      join
        .onRef('product_suppliers.product_id', '=', 'purchase_order_lines.product_id')
        .onRef('product_suppliers.supplier_id', '=', 'purchase_orders.supplier_id'),
    )
    .select([
      'purchase_order_lines.id',
      'purchase_order_lines.product_id',
      'purchase_order_lines.position',
      'purchase_order_lines.quantity',
      'purchase_order_lines.received_quantity',
      'purchase_order_lines.unit_cost_cents',
      'products.sku',
      'products.name_ko',
      'products.name_en',
      'product_suppliers.supplier_sku',
    ])
    .where('purchase_order_lines.purchase_order_id', '=', orderId)
    .orderBy('purchase_order_lines.position')
    .execute();
}

export async function replaceLines(
  db: DbOrTrx,
  orderId: string,
  lines: Insertable<PurchaseOrderLineTable>[],
) {
  await db.deleteFrom('purchase_order_lines').where('purchase_order_id', '=', orderId).execute();
  await db.insertInto('purchase_order_lines').values(lines).execute();
}

export async function addReceived(db: DbOrTrx, lineId: string, quantity: number) {
  await db
    .updateTable('purchase_order_lines')
    .set((eb) => ({ received_quantity: eb('received_quantity', '+', quantity) }))
    .where('id', '=', lineId)
    .execute();
}

/**
 * Takes the order's row lock for the rest of the transaction and moves its version on (every change
 * does), only if it is still at `expected` when given. A concurrent change waits here, then finds the
 * version moved and is refused; without `expected` it goes on from the committed state. Undefined: no
 * such order, or a stale version.
 */
export async function claimOrder(
  db: DbOrTrx,
  businessId: string,
  id: string,
  expected: number | undefined,
  at: string,
) {
  let query = db
    .updateTable('purchase_orders')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('business_id', '=', businessId)
    .where('id', '=', id);
  if (expected !== undefined) {
    query = query.where('version', '=', expected);
  }
  return query.returning(['id', 'status', 'number', 'version']).executeTakeFirst();
}

export async function setOrder(
  db: DbOrTrx,
  id: string,
  changes: { status?: PurchaseOrderStatus; note?: string; sent_at?: string; locale?: Locale },
) {
  await db.updateTable('purchase_orders').set(changes).where('id', '=', id).execute();
}

export function storeOf(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('businesses')
    .select(['name_ko', 'name_en', 'address', 'city', 'state', 'zip', 'phone', 'email'])
    .where('id', '=', businessId)
    .executeTakeFirstOrThrow();
}
