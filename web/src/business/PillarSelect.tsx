import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../components/localized.ts';
import { usePillars } from './queries.ts';

export function PillarSelect(props: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const pillars = usePillars();
  return (
    <NativeSelect
      label={t('fields.pillar')}
      required
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('common.choose'), disabled: true },
        ...(pillars.data ?? []).map((p) => ({ value: p.id, label: localized(p.nameKo, p.nameEn) })),
      ]}
      error={props.error}
    />
  );
}
