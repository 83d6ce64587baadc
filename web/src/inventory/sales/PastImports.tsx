import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { AdminTable } from '../../admin/AdminTable.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useDateFormat } from '../../components/localized.ts';
import type { SalesImportPage } from './types.ts';

/** The store's sales files brought in, newest first. */
export function PastImports({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const imports = useQuery({
    queryKey: ['inventory', slug, 'sales-imports'],
    queryFn: () => api.get<SalesImportPage>(`/businesses/${slug}/inventory/sales-imports?pageSize=20`),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="past-sales-imports">
      <Title order={2} size="h3" id="past-sales-imports">
        {t('sales.past.title')}
      </Title>
      {!imports.data && <PageState error={imports.error} />}
      {imports.data?.items.length === 0 && <Text>{t('sales.past.none')}</Text>}
      {imports.data && imports.data.items.length > 0 && (
        <AdminTable
          minWidth={640}
          label={t('sales.past.title')}
          columns={[
            t('sales.past.when'),
            t('sales.past.file'),
            t('sales.past.layout'),
            t('sales.past.days'),
            t('sales.past.lines'),
            t('sales.past.added'),
            t('sales.past.by'),
          ]}
        >
          {imports.data.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{date(item.createdAt)}</Table.Td>
              <Table.Td>{item.fileName}</Table.Td>
              <Table.Td>{t(`sales.formats.${item.format}`)}</Table.Td>
              <Table.Td>
                {item.firstDay ? `${item.firstDay} – ${item.lastDay ?? item.firstDay}` : '—'}
              </Table.Td>
              <Table.Td>{item.rowCount.toLocaleString()}</Table.Td>
              <Table.Td>{item.movementCount.toLocaleString()}</Table.Td>
              <Table.Td>{item.importedBy ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      )}
    </Stack>
  );
}
