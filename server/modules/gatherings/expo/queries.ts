import type { DbOrTrx } from '../../../platform/db/database.ts';

/** Plain reads and writes of the expo's tables; every query names the event. */

function exhibitorSelect(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('expo_exhibitors as x')
    .leftJoin('businesses as b', 'b.id', 'x.business_id')
    .selectAll('x')
    .select([
      'b.slug as business_slug',
      'b.name_ko as business_name_ko',
      'b.name_en as business_name_en',
      'b.logo_path as business_logo_path',
      'b.updated_at as business_updated_at',
    ])
    .where('x.event_id', '=', eventId);
}

export function exhibitorsOf(db: DbOrTrx, eventId: string) {
  return exhibitorSelect(db, eventId).execute();
}
export type ExhibitorRow = Awaited<ReturnType<typeof exhibitorsOf>>[number];

export function exhibitorById(db: DbOrTrx, eventId: string, exhibitorId: string) {
  return exhibitorSelect(db, eventId).where('x.id', '=', exhibitorId).executeTakeFirst();
}

/** Another exhibitor of the event at `booth`, if any. */
export function exhibitorAtBooth(db: DbOrTrx, eventId: string, booth: string, exceptId: string | null) {
  let query = db
    .selectFrom('expo_exhibitors')
    .select(['id', 'name_ko', 'name_en'])
    .where('event_id', '=', eventId)
    .where('booth', '=', booth);
  if (exceptId) {
    query = query.where('id', '!=', exceptId);
  }
  return query.executeTakeFirst();
}

export function exhibitorOfBusiness(
  db: DbOrTrx,
  eventId: string,
  businessId: string,
  exceptId: string | null,
) {
  let query = db
    .selectFrom('expo_exhibitors')
    .select(['id', 'name_ko', 'name_en'])
    .where('event_id', '=', eventId)
    .where('business_id', '=', businessId);
  if (exceptId) {
    query = query.where('id', '!=', exceptId);
  }
  return query.executeTakeFirst();
}

/** The event's exhibitors whose business `userId` is an owner or staff of. */
export function exhibitorsOfUser(db: DbOrTrx, eventId: string, userId: string) {
  return db
    .selectFrom('expo_exhibitors as x')
    .innerJoin('business_users as bu', 'bu.business_id', 'x.business_id')
    .select(['x.id', 'x.name_ko', 'x.name_en'])
    .where('x.event_id', '=', eventId)
    .where('bu.user_id', '=', userId)
    .orderBy('x.name_en')
    .execute();
}

export function sessionsOf(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('expo_sessions')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('start_time')
    .orderBy('room')
    .execute();
}

export function sessionById(db: DbOrTrx, eventId: string, sessionId: string) {
  return db
    .selectFrom('expo_sessions')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
}

/** Registered (not waitlisted or cancelled) attendees of one occurrence, by name, for the badges; or one person's. */
export function badgeHolders(db: DbOrTrx, eventId: string, occurrence: string, userId?: string) {
  let query = db
    .selectFrom('event_registrations as r')
    .leftJoin('businesses as b', 'b.id', 'r.business_id')
    .select([
      'r.id',
      'r.name',
      'r.company',
      'r.ticket_code',
      'b.name_ko as business_name_ko',
      'b.name_en as business_name_en',
    ])
    .where('r.event_id', '=', eventId)
    .where('r.occurrence', '=', occurrence)
    .where('r.status', '=', 'registered');
  if (userId) {
    query = query.where('r.user_id', '=', userId);
  }
  return query.orderBy('r.name').orderBy('r.id').execute();
}
export type BadgeHolder = Awaited<ReturnType<typeof badgeHolders>>[number];

export function registrationByCode(db: DbOrTrx, ticketCode: string) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .selectAll('r')
    .select(['e.title_ko as event_title_ko', 'e.title_en as event_title_en'])
    .where('r.ticket_code', '=', ticketCode)
    .executeTakeFirst();
}

function leadSelect(db: DbOrTrx, exhibitorId: string) {
  return db
    .selectFrom('expo_leads as l')
    .innerJoin('event_registrations as r', 'r.id', 'l.registration_id')
    .leftJoin('businesses as b', 'b.id', 'r.business_id')
    .select([
      'l.id',
      'l.consent',
      'l.note',
      'l.introduction_id',
      'l.created_at',
      'r.name',
      'r.email',
      'r.company',
      'b.slug as business_slug',
      'b.name_ko as business_name_ko',
      'b.name_en as business_name_en',
    ])
    .where('l.exhibitor_id', '=', exhibitorId);
}

export function leadsOf(db: DbOrTrx, exhibitorId: string) {
  return leadSelect(db, exhibitorId).orderBy('l.created_at', 'desc').orderBy('l.id').execute();
}
export type LeadRow = Awaited<ReturnType<typeof leadsOf>>[number];

export function leadOf(db: DbOrTrx, exhibitorId: string, leadId: string) {
  return leadSelect(db, exhibitorId).where('l.id', '=', leadId).executeTakeFirst();
}

export function leadFor(db: DbOrTrx, exhibitorId: string, registrationId: string) {
  return db
    .selectFrom('expo_leads')
    .select('id')
    .where('exhibitor_id', '=', exhibitorId)
    .where('registration_id', '=', registrationId)
    .executeTakeFirst();
}

export function interestsOf(db: DbOrTrx, eventId: string) {
  return db
    .selectFrom('expo_interests')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}
