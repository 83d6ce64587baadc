/**
 * Wall clocks in named time zones (America/Chicago, Asia/Seoul…) with nothing but Intl: what a zone's
 * clock reads at an instant, and how far ahead of UTC it is. Building a formatter costs far more than
 * using one, so there is one per zone.
 */

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

export function wallClock(utcMs: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) {
    if (part.type === 'weekday') {
      clock.weekday = WEEKDAYS.indexOf(part.value);
    } else if (part.type in clock) {
      clock[part.type as Exclude<keyof WallClock, 'weekday'>] = Number(part.value);
    }
  }
  return clock;
}

/** How far the zone's wall clock is ahead of UTC at the instant, in milliseconds (whole seconds). */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const c = wallClock(utcMs, timeZone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wall - Math.floor(utcMs / 1000) * 1000;
}
