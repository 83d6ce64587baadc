import ICAL from 'ical.js';
import type { Event } from '../../platform/db/schema.ts';
import { zoneOffsetMs } from '../../platform/time-zones.ts';

/**
 * When an event happens. A recurring event's RRULE is expanded in its own wall clock (the roundtable is at
 * 7:30 on the third Thursday in summer and in winter, as RFC 5545 says for a DTSTART with a TZID), then
 * each occurrence's wall-clock times become instants through the zone's offset on that day.
 */

export type Timing = Pick<
  Event,
  'starts_on' | 'start_time' | 'end_time' | 'time_zone' | 'rrule' | 'cancelled_dates'
>;

export interface Occurrence {
  /** The local date that names the occurrence (YYYY-MM-DD). */
  date: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

/** Expansion stops after this many occurrences, whatever the window (a daily event for ~13 years). */
const MAX_EXPANSION = 5000;
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

/**
 * The instant at which `time` (HH:mm) on `date` (YYYY-MM-DD) reads on the zone's clocks. In the spring-forward
 * gap (a time that does not exist) it is the instant an hour later; in the fall-back hour, the first one.
 */
export function localToUtc(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const before = wall - zoneOffsetMs(wall - 12 * 3600_000, timeZone);
  const after = wall - zoneOffsetMs(wall + 12 * 3600_000, timeZone);
  const reads = (instant: number) => zoneOffsetMs(instant, timeZone) === wall - instant;
  const valid = [before, after].filter(reads);
  return new Date(valid.length > 0 ? Math.min(...valid) : before);
}

/**
 * Why an RRULE is refused, or null when it is one Dari can expand: FREQ of DAILY/WEEKLY/MONTHLY/YEARLY,
 * no DTSTART of its own (the event's date and time are the start), and at least one occurrence.
 */
export function rruleProblem(rrule: string, startsOn: string): 'invalid' | 'frequency' | 'empty' | null {
  let recur: ICAL.Recur;
  try {
    if (/DTSTART|\n|\r/i.test(rrule) || !/(^|;)FREQ=/i.test(rrule.replace(/^RRULE:/i, ''))) {
      return 'invalid';
    }
    recur = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
  } catch {
    return 'invalid';
  }
  if (!FREQUENCIES.has(recur.freq)) {
    return 'frequency';
  }
  const iterator = recur.iterator(startTime(startsOn, '00:00'));
  return iterator.next() ? null : 'empty';
}

function startTime(date: string, time: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

function isoDate(time: ICAL.Time): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.year}-${pad(time.month)}-${pad(time.day)}`;
}

function occurrenceAt(event: Timing, date: string, cancelled: ReadonlySet<string>): Occurrence {
  return {
    date,
    startsAt: localToUtc(date, event.start_time, event.time_zone),
    endsAt: localToUtc(date, event.end_time, event.time_zone),
    cancelled: cancelled.has(date),
  };
}

/** The event's occurrences that end after `from` and start before `to`, cancelled ones included (marked). */
export function occurrencesBetween(event: Timing, from: Date, to: Date, limit = 200): Occurrence[] {
  const cancelled = new Set(JSON.parse(event.cancelled_dates) as string[]);
  if (!event.rrule) {
    const only = occurrenceAt(event, event.starts_on, cancelled);
    return only.endsAt > from && only.startsAt < to ? [only] : [];
  }
  const iterator = ICAL.Recur.fromString(event.rrule).iterator(startTime(event.starts_on, event.start_time));
  const found: Occurrence[] = [];
  for (let n = 0, next = iterator.next(); next && n < MAX_EXPANSION; n += 1, next = iterator.next()) {
    const occurrence = occurrenceAt(event, isoDate(next), cancelled);
    if (occurrence.startsAt >= to || found.length >= limit) {
      break;
    }
    if (occurrence.endsAt > from) {
      found.push(occurrence);
    }
  }
  return found;
}

/** The occurrence on that local date, or null when the event does not happen then. */
export function occurrenceOn(event: Timing, date: string): Occurrence | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return null;
  }
  const dayStart = localToUtc(date, '00:00', event.time_zone);
  const dayEnd = new Date(dayStart.getTime() + 36 * 3600_000);
  return occurrencesBetween(event, dayStart, dayEnd, 3).find((o) => o.date === date) ?? null;
}

/** The next occurrence not cancelled that has not ended at `now`, or null (a finished or fully cancelled event). */
export function nextOccurrence(event: Timing, now: Date): Occurrence | null {
  const far = new Date(now.getTime() + 5 * 366 * 86_400_000);
  return occurrencesBetween(event, now, far, 60).find((o) => !o.cancelled) ?? null;
}
