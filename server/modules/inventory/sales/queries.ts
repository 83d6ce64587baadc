import { sql, type Insertable } from 'kysely';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { SalesImportTable, StockMovementTable } from '../../../platform/db/schema.ts';
import { dayString, epochDay } from '../days.ts';

/**
 * The sales import's bulk reads and writes: a file may hold 50,000 lines, so lookups go by chunks of
 * keys and movements are written in batches. Chunks stay well under SQLite's 32,766 and PostgreSQL's
 * 65,535 bound parameters per statement.
 */
const CHUNK = 1000;
const MOVEMENT_BATCH = 1000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/** SKU → product id for the store's products among `skus`. */
export async function productIdsBySku(db: DbOrTrx, businessId: string, skus: readonly string[]) {
  const found = new Map<string, string>();
  for (const chunk of chunks(skus)) {
    const rows = await db
      .selectFrom('products')
      .select(['id', 'sku'])
      .where('business_id', '=', businessId)
      .where('sku', 'in', chunk)
      .execute();
    for (const row of rows) {
      found.set(row.sku, row.id);
    }
  }
  return found;
}

interface ProductName {
  sku: string;
  name_ko: string;
  name_en: string;
}

export async function productNames(db: DbOrTrx, businessId: string, ids: readonly string[]) {
  const names = new Map<string, ProductName>();
  for (const chunk of chunks(ids)) {
    const rows = await db
      .selectFrom('products')
      .select(['id', 'sku', 'name_ko', 'name_en'])
      .where('business_id', '=', businessId)
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows) {
      names.set(row.id, row);
    }
  }
  return names;
}

/** A line's key and the store day it counts on. */
export interface KeyedDay {
  key: string;
  day: string;
}

/**
 * Which of the keys the store's movements already carry. Each chunk of keys is also bounded to its
 * lines' days (a day either side, for a date-time read in a time zone that has since changed): however
 * the planner reads the table — by the unique key index, or by the day index when its statistics are
 * stale after a big import — it visits only those days' movements, never the store's whole history.
 */
export async function existingSourceKeys(db: DbOrTrx, businessId: string, lines: readonly KeyedDay[]) {
  const existing = new Set<string>();
  const byDay = [...lines].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const chunk of chunks(byDay)) {
    const days = new Set<string>();
    for (const line of chunk) {
      const epoch = epochDay(line.day);
      days
        .add(dayString(epoch - 1))
        .add(line.day)
        .add(dayString(epoch + 1));
    }
    const rows = await db
      .selectFrom('stock_movements')
      .select('source_key')
      .where('business_id', '=', businessId)
      .where('business_day', 'in', [...days])
      .where(
        'source_key',
        'in',
        chunk.map((l) => l.key),
      )
      .execute();
    for (const row of rows) {
      if (row.source_key !== null) {
        existing.add(row.source_key);
      }
    }
  }
  return existing;
}

/** Product ids at one location. */
export interface LevelSet {
  locationId: string;
  productIds: string[];
}

export const levelKey = (productId: string, locationId: string) => `${productId} ${locationId}`;

/** On-hand of each product at each location (0 when it has no level yet), without locking. */
export async function readLevels(db: DbOrTrx, sets: readonly LevelSet[]) {
  const onHand = new Map<string, number>();
  for (const set of sets) {
    for (const chunk of chunks(set.productIds)) {
      const rows = await db
        .selectFrom('stock_levels')
        .select(['product_id', 'on_hand'])
        .where('location_id', '=', set.locationId)
        .where('product_id', 'in', chunk)
        .execute();
      for (const row of rows) {
        onHand.set(levelKey(row.product_id, set.locationId), row.on_hand);
      }
    }
  }
  return onHand;
}

/**
 * Creates the missing levels at zero, then locks every level for the rest of the transaction and reads
 * its on-hand — as `lockStockLevel` does for one movement. Locations go in id order and products in id
 * order within each, the order a transfer locks its two levels in, so the two cannot deadlock.
 */
export async function lockLevels(trx: DbOrTrx, sets: readonly LevelSet[], at: string) {
  const onHand = new Map<string, number>();
  const ordered = [...sets].sort((a, b) => (a.locationId < b.locationId ? -1 : 1));
  for (const set of ordered) {
    const ids = [...set.productIds].sort();
    for (const chunk of chunks(ids)) {
      await trx
        .insertInto('stock_levels')
        .values(
          chunk.map((id) => ({ product_id: id, location_id: set.locationId, on_hand: 0, updated_at: at })),
        )
        .onConflict((oc) => oc.columns(['product_id', 'location_id']).doNothing())
        .execute();
      const rows = await trx
        .updateTable('stock_levels')
        .set({ updated_at: at })
        .where('location_id', '=', set.locationId)
        .where('product_id', 'in', chunk)
        .returning(['product_id', 'on_hand'])
        .execute();
      for (const row of rows) {
        onHand.set(levelKey(row.product_id, set.locationId), row.on_hand);
      }
    }
  }
  return onHand;
}

/**
 * Inserts the movements; a line whose source key the store already has is left out by the unique
 * index (business_id, source_key). Returns how many were inserted.
 */
export async function insertMovements(trx: DbOrTrx, rows: readonly Insertable<StockMovementTable>[]) {
  let inserted = 0;
  for (const batch of chunks(rows, MOVEMENT_BATCH)) {
    const result = await trx
      .insertInto('stock_movements')
      .values(batch)
      .onConflict((oc) => oc.columns(['business_id', 'source_key']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export interface LevelChange {
  productId: string;
  locationId: string;
  delta: number;
}

/** Adds each change to its (locked) level: one statement per thousand levels, on both dialects. */
export async function addToLevels(trx: DbOrTrx, changes: readonly LevelChange[], at: string) {
  for (const chunk of chunks(changes)) {
    const values = sql.join(
      chunk.map((c) => sql`(${c.productId}, ${c.locationId}, cast(${c.delta} as integer))`),
    );
    await sql`with changes (product_id, location_id, delta) as (values ${values})
      update stock_levels
      set on_hand = stock_levels.on_hand + changes.delta, updated_at = ${at}
      from changes
      where stock_levels.product_id = changes.product_id
        and stock_levels.location_id = changes.location_id`.execute(trx);
  }
}

export async function insertSalesImport(trx: DbOrTrx, row: Insertable<SalesImportTable>) {
  await trx.insertInto('sales_imports').values(row).execute();
}

function salesImports(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('sales_imports')
    .leftJoin('users', 'users.id', 'sales_imports.user_id')
    .selectAll('sales_imports')
    .select('users.name as user_name')
    .where('sales_imports.business_id', '=', businessId);
}

export type SalesImportRow = Awaited<ReturnType<typeof findSalesImport>> & object;

export function findSalesImport(db: DbOrTrx, businessId: string, id: string) {
  return salesImports(db, businessId).where('sales_imports.id', '=', id).executeTakeFirst();
}

export async function listSalesImports(db: DbOrTrx, businessId: string, page: number, pageSize: number) {
  const items = await salesImports(db, businessId)
    .orderBy('sales_imports.created_at', 'desc')
    .orderBy('sales_imports.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const count = await db
    .selectFrom('sales_imports')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('business_id', '=', businessId)
    .executeTakeFirstOrThrow();
  return { items, total: Number(count.count) };
}
