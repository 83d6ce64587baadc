import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n.ts';

/** The preferred language of an account; its options are named in their own language. */
export function LocaleSelect(props: { value: Locale; onChange: (locale: Locale) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('fields.locale')}
      data={[
        { value: 'ko', label: '한국어' },
        { value: 'en', label: 'English' },
      ]}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value === 'ko' ? 'ko' : 'en')}
      error={props.error}
    />
  );
}
