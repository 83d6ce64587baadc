import { useTranslation } from 'react-i18next';

/** A meeting's time as the event's clocks read it (the zone named by the event), in the reader's language. */
export function useSlotTime(timeZone: string) {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  });
  return (startsAt: string, endsAt?: string) =>
    endsAt
      ? `${format.format(new Date(startsAt))}–${format.format(new Date(endsAt))}`
      : format.format(new Date(startsAt));
}

/** "Name (Company)" for a person at the expo. */
export const personLabel = (p: { name: string; company: string }) =>
  p.company ? `${p.name} (${p.company})` : p.name;
