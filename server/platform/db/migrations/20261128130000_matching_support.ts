import type { Kysely } from 'kysely';

/**
 * Matching asks, once per request, which partners with a weekly capacity have used it up, and which
 * businesses received introductions since it last looked (docs/matching.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('businesses_capacity_idx')
    .on('businesses')
    .column('weekly_intro_capacity')
    .execute();
  await db.schema.createIndex('introductions_created_idx').on('introductions').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('introductions_created_idx').execute();
  await db.schema.dropIndex('businesses_capacity_idx').execute();
}
