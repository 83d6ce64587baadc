import { useTranslation } from 'react-i18next';

/** Number formats in the reader's language: dollars from cents (whole or with cents), units, percents. */
export function useFormats() {
  const { i18n, t } = useTranslation();
  const locale = i18n.language === 'ko' ? 'ko-KR' : 'en-US';
  const dollars = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const exact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    money: (cents: number) => dollars.format(cents / 100),
    exactMoney: (cents: number) => exact.format(cents / 100),
    units: (value: number) => number.format(value),
    percent: (share: number) => percent.format(share),
    /** A category's name in the reader's language when Dari knows it, else as the store wrote it. */
    category: (category: string) =>
      category
        ? t(`costReport.categories.${category}`, { defaultValue: category })
        : t('costReport.categories.none'),
  };
}
