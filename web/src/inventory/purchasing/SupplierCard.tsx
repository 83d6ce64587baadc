import {
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useLocalized } from '../../components/localized.ts';
import { AccuracyBadge, AccuracyDetails } from './AccuracyPanel.tsx';
import { RequestError, useMoney } from './RequestError.tsx';
import type { Order, SupplierSuggestions } from './types.ts';

const units = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** One supplier's suggestions: the quantities can be changed before they become a purchase order. */
export function SupplierCard({
  slug,
  group,
  onCreated,
}: {
  slug: string;
  group: SupplierSuggestions;
  onCreated: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const money = useMoney();
  const [quantities, setQuantities] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(group.items.map((i) => [i.productId, i.suggested])),
  );
  const [open, setOpen] = useState<string | null>(null);
  const lines = group.items
    .map((i) => ({
      productId: i.productId,
      quantity: Number(quantities[i.productId] ?? 0),
      cost: i.unitCostCents,
    }))
    .filter((l) => l.quantity > 0);
  const create = useMutation({
    mutationFn: () =>
      api.post<Order>(`/businesses/${slug}/inventory/purchase-orders`, {
        supplierId: group.supplierId,
        lines: lines.map(({ productId, quantity }) => ({ productId, quantity })),
      }),
    onSuccess: (order) => onCreated(order.id),
  });
  const headingId = `supplier-${group.supplierId}`;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {group.supplierName}
          </Title>
          <Text size="sm">
            {t('purchasing.suggestions.totals', {
              lines: lines.length,
              units: lines.reduce((sum, l) => sum + l.quantity, 0),
              total: money(lines.reduce((sum, l) => sum + l.quantity * l.cost, 0)),
            })}
          </Text>
        </Group>
        <Table.ScrollContainer minWidth={780}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.suggestions.product')}</Table.Th>
                <Table.Th>{t('purchasing.suggestions.order')}</Table.Th>
                <Table.Th>{t('purchasing.suggestions.accuracy')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suggestions.onHand')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suggestions.onOrder')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suggestions.forecast')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suggestions.reorderLevel')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.suggestions.orderUpTo')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.items.map((item) => {
                const name = localized(item.nameKo, item.nameEn);
                return (
                  <Fragment key={item.productId}>
                    <Table.Tr>
                      <Table.Td>
                        <Text size="sm">{name}</Text>
                        <Text size="xs" c="dimmed">
                          {t('purchasing.suggestions.terms', {
                            sku: item.sku,
                            pack: item.packSize,
                            min: item.minOrder,
                            lead: item.leadDays,
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('purchasing.suggestions.quantityFor', { name })}
                          w={96}
                          size="xs"
                          min={0}
                          step={item.packSize}
                          allowDecimal={false}
                          allowNegative={false}
                          value={quantities[item.productId] ?? 0}
                          onChange={(value) => setQuantities({ ...quantities, [item.productId]: value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <UnstyledButton
                          aria-expanded={open === item.productId}
                          onClick={() => setOpen(open === item.productId ? null : item.productId)}
                        >
                          <VisuallyHidden>{t('purchasing.accuracy.show', { name })}</VisuallyHidden>
                          <AccuracyBadge accuracy={item.accuracy} />
                        </UnstyledButton>
                      </Table.Td>
                      <Table.Td ta="right">{item.onHand}</Table.Td>
                      <Table.Td ta="right">
                        {item.onOrder}
                        {item.inDraft > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('purchasing.suggestions.inDraft', { units: item.inDraft })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{units(item.dailyForecast)}</Table.Td>
                      <Table.Td ta="right">{units(item.reorderLevel)}</Table.Td>
                      <Table.Td ta="right">{units(item.orderUpTo)}</Table.Td>
                    </Table.Tr>
                    {open === item.productId && (
                      <Table.Tr>
                        <Table.Td colSpan={8}>
                          <AccuracyDetails slug={slug} productId={item.productId} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <RequestError error={create.error} />
        <Button
          maw="100%"
          h="auto"
          py={6}
          styles={{ label: { whiteSpace: 'normal' } }}
          disabled={lines.length === 0}
          loading={create.isPending}
          onClick={() => create.mutate()}
        >
          {t('purchasing.suggestions.create', { supplier: group.supplierName })}
        </Button>
      </Stack>
    </Card>
  );
}
