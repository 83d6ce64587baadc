import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('safety_retention_months', 'integer', (c) => c.notNull().defaultTo(24))
    .execute();
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('business_id', 'text', (c) => c.references('businesses.id').onDelete('set null'))
    .addColumn('reporter_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('location_kind', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('block_latitude', 'double precision', (c) => c.notNull())
    .addColumn('block_longitude', 'double precision', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('suspects', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('vehicles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('police_called', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('police_case_number', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('closed_at', 'text')
    .addColumn('closed_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('purged_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incidents_org_occurred_idx')
    .on('incidents')
    .columns(['organization_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('incidents_location_idx')
    .on('incidents')
    .columns(['latitude', 'longitude'])
    .execute();
  await db.schema
    .createTable('incident_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('kept_location', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_photos_incident_idx')
    .on('incident_photos')
    .column('incident_id')
    .execute();
  await db.schema
    .createTable('incident_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_comments_incident_idx')
    .on('incident_comments')
    .column('incident_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('incident_comments').execute();
  await db.schema.dropTable('incident_photos').execute();
  await db.schema.dropTable('incidents').execute();
  await db.schema.alterTable('organizations').dropColumn('safety_retention_months').execute();
}
