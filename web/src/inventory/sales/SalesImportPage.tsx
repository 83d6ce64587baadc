import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { InventoryNav } from '../InventoryNav.tsx';

/** /my/business/:slug/inventory/sales — bringing sales in from the till. */
export function SalesImportPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <InventoryNav slug={slug} active="sales" />
      <Title order={1}>{t('sales.title')}</Title>
    </Stack>
  );
}
