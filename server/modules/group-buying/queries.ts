import { sql, type Insertable } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { GroupOrderTable, PurchaseOrderLineTable } from '../../platform/db/schema.ts';

/**
 * Group orders with their pooled totals, the organizer store's names, and what `userId`'s own stores
 * committed. Totals are summed from the commitments, never stored, so two stores committing at once
 * both count.
 */
function ordersWithTotals(db: DbOrTrx, organizationId: string, userId: string | null) {
  return db
    .selectFrom('group_orders')
    .leftJoin('businesses as organizer', 'organizer.id', 'group_orders.organizer_business_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('group_order_commitments')
          .select((s) => [
            'group_order_commitments.group_order_id',
            s.fn.sum<string | number>('group_order_commitments.quantity').as('pooled'),
            s.fn.countAll<string | number>().as('stores'),
          ])
          .groupBy('group_order_commitments.group_order_id')
          .as('totals'),
      (join) => join.onRef('totals.group_order_id', '=', 'group_orders.id'),
    )
    .selectAll('group_orders')
    .select([
      'organizer.slug as organizer_slug',
      'organizer.name_ko as organizer_name_ko',
      'organizer.name_en as organizer_name_en',
      'totals.pooled',
      'totals.stores',
    ])
    .select((eb) =>
      eb
        .selectFrom('group_order_commitments as mine')
        .innerJoin('business_users', 'business_users.business_id', 'mine.business_id')
        .select((s) => s.fn.sum<string | number>('mine.quantity').as('quantity'))
        .whereRef('mine.group_order_id', '=', 'group_orders.id')
        .where('business_users.user_id', '=', userId ?? '')
        .as('my_quantity'),
    )
    .where('group_orders.organization_id', '=', organizationId);
}

export type GroupOrderRow = Awaited<ReturnType<typeof findOrder>> & object;

export function findOrder(db: DbOrTrx, organizationId: string, id: string, userId: string | null) {
  return ordersWithTotals(db, organizationId, userId).where('group_orders.id', '=', id).executeTakeFirst();
}

/** Open ones first, soonest closing first; then the rest, latest first. */
export function listOrders(db: DbOrTrx, organizationId: string, userId: string | null, limit: number) {
  return ordersWithTotals(db, organizationId, userId)
    .orderBy(sql`case when group_orders.status = 'open' then 0 else 1 end`)
    .orderBy(sql`case when group_orders.status = 'open' then group_orders.closes_on else '' end`)
    .orderBy('group_orders.updated_at', 'desc')
    .orderBy('group_orders.id')
    .limit(limit)
    .execute();
}

export async function insertOrder(db: DbOrTrx, row: Insertable<GroupOrderTable>) {
  await db.insertInto('group_orders').values(row).execute();
}

/**
 * Locks the group order for the rest of the transaction and reads its status. The UPDATE takes
 * PostgreSQL's row lock, so a commitment and a close of the same order run one after the other and the
 * second sees what the first did; SQLite serializes writers.
 */
export function lockOrder(db: DbOrTrx, organizationId: string, id: string, at: string) {
  return db
    .updateTable('group_orders')
    .set({ updated_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(['id', 'status', 'closes_on', 'organizer_business_id'])
    .executeTakeFirst();
}

export async function setStatus(db: DbOrTrx, id: string, status: 'closed' | 'cancelled', at: string) {
  await db.updateTable('group_orders').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function pooledQuantity(db: DbOrTrx, groupOrderId: string): Promise<number> {
  const row = await db
    .selectFrom('group_order_commitments')
    .select((eb) => eb.fn.sum<string | number>('quantity').as('pooled'))
    .where('group_order_id', '=', groupOrderId)
    .executeTakeFirst();
  return Number(row?.pooled ?? 0);
}

/** Each committed store with its names, by name. */
export function commitments(db: DbOrTrx, groupOrderId: string) {
  return db
    .selectFrom('group_order_commitments')
    .innerJoin('businesses', 'businesses.id', 'group_order_commitments.business_id')
    .selectAll('group_order_commitments')
    .select(['businesses.slug', 'businesses.name_ko', 'businesses.name_en'])
    .where('group_order_commitments.group_order_id', '=', groupOrderId)
    .orderBy('businesses.name_en')
    .orderBy('businesses.id')
    .execute();
}

export async function saveCommitment(
  db: DbOrTrx,
  groupOrderId: string,
  businessId: string,
  quantity: number,
  userId: string,
  at: string,
) {
  const changes = { quantity, user_id: userId, updated_at: at };
  await db
    .insertInto('group_order_commitments')
    .values({ group_order_id: groupOrderId, business_id: businessId, product_id: null, ...changes })
    .onConflict((oc) => oc.columns(['group_order_id', 'business_id']).doUpdateSet(changes))
    .execute();
}

export async function deleteCommitment(db: DbOrTrx, groupOrderId: string, businessId: string) {
  await db
    .deleteFrom('group_order_commitments')
    .where('group_order_id', '=', groupOrderId)
    .where('business_id', '=', businessId)
    .execute();
}

export async function linkPurchaseOrder(
  db: DbOrTrx,
  groupOrderId: string,
  businessId: string,
  productId: string,
  purchaseOrderId: string,
) {
  await db
    .updateTable('group_order_commitments')
    .set({ product_id: productId, purchase_order_id: purchaseOrderId })
    .where('group_order_id', '=', groupOrderId)
    .where('business_id', '=', businessId)
    .execute();
}

export async function insertPurchaseOrderLine(db: DbOrTrx, row: Insertable<PurchaseOrderLineTable>) {
  await db.insertInto('purchase_order_lines').values(row).execute();
}

/** The user's stores in the organization, with their commitment to the group order when given. */
export function storesOfUser(db: DbOrTrx, organizationId: string, userId: string, groupOrderId = '') {
  return db
    .selectFrom('business_users')
    .innerJoin('businesses', 'businesses.id', 'business_users.business_id')
    .innerJoin('business_organizations', 'business_organizations.business_id', 'businesses.id')
    .leftJoin('group_order_commitments', (join) =>
      join
        .onRef('group_order_commitments.business_id', '=', 'businesses.id')
        .on('group_order_commitments.group_order_id', '=', groupOrderId),
    )
    .leftJoin('purchase_orders', 'purchase_orders.id', 'group_order_commitments.purchase_order_id')
    .select([
      'businesses.id',
      'businesses.slug',
      'businesses.name_ko',
      'businesses.name_en',
      'group_order_commitments.quantity',
      'purchase_orders.id as purchase_order_id',
      'purchase_orders.number as purchase_order_number',
    ])
    .where('business_users.user_id', '=', userId)
    .where('business_organizations.organization_id', '=', organizationId)
    .orderBy('businesses.name_en')
    .orderBy('businesses.id')
    .execute();
}

export function storePeople(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('business_users')
    .select('user_id')
    .where('business_id', '=', businessId)
    .orderBy('user_id')
    .execute();
}

/**
 * The store's product bought from this supplier under this SKU: its supplier named the same (ignoring
 * case and surrounding spaces) with the product's supplier SKU equal (ignoring case). The preferred
 * link first, then the oldest product.
 */
export function matchingProduct(db: DbOrTrx, businessId: string, supplierName: string, supplierSku: string) {
  return db
    .selectFrom('product_suppliers')
    .innerJoin('suppliers', 'suppliers.id', 'product_suppliers.supplier_id')
    .innerJoin('products', 'products.id', 'product_suppliers.product_id')
    .select([
      'products.id as product_id',
      'products.sku',
      'products.name_ko',
      'products.name_en',
      'suppliers.id as supplier_id',
      'suppliers.locale as supplier_locale',
      'suppliers.lead_time_days as supplier_lead_time_days',
      'product_suppliers.pack_size',
      'product_suppliers.min_order_packs',
      'product_suppliers.lead_time_days',
    ])
    .where('products.business_id', '=', businessId)
    .where('suppliers.business_id', '=', businessId)
    .where(sql<boolean>`lower(trim(suppliers.name)) = ${supplierName.trim().toLowerCase()}`)
    .where(sql<boolean>`lower(trim(product_suppliers.supplier_sku)) = ${supplierSku.trim().toLowerCase()}`)
    .orderBy('product_suppliers.preferred', 'desc')
    .orderBy('products.created_at')
    .orderBy('products.id')
    .executeTakeFirst();
}

/** Units of the product on purchase orders sent to suppliers and not yet received. */
export async function onOrder(db: DbOrTrx, businessId: string, productId: string): Promise<number> {
  const row = await db
    .selectFrom('purchase_order_lines')
    .innerJoin('purchase_orders', 'purchase_orders.id', 'purchase_order_lines.purchase_order_id')
    .select(
      sql<
        string | number
      >`sum(case when purchase_order_lines.quantity > purchase_order_lines.received_quantity
        then purchase_order_lines.quantity - purchase_order_lines.received_quantity else 0 end)`.as('open'),
    )
    .where('purchase_orders.business_id', '=', businessId)
    .where('purchase_orders.status', 'in', ['sent', 'partial'])
    .where('purchase_order_lines.product_id', '=', productId)
    .executeTakeFirst();
  return Number(row?.open ?? 0);
}
