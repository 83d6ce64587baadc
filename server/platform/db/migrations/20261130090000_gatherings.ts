import type { Kysely } from 'kysely';

/**
 * Gatherings: events (one-off or recurring by an RFC 5545 RRULE, in the organization's wall-clock time),
 * registrations per occurrence with tickets for the door, minutes and follow-ups per occurrence, and the
 * satisfaction survey. An occurrence is named by its local date (YYYY-MM-DD): a recurring roundtable's
 * registrations, check-ins and minutes are per occurrence.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_ko', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('agenda_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agenda_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('venue_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('venue_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('America/Chicago'))
    .addColumn('rrule', 'text')
    .addColumn('cancelled_dates', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('capacity', 'integer')
    .addColumn('waitlist', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('members'))
    .addColumn('questions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('speakers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('pillar_id', 'text', (c) => c.references('pillars.id').onDelete('set null'))
    .addColumn('reminder_hours', 'integer', (c) => c.notNull().defaultTo(24))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('events_organization_idx')
    .on('events')
    .columns(['organization_id', 'starts_on'])
    .execute();

  await db.schema
    .createTable('event_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('business_id', 'text', (c) => c.references('businesses.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ticket_code', 'text', (c) => c.notNull().unique())
    .addColumn('checked_in_at', 'text')
    .addColumn('checked_in_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('event_registrations_email_idx')
    .on('event_registrations')
    .columns(['event_id', 'occurrence', 'email'])
    .unique()
    .execute();
  await db.schema
    .createIndex('event_registrations_user_idx')
    .on('event_registrations')
    .columns(['user_id', 'event_id'])
    .execute();

  await db.schema
    .createTable('event_minutes')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('minutes_ko', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('minutes_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('follow_ups', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_minutes_pk', ['event_id', 'occurrence'])
    .execute();

  await db.schema
    .createTable('event_survey_responses')
    .addColumn('registration_id', 'text', (c) =>
      c.primaryKey().references('event_registrations.id').onDelete('cascade'),
    )
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('would_return', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('event_survey_responses_event_idx')
    .on('event_survey_responses')
    .columns(['event_id', 'occurrence'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('event_survey_responses').execute();
  await db.schema.dropTable('event_minutes').execute();
  await db.schema.dropTable('event_registrations').execute();
  await db.schema.dropTable('events').execute();
}
