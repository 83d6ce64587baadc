import type { Kysely } from 'kysely';

/**
 * Search support: a location index for the distance filter's bounding box, a covering index for the
 * term lookup, item indexes for pillar facets, and which businesses each
 * saved search has already announced, so a business is announced once even when its profile is filled
 * in after it joined.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('businesses_location_idx')
    .on('businesses')
    .columns(['latitude', 'longitude'])
    .execute();
  await db.schema
    .createTable('saved_search_hits')
    .addColumn('saved_search_id', 'text', (c) =>
      c.notNull().references('saved_searches.id').onDelete('cascade'),
    )
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('saved_search_hits_pk', ['saved_search_id', 'business_id'])
    .execute();
  await db.schema.createIndex('saved_searches_user_idx').on('saved_searches').column('user_id').execute();
  // The term lookup reads the weight from the index too, never the table rows (SQLite and PostgreSQL alike).
  await db.schema
    .createIndex('search_terms_covering_idx')
    .on('search_terms')
    .columns(['term', 'business_id', 'weight'])
    .execute();
  // Pillar facets read each match's items' pillars from these indexes alone, without the rows.
  for (const table of ['offers', 'needs']) {
    await db.schema
      .createIndex(`${table}_business_pillar_idx`)
      .on(table)
      .columns(['business_id', 'pillar_id'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('search_terms_covering_idx').execute();
  await db.schema.dropIndex('needs_business_pillar_idx').execute();
  await db.schema.dropIndex('offers_business_pillar_idx').execute();
  await db.schema.dropIndex('saved_searches_user_idx').execute();
  await db.schema.dropTable('saved_search_hits').execute();
  await db.schema.dropIndex('businesses_location_idx').execute();
}
