import { useTranslation } from 'react-i18next';

/**
 * A deadline as its last minute (deadlines are the midnight that ends a business day), in the reader's
 * own time zone by default, with the zone's name so nobody misreads it.
 */
export function useDeadline() {
  const { i18n } = useTranslation();
  return (iso: string, timeZone?: string) =>
    new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(Date.parse(iso) - 60_000));
}

export const statusColors = {
  open: 'blue',
  proposals: 'violet',
  in_progress: 'orange',
  done: 'green',
  withdrawn: 'gray',
} as const;
