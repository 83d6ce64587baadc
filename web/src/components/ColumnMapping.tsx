import { Alert, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../admin/AdminTable.tsx';

/** File column → the field it fills (null: ignored). */
export type Mapping = Record<string, string | null>;

export interface FieldChoice {
  key: string;
  required: boolean;
}

/**
 * Why a mapping cannot be used yet: required fields left out, a field chosen twice, or (where the fields
 * have names in two languages) neither name. The server checks the same.
 */
export function mappingProblems(fields: readonly FieldChoice[], mapping: Mapping) {
  const chosen = Object.values(mapping).filter((field): field is string => Boolean(field));
  const missing = fields.filter((field) => field.required && !chosen.includes(field.key)).map((f) => f.key);
  const duplicated = [...new Set(chosen.filter((field, index) => chosen.indexOf(field) !== index))];
  const names = fields.filter((field) => field.key === 'nameKo' || field.key === 'nameEn').map((f) => f.key);
  const nameMissing = names.length > 0 && !names.some((key) => chosen.includes(key));
  return { missing, duplicated, nameMissing };
}

export function mappingReady(fields: readonly FieldChoice[], mapping: Mapping): boolean {
  const { missing, duplicated, nameMissing } = mappingProblems(fields, mapping);
  return missing.length === 0 && duplicated.length === 0 && !nameMissing;
}

interface Props {
  /** Where the import's texts are (`admin.import`, `sales`…): mappingTitle, targetFor, ignore, required… */
  texts: string;
  /** Where the field names are (`admin.import.fieldNames`, `sales.fields`…). */
  fieldNames: string;
  headers: readonly string[];
  /** The file's first data row, shown beside each header. */
  sample: readonly string[] | undefined;
  fields: readonly FieldChoice[];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  disabled: boolean;
  /** Replaces the usual introduction (e.g. "your saved mapping"). */
  intro?: string;
}

/** The mapping step of every import (members, catalogue, sales): one select per column of the uploaded file. */
export function ColumnMapping(props: Props) {
  const { texts, fieldNames, headers, sample, fields, mapping, onChange, disabled } = props;
  const { t } = useTranslation();
  const text = (key: string, values?: Record<string, string>) => t(`${texts}.${key}`, values ?? {});
  const fieldLabel = (key: string) => t(`${fieldNames}.${key}`, { defaultValue: key });
  const options = [
    { value: '', label: text('ignore') },
    ...fields.map((field) => ({
      value: field.key,
      label: field.required ? `${fieldLabel(field.key)} (${text('required')})` : fieldLabel(field.key),
    })),
  ];
  const { missing, duplicated, nameMissing } = mappingProblems(fields, mapping);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {text('mappingTitle')}
      </Title>
      <Text size="sm">{props.intro ?? text('mappingIntro')}</Text>
      <AdminTable
        minWidth={520}
        label={text('mappingTitle')}
        columns={[text('column'), text('sample'), text('target')]}
      >
        {headers.map((header, index) => (
          <Table.Tr key={`${header}-${index}`}>
            <Table.Td fw={500}>{header}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={1}>
                {sample?.[index] ?? ''}
              </Text>
            </Table.Td>
            <Table.Td miw={220}>
              <NativeSelect
                size="sm"
                aria-label={text('targetFor', { header })}
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
          {text('missingRequired', { fields: missing.map(fieldLabel).join(', ') })}
        </Alert>
      )}
      {nameMissing && (
        <Alert variant="outline" color="orange.9" role="status">
          {text('nameMissing')}
        </Alert>
      )}
      {duplicated.length > 0 && (
        <Alert variant="outline" color="orange.9" role="status">
          {text('duplicateTarget', { fields: duplicated.map(fieldLabel).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
