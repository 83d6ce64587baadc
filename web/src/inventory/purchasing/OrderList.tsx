import { Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { useDateFormat } from '../../components/localized.ts';
import { useMoney } from './RequestError.tsx';
import type { OrderPage, OrderStatus } from './types.ts';

const statuses: OrderStatus[] = ['draft', 'sent', 'partial', 'received', 'cancelled'];
// Dark shades on an outline: readable (WCAG AA contrast) on white.
const statusColors: Record<OrderStatus, string> = {
  draft: 'gray.7',
  sent: 'blue.9',
  partial: '#a34700',
  received: 'teal.9',
  cancelled: 'red.9',
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="outline" tt="none">
      {t(`purchasing.status.${status}`)}
    </Badge>
  );
}

/** The store's purchase orders, newest first, by status. */
export function OrderList({ slug, onOpen }: { slug: string; onOpen: (orderId: string) => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const date = useDateFormat();
  const [status, setStatus] = useState<string | null>(null);
  const orders = useQuery({
    queryKey: ['purchasing', slug, 'orders', status],
    queryFn: () =>
      api.get<OrderPage>(`/businesses/${slug}/inventory/purchase-orders${status ? `?status=${status}` : ''}`),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="orders-title">
      <Group justify="space-between" align="end" wrap="wrap">
        <Title order={2} size="h4" id="orders-title">
          {t('purchasing.orders.title')}
        </Title>
        <Select
          label={t('purchasing.orders.status')}
          placeholder={t('purchasing.orders.allStatuses')}
          clearable
          w={200}
          value={status}
          onChange={setStatus}
          data={statuses.map((s) => ({ value: s, label: t(`purchasing.status.${s}`) }))}
        />
      </Group>
      {!orders.data && <PageState error={orders.error} />}
      {orders.data && orders.data.items.length === 0 && <Text>{t('purchasing.orders.none')}</Text>}
      {orders.data && orders.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.orders.number')}</Table.Th>
                <Table.Th>{t('purchasing.orders.supplier')}</Table.Th>
                <Table.Th>{t('purchasing.orders.status')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.orders.received')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.orders.total')}</Table.Th>
                <Table.Th>{t('purchasing.orders.date')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.data.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.label}</Table.Td>
                  <Table.Td>{o.supplierName}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={o.status} />
                  </Table.Td>
                  <Table.Td ta="right">{`${o.receivedUnits} / ${o.units}`}</Table.Td>
                  <Table.Td ta="right">{money(o.totalCents)}</Table.Td>
                  <Table.Td>{date(o.sentAt ?? o.createdAt)}</Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => onOpen(o.id)}>
                      {t('purchasing.orders.open', { label: o.label })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
