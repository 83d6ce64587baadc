import type { Event } from '../../../platform/db/schema.ts';
import type { Occurrence } from '../occurrences.ts';
import type { IntroductionRow, LeadRow, MeetingRow, RegistrationRow, SurveyRow } from './queries.ts';
import type { EventReport } from './schema.ts';

/**
 * The report's numbers, counted from rows (the definitions are on the report page and in the README):
 * registered = status registered; attended = checked in; no-show = registered, not checked in, occurrence
 * ended; a meeting is held when both its people checked in; a partnership is an introduction from the event
 * that is active, or closed as won.
 */

type Attendee = EventReport['attendees'][number];
type Attendance = Attendee['attendance'];

const MAX_COMMENTS = 200;

const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.min(100, Math.round((part / whole) * 100));

export function presentEvent(event: Event, organizationSlug: string) {
  return {
    id: event.id,
    organizationSlug,
    kind: event.kind,
    titleKo: event.title_ko,
    titleEn: event.title_en,
    venueName: event.venue_name,
    timeZone: event.time_zone,
  };
}

export function presentOccurrence(occurrence: Occurrence, now: Date) {
  return {
    date: occurrence.date,
    startsAt: occurrence.startsAt.toISOString(),
    endsAt: occurrence.endsAt.toISOString(),
    cancelled: occurrence.cancelled,
    ended: occurrence.endsAt <= now,
  };
}

function attendanceOf(row: RegistrationRow, ended: boolean): Attendance {
  if (row.checked_in_at) {
    return 'attended';
  }
  if (row.status !== 'registered') {
    return row.status;
  }
  return ended ? 'noShow' : 'expected';
}

export const isPartnership = (row: IntroductionRow) =>
  row.stage === 'active' || (row.stage === 'closed' && row.outcome === 'won');

export function presentSurvey(rows: SurveyRow[]): EventReport['survey'] {
  const total = rows.reduce((sum, r) => sum + r.rating, 0);
  return {
    responses: rows.length,
    averageRating: rows.length === 0 ? null : Math.round((total / rows.length) * 10) / 10,
    distribution: [1, 2, 3, 4, 5].map((rating) => ({
      rating,
      count: rows.filter((r) => r.rating === rating).length,
    })),
    wouldReturnPercent: percent(rows.filter((r) => r.would_return === 1).length, rows.length),
    comments: rows
      .filter((r) => r.comment.trim() !== '')
      .slice(0, MAX_COMMENTS)
      .map((r) => ({
        rating: r.rating,
        wouldReturn: r.would_return === 1,
        comment: r.comment,
        at: r.created_at,
      })),
  };
}

export interface ReportRows {
  registrations: RegistrationRow[];
  meetings: MeetingRow[];
  leads: LeadRow[];
  introductions: IntroductionRow[];
  survey: SurveyRow[];
}

/** How many times each key occurs (an expo has thousands of attendees: count once, look up per row). */
function tally(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per attendee, the introductions from the event: their business's, and those made from a scan of their badge. */
function introductionsByRegistration(rows: ReportRows): Map<string, number> {
  const byBusiness = new Map<string, Set<string>>();
  const add = (key: string, id: string) => byBusiness.set(key, (byBusiness.get(key) ?? new Set()).add(id));
  for (const i of rows.introductions) {
    add(i.requester_business_id, i.id);
    add(i.recipient_business_id, i.id);
  }
  const fromEvent = new Set(rows.introductions.map((i) => i.id));
  const fromLeads = new Map<string, string[]>();
  for (const lead of rows.leads) {
    if (lead.introduction_id && fromEvent.has(lead.introduction_id)) {
      fromLeads.set(lead.registration_id, [
        ...(fromLeads.get(lead.registration_id) ?? []),
        lead.introduction_id,
      ]);
    }
  }
  return new Map(
    rows.registrations.map((row) => {
      const ids = new Set(row.business_id ? byBusiness.get(row.business_id) : []);
      (fromLeads.get(row.id) ?? []).forEach((id) => ids.add(id));
      return [row.id, ids.size];
    }),
  );
}

export function presentReport(
  event: ReturnType<typeof presentEvent>,
  occurrence: ReturnType<typeof presentOccurrence>,
  rows: ReportRows,
): EventReport {
  const checkedIn = new Set(rows.registrations.filter((r) => r.checked_in_at).map((r) => r.id));
  const held = rows.meetings.filter((m) => checkedIn.has(m.requester_id) && checkedIn.has(m.recipient_id));
  const people = (list: MeetingRow[]) => tally(list.flatMap((m) => [m.requester_id, m.recipient_id]));
  const [scheduledOf, heldOf] = [people(rows.meetings), people(held)];
  const leadsOf = tally(rows.leads.map((l) => l.registration_id));
  const introductionsOf = introductionsByRegistration(rows);
  const attendees = rows.registrations.map((row) => ({
    registrationId: row.id,
    name: row.name,
    company: row.company,
    attendance: attendanceOf(row, occurrence.ended),
    checkedInAt: row.checked_in_at,
    meetingsScheduled: scheduledOf.get(row.id) ?? 0,
    meetingsHeld: heldOf.get(row.id) ?? 0,
    leads: leadsOf.get(row.id) ?? 0,
    introductions: introductionsOf.get(row.id) ?? 0,
  }));
  const count = (status: string) => rows.registrations.filter((r) => r.status === status).length;
  const registered = count('registered');
  return {
    event,
    occurrence,
    totals: {
      registered,
      attended: checkedIn.size,
      noShows: attendees.filter((a) => a.attendance === 'noShow').length,
      attendancePercent: percent(checkedIn.size, registered),
      waitlisted: count('waitlisted'),
      cancelled: count('cancelled'),
      meetingsScheduled: rows.meetings.length,
      meetingsHeld: held.length,
      leads: rows.leads.length,
      introductions: rows.introductions.length,
      partnerships: rows.introductions.filter(isPartnership).length,
    },
    attendees,
    survey: presentSurvey(rows.survey),
  };
}
