import type { Insertable, Updateable } from 'kysely';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { EventMinutesTable, EventTable } from '../../../platform/db/schema.ts';

/** Every event of the organization, oldest first (an organization has tens of events, not thousands). */
export function eventsOf(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
}

export async function insertEvent(db: DbOrTrx, row: Insertable<EventTable>): Promise<void> {
  await db.insertInto('events').values(row).execute();
}

/** Writes the change only when nobody changed the event since `version`; false when someone did. */
export async function updateEvent(
  db: DbOrTrx,
  organizationId: string,
  id: string,
  version: number,
  changes: Updateable<EventTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function pillarExists(db: DbOrTrx, pillarId: string): Promise<boolean> {
  const row = await db.selectFrom('pillars').select('id').where('id', '=', pillarId).executeTakeFirst();
  return row !== undefined;
}

/** Registered and waitlisted people per occurrence. */
export function registrationCounts(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('event_registrations')
    .select(['occurrence', 'status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('event_id', '=', eventId)
    .where('status', 'in', ['registered', 'waitlisted'])
    .groupBy(['occurrence', 'status'])
    .execute();
}

export async function hasMeetings(db: DbOrTrx, eventId: string): Promise<boolean> {
  const row = await db
    .selectFrom('b2b_settings')
    .select('event_id')
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The people holding a place (or waiting for one) at these occurrences, to tell them of a cancellation. */
export function peopleAt(db: DbOrTrx, eventId: string, occurrences: readonly string[]) {
  if (occurrences.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('event_registrations')
    .select(['occurrence', 'email', 'locale'])
    .where('event_id', '=', eventId)
    .where('occurrence', 'in', occurrences)
    .where('status', 'in', ['registered', 'waitlisted'])
    .orderBy('occurrence')
    .orderBy('email')
    .execute();
}

export function findMinutes(db: DbOrTrx, eventId: string, occurrence: string) {
  return db
    .selectFrom('event_minutes')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('occurrence', '=', occurrence)
    .executeTakeFirst();
}

export async function saveMinutes(db: DbOrTrx, row: Insertable<EventMinutesTable>): Promise<void> {
  await db
    .insertInto('event_minutes')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['event_id', 'occurrence']).doUpdateSet({
        minutes_ko: row.minutes_ko,
        minutes_en: row.minutes_en,
        follow_ups: row.follow_ups,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
