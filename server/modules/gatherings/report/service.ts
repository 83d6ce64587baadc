import type { DbOrTrx } from '../../../platform/db/database.ts';
import type { Event } from '../../../platform/db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import type { EventAccess } from '../access.ts';
import { occurrenceOn, occurrencesBetween, type Occurrence } from '../occurrences.ts';
import { reportError } from './messages.ts';
import { presentEvent, presentOccurrence, presentReport } from './presenter.ts';
import * as queries from './queries.ts';
import type { EventReport } from './schema.ts';

const YEAR_MS = 366 * 86_400_000;

/** The occurrence named by the URL's date; a date the event does not happen on is not found. */
export function occurrenceOrThrow(event: Event, date: string): Occurrence {
  const occurrence = occurrenceOn(event, date);
  if (!occurrence) {
    throw new AppError('not_found', { fields: { date: reportError('notAnOccurrence', { date }) } });
  }
  return occurrence;
}

/**
 * Introductions carry the event, not the occurrence. For a recurring event, those made from this
 * occurrence's start until the next one's start belong to it (the first occurrence also takes earlier
 * ones, and the last one everything after); a one-off event takes them all (B2B requests accepted
 * before the expo included).
 */
function introductionWindow(
  event: Event,
  occurrence: Occurrence,
): { from: string | null; to: string | null } {
  if (!event.rrule) {
    return { from: null, to: null };
  }
  const after = occurrencesBetween(
    event,
    occurrence.endsAt,
    new Date(occurrence.endsAt.getTime() + YEAR_MS),
    24,
  );
  const next = after.find((o) => !o.cancelled && o.date !== occurrence.date);
  return {
    from: occurrence.date === event.starts_on ? null : occurrence.startsAt.toISOString(),
    to: next ? next.startsAt.toISOString() : null,
  };
}

/** The numbers of one occurrence, its attendees' rows and the survey's results. */
export async function buildReport(
  db: DbOrTrx,
  access: EventAccess,
  date: string,
  now: Date,
): Promise<EventReport> {
  const { event, organization } = access;
  const occurrence = occurrenceOrThrow(event, date);
  const span = introductionWindow(event, occurrence);
  const rows = {
    registrations: await queries.registrations(db, event.id, date),
    meetings: await queries.meetings(db, event.id, date),
    leads: await queries.leads(db, event.id, date),
    introductions: await queries.introductions(db, event.id, span.from, span.to),
    survey: await queries.surveyResponses(db, event.id, date),
  };
  return presentReport(presentEvent(event, organization.slug), presentOccurrence(occurrence, now), rows);
}
