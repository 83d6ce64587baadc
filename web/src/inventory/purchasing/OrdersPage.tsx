import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { InventoryNav } from '../InventoryNav.tsx';

/** /my/business/:slug/inventory/orders — suggestions by supplier and purchase orders. */
export function OrdersPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <InventoryNav slug={slug} active="orders" />
      <Title order={1}>{t('purchasing.title')}</Title>
    </Stack>
  );
}
