import type { Kysely } from 'kysely';

/**
 * The expo: exhibitors and sponsors with booths, sessions, leads an exhibitor captures by scanning a
 * badge (each may become an introduction), the "next year" interest list, and the B2B meetings (each
 * attendee's offers and needs and available slots, double opt-in requests, the organizer's settings,
 * and the schedule). Introductions remember the event they came out of.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('expo_exhibitors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('business_id', 'text', (c) => c.references('businesses.id').onDelete('set null'))
    .addColumn('name_ko', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('booth', 'text')
    .addColumn('logo_path', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expo_exhibitors_booth_idx')
    .on('expo_exhibitors')
    .columns(['event_id', 'booth'])
    .unique()
    .execute();
  await db.schema
    .createIndex('expo_exhibitors_business_idx')
    .on('expo_exhibitors')
    .columns(['event_id', 'business_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('expo_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('title_ko', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('description_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('room', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('speakers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('expo_sessions_event_idx').on('expo_sessions').column('event_id').execute();

  await db.schema
    .createTable('expo_leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('exhibitor_id', 'text', (c) =>
      c.notNull().references('expo_exhibitors.id').onDelete('cascade'),
    )
    .addColumn('registration_id', 'text', (c) =>
      c.notNull().references('event_registrations.id').onDelete('cascade'),
    )
    .addColumn('consent', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('introduction_id', 'text', (c) => c.references('introductions.id').onDelete('set null'))
    .addColumn('captured_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expo_leads_pair_idx')
    .on('expo_leads')
    .columns(['exhibitor_id', 'registration_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('expo_interests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('venue_idea', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('expo_interests_event_idx').on('expo_interests').column('event_id').execute();

  await db.schema
    .createTable('b2b_settings')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    .addColumn('slot_minutes', 'integer', (c) => c.notNull())
    .addColumn('day_start', 'text', (c) => c.notNull())
    .addColumn('day_end', 'text', (c) => c.notNull())
    .addColumn('breaks', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('table_count', 'integer', (c) => c.notNull())
    .addColumn('schedule_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('scheduled_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('b2b_participants')
    .addColumn('registration_id', 'text', (c) =>
      c.primaryKey().references('event_registrations.id').onDelete('cascade'),
    )
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('offers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('available_slots', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('b2b_participants_event_idx')
    .on('b2b_participants')
    .column('event_id')
    .execute();

  await db.schema
    .createTable('b2b_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('requester_id', 'text', (c) =>
      c.notNull().references('event_registrations.id').onDelete('cascade'),
    )
    .addColumn('recipient_id', 'text', (c) =>
      c.notNull().references('event_registrations.id').onDelete('cascade'),
    )
    .addColumn('pair_key', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema
    .createIndex('b2b_requests_pair_idx')
    .on('b2b_requests')
    .columns(['event_id', 'pair_key'])
    .unique()
    .execute();

  await db.schema
    .createTable('b2b_meetings')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('b2b_requests.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('table_number', 'integer', (c) => c.notNull())
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('b2b_meetings_seat_idx')
    .on('b2b_meetings')
    .columns(['event_id', 'slot_start', 'table_number'])
    .unique()
    .execute();

  await db.schema
    .alterTable('introductions')
    .addColumn('event_id', 'text', (c) => c.references('events.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('introductions_event_idx').on('introductions').column('event_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('introductions_event_idx').execute();
  await db.schema.alterTable('introductions').dropColumn('event_id').execute();
  await db.schema.dropTable('b2b_meetings').execute();
  await db.schema.dropTable('b2b_requests').execute();
  await db.schema.dropTable('b2b_participants').execute();
  await db.schema.dropTable('b2b_settings').execute();
  await db.schema.dropTable('expo_interests').execute();
  await db.schema.dropTable('expo_leads').execute();
  await db.schema.dropTable('expo_sessions').execute();
  await db.schema.dropTable('expo_exhibitors').execute();
}
