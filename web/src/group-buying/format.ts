import { useTranslation } from 'react-i18next';
import type { GroupOrderStatus } from './types.ts';

/** Dark shades, outlined, that keep AA contrast on white and on striped rows. */
export const statusColors: Record<GroupOrderStatus, string> = {
  open: 'teal.9',
  closed: 'gray.8',
  cancelled: 'red.9',
};

/** Dollars from cents, in the reader's language. */
export function useMoney() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  });
  return (cents: number) => format.format(cents / 100);
}

/** A calendar day (YYYY-MM-DD) as the reader writes dates — the day itself, whatever the browser's zone. */
export function useDay() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
}

/** The browser's calendar day `days` from today, YYYY-MM-DD. */
export function localDayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('en-CA');
}
