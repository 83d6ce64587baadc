import { wallClock } from '../../platform/time-zones.ts';

/**
 * A store's calendar days. Sales count on the store's own day (its time zone), and the forecast indexes
 * days as *epoch days* (days since 1970-01-01): the same number for the same date in every store, so a
 * history that starts on a multiple of 7 keeps every product's weekday in the same slot (day mod 7).
 */

const MS_PER_DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Whether the runtime knows the IANA time zone (e.g. America/Chicago). */
export function isTimeZone(timeZone: string): boolean {
  try {
    wallClock(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the time zone. */
export function localDay(at: Date | string, timeZone: string): string {
  const c = wallClock(typeof at === 'string' ? Date.parse(at) : at.getTime(), timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function epochDay(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
}

/** The YYYY-MM-DD date of an epoch day. */
export function dayString(epoch: number): string {
  return new Date(epoch * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string is a real YYYY-MM-DD date (2026-02-30 is not). */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const epoch = epochDay(value);
  return Number.isFinite(epoch) && dayString(epoch) === value;
}
