import type { Event, EventMinutesTable } from '../../../platform/db/schema.ts';
import type { Selectable } from 'kysely';
import type { EventAccess } from '../access.ts';
import { nextOccurrence, occurrencesBetween, type Occurrence } from '../occurrences.ts';
import type { FollowUp, RegistrationQuestion, Speaker } from '../shapes.ts';

const instants = (o: Occurrence) => ({ startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString() });
/** Far enough back for every past occurrence (expansion itself stops after a few thousand). */
const BEGINNING = new Date(Date.UTC(2000, 0, 1));

/**
 * The latest occurrence that has ended, skipping cancelled dates, for a list of past events. A cancelled
 * event keeps it: its card says "cancelled" next to the date it was to happen.
 */
function lastOccurrence(event: Event, now: Date): Occurrence | null {
  const ended = occurrencesBetween(event, BEGINNING, now, 5000).filter(
    (o) => o.endsAt <= now && !o.cancelled,
  );
  return ended.at(-1) ?? null;
}

export function presentSummary(event: Event, organizationSlug: string, now: Date) {
  const next = nextOccurrence(event, now);
  const last = lastOccurrence(event, now);
  return {
    id: event.id,
    organizationSlug,
    kind: event.kind,
    titleKo: event.title_ko,
    titleEn: event.title_en,
    venueName: event.venue_name,
    venueAddress: event.venue_address,
    startsOn: event.starts_on,
    startTime: event.start_time,
    endTime: event.end_time,
    timeZone: event.time_zone,
    rrule: event.rrule,
    audience: event.audience,
    status: event.status,
    capacity: event.capacity,
    waitlist: event.waitlist === 1,
    pillarId: event.pillar_id,
    next: next && event.status === 'scheduled' ? { date: next.date, ...instants(next) } : null,
    last: last ? { date: last.date, ...instants(last) } : null,
  };
}

export interface OccurrenceCount extends Occurrence {
  registered: number;
  waitlisted: number;
}

export function presentDetail(
  access: EventAccess,
  occurrences: OccurrenceCount[],
  hasMeetings: boolean,
  now: Date,
) {
  const { event } = access;
  return {
    ...presentSummary(event, access.organization.slug, now),
    agendaKo: event.agenda_ko,
    agendaEn: event.agenda_en,
    speakers: JSON.parse(event.speakers) as Speaker[],
    questions: JSON.parse(event.questions) as RegistrationQuestion[],
    reminderHours: event.reminder_hours,
    cancelledDates: JSON.parse(event.cancelled_dates) as string[],
    occurrences: occurrences.map((o) => ({
      date: o.date,
      ...instants(o),
      cancelled: o.cancelled || event.status === 'cancelled',
      registered: o.registered,
      waitlisted: o.waitlisted,
    })),
    version: event.version,
    canManage: access.canManage,
    canAttend: access.canAttend,
    hasMeetings,
  };
}

export function presentMinutes(
  date: string,
  row: Selectable<EventMinutesTable> | undefined,
  canEdit: boolean,
) {
  return {
    date,
    minutesKo: row?.minutes_ko ?? '',
    minutesEn: row?.minutes_en ?? '',
    followUps: row ? (JSON.parse(row.follow_ups) as FollowUp[]) : [],
    updatedAt: row?.updated_at ?? null,
    canEdit,
  };
}
