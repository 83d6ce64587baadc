import type { Kysely } from 'kysely';

/**
 * The satisfaction survey's invitation: when it was e-mailed to an attendee. The hourly sweep sets it with a
 * conditional update (still null), so each attendee is invited once even with several server instances.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('event_registrations').addColumn('survey_sent_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('event_registrations').dropColumn('survey_sent_at').execute();
}
