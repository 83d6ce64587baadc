import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** /group-buying/:orgSlug — an organization's group orders. */
export function GroupBuyingPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Title order={1}>{t('groupBuying.title')}</Title>
    </Stack>
  );
}
