import { useTranslation } from 'react-i18next';

/** Picks the Korean or English half of a bilingual pair and formats dates in the reader's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const korean = i18n.language.startsWith('ko');
  return {
    name: (item: { nameKo: string; nameEn: string }) => (korean ? item.nameKo : item.nameEn) || item.nameEn,
    date: (iso: string | null | undefined) =>
      iso
        ? new Intl.DateTimeFormat(korean ? 'ko-KR' : 'en-US', {
            dateStyle: 'medium',
            timeStyle: 'short',
          }).format(new Date(iso))
        : '—',
  };
}
