import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('pillar_id', 'text', (c) => c.notNull().references('pillars.id'))
    .addColumn('description_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('radius_miles', 'integer', (c) => c.notNull().defaultTo(25))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('price_hint', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('offers_business_idx').on('offers').column('business_id').execute();
  await db.schema.createIndex('offers_pillar_idx').on('offers').column('pillar_id').execute();
  await db.schema
    .createTable('needs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('pillar_id', 'text', (c) => c.notNull().references('pillars.id'))
    .addColumn('description_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('urgency', 'text', (c) => c.notNull().defaultTo('medium'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('needs_business_idx').on('needs').column('business_id').execute();
  await db.schema.createIndex('needs_pillar_idx').on('needs').column('pillar_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('needs').execute();
  await db.schema.dropTable('offers').execute();
}
