import { Alert, NativeSelect, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../admin/AdminTable.tsx';
import type { FieldChoice, GenericFormat, Mapping, SalesPreview } from './types.ts';

const genericFormats: GenericFormat[] = ['generic-daily', 'generic-transactions'];

interface Props {
  preview: SalesPreview;
  format: GenericFormat;
  mapping: Mapping;
  onChange: (format: GenericFormat, mapping: Mapping) => void;
  disabled: boolean;
}

/** Required fields without a column, and fields chosen for two columns (the server checks the same). */
function mappingProblems(fields: FieldChoice[], mapping: Mapping) {
  const chosen = Object.values(mapping).filter((field): field is string => Boolean(field));
  return {
    missing: fields.filter((f) => f.required && !chosen.includes(f.key)).map((f) => f.key),
    duplicated: [...new Set(chosen.filter((field, index) => chosen.indexOf(field) !== index))],
  };
}

export function salesMappingReady(preview: SalesPreview, format: GenericFormat, mapping: Mapping): boolean {
  const { missing, duplicated } = mappingProblems(preview.generic[format].fields, mapping);
  return missing.length === 0 && duplicated.length === 0;
}

/**
 * A generic till export: per day or per transaction, and one select per column choosing the field it
 * fills. Switching the layout starts from that layout's suggestion.
 */
export function SalesMapping({ preview, format, mapping, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const fields = preview.generic[format].fields;
  const fieldLabel = (key: string) => t(`sales.fields.${key}`, { defaultValue: key });
  const options = [
    { value: '', label: t('sales.ignore') },
    ...fields.map((field) => ({
      value: field.key,
      label: field.required ? `${fieldLabel(field.key)} (${t('sales.required')})` : fieldLabel(field.key),
    })),
  ];
  const { missing, duplicated } = mappingProblems(fields, mapping);
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
      <Title order={3} size="h4">
        {t('sales.mappingTitle')}
      </Title>
      <Text size="sm">{preview.savedMapping ? t('sales.savedMapping') : t('sales.mappingIntro')}</Text>
      <AdminTable
        minWidth={520}
        label={t('sales.mappingTitle')}
        columns={[t('sales.column'), t('sales.sample'), t('sales.target')]}
      >
        {preview.headers.map((header, index) => (
          <Table.Tr key={`${header}-${index}`}>
            <Table.Td fw={500}>{header}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={1}>
                {preview.sampleRows[0]?.[index] ?? ''}
              </Text>
            </Table.Td>
            <Table.Td miw={220}>
              <NativeSelect
                size="sm"
                aria-label={t('sales.targetFor', { header })}
                value={mapping[header] ?? ''}
                disabled={disabled}
                data={options}
                onChange={(event) =>
                  onChange(format, { ...mapping, [header]: event.currentTarget.value || null })
                }
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </AdminTable>
      {missing.length > 0 && (
        <Alert variant="outline" color="orange.9" role="status">
          {t('sales.missingRequired', { fields: missing.map(fieldLabel).join(', ') })}
        </Alert>
      )}
      {duplicated.length > 0 && (
        <Alert variant="outline" color="orange.9" role="status">
          {t('sales.duplicateTarget', { fields: duplicated.map(fieldLabel).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
