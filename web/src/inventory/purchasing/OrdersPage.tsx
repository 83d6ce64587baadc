import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { InventoryNav } from '../InventoryNav.tsx';
import { OrderList } from './OrderList.tsx';
import { OrderView } from './OrderView.tsx';
import { SettingsCard } from './SettingsCard.tsx';
import { SuggestionsSection } from './SuggestionsSection.tsx';

/**
 * /my/business/:slug/inventory/orders — how the store orders, today's suggestions by supplier and the
 * purchase orders; ?order=<id> opens one order in place of the suggestions.
 */
export function OrdersPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const orderId = params.get('order');
  const open = (id: string) => {
    setParams({ order: id });
    window.scrollTo({ top: 0 });
  };
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <InventoryNav slug={slug} active="orders" />
      <Title order={1}>{t('purchasing.title')}</Title>
      {orderId ? (
        <OrderView key={orderId} slug={slug} orderId={orderId} onClose={() => setParams({})} />
      ) : (
        <>
          <SettingsCard slug={slug} />
          <SuggestionsSection slug={slug} onCreated={open} />
        </>
      )}
      <OrderList slug={slug} onOpen={open} />
    </Stack>
  );
}
