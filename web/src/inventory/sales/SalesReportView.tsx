import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../admin/AdminTable.tsx';
import { useLocalized } from '../../components/localized.ts';
import type { SalesReport } from './types.ts';

const counts = ['newLines', 'alreadyImported', 'withoutSku', 'unitsSold'] as const;

/** A dry run's findings or an import's outcome: counts, days, every bad line, stock going below zero. */
export function SalesReportView({ report }: { report: SalesReport }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const problems = report.errors.length > 0;
  const negativeTitle = t(report.dryRun ? 'sales.report.negativeTitle' : 'sales.report.anomaliesTitle');
  const message = !report.dryRun
    ? t('sales.report.done', { count: report.newLines })
    : problems
      ? t('sales.report.problems')
      : report.negative.length > 0
        ? t('sales.report.negativeFound', { count: report.negative.length })
        : t('sales.report.clean');
  return (
    <Stack>
      <Alert
        variant="outline"
        role="status"
        color={problems ? 'red.9' : report.dryRun && report.negative.length > 0 ? 'orange.9' : 'teal.9'}
      >
        {message}
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" aria-label={t('sales.report.summary')}>
        {counts.map((key) => (
          <Paper key={key} withBorder p="sm">
            <Text component="dt" size="sm">
              {t(`sales.report.${key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {report[key].toLocaleString()}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {report.firstDay && (
        <Text>
          {t('sales.report.days', { first: report.firstDay, last: report.lastDay ?? report.firstDay })}
        </Text>
      )}
      {problems && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('sales.report.errorsTitle')}
          </Title>
          <AdminTable
            minWidth={520}
            label={t('sales.report.errorsTitle')}
            columns={[t('sales.report.line'), t('sales.report.field'), t('sales.report.problem')]}
          >
            {report.errors.map((error, index) => (
              <Table.Tr key={`${error.line}-${error.field}-${index}`}>
                <Table.Td>{error.line}</Table.Td>
                <Table.Td>{t(`sales.fields.${error.field}`, { defaultValue: error.field })}</Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        </Stack>
      )}
      {report.negative.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {negativeTitle}
          </Title>
          <Text size="sm">
            {t(report.dryRun ? 'sales.report.negativeIntro' : 'sales.report.anomaliesIntro')}
          </Text>
          <AdminTable
            minWidth={560}
            label={negativeTitle}
            columns={[
              t('sales.fields.sku'),
              t('sales.report.product'),
              t('sales.fields.location'),
              t('sales.report.onHand'),
              t('sales.report.after'),
            ]}
          >
            {report.negative.map((n) => (
              <Table.Tr key={`${n.productId}-${n.locationId}`}>
                <Table.Td>{n.sku}</Table.Td>
                <Table.Td>{localized(n.nameKo, n.nameEn)}</Table.Td>
                <Table.Td>{n.locationName}</Table.Td>
                <Table.Td>{n.onHand}</Table.Td>
                <Table.Td>{n.after}</Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        </Stack>
      )}
    </Stack>
  );
}
