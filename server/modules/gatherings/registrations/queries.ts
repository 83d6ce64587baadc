import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { EventRegistrationTable, RegistrationStatus } from '../../../platform/db/schema.ts';

type Changes = Updateable<EventRegistrationTable>;

/**
 * Locks the event for the rest of the transaction. The no-op UPDATE takes PostgreSQL's row lock, so two
 * registrations (or a registration and a cancellation) of one event run one after the other and the second
 * counts what the first wrote; on SQLite it makes the transaction a writer before it counts.
 */
export async function lockEvent(db: DbOrTrx, eventId: string): Promise<void> {
  await db
    .updateTable('events')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', eventId)
    .execute();
}

/** Registrations with the business they came for. */
function registrations(db: DbOrTrx) {
  return db
    .selectFrom('event_registrations')
    .leftJoin('businesses', 'businesses.id', 'event_registrations.business_id')
    .selectAll('event_registrations')
    .select([
      'businesses.slug as business_slug',
      'businesses.name_ko as business_name_ko',
      'businesses.name_en as business_name_en',
    ]);
}

export type RegistrationRow = NonNullable<Awaited<ReturnType<typeof findById>>>;

export function findById(db: DbOrTrx, eventId: string, occurrence: string, id: string) {
  return registrations(db)
    .where('event_registrations.event_id', '=', eventId)
    .where('event_registrations.occurrence', '=', occurrence)
    .where('event_registrations.id', '=', id)
    .executeTakeFirst();
}

export function findByEmail(db: DbOrTrx, eventId: string, occurrence: string, email: string) {
  return registrations(db)
    .where('event_registrations.event_id', '=', eventId)
    .where('event_registrations.occurrence', '=', occurrence)
    .where('event_registrations.email', '=', email)
    .executeTakeFirst();
}

export function findByUser(db: DbOrTrx, eventId: string, occurrence: string, userId: string) {
  return registrations(db)
    .where('event_registrations.event_id', '=', eventId)
    .where('event_registrations.occurrence', '=', occurrence)
    .where('event_registrations.user_id', '=', userId)
    .orderBy(sql`case when event_registrations.status = 'cancelled' then 1 else 0 end`)
    .orderBy('event_registrations.created_at', 'desc')
    .executeTakeFirst();
}

/** Codes are unique across every event: a scan finds the ticket wherever it belongs. */
export function findByCode(db: DbOrTrx, code: string) {
  return registrations(db).where('event_registrations.ticket_code', '=', code).executeTakeFirst();
}

export function listForOccurrence(db: DbOrTrx, eventId: string, occurrence: string) {
  return registrations(db)
    .where('event_registrations.event_id', '=', eventId)
    .where('event_registrations.occurrence', '=', occurrence)
    .orderBy('event_registrations.created_at')
    .orderBy('event_registrations.id')
    .execute();
}

export interface StatusCounts {
  registered: number;
  waitlisted: number;
  cancelled: number;
  checkedIn: number;
}

export async function statusCounts(db: DbOrTrx, eventId: string, occurrence: string): Promise<StatusCounts> {
  const rows = await db
    .selectFrom('event_registrations')
    .select((eb) => [
      'status',
      eb.fn.countAll<string | number>().as('count'),
      eb.fn.count<string | number>('checked_in_at').as('checked_in'),
    ])
    .where('event_id', '=', eventId)
    .where('occurrence', '=', occurrence)
    .groupBy('status')
    .execute();
  const counts: StatusCounts = { registered: 0, waitlisted: 0, cancelled: 0, checkedIn: 0 };
  for (const row of rows) {
    counts[row.status] = Number(row.count);
    counts.checkedIn += Number(row.checked_in);
  }
  return counts;
}

/** 1 for the first in line: the waitlist is kept in the order people joined it. */
export async function waitlistPosition(
  db: DbOrTrx,
  row: Pick<RegistrationRow, 'event_id' | 'occurrence' | 'created_at' | 'id'>,
): Promise<number> {
  const ahead = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('event_id', '=', row.event_id)
    .where('occurrence', '=', row.occurrence)
    .where('status', '=', 'waitlisted')
    .where((eb) =>
      eb.or([
        eb('created_at', '<', row.created_at),
        eb.and([eb('created_at', '=', row.created_at), eb('id', '<', row.id)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(ahead.count) + 1;
}

/**
 * The time to stamp a new place in line with, taken under the event's lock: now, but always after the
 * latest registration of the occurrence, so the waitlist's order is the order the lock let people in.
 */
export async function nextStamp(db: DbOrTrx, eventId: string, occurrence: string): Promise<string> {
  const latest = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .where('event_id', '=', eventId)
    .where('occurrence', '=', occurrence)
    .executeTakeFirst();
  const after = latest?.at ? Date.parse(latest.at) + 1 : 0;
  return new Date(Math.max(Date.now(), after)).toISOString();
}

/** The first `count` people waiting, in the order they joined. */
export function firstWaiting(db: DbOrTrx, eventId: string, occurrence: string, count: number) {
  return db
    .selectFrom('event_registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('occurrence', '=', occurrence)
    .where('status', '=', 'waitlisted')
    .orderBy('created_at')
    .orderBy('id')
    .limit(count)
    .execute();
}

export async function insertRegistration(db: DbOrTrx, row: Insertable<EventRegistrationTable>) {
  await db.insertInto('event_registrations').values(row).execute();
}

export async function updateRegistration(
  db: DbOrTrx,
  id: string,
  changes: Pick<Changes, 'status' | 'created_at' | 'answers' | 'company'> & { updated_at: string },
) {
  await db.updateTable('event_registrations').set(changes).where('id', '=', id).execute();
}

export async function setStatus(db: DbOrTrx, id: string, status: RegistrationStatus, at: string) {
  await updateRegistration(db, id, { status, updated_at: at });
}

/** Checks in once: a second scan changes nothing (and tells the caller so by updating no row). */
export async function checkIn(db: DbOrTrx, id: string, userId: string | null, at: string): Promise<boolean> {
  const result = await db
    .updateTable('event_registrations')
    .set({ checked_in_at: at, checked_in_by: userId, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'registered')
    .where('checked_in_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The user's own business with that slug (as owner or staff), or undefined. */
export function businessOfUser(db: DbOrTrx, userId: string, slug: string) {
  return db
    .selectFrom('businesses')
    .innerJoin('business_users', 'business_users.business_id', 'businesses.id')
    .select(['businesses.id', 'businesses.slug', 'businesses.name_ko', 'businesses.name_en'])
    .where('business_users.user_id', '=', userId)
    .where('businesses.slug', '=', slug)
    .executeTakeFirst();
}

/**
 * Registered people not yet reminded, of scheduled events that send reminders, for occurrences on or after
 * `fromDate` (the sweep decides which are due, in each event's zone).
 */
export function awaitingReminder(db: DbOrTrx, fromDate: string) {
  return db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.event_id')
    .select([
      'event_registrations.id',
      'event_registrations.event_id',
      'event_registrations.occurrence',
      'event_registrations.created_at',
    ])
    .where('event_registrations.status', '=', 'registered')
    .where('event_registrations.reminded_at', 'is', null)
    .where('event_registrations.occurrence', '>=', fromDate)
    .where('events.status', '=', 'scheduled')
    .where('events.reminder_hours', '>', 0)
    .orderBy('event_registrations.event_id')
    .execute();
}

/** Marks the reminder sent, once: an overlapping sweep finds it already set and sends nothing. */
export async function markReminded(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('event_registrations')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .where('status', '=', 'registered')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
