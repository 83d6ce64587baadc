import { NumberInput, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../components/localized.ts';
import { useMoney } from './RequestError.tsx';
import type { OrderLine } from './types.ts';

export type Quantities = Record<string, number | string>;

/**
 * An order's lines. `edit` adds an input per line: the quantity ordered (a draft) or the quantity
 * arriving now (an order being received).
 */
export function OrderLines({
  lines,
  edit,
  values,
  onChange,
}: {
  lines: OrderLine[];
  edit: 'order' | 'receive' | null;
  values: Quantities;
  onChange: (values: Quantities) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const money = useMoney();
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('purchasing.order.product')}</Table.Th>
            <Table.Th ta="right">{t('purchasing.order.ordered')}</Table.Th>
            <Table.Th ta="right">{t('purchasing.order.received')}</Table.Th>
            <Table.Th ta="right">{t('purchasing.order.unitCost')}</Table.Th>
            {edit && (
              <Table.Th>
                {t(edit === 'order' ? 'purchasing.order.quantity' : 'purchasing.order.receiveNow')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => {
            const name = localized(line.nameKo, line.nameEn);
            const left = line.quantity - line.receivedQuantity;
            return (
              <Table.Tr key={line.productId}>
                <Table.Td>
                  <Text size="sm">{name}</Text>
                  <Text size="xs" c="dimmed">
                    {line.supplierSku ? `${line.sku} · ${line.supplierSku}` : line.sku}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{line.quantity}</Table.Td>
                <Table.Td ta="right">{line.receivedQuantity}</Table.Td>
                <Table.Td ta="right">{money(line.unitCostCents)}</Table.Td>
                {edit && (
                  <Table.Td>
                    <NumberInput
                      aria-label={t(
                        edit === 'order' ? 'purchasing.order.quantityFor' : 'purchasing.order.receiveFor',
                        { name },
                      )}
                      w={96}
                      size="xs"
                      min={0}
                      max={edit === 'receive' ? left : undefined}
                      allowDecimal={false}
                      allowNegative={false}
                      disabled={edit === 'receive' && left === 0}
                      value={values[line.productId] ?? ''}
                      onChange={(value) => onChange({ ...values, [line.productId]: value })}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
