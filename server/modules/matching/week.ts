/**
 * The capacity week: Monday 00:00 to the next Monday 00:00 in Dallas time (America/Chicago), so a
 * partner's "3 introductions a week" resets when their own week starts, daylight saving included.
 */
import { wallClock, zoneOffsetMs } from '../../platform/time-zones.ts';

export const CAPACITY_TIME_ZONE = 'America/Chicago';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
const offsetAt = (instant: Date, timeZone: string) => zoneOffsetMs(instant.getTime(), timeZone);

/** The instant the current capacity week began (Monday midnight in Dallas) for `now`. */
export function weekStart(now: Date, timeZone = CAPACITY_TIME_ZONE): Date {
  const c = wallClock(now.getTime(), timeZone);
  const mondayWall = Date.UTC(c.year, c.month - 1, c.day) - c.weekday * DAY_MS;
  // Midnight's offset can differ from now's (a DST change during the week): correct once with it.
  const guess = new Date(mondayWall - offsetAt(now, timeZone));
  return new Date(mondayWall - offsetAt(guess, timeZone));
}

export function nextWeekStart(now: Date, timeZone = CAPACITY_TIME_ZONE): Date {
  // Eight days on from this Monday is always inside next week, whatever DST did.
  return weekStart(new Date(weekStart(now, timeZone).getTime() + 8 * DAY_MS), timeZone);
}
