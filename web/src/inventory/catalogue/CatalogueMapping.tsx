import { Alert, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../admin/AdminTable.tsx';
import { mappingProblems, type Mapping } from '../../admin/ImportMapping.tsx';
import type { CataloguePreview } from './types.ts';

interface Props {
  preview: CataloguePreview;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  disabled: boolean;
}

/** Whether the mapping names the SKU and a product name, with no field chosen twice (as the server checks). */
export function mappingReady(preview: CataloguePreview, mapping: Mapping): boolean {
  const { missing, duplicated, nameMissing } = mappingProblems(preview, mapping);
  return missing.length === 0 && duplicated.length === 0 && !nameMissing;
}

/** One select per column of the uploaded file, choosing the product field it fills. */
export function CatalogueMapping({ preview, mapping, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const fieldLabel = (key: string) => t(`inventoryImport.fields.${key}`, { defaultValue: key });
  const options = [
    { value: '', label: t('inventoryImport.ignore') },
    ...preview.fields.map((field) => ({
      value: field.key,
      label: field.required
        ? `${fieldLabel(field.key)} (${t('inventoryImport.required')})`
        : fieldLabel(field.key),
    })),
  ];
  const { missing, duplicated, nameMissing } = mappingProblems(preview, mapping);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('inventoryImport.mappingTitle')}
      </Title>
      <Text size="sm">{t('inventoryImport.mappingIntro')}</Text>
      <AdminTable
        minWidth={520}
        label={t('inventoryImport.mappingTitle')}
        columns={[t('inventoryImport.column'), t('inventoryImport.sample'), t('inventoryImport.target')]}
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
                aria-label={t('inventoryImport.targetFor', { header })}
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
          {t('inventoryImport.missingRequired', { fields: missing.map(fieldLabel).join(', ') })}
        </Alert>
      )}
      {nameMissing && (
        <Alert variant="outline" color="orange.9" role="status">
          {t('inventoryImport.nameMissing')}
        </Alert>
      )}
      {duplicated.length > 0 && (
        <Alert variant="outline" color="orange.9" role="status">
          {t('inventoryImport.duplicateTarget', { fields: duplicated.map(fieldLabel).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
