import { Alert, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminTable } from './AdminTable.tsx';
import type { ImportPreview } from './types.ts';

export type Mapping = Record<string, string | null>;

/** Why the mapping cannot be used yet: required fields left out, or a field chosen twice. */
export function mappingProblems(preview: ImportPreview, mapping: Mapping) {
  const chosen = Object.values(mapping).filter((field): field is string => Boolean(field));
  const missing = preview.fields
    .filter((field) => field.required && !chosen.includes(field.key))
    .map((f) => f.key);
  const duplicated = [...new Set(chosen.filter((field, index) => chosen.indexOf(field) !== index))];
  // A business name is needed in at least one language; the server enforces the same rule.
  const names = preview.fields
    .filter((field) => field.key === 'nameKo' || field.key === 'nameEn')
    .map((f) => f.key);
  const nameMissing = names.length > 0 && !names.some((key) => chosen.includes(key));
  return { missing, duplicated, nameMissing };
}

interface Props {
  preview: ImportPreview;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  disabled: boolean;
}

/** One select per column of the uploaded file, choosing the member field it fills. */
export function ImportMapping({ preview, mapping, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const fieldLabel = (key: string) => t(`admin.import.fieldNames.${key}`, { defaultValue: key });
  const options = [
    { value: '', label: t('admin.import.ignore') },
    ...preview.fields.map((field) => ({
      value: field.key,
      label: field.required
        ? `${fieldLabel(field.key)} (${t('admin.import.required')})`
        : fieldLabel(field.key),
    })),
  ];
  const { missing, duplicated, nameMissing } = mappingProblems(preview, mapping);

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('admin.import.mappingTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('admin.import.mappingIntro')}
      </Text>
      <AdminTable
        minWidth={520}
        label={t('admin.import.mappingTitle')}
        columns={[t('admin.import.column'), t('admin.import.sample'), t('admin.import.target')]}
      >
        {preview.headers.map((header, index) => (
          <Table.Tr key={`${header}-${index}`}>
            <Table.Td fw={500}>{header}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed" lineClamp={1}>
                {preview.sampleRows[0]?.[index] ?? ''}
              </Text>
            </Table.Td>
            <Table.Td miw={220}>
              <NativeSelect
                size="sm"
                aria-label={t('admin.import.targetFor', { header })}
                value={mapping[header] ?? ''}
                disabled={disabled}
                data={options}
                onChange={(event) => onChange({ ...mapping, [header]: event.currentTarget.value || null })}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </AdminTable>
      {missing.length > 0 && (
        <Alert variant="outline" color="orange.9" role="status">
          {t('admin.import.missingRequired', { fields: missing.map(fieldLabel).join(', ') })}
        </Alert>
      )}
      {nameMissing && (
        <Alert variant="outline" color="orange.9" role="status">
          {t('admin.import.nameMissing')}
        </Alert>
      )}
      {duplicated.length > 0 && (
        <Alert variant="outline" color="orange.9" role="status">
          {t('admin.import.duplicateTarget', { fields: duplicated.map(fieldLabel).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
