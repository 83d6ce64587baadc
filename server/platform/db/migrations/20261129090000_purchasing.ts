import { sql, type Kysely } from 'kysely';

/**
 * Smart Store, second part: sales brought in from a point of sale, purchase orders, the store's ordering
 * settings, and group buying across an organization's stores.
 *
 * `stock_movements.business_day` is the store's own calendar day (its time zone) on which a movement
 * counts — the forecast reads daily sales by it. `source_key` makes an imported line land once: the same
 * POS line imported again hits the unique index and changes nothing (NULLs are distinct in both databases).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stock_movements').addColumn('business_day', 'text').execute();
  await db.schema.alterTable('stock_movements').addColumn('source_key', 'text').execute();
  await sql`update stock_movements set business_day = substr(occurred_at, 1, 10)`.execute(db);
  await db.schema
    .createIndex('stock_movements_source_key_idx')
    .on('stock_movements')
    .columns(['business_id', 'source_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('stock_movements_business_day_idx')
    .on('stock_movements')
    .columns(['business_id', 'business_day'])
    .execute();
  await db.schema
    .createIndex('products_business_barcode_unique_idx')
    .on('products')
    .columns(['business_id', 'barcode'])
    .unique()
    .execute();
  await db.schema.dropIndex('products_barcode_idx').execute();

  await db.schema
    .createTable('inventory_settings')
    .addColumn('business_id', 'text', (c) => c.primaryKey().references('businesses.id').onDelete('cascade'))
    .addColumn('review_days', 'integer', (c) => c.notNull().defaultTo(7))
    .addColumn('service_level', 'double precision', (c) => c.notNull().defaultTo(0.95))
    .addColumn('holding_rate', 'double precision', (c) => c.notNull().defaultTo(0.25))
    .addColumn('order_cost_cents', 'integer', (c) => c.notNull().defaultTo(500))
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('America/Chicago'))
    .addColumn('pos_format', 'text')
    .addColumn('pos_mapping', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sales_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('movement_count', 'integer', (c) => c.notNull())
    .addColumn('first_day', 'text')
    .addColumn('last_day', 'text')
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sales_imports_business_idx')
    .on('sales_imports')
    .columns(['business_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('group_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('organizer_business_id', 'text', (c) => c.references('businesses.id').onDelete('set null'))
    .addColumn('organizer_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('supplier_name', 'text', (c) => c.notNull())
    .addColumn('supplier_sku', 'text', (c) => c.notNull())
    .addColumn('title_ko', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('unit_cost_cents', 'integer', (c) => c.notNull())
    .addColumn('break_quantity', 'integer', (c) => c.notNull())
    .addColumn('break_cost_cents', 'integer', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('group_orders_organization_idx')
    .on('group_orders')
    .columns(['organization_id', 'status'])
    .execute();

  await db.schema
    .createTable('purchase_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('supplier_id', 'text', (c) => c.notNull().references('suppliers.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('group_order_id', 'text', (c) => c.references('group_orders.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('purchase_orders_business_number_idx')
    .on('purchase_orders')
    .columns(['business_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createTable('purchase_order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purchase_order_id', 'text', (c) =>
      c.notNull().references('purchase_orders.id').onDelete('cascade'),
    )
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_cost_cents', 'integer', (c) => c.notNull())
    .addColumn('received_quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('purchase_order_lines_order_idx')
    .on('purchase_order_lines')
    .columns(['purchase_order_id', 'position'])
    .execute();
  await db.schema
    .createIndex('purchase_order_lines_product_idx')
    .on('purchase_order_lines')
    .column('product_id')
    .execute();

  await db.schema
    .createTable('group_order_commitments')
    .addColumn('group_order_id', 'text', (c) => c.notNull().references('group_orders.id').onDelete('cascade'))
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.references('products.id').onDelete('set null'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('purchase_order_id', 'text', (c) => c.references('purchase_orders.id').onDelete('set null'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_order_commitments_pk', ['group_order_id', 'business_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('group_order_commitments').execute();
  await db.schema.dropTable('purchase_order_lines').execute();
  await db.schema.dropTable('purchase_orders').execute();
  await db.schema.dropTable('group_orders').execute();
  await db.schema.dropTable('sales_imports').execute();
  await db.schema.dropTable('inventory_settings').execute();
  await db.schema
    .createIndex('products_barcode_idx')
    .on('products')
    .columns(['business_id', 'barcode'])
    .execute();
  await db.schema.dropIndex('products_business_barcode_unique_idx').execute();
  await db.schema.dropIndex('stock_movements_business_day_idx').execute();
  await db.schema.dropIndex('stock_movements_source_key_idx').execute();
  await db.schema.alterTable('stock_movements').dropColumn('source_key').execute();
  await db.schema.alterTable('stock_movements').dropColumn('business_day').execute();
}
