/**
 * The capacity week: Monday 00:00 to the next Monday 00:00 in Dallas time (America/Chicago), so a
 * partner's "3 introductions a week" resets when their own week starts, daylight saving included.
 */
export const CAPACITY_TIME_ZONE = 'America/Chicago';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** Building a formatter costs far more than using one; every match request asks for the week. */
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

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')),
    minute: Number(part('minute')),
    second: Number(part('second')),
    weekday: WEEKDAYS.indexOf(part('weekday')),
  };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

/** The instant the current capacity week began (Monday midnight in Dallas) for `now`. */
export function weekStart(now: Date, timeZone = CAPACITY_TIME_ZONE): Date {
  const c = wallClock(now, timeZone);
  const mondayWall = Date.UTC(c.year, c.month - 1, c.day) - c.weekday * DAY_MS;
  // Midnight's offset can differ from now's (a DST change during the week): correct once with it.
  const guess = new Date(mondayWall - offsetAt(now, timeZone));
  return new Date(mondayWall - offsetAt(guess, timeZone));
}

export function nextWeekStart(now: Date, timeZone = CAPACITY_TIME_ZONE): Date {
  // Eight days on from this Monday is always inside next week, whatever DST did.
  return weekStart(new Date(weekStart(now, timeZone).getTime() + 8 * DAY_MS), timeZone);
}
