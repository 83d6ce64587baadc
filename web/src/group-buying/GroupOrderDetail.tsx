import { Alert, Badge, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { FormError } from '../components/forms.tsx';
import { PageState } from '../components/PageState.tsx';
import { useLocalized } from '../components/localized.ts';
import { CommitmentForm } from './CommitmentForm.tsx';
import { statusColors, useDay, useMoney } from './format.ts';
import type { GroupOrder } from './types.ts';

/**
 * One group order: its prices, the pooled total against the break, my stores' quantities, and — for its
 * organizer and the organization's admins — every store's quantity and closing or cancelling it.
 */
export function GroupOrderDetail({ orgSlug, id }: { orgSlug: string; id: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const money = useMoney();
  const day = useDay();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<'close' | 'cancel' | null>(null);
  const path = `/organizations/${encodeURIComponent(orgSlug)}/group-orders/${encodeURIComponent(id)}`;
  const order = useQuery({
    queryKey: ['groupBuying', orgSlug, id],
    queryFn: () => api.get<GroupOrder>(path),
  });
  const finish = useMutation({
    mutationFn: (action: 'close' | 'cancel') => api.post<GroupOrder>(`${path}/${action}`),
    onSuccess: async () => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: ['groupBuying', orgSlug] });
    },
  });
  const o = order.data;
  if (!o) {
    return <PageState error={order.error} />;
  }
  const title = localized(o.titleKo, o.titleEn);
  // Purchase orders are made only when the order closed at the break.
  const ordered = o.status === 'closed' && o.breakReached;
  return (
    <Card withBorder component="section" aria-labelledby="group-order-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id="group-order-title">
            {title}
          </Title>
          <Badge color={statusColors[o.status]} variant="outline">
            {t(`groupBuying.status.${o.status}`)}
          </Badge>
        </Group>
        <Text>
          {t('groupBuying.detail.terms', {
            supplier: o.supplierName,
            sku: o.supplierSku,
            regular: money(o.unitCostCents),
            price: money(o.breakCostCents),
            quantity: o.breakQuantity,
          })}
        </Text>
        <Stack gap={4}>
          <Text fw={600}>
            {t('groupBuying.units', { pooled: o.pooledQuantity, target: o.breakQuantity })} ·{' '}
            {t('groupBuying.storeCount', { count: o.storeCount })} ·{' '}
            {t('groupBuying.detail.closesOn', { date: day(o.closesOn) })}
          </Text>
          <Progress
            size="lg"
            value={o.progressPercent}
            color={o.breakReached ? 'green' : 'blue'}
            aria-label={t('groupBuying.progressOf', { title })}
          />
          <Text size="sm" c="dimmed">
            {o.breakReached
              ? t('groupBuying.detail.reached')
              : t('groupBuying.detail.missing', { count: o.breakQuantity - o.pooledQuantity })}
          </Text>
        </Stack>
        {o.myStores.map((s) => (
          <CommitmentForm key={s.business.slug} orgSlug={orgSlug} order={o} mine={s} />
        ))}
        {o.commitments && (
          <Stack gap="xs" component="section" aria-labelledby="pooled-order-title">
            <Title order={3} size="h4" id="pooled-order-title">
              {t('groupBuying.pooled.title')}
            </Title>
            {o.commitments.length === 0 && <Text>{t('groupBuying.pooled.none')}</Text>}
            {o.commitments.length > 0 && (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('groupBuying.pooled.store')}</Table.Th>
                    <Table.Th ta="right">{t('groupBuying.pooled.quantity')}</Table.Th>
                    {ordered && <Table.Th>{t('groupBuying.pooled.order')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.commitments.map((c) => (
                    <Table.Tr key={c.business.slug}>
                      <Table.Td>{localized(c.business.nameKo, c.business.nameEn)}</Table.Td>
                      <Table.Td ta="right">{c.quantity}</Table.Td>
                      {ordered && (
                        <Table.Td>
                          {t(c.purchaseOrderMade ? 'groupBuying.pooled.made' : 'groupBuying.pooled.notMade')}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th>{t('groupBuying.pooled.total')}</Table.Th>
                    <Table.Th ta="right">{o.pooledQuantity}</Table.Th>
                    {ordered && <Table.Th />}
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            )}
          </Stack>
        )}
        {o.canManage && o.status === 'open' && (
          <Stack gap="xs">
            {confirming && (
              <Alert color={confirming === 'close' ? 'blue' : 'red'} variant="outline">
                {t(
                  `groupBuying.manage.confirm.${confirming}${confirming === 'close' && !o.breakReached ? 'Below' : ''}`,
                )}
              </Alert>
            )}
            <FormError error={finish.error} />
            <Group gap="xs">
              {confirming ? (
                <>
                  <Button loading={finish.isPending} onClick={() => finish.mutate(confirming)}>
                    {t(`groupBuying.manage.yes.${confirming}`)}
                  </Button>
                  <Button variant="default" onClick={() => setConfirming(null)}>
                    {t('groupBuying.manage.back')}
                  </Button>
                </>
              ) : (
                <>
                  <Button onClick={() => setConfirming('close')}>{t('groupBuying.manage.close')}</Button>
                  <Button variant="default" color="red" onClick={() => setConfirming('cancel')}>
                    {t('groupBuying.manage.cancel')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
