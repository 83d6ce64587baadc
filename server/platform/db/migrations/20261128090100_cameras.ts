import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cameras')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('direction_degrees', 'integer')
    .addColumn('retention_days', 'integer', (c) => c.notNull())
    .addColumn('shareable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cameras_business_idx').on('cameras').column('business_id').execute();
  await db.schema
    .createIndex('cameras_location_idx')
    .on('cameras')
    .columns(['latitude', 'longitude'])
    .execute();
  await db.schema
    .createTable('footage_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id').onDelete('cascade'))
    .addColumn('requested_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('requested'))
    .addColumn('response_note', 'text')
    .addColumn('answered_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('answered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('footage_requests_incident_camera_idx')
    .on('footage_requests')
    .columns(['incident_id', 'camera_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('footage_requests_camera_idx')
    .on('footage_requests')
    .column('camera_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('footage_requests').execute();
  await db.schema.dropTable('cameras').execute();
}
