import { useTranslation } from 'react-i18next';

/** Dates and times in the event's own zone, in the reader's language. */
export function useReportFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'ko' ? 'ko-KR' : 'en-US';
  return {
    day: (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(new Date(iso)),
    time: (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso)),
    number: (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
  };
}
