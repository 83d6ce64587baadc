import { sql, type Insertable, type Updateable } from 'kysely';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type {
  ProductSupplierTable,
  ProductTable,
  StockMovementTable,
  SupplierTable,
} from '../../platform/db/schema.ts';

/** Every store's first location, made on first use. */
export const MAIN_LOCATION = 'Main';

/** A LIKE pattern matching the text literally (ESCAPE '\' on both dialects). */
const literal = (text: string) => text.toLowerCase().replace(/[\\%_]/g, '\\$&');

export function listLocations(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('inventory_locations')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at')
    .orderBy('name')
    .execute();
}

export function findLocation(db: DbOrTrx, businessId: string, id: string) {
  return db
    .selectFrom('inventory_locations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findLocationByName(db: DbOrTrx, businessId: string, name: string) {
  return db
    .selectFrom('inventory_locations')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Inserts the location unless the store already has one by that name (the unique index decides). */
export async function insertLocation(db: DbOrTrx, businessId: string, name: string, at: string) {
  const inserted = await db
    .insertInto('inventory_locations')
    .values({ id: newId(), business_id: businessId, name, created_at: at })
    .onConflict((oc) => oc.columns(['business_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

export function listSuppliers(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('suppliers')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findSupplier(db: DbOrTrx, businessId: string, id: string) {
  return db
    .selectFrom('suppliers')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertSupplier(db: DbOrTrx, row: Insertable<SupplierTable>) {
  await db.insertInto('suppliers').values(row).execute();
}

export async function updateSupplier(db: DbOrTrx, id: string, changes: Updateable<SupplierTable>) {
  await db.updateTable('suppliers').set(changes).where('id', '=', id).execute();
}

/** Products with their on-hand summed over the store's locations. */
function productsWithStock(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('products')
    .selectAll('products')
    .select((eb) =>
      eb
        .selectFrom('stock_levels')
        .select((s) => s.fn.sum<string | number>('stock_levels.on_hand').as('total'))
        .whereRef('stock_levels.product_id', '=', 'products.id')
        .as('on_hand'),
    )
    .where('products.business_id', '=', businessId);
}

export type ProductRow = Awaited<ReturnType<typeof findProduct>> & object;

export function findProduct(db: DbOrTrx, businessId: string, id: string) {
  return productsWithStock(db, businessId).where('products.id', '=', id).executeTakeFirst();
}

export function findProductBySku(db: DbOrTrx, businessId: string, sku: string) {
  return productsWithStock(db, businessId).where('products.sku', '=', sku).executeTakeFirst();
}

export function findProductByBarcode(db: DbOrTrx, businessId: string, barcode: string) {
  return productsWithStock(db, businessId).where('products.barcode', '=', barcode).executeTakeFirst();
}

/** SKU or barcode from the start, or either name anywhere, ignoring case. */
function searchCondition(q: string) {
  const text = literal(q.trim());
  return sql<boolean>`(lower(products.sku) like ${`${text}%`} escape '\\'
    or lower(coalesce(products.barcode, '')) like ${`${text}%`} escape '\\'
    or lower(products.name_en) like ${`%${text}%`} escape '\\'
    or products.name_ko like ${`%${text}%`} escape '\\')`;
}

export async function searchProducts(
  db: DbOrTrx,
  businessId: string,
  q: string | undefined,
  page: number,
  pageSize: number,
) {
  const filter = q?.trim() ? searchCondition(q) : sql<boolean>`1 = 1`;
  const items = await productsWithStock(db, businessId)
    .where(filter)
    .orderBy('products.sku')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const count = await db
    .selectFrom('products')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('products.business_id', '=', businessId)
    .where(filter)
    .executeTakeFirstOrThrow();
  return { items, total: Number(count.count) };
}

export async function insertProduct(db: DbOrTrx, row: Insertable<ProductTable>) {
  await db.insertInto('products').values(row).execute();
}

export async function updateProduct(db: DbOrTrx, id: string, changes: Updateable<ProductTable>) {
  await db.updateTable('products').set(changes).where('id', '=', id).execute();
}

export function productSuppliers(db: DbOrTrx, productId: string) {
  return db
    .selectFrom('product_suppliers')
    .innerJoin('suppliers', 'suppliers.id', 'product_suppliers.supplier_id')
    .selectAll('product_suppliers')
    .select(['suppliers.name as supplier_name', 'suppliers.lead_time_days as supplier_lead_time_days'])
    .where('product_suppliers.product_id', '=', productId)
    .orderBy('product_suppliers.preferred', 'desc')
    .orderBy('suppliers.name')
    .execute();
}

export async function replaceProductSuppliers(
  db: DbOrTrx,
  productId: string,
  links: Insertable<ProductSupplierTable>[],
) {
  await db.deleteFrom('product_suppliers').where('product_id', '=', productId).execute();
  if (links.length > 0) {
    await db.insertInto('product_suppliers').values(links).execute();
  }
}

/**
 * Locks the product's stock level at the location for the rest of the transaction (creating it at zero
 * first) and reads its on-hand. The UPDATE takes PostgreSQL's row lock, so a concurrent movement on the
 * same product and location waits here and then reads the committed value; SQLite serializes writers.
 */
export async function lockStockLevel(db: DbOrTrx, productId: string, locationId: string, at: string) {
  await db
    .insertInto('stock_levels')
    .values({ product_id: productId, location_id: locationId, on_hand: 0, updated_at: at })
    .onConflict((oc) => oc.columns(['product_id', 'location_id']).doNothing())
    .execute();
  const row = await db
    .updateTable('stock_levels')
    .set({ updated_at: at })
    .where('product_id', '=', productId)
    .where('location_id', '=', locationId)
    .returning('on_hand')
    .executeTakeFirstOrThrow();
  return row.on_hand;
}

export async function addToStockLevel(
  db: DbOrTrx,
  productId: string,
  locationId: string,
  delta: number,
  at: string,
) {
  const row = await db
    .updateTable('stock_levels')
    .set((eb) => ({ on_hand: eb('on_hand', '+', delta), updated_at: at }))
    .where('product_id', '=', productId)
    .where('location_id', '=', locationId)
    .returning('on_hand')
    .executeTakeFirstOrThrow();
  return row.on_hand;
}

export async function insertMovement(db: DbOrTrx, row: Insertable<StockMovementTable>) {
  await db.insertInto('stock_movements').values(row).execute();
}

function movements(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('stock_movements')
    .innerJoin('inventory_locations', 'inventory_locations.id', 'stock_movements.location_id')
    .leftJoin('users', 'users.id', 'stock_movements.user_id')
    .selectAll('stock_movements')
    .select(['inventory_locations.name as location_name', 'users.name as user_name'])
    .where('stock_movements.business_id', '=', businessId);
}

export type MovementRow = Awaited<ReturnType<typeof movementsByIds>>[number];

export function movementsByIds(db: DbOrTrx, businessId: string, ids: string[]) {
  return movements(db, businessId)
    .where('stock_movements.id', 'in', ids)
    .orderBy('stock_movements.quantity')
    .execute();
}

export async function productMovements(
  db: DbOrTrx,
  businessId: string,
  productId: string,
  locationId: string | undefined,
  page: number,
  pageSize: number,
) {
  let query = movements(db, businessId).where('stock_movements.product_id', '=', productId);
  let counter = db
    .selectFrom('stock_movements')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('business_id', '=', businessId)
    .where('product_id', '=', productId);
  if (locationId) {
    query = query.where('stock_movements.location_id', '=', locationId);
    counter = counter.where('location_id', '=', locationId);
  }
  const items = await query
    .orderBy('stock_movements.occurred_at', 'desc')
    .orderBy('stock_movements.created_at', 'desc')
    .orderBy('stock_movements.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const count = await counter.executeTakeFirstOrThrow();
  return { items, total: Number(count.count) };
}

export interface StockFilter {
  productId?: string | undefined;
  locationId?: string | undefined;
  anomalies?: boolean | undefined;
}

function stockLevels(db: DbOrTrx, businessId: string, filter: StockFilter) {
  let query = db
    .selectFrom('stock_levels')
    .innerJoin('products', 'products.id', 'stock_levels.product_id')
    .innerJoin('inventory_locations', 'inventory_locations.id', 'stock_levels.location_id')
    .where('products.business_id', '=', businessId);
  if (filter.productId) {
    query = query.where('stock_levels.product_id', '=', filter.productId);
  }
  if (filter.locationId) {
    query = query.where('stock_levels.location_id', '=', filter.locationId);
  }
  if (filter.anomalies) {
    query = query.where((eb) =>
      eb.or([
        eb('stock_levels.on_hand', '<', 0),
        eb.exists(
          eb
            .selectFrom('stock_movements')
            .select('stock_movements.id')
            .whereRef('stock_movements.product_id', '=', 'stock_levels.product_id')
            .whereRef('stock_movements.location_id', '=', 'stock_levels.location_id')
            .where('stock_movements.negative_allowed', '=', 1),
        ),
      ]),
    );
  }
  return query;
}

export async function listStockLevels(
  db: DbOrTrx,
  businessId: string,
  filter: StockFilter,
  page: number,
  pageSize: number,
) {
  const items = await stockLevels(db, businessId, filter)
    .select([
      'stock_levels.product_id',
      'stock_levels.location_id',
      'stock_levels.on_hand',
      'stock_levels.updated_at',
      'products.sku',
      'products.name_ko',
      'products.name_en',
      'inventory_locations.name as location_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('stock_movements')
        .select((s) => s.fn.max('stock_movements.occurred_at').as('at'))
        .whereRef('stock_movements.product_id', '=', 'stock_levels.product_id')
        .whereRef('stock_movements.location_id', '=', 'stock_levels.location_id')
        .where('stock_movements.negative_allowed', '=', 1)
        .as('last_negative_allowed_at'),
    )
    .orderBy('products.sku')
    .orderBy('inventory_locations.created_at')
    .orderBy('inventory_locations.name')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const count = await stockLevels(db, businessId, filter)
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return { items, total: Number(count.count) };
}
