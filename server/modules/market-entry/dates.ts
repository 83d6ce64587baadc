/** The concierge works on Dallas's calendar: due dates and "overdue" are local dates there. */
export const CONCIERGE_TIME_ZONE = 'America/Chicago';

const localDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: CONCIERGE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (YYYY-MM-DD) in Dallas at the instant `at`. */
export function dallasToday(at: Date): string {
  return localDate.format(at);
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Whether the text is a real calendar date (2027-02-30 is not). */
export function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
