import { useTranslation } from 'react-i18next';

/** Picks the reader's half of a Korean/English pair, falling back to the other half when it is empty. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const korean = i18n.language === 'ko';
  return (ko: string | null | undefined, en: string | null | undefined): string =>
    (korean ? ko || en : en || ko) ?? '';
}

export function useDateFormat() {
  const { i18n } = useTranslation();
  return (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', { dateStyle: 'medium' }).format(
      new Date(iso),
    );
}
