import { useTranslation } from 'react-i18next';

/**
 * Event times as the reader reads them: in the event's own zone (the roundtable is at 7:30 in Dallas for a
 * reader in Seoul too), in the reader's language, with the zone named when it is not the browser's.
 */
export function useEventTime() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'ko' ? 'ko-KR' : 'en-US';
  return {
    /** "Thu, Jan 21, 2027" in the zone. */
    day: (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(new Date(iso)),
    /** "7:30 – 9:00 AM CST". */
    range: (startsAt: string, endsAt: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }).formatRange(new Date(startsAt), new Date(endsAt)),
    /** A local date (YYYY-MM-DD) on its own, e.g. a follow-up's due day. */
    date: (day: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
  };
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How an event repeats, as the editor offers it. */
export interface Recurrence {
  mode: 'none' | 'weekly' | 'monthly' | 'custom';
  weekday: Weekday;
  /** The nth weekday of the month (1–4, or -1 for the last). */
  nth: number;
  custom: string;
  end: 'count' | 'until' | 'never';
  count: number;
  until: string;
}

/** The weekday and its place in the month (1st…4th, or -1 for a fifth/last) of a local date. */
export function weekdayOf(day: string): { weekday: Weekday; nth: number } {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7] ?? 'MO';
  const nth = Math.ceil(date.getUTCDate() / 7);
  return { weekday, nth: nth > 4 ? -1 : nth };
}

export function recurrenceFor(rrule: string | null, startsOn: string): Recurrence {
  const base: Recurrence = {
    mode: 'none',
    ...weekdayOf(startsOn),
    custom: '',
    end: 'count',
    count: 12,
    until: '',
  };
  if (!rrule) {
    return base;
  }
  const parts = Object.fromEntries(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const count = Number(parts.COUNT);
  const ends = {
    end: parts.COUNT ? ('count' as const) : parts.UNTIL ? ('until' as const) : ('never' as const),
    count: Number.isInteger(count) && count > 0 ? count : 12,
    until: parts.UNTIL
      ? `${parts.UNTIL.slice(0, 4)}-${parts.UNTIL.slice(4, 6)}-${parts.UNTIL.slice(6, 8)}`
      : '',
  };
  const weekly = /^FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR|SA|SU)(;(COUNT=\d+|UNTIL=\d{8}))?$/.exec(rrule);
  if (weekly) {
    return { ...base, ...ends, mode: 'weekly', weekday: weekly[1] as Weekday };
  }
  const monthly = /^FREQ=MONTHLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)(;(COUNT=\d+|UNTIL=\d{8}))?$/.exec(
    rrule,
  );
  if (monthly) {
    return { ...base, ...ends, mode: 'monthly', nth: Number(monthly[1]), weekday: monthly[2] as Weekday };
  }
  return { ...base, mode: 'custom', custom: rrule };
}

/** The RRULE the choices make (null for a one-off event). */
export function rruleOf(r: Recurrence): string | null {
  const end =
    r.end === 'count'
      ? `;COUNT=${r.count}`
      : r.end === 'until' && r.until
        ? `;UNTIL=${r.until.replaceAll('-', '')}`
        : '';
  switch (r.mode) {
    case 'none':
      return null;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${r.weekday}${end}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${r.nth}${r.weekday}${end}`;
    case 'custom':
      return r.custom.trim() || null;
  }
}
