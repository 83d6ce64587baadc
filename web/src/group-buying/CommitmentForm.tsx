import { Alert, Anchor, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { fieldError, FormError } from '../components/forms.tsx';
import { useLocalized } from '../components/localized.ts';
import type { GroupOrder, MyStoreCommitment, Suggestion } from './types.ts';

const purchaseOrderLabel = (number: number) => `PO-${String(number).padStart(4, '0')}`;

/**
 * One of my stores in a group order: its quantity to join with, change or withdraw while the order is
 * open, prefilled on request from the store's own forecast; after the close, its draft purchase order.
 */
export function CommitmentForm({
  orgSlug,
  order,
  mine,
}: {
  orgSlug: string;
  order: GroupOrder;
  mine: MyStoreCommitment;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const store = mine.business;
  const name = localized(store.nameKo, store.nameEn);
  const [quantity, setQuantity] = useState<string | number>(mine.quantity ?? '');
  const path = `/organizations/${encodeURIComponent(orgSlug)}/group-orders/${encodeURIComponent(order.id)}/commitments/${encodeURIComponent(store.slug)}`;
  const suggestion = useQuery({
    queryKey: ['groupBuying', orgSlug, order.id, 'suggestion', store.slug],
    queryFn: () => api.get<Suggestion>(`${path}/suggestion`),
    enabled: order.acceptingCommitments,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['groupBuying', orgSlug] });
  const save = useMutation({
    mutationFn: () =>
      api.put<GroupOrder>(path, { quantity: typeof quantity === 'number' ? quantity : Number.NaN }),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: () => api.delete<GroupOrder>(path),
    onSuccess: async () => {
      setQuantity('');
      save.reset();
      await refresh();
    },
  });
  const suggested = suggestion.data;
  return (
    <Card withBorder padding="sm">
      <Stack
        gap="xs"
        component="form"
        aria-label={t('groupBuying.commit.form', { store: name })}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={3} size="h5">
          {name}
        </Title>
        <Text size="sm" role="status">
          {mine.quantity === null
            ? t('groupBuying.commit.notJoined')
            : t('groupBuying.commit.joined', { count: mine.quantity })}
        </Text>
        {mine.purchaseOrder && (
          <Alert color="green" variant="light">
            {t('groupBuying.commit.purchaseOrder', { number: purchaseOrderLabel(mine.purchaseOrder.number) })}{' '}
            <Anchor component={Link} to={`/my/business/${store.slug}/inventory/orders`}>
              {t('groupBuying.commit.openOrders')}
            </Anchor>
          </Alert>
        )}
        {order.acceptingCommitments && (
          <>
            {suggested?.product && (
              <Group gap="xs">
                <Text size="sm">
                  {t('groupBuying.commit.suggestion', {
                    product: localized(suggested.product.nameKo, suggested.product.nameEn),
                    onHand: suggested.onHand,
                    count: suggested.suggestedQuantity,
                  })}
                </Text>
                {suggested.suggestedQuantity > 0 && (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setQuantity(suggested.suggestedQuantity)}
                  >
                    {t('groupBuying.commit.useSuggestion', { count: suggested.suggestedQuantity })}
                  </Button>
                )}
              </Group>
            )}
            {suggested && !suggested.product && (
              <Text size="sm" c="dimmed">
                {t('groupBuying.commit.noProduct', { supplier: order.supplierName, sku: order.supplierSku })}
              </Text>
            )}
            <NumberInput
              label={t('groupBuying.commit.quantity', { store: name })}
              required
              min={1}
              allowDecimal={false}
              value={quantity}
              onChange={setQuantity}
              error={fieldError(save.error, 'quantity')}
            />
            <FormError error={save.error ?? withdraw.error} />
            <Group gap="xs">
              <Button type="submit" loading={save.isPending}>
                {t(mine.quantity === null ? 'groupBuying.commit.join' : 'groupBuying.commit.update')}
              </Button>
              {mine.quantity !== null && (
                <Button variant="default" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
                  {t('groupBuying.commit.withdraw')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
