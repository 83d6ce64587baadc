import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat, useLocalized } from '../../components/localized.ts';
import { useFormats } from './format.ts';
import type { DeadItem, OverstockItem, ReportItem } from './types.ts';

/** How many rows each table shows on the page; the CSV has every product. */
const SHOWN = 15;

function Scroll({ children, caption }: { children: ReactNode; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped fz="sm">
        <caption style={{ captionSide: 'top', textAlign: 'start' }}>
          <Text size="sm" c="dimmed" component="span">
            {caption}
          </Text>
        </caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}

/** The products with the largest yearly saving: the habit against Dari, side by side. */
export function ProductTable({ items }: { items: ReportItem[] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const localized = useLocalized();
  const shown = items.slice(0, SHOWN);
  return (
    <Scroll caption={t('costReport.products.caption', { shown: shown.length })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('costReport.products.product')}</Table.Th>
          <Table.Th scope="col">{t('costReport.products.pattern')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.products.weeklyOrder')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.products.cash')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.products.lost')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.products.saving')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shown.map((i) => (
          <Table.Tr key={i.productId}>
            <Table.Th scope="row" fw={400}>
              {localized(i.nameKo, i.nameEn)}{' '}
              <Text span size="xs" c="dimmed">
                {i.sku}
              </Text>
            </Table.Th>
            <Table.Td>{t(`costReport.classes.${i.demandClass}`, { defaultValue: i.demandClass })}</Table.Td>
            <Table.Td ta="right">{f.units(i.habitWeeklyOrder)}</Table.Td>
            <Table.Td ta="right">
              {t('costReport.products.versus', {
                habit: f.money(i.habit.averageStockValueCents),
                dari: f.money(i.dari.averageStockValueCents),
              })}
            </Table.Td>
            <Table.Td ta="right">
              {t('costReport.products.versus', {
                habit: f.units(i.habit.lostUnits),
                dari: f.units(i.dari.lostUnits),
              })}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {f.money(i.yearlySavingCents)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Scroll>
  );
}

/** On the shelf, and nothing sold for the dead-stock days: its value, and when it last sold. */
export function DeadStockTable({ items }: { items: DeadItem[] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const localized = useLocalized();
  const date = useDateFormat();
  return (
    <Scroll caption={t('costReport.dead.caption', { shown: Math.min(items.length, SHOWN) })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('costReport.products.product')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.dead.onHand')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.dead.value')}
          </Table.Th>
          <Table.Th scope="col">{t('costReport.dead.lastSale')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.slice(0, SHOWN).map((i) => (
          <Table.Tr key={i.productId}>
            <Table.Th scope="row" fw={400}>
              {localized(i.nameKo, i.nameEn)}{' '}
              <Text span size="xs" c="dimmed">
                {i.sku}
              </Text>
            </Table.Th>
            <Table.Td ta="right">{f.units(i.onHand)}</Table.Td>
            <Table.Td ta="right">{f.exactMoney(i.valueCents)}</Table.Td>
            <Table.Td>
              {i.lastSaleDay
                ? t('costReport.dead.daysAgo', {
                    date: date(`${i.lastSaleDay}T12:00:00Z`),
                    days: i.daysSinceSale,
                  })
                : t('costReport.dead.never')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Scroll>
  );
}

/** On the shelf for longer than the overstock weeks at the forecast: what is beyond that, in units and dollars. */
export function OverstockTable({ items }: { items: OverstockItem[] }) {
  const { t } = useTranslation();
  const f = useFormats();
  const localized = useLocalized();
  return (
    <Scroll caption={t('costReport.over.caption', { shown: Math.min(items.length, SHOWN) })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('costReport.products.product')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.dead.onHand')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.over.weekly')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.over.cover')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('costReport.over.excess')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.slice(0, SHOWN).map((i) => (
          <Table.Tr key={i.productId}>
            <Table.Th scope="row" fw={400}>
              {localized(i.nameKo, i.nameEn)}{' '}
              <Text span size="xs" c="dimmed">
                {i.sku}
              </Text>
            </Table.Th>
            <Table.Td ta="right">{f.units(i.onHand)}</Table.Td>
            <Table.Td ta="right">{f.units(i.weeklyForecast)}</Table.Td>
            <Table.Td ta="right">
              {i.coverWeeks === null
                ? t('costReport.over.noSales')
                : t('costReport.over.weeks', { weeks: f.units(i.coverWeeks) })}
            </Table.Td>
            <Table.Td ta="right">
              {t('costReport.over.excessValue', {
                units: f.units(i.excessUnits),
                money: f.exactMoney(i.excessValueCents),
              })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Scroll>
  );
}
