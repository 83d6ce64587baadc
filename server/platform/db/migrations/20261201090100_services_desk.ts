import type { Kysely } from 'kysely';

/**
 * The services desk: per organization and pillar, the structured questions a member answers and the
 * vetted partners requests go to; members' requests, who each was routed to (and their proposals), and
 * the request's attachments. Deadlines are instants (ISO UTC) computed on the organization's clock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_desks')
    .addColumn('organization_id', 'text', (c) =>
      c.primaryKey().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('America/Chicago'))
    .execute();

  await db.schema
    .createTable('service_questions')
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('pillar_id', 'text', (c) => c.notNull().references('pillars.id').onDelete('cascade'))
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_questions_pk', ['organization_id', 'pillar_id'])
    .execute();

  await db.schema
    .createTable('service_partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('pillar_id', 'text', (c) => c.notNull().references('pillars.id').onDelete('cascade'))
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('weekly_capacity', 'integer')
    .addColumn('zips', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('radius_miles', 'integer')
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('sizes', 'text', (c) => c.notNull())
    .addColumn('vetted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_partners_unique_idx')
    .on('service_partners')
    .columns(['organization_id', 'pillar_id', 'business_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('service_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('pillar_id', 'text', (c) => c.notNull().references('pillars.id'))
    .addColumn('filed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('business_size', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('respond_by', 'text', (c) => c.notNull())
    .addColumn('escalated_at', 'text')
    .addColumn('rating', 'integer')
    .addColumn('outcome', 'text')
    .addColumn('saved_cents', 'integer')
    .addColumn('outcome_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_requests_business_idx')
    .on('service_requests')
    .column('business_id')
    .execute();
  await db.schema
    .createIndex('service_requests_due_idx')
    .on('service_requests')
    .columns(['status', 'respond_by'])
    .execute();

  await db.schema
    .createTable('service_request_partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('service_requests.id').onDelete('cascade'))
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposal', 'text')
    .addColumn('has_interest', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disclosure', 'text')
    .addColumn('assigned_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('routed_at', 'text', (c) => c.notNull())
    .addColumn('proposed_at', 'text')
    .addColumn('picked_at', 'text')
    .execute();
  await db.schema
    .createIndex('service_request_partners_unique_idx')
    .on('service_request_partners')
    .columns(['request_id', 'business_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('service_request_partners_business_idx')
    .on('service_request_partners')
    .columns(['business_id', 'routed_at'])
    .execute();

  await db.schema
    .createTable('service_request_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('service_requests.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('service_request_attachments').execute();
  await db.schema.dropTable('service_request_partners').execute();
  await db.schema.dropTable('service_requests').execute();
  await db.schema.dropTable('service_partners').execute();
  await db.schema.dropTable('service_questions').execute();
  await db.schema.dropTable('service_desks').execute();
}
