import type { Kysely } from 'kysely';

/**
 * The notification each recipient got for an alert, so a fan-out retried after a failed publish
 * announces the same notifications again instead of creating new ones; an opt-in area remembers the
 * ZIP it was chosen by, for the account page; a retraction keeps its reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('alert_recipients').addColumn('notification_id', 'text').execute();
  await db.schema.alterTable('alert_areas').addColumn('zip', 'text').execute();
  await db.schema.alterTable('alerts').addColumn('retraction_reason', 'text').execute();
  await db.schema
    .createIndex('alerts_raiser_created_idx')
    .on('alerts')
    .columns(['raised_by_user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('alert_areas_location_idx')
    .on('alert_areas')
    .columns(['latitude', 'longitude'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('alert_areas_location_idx').execute();
  await db.schema.dropIndex('alerts_raiser_created_idx').execute();
  await db.schema.alterTable('alerts').dropColumn('retraction_reason').execute();
  await db.schema.alterTable('alert_areas').dropColumn('zip').execute();
  await db.schema.alterTable('alert_recipients').dropColumn('notification_id').execute();
}
