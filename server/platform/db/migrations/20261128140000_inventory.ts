import type { Kysely } from 'kysely';

/**
 * Smart Store: a store's locations, suppliers, products and the stock movements that are the only way
 * stock changes. `stock_levels` holds the running on-hand per product and location, written in the same
 * transaction as each movement, so it always equals the sum of the movements (docs/forecasting.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inventory_locations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inventory_locations_business_name_idx')
    .on('inventory_locations')
    .columns(['business_id', 'name'])
    .unique()
    .execute();
  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('lead_time_days', 'integer', (c) => c.notNull().defaultTo(7))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('suppliers_business_idx').on('suppliers').column('business_id').execute();
  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('barcode', 'text')
    .addColumn('name_ko', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_cost_cents', 'integer', (c) => c.notNull())
    .addColumn('price_cents', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('products_business_sku_idx')
    .on('products')
    .columns(['business_id', 'sku'])
    .unique()
    .execute();
  await db.schema
    .createIndex('products_barcode_idx')
    .on('products')
    .columns(['business_id', 'barcode'])
    .execute();
  await db.schema
    .createTable('product_suppliers')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('supplier_id', 'text', (c) => c.notNull().references('suppliers.id').onDelete('cascade'))
    .addColumn('supplier_sku', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pack_size', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('min_order_packs', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('unit_cost_cents', 'integer', (c) => c.notNull())
    .addColumn('lead_time_days', 'integer')
    .addColumn('preferred', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('product_suppliers_pk', ['product_id', 'supplier_id'])
    .execute();
  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) =>
      c.notNull().references('inventory_locations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('transfer_id', 'text')
    .addColumn('reference', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('negative_allowed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stock_movements_product_idx')
    .on('stock_movements')
    .columns(['product_id', 'location_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('stock_movements_business_idx')
    .on('stock_movements')
    .columns(['business_id', 'occurred_at'])
    .execute();
  await db.schema
    .createTable('stock_levels')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('location_id', 'text', (c) =>
      c.notNull().references('inventory_locations.id').onDelete('cascade'),
    )
    .addColumn('on_hand', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_levels_pk', ['product_id', 'location_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stock_levels').execute();
  await db.schema.dropTable('stock_movements').execute();
  await db.schema.dropTable('product_suppliers').execute();
  await db.schema.dropTable('products').execute();
  await db.schema.dropTable('suppliers').execute();
  await db.schema.dropTable('inventory_locations').execute();
}
