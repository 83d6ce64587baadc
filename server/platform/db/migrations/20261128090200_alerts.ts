import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id').onDelete('set null'))
    .addColumn('raised_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('incident_type', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('radius_miles', 'double precision', (c) => c.notNull())
    .addColumn('industries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('all_clear_at', 'text')
    .addColumn('all_clear_message', 'text')
    .addColumn('retracted_at', 'text')
    .addColumn('retracted_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alerts_org_created_idx')
    .on('alerts')
    .columns(['organization_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('alerts_undelivered_idx')
    .on('alerts')
    .columns(['delivered_at', 'created_at'])
    .execute();
  await db.schema
    .createTable('alert_recipients')
    .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('business_id', 'text', (c) => c.references('businesses.id').onDelete('set null'))
    .addColumn('distance_miles', 'double precision', (c) => c.notNull())
    .addColumn('seen_at', 'text')
    .addColumn('saw_too_at', 'text')
    .addColumn('sighting_note', 'text')
    .addColumn('reported_false_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_recipients_pk', ['alert_id', 'user_id'])
    .execute();
  await db.schema.createIndex('alert_recipients_user_idx').on('alert_recipients').column('user_id').execute();
  await db.schema
    .createTable('alert_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('radius_miles', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alert_areas_user_idx').on('alert_areas').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('alert_areas').execute();
  await db.schema.dropTable('alert_recipients').execute();
  await db.schema.dropTable('alerts').execute();
}
