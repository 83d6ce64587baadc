import { zoneOffsetMs as measuredZoneOffset } from '../../../platform/time-zones.ts';
import { isDay, isTimeZone } from '../days.ts';

/**
 * Dates and times as tills write them. Only unambiguous layouts are read: year first (2026-03-14,
 * 2026/3/14, 2026. 3. 14.) or the US month/day/year (3/14/2026, 3/14/26) — a day-first date such as
 * 14/03/2026 is refused rather than guessed, as 04/03 could be either.
 */

const YEAR_FIRST = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\.?$/;
const US_ORDER = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A file repeats the same few hundred dates and times thousands of times: each is worked out once. */
function remembered<V>(compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      if (known.size >= 10_000) {
        known.clear();
      }
      value = compute(key);
      known.set(key, value);
    }
    return value as V;
  };
}

/** The YYYY-MM-DD date a cell names, or null. */
export const parseDay = remembered(dayOf);

function dayOf(text: string): string | null {
  const value = text.trim();
  const ymd = YEAR_FIRST.exec(value);
  const mdy = ymd ? null : US_ORDER.exec(value);
  let day: string | null = null;
  if (ymd) {
    day = `${ymd[1]}-${pad(Number(ymd[2]))}-${pad(Number(ymd[3]))}`;
  } else if (mdy) {
    const year = (mdy[3] ?? '').length === 2 ? `20${mdy[3]}` : (mdy[3] ?? '');
    day = `${year}-${pad(Number(mdy[1]))}-${pad(Number(mdy[2]))}`;
  }
  // isDay throws on a month past 12 (no such instant), so the ranges are checked first.
  const [month, date] = [Number(day?.slice(5, 7)), Number(day?.slice(8, 10))];
  return day && month >= 1 && month <= 12 && date >= 1 && date <= 31 && isDay(day) ? day : null;
}

/** Seconds since midnight of "13:05", "13:05:09", "1:05 PM", or null. */
export function parseTime(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (!match) {
    return null;
  }
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) {
      return null;
    }
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) {
    return null;
  }
  return hours * 3600 + minutes * 60 + seconds;
}

export interface DateTime {
  day: string;
  /** Seconds since midnight; 0 when the cell has a date only. */
  seconds: number;
  /** Minutes east of UTC when the cell says (…Z, …+09:00); otherwise the wall time is the store's. */
  offsetMinutes: number | null;
}

const WITH_ZONE = /^(.*\d:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/;
const WITH_TIME = /^(.+?)(?:T|\s+)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)$/;

/** "2026-03-14 13:05", "2026-03-14T13:05:00-05:00", "3/14/2026 1:05 PM" or a plain date; null if unreadable. */
export function parseDateTime(text: string): DateTime | null {
  let value = text.trim();
  let offsetMinutes: number | null = null;
  const zoned = WITH_ZONE.exec(value);
  if (zoned) {
    const zone = zoned[2] ?? 'Z';
    const digits = zone.replace(':', '');
    offsetMinutes =
      zone === 'Z'
        ? 0
        : (zone.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3)));
    value = zoned[1] ?? '';
  }
  const timed = WITH_TIME.exec(value);
  const day = parseDay(timed ? (timed[1] ?? '') : value);
  if (!day) {
    return null;
  }
  const seconds = timed ? parseTime(timed[2] ?? '') : 0;
  return seconds === null ? null : { day, seconds, offsetMinutes };
}

/**
 * How far the zone's wall clock is ahead of UTC at the instant, in milliseconds. Offsets are whole
 * quarter hours and change at whole local hours, so only on quarter hours of UTC: one answer per zone
 * and quarter hour.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const zoneOffsetMs = (utcMs: number, timeZone: string): number =>
  quarterOffset(`${timeZone} ${Math.floor(utcMs / QUARTER_HOUR_MS)}`);

const quarterOffset = remembered((key: string) => {
  const split = key.lastIndexOf(' ');
  return measuredZoneOffset(Number(key.slice(split + 1)) * QUARTER_HOUR_MS, key.slice(0, split));
});

/**
 * The instant a wall-clock time names: with its own UTC offset when the file gave one, otherwise in the
 * time zone. A time the clocks skipped (spring forward) lands an hour later, as the till's clock did.
 */
export function instantOf(at: DateTime, timeZone: string): Date {
  const wall = Date.parse(`${at.day}T00:00:00Z`) + at.seconds * 1000;
  if (at.offsetMinutes !== null) {
    return new Date(wall - at.offsetMinutes * 60_000);
  }
  const guess = wall - zoneOffsetMs(wall, timeZone);
  const offset = zoneOffsetMs(guess, timeZone);
  if (offset === zoneOffsetMs(wall, timeZone)) {
    return new Date(guess);
  }
  const other = wall - offset;
  return new Date(zoneOffsetMs(other, timeZone) === offset ? other : guess);
}

/**
 * Square writes the seller's time zone by its display name (as Rails names zones). The ones a
 * Dari store is likely to use; an IANA name (America/Chicago) is read as is.
 */
const SQUARE_ZONES: Record<string, string> = {
  'Eastern Time (US & Canada)': 'America/New_York',
  'Central Time (US & Canada)': 'America/Chicago',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
  Arizona: 'America/Phoenix',
  Alaska: 'America/Juneau',
  Hawaii: 'Pacific/Honolulu',
  'Indiana (East)': 'America/Indiana/Indianapolis',
  'Atlantic Time (Canada)': 'America/Halifax',
  Newfoundland: 'America/St_Johns',
  Saskatchewan: 'America/Regina',
  'Puerto Rico': 'America/Puerto_Rico',
  Guam: 'Pacific/Guam',
  Seoul: 'Asia/Seoul',
  Tokyo: 'Asia/Tokyo',
  London: 'Europe/London',
  Sydney: 'Australia/Sydney',
  UTC: 'UTC',
};

/** The IANA zone of a Square "Time Zone" cell, or null when it is not one we know. */
export function squareTimeZone(name: string): string | null {
  const value = name.trim();
  const known = SQUARE_ZONES[value];
  if (known) {
    return known;
  }
  return value.includes('/') && isTimeZone(value) ? value : null;
}
