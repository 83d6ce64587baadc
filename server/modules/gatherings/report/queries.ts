import type { DbOrTrx } from '../../../platform/db/database.ts';

/** What the report reads of one occurrence; every query names the event and the occurrence's date. */

export function registrations(db: DbOrTrx, eventId: string, date: string) {
  return db
    .selectFrom('event_registrations')
    .select(['id', 'name', 'company', 'status', 'checked_in_at', 'business_id'])
    .where('event_id', '=', eventId)
    .where('occurrence', '=', date)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Scheduled B2B meetings of the occurrence: its people are the request's two registrations. */
export function meetings(db: DbOrTrx, eventId: string, date: string) {
  return db
    .selectFrom('b2b_meetings')
    .innerJoin('b2b_requests', 'b2b_requests.id', 'b2b_meetings.request_id')
    .innerJoin('event_registrations', 'event_registrations.id', 'b2b_requests.requester_id')
    .select(['b2b_requests.requester_id', 'b2b_requests.recipient_id'])
    .where('b2b_meetings.event_id', '=', eventId)
    .where('b2b_requests.event_id', '=', eventId)
    .where('event_registrations.occurrence', '=', date)
    .execute();
}

/** Badges exhibitors scanned at the occurrence. */
export function leads(db: DbOrTrx, eventId: string, date: string) {
  return db
    .selectFrom('expo_leads')
    .innerJoin('event_registrations', 'event_registrations.id', 'expo_leads.registration_id')
    .select(['expo_leads.registration_id', 'expo_leads.introduction_id'])
    .where('expo_leads.event_id', '=', eventId)
    .where('event_registrations.occurrence', '=', date)
    .execute();
}

/** Introductions that came out of the event, made in [from, to) when bounds are given. */
export function introductions(db: DbOrTrx, eventId: string, from: string | null, to: string | null) {
  let query = db
    .selectFrom('introductions')
    .select(['id', 'requester_business_id', 'recipient_business_id', 'stage', 'outcome'])
    .where('event_id', '=', eventId);
  if (from) {
    query = query.where('created_at', '>=', from);
  }
  if (to) {
    query = query.where('created_at', '<', to);
  }
  return query.execute();
}

export function surveyResponses(db: DbOrTrx, eventId: string, date: string) {
  return db
    .selectFrom('event_survey_responses')
    .select(['registration_id', 'rating', 'would_return', 'comment', 'created_at'])
    .where('event_id', '=', eventId)
    .where('occurrence', '=', date)
    .orderBy('created_at', 'desc')
    .execute();
}

export type RegistrationRow = Awaited<ReturnType<typeof registrations>>[number];
export type MeetingRow = Awaited<ReturnType<typeof meetings>>[number];
export type LeadRow = Awaited<ReturnType<typeof leads>>[number];
export type IntroductionRow = Awaited<ReturnType<typeof introductions>>[number];
export type SurveyRow = Awaited<ReturnType<typeof surveyResponses>>[number];
