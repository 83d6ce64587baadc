import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('introductions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('requester_business_id', 'text', (c) =>
      c.notNull().references('businesses.id').onDelete('cascade'),
    )
    .addColumn('recipient_business_id', 'text', (c) =>
      c.notNull().references('businesses.id').onDelete('cascade'),
    )
    .addColumn('requested_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('need_id', 'text', (c) => c.references('needs.id').onDelete('set null'))
    .addColumn('offer_id', 'text', (c) => c.references('offers.id').onDelete('set null'))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('value_cents', 'integer')
    .addColumn('close_note', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('introductions_requester_idx')
    .on('introductions')
    .column('requester_business_id')
    .execute();
  await db.schema
    .createIndex('introductions_recipient_idx')
    .on('introductions')
    .column('recipient_business_id')
    .execute();
  await db.schema
    .createIndex('introductions_stage_idx')
    .on('introductions')
    .columns(['stage', 'expires_at'])
    .execute();
  await db.schema
    .createTable('introduction_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('introduction_id', 'text', (c) =>
      c.notNull().references('introductions.id').onDelete('cascade'),
    )
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('introduction_events_intro_idx')
    .on('introduction_events')
    .column('introduction_id')
    .execute();
  await db.schema
    .createTable('business_blocks')
    .addColumn('business_id', 'text', (c) => c.notNull().references('businesses.id').onDelete('cascade'))
    .addColumn('blocked_business_id', 'text', (c) =>
      c.notNull().references('businesses.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('business_blocks_pk', ['business_id', 'blocked_business_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('business_blocks').execute();
  await db.schema.dropTable('introduction_events').execute();
  await db.schema.dropTable('introductions').execute();
}
