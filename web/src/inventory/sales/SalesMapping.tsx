import { SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ColumnMapping, mappingReady, type Mapping } from '../../components/ColumnMapping.tsx';
import type { GenericFormat, SalesPreview } from './types.ts';

const genericFormats: GenericFormat[] = ['generic-daily', 'generic-transactions'];

interface Props {
  preview: SalesPreview;
  format: GenericFormat;
  mapping: Mapping;
  onChange: (format: GenericFormat, mapping: Mapping) => void;
  disabled: boolean;
}

export function salesMappingReady(preview: SalesPreview, format: GenericFormat, mapping: Mapping): boolean {
  return mappingReady(preview.generic[format].fields, mapping);
}

/**
 * A generic till export: per day or per transaction, and one select per column choosing the field it
 * fills. Switching the layout starts from that layout's suggestion.
 */
export function SalesMapping({ preview, format, mapping, onChange, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('sales.layout')}
        value={format}
        disabled={disabled}
        onChange={(value) => {
          const next = value as GenericFormat;
          onChange(next, { ...preview.generic[next].mapping });
        }}
        data={genericFormats.map((f) => ({ value: f, label: t(`sales.formats.${f}`) }))}
      />
      <ColumnMapping
        texts="sales"
        fieldNames="sales.fields"
        headers={preview.headers}
        sample={preview.sampleRows[0]}
        fields={preview.generic[format].fields}
        mapping={mapping}
        onChange={(next) => onChange(format, next)}
        disabled={disabled}
        {...(preview.savedMapping ? { intro: t('sales.savedMapping') } : {})}
      />
    </Stack>
  );
}
