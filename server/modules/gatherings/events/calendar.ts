import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Event, Locale, Organization } from '../../../platform/db/schema.ts';
import { t } from '../../../platform/i18n/index.ts';

/**
 * RFC 5545 calendars: one event's .ics file and the organization's feed. Each event is one VEVENT whose
 * DTSTART/DTEND carry the wall-clock time with TZID (and a VTIMEZONE for that zone, written offline), so a
 * calendar app repeats the roundtable at 7:30 local in winter and in summer; cancelled occurrences are
 * EXDATEs and a cancelled event is STATUS:CANCELLED, so subscribers see the change on their next refresh.
 */

const compact = (date: string, time: string) => `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;

/** A stable UID: the same event keeps it across downloads, so calendar apps update instead of duplicating. */
export const eventUid = (event: Event) => `event-${event.id}@dari`;

export interface CalendarContext {
  organization: Organization;
  locale: Locale;
  publicUrl: string;
}

function addEvent(calendar: ICalCalendar, event: Event, context: CalendarContext): void {
  const link = `${context.publicUrl}/events/${context.organization.slug}/${event.id}`;
  const ko = context.locale === 'ko';
  const agenda = ko ? event.agenda_ko || event.agenda_en : event.agenda_en || event.agenda_ko;
  const details = t(context.locale, 'events:calendar.details', { link });
  const cancelled = JSON.parse(event.cancelled_dates) as string[];
  const start = `${event.starts_on}T${event.start_time}:00`;
  let repeating: string | null = null;
  if (event.rrule) {
    // ical-generator writes a string rule as given: the RRULE line, then the EXDATEs in the event's zone.
    const exdates = cancelled.map((date) => compact(date, event.start_time));
    repeating = [
      `RRULE:${event.rrule}`,
      ...(exdates.length > 0 ? [`EXDATE;TZID=${event.time_zone}:${exdates.join(',')}`] : []),
    ].join('\r\n');
  }
  const venue = [event.venue_name, event.venue_address].filter(Boolean).join(', ');
  calendar.createEvent({
    id: eventUid(event),
    sequence: event.version,
    stamp: new Date(event.updated_at),
    start,
    end: `${event.starts_on}T${event.end_time}:00`,
    timezone: event.time_zone,
    repeating,
    summary: ko ? event.title_ko : event.title_en,
    description: agenda ? `${agenda}\n\n${details}` : details,
    ...(venue ? { location: venue } : {}),
    url: link,
    status:
      event.status === 'cancelled' || (!event.rrule && cancelled.includes(event.starts_on))
        ? ICalEventStatus.CANCELLED
        : ICalEventStatus.CONFIRMED,
  });
}

/** A calendar holding these events (one file, or the feed). */
export function calendarOf(events: readonly Event[], context: CalendarContext, name: string): string {
  const calendar = new ICalCalendar({ prodId: { company: 'Dari', product: 'Events', language: 'EN' }, name });
  // No calendar-wide zone (its name would also turn DTSTAMP into local time); the generator still writes a
  // VTIMEZONE for every event's zone.
  calendar.timezone({ name: '', generator: (zone) => (tzlib_get_ical_block(zone) as string[])[0] ?? null });
  for (const event of events) {
    addEvent(calendar, event, context);
  }
  return calendar.toString();
}

export function feedName(context: CalendarContext): string {
  const { organization, locale } = context;
  return t(locale, 'events:calendar.feedName', {
    organization: locale === 'ko' ? organization.name_ko : organization.name_en,
  });
}
