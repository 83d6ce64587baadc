import type { Kysely } from 'kysely';

/**
 * The directory's own inverted index: one row per (business, term). Terms are Hangul syllable
 * bigrams, initial-consonant (choseong) bigrams and Latin word prefixes — see docs/search.md — so
 * the same index answers 보안, partial words and ㅂㅇ identically on SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_terms')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_terms_pk', ['term', 'business_id'])
    .execute();
  await db.schema.createIndex('search_terms_business_idx').on('search_terms').column('business_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('search_terms').execute();
}
