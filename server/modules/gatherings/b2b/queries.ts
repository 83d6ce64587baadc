import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event } from '../../../platform/db/schema.ts';

/** Reads and writes of B2B meetings; every query names its event. */

export function settingsOf(db: DbOrTrx, eventId: string) {
  return db.selectFrom('b2b_settings').selectAll().where('event_id', '=', eventId).executeTakeFirst();
}

/**
 * Claims the schedule: bumps its version if it still is `expected` (any version when undefined). The
 * conditional UPDATE takes the row's lock first, so of two runs carrying one version exactly one gets
 * through; the other waits, then finds the version changed.
 */
export async function bumpVersion(
  db: DbOrTrx,
  eventId: string,
  at: string,
  expected?: number,
  scheduled = false,
): Promise<number | null> {
  let update = db
    .updateTable('b2b_settings')
    .set((eb) => ({
      schedule_version: eb('schedule_version', '+', 1),
      ...(scheduled ? { scheduled_at: at } : {}),
    }))
    .where('event_id', '=', eventId);
  if (expected !== undefined) {
    update = update.where('schedule_version', '=', expected);
  }
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    return null;
  }
  const row = await settingsOf(db, eventId);
  return row?.schedule_version ?? null;
}

/** The expo's attendees who can meet: registered for its day, signed in as a person. */
export function participantRows(db: DbOrTrx, event: Pick<Event, 'id' | 'starts_on'>) {
  return db
    .selectFrom('event_registrations as r')
    .leftJoin('b2b_participants as p', 'p.registration_id', 'r.id')
    .leftJoin('businesses as b', 'b.id', 'r.business_id')
    .select([
      'r.id as registration_id',
      'r.user_id',
      'r.name',
      'r.company',
      'r.business_id',
      'b.slug as business_slug',
      'b.name_ko as business_name_ko',
      'b.name_en as business_name_en',
      'p.offers',
      'p.needs',
      'p.available_slots',
    ])
    .where('r.event_id', '=', event.id)
    .where('r.occurrence', '=', event.starts_on)
    .where('r.status', '=', 'registered')
    .where('r.user_id', 'is not', null)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export type ParticipantRow = Awaited<ReturnType<typeof participantRows>>[number];

export async function participantOf(db: DbOrTrx, event: Pick<Event, 'id' | 'starts_on'>, userId: string) {
  const rows = await participantRows(db, event);
  return rows.find((r) => r.user_id === userId);
}

export async function saveParticipant(
  db: DbOrTrx,
  row: {
    registration_id: string;
    event_id: string;
    offers: string;
    needs: string;
    available_slots: string | null;
    updated_at: string;
  },
): Promise<void> {
  await db
    .insertInto('b2b_participants')
    .values(row)
    .onConflict((oc) =>
      oc.column('registration_id').doUpdateSet({
        offers: row.offers,
        needs: row.needs,
        available_slots: row.available_slots,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export function activePillarIds(db: DbOrTrx) {
  return db
    .selectFrom('pillars')
    .select(['id', 'key', 'name_ko', 'name_en'])
    .where('retired', '=', 0)
    .orderBy('position')
    .execute();
}

export function requestsOfEvent(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('b2b_requests')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .execute();
}

export function requestById(db: DbOrTrx, eventId: string, requestId: string) {
  return db
    .selectFrom('b2b_requests')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('id', '=', requestId)
    .executeTakeFirst();
}

export function meetingsOf(db: DbOrTrx, eventId: string) {
  return db.selectFrom('b2b_meetings').selectAll().where('event_id', '=', eventId).execute();
}

/** Businesses with a booth or a sponsorship at this expo. */
export async function exhibitorBusinessIds(db: DbOrTrx, eventId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('expo_exhibitors')
    .select('business_id')
    .where('event_id', '=', eventId)
    .where('business_id', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.business_id ?? ''));
}

/** Moves a request from one of `from` to `to`: one conditional UPDATE, so of two racing answers one wins. */
export async function setStatus(
  db: DbOrTrx,
  requestId: string,
  from: readonly ('pending' | 'accepted')[],
  to: 'accepted' | 'declined' | 'cancelled',
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('b2b_requests')
    .set({ status: to, answered_at: at })
    .where('id', '=', requestId)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function userOfRegistration(db: DbOrTrx, registrationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('event_registrations')
    .select('user_id')
    .where('id', '=', registrationId)
    .executeTakeFirst();
  return row?.user_id ?? null;
}
