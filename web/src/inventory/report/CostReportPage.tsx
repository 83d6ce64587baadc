import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { InventoryNav } from '../InventoryNav.tsx';

/** /my/business/:slug/inventory/report — what Dari saves, measured on the store’s own history. */
export function CostReportPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <InventoryNav slug={slug} active="report" />
      <Title order={1}>{t('costReport.title')}</Title>
    </Stack>
  );
}
