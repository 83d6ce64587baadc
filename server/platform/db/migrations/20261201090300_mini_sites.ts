import type { Kysely } from 'kysely';

/**
 * Mini-sites: a business's public page at /b/<slug>. Its texts, hours and theme (one row per business, absent
 * until first edited), its photos, and the web designers it invited for a limited time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mini_sites')
    .addColumn('business_id', 'text', (c) => c.primaryKey().references('businesses.id').onDelete('cascade'))
    .addColumn('theme', 'text', (c) => c.notNull().defaultTo('classic'))
    .addColumn('tagline_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tagline_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('about_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('about_en', 'text', (c) => c.notNull().defaultTo(''))
    // JSON: [{ day: 'Monday', opens: '09:00', closes: '21:00' }, …]
    .addColumn('hours', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mini_site_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mini_site_photos_business_idx')
    .on('mini_site_photos')
    .columns(['business_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('mini_site_editors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    // Lower-cased; the invitation follows whoever signs in with this address.
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mini_site_editors_business_idx')
    .on('mini_site_editors')
    .columns(['business_id', 'email'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mini_site_editors').execute();
  await db.schema.dropTable('mini_site_photos').execute();
  await db.schema.dropTable('mini_sites').execute();
}
