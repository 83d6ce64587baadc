import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../admin/AdminTable.tsx';
import type { CatalogueResult, CatalogueSummary } from './types.ts';

const dryRunKeys: (keyof CatalogueSummary)[] = [
  'valid',
  'invalid',
  'created',
  'updated',
  'unchanged',
  'counted',
];
const importKeys: (keyof CatalogueSummary)[] = [
  'created',
  'updated',
  'unchanged',
  'counted',
  'suppliersCreated',
];

/** A dry run's or an import's outcome: what it did (or would do) and every bad row with its line. */
export function CatalogueReport({ result }: { result: CatalogueResult }) {
  const { t } = useTranslation();
  const hasErrors = result.errors.length > 0;
  const message =
    result.status === 'failed'
      ? t('inventoryImport.failed')
      : result.dryRun
        ? `${t('inventoryImport.dryRunDone')} ${t(hasErrors ? 'inventoryImport.dryRunErrors' : 'inventoryImport.dryRunClean')}`
        : t('inventoryImport.done');
  const keys = result.dryRun || result.status === 'failed' ? dryRunKeys : importKeys;
  return (
    <Stack>
      <Alert
        variant="outline"
        role="status"
        color={result.status === 'failed' ? 'red.9' : hasErrors ? 'orange.9' : 'teal.9'}
      >
        {message}
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 3 }} component="dl" aria-label={t('inventoryImport.summaryTitle')}>
        {keys.map((key) => (
          <Paper key={key} withBorder p="sm">
            <Text component="dt" size="sm">
              {t(`inventoryImport.summary.${key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {result.summary[key]}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {hasErrors && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('inventoryImport.errorsTitle')}
          </Title>
          <AdminTable
            minWidth={520}
            label={t('inventoryImport.errorsTitle')}
            columns={[t('inventoryImport.line'), t('inventoryImport.field'), t('inventoryImport.problem')]}
          >
            {result.errors.map((rowError, index) => (
              <Table.Tr key={`${rowError.line}-${rowError.field}-${index}`}>
                <Table.Td>{rowError.line}</Table.Td>
                <Table.Td>
                  {t(`inventoryImport.fields.${rowError.field}`, { defaultValue: rowError.field })}
                </Table.Td>
                <Table.Td>{rowError.message}</Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        </Stack>
      )}
    </Stack>
  );
}
