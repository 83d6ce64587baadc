import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from './format.ts';
import type { CostReport } from './types.ts';

function Comparison({
  label,
  habit,
  dari,
  note,
}: {
  label: string;
  habit: string;
  dari: string;
  note?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="article" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm">
        {t('costReport.habit')}: <strong>{habit}</strong>
      </Text>
      <Text size="sm" c="blue.9">
        {t('costReport.dari')}: <strong>{dari}</strong>
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

/** The yearly saving, then the habit against Dari on holding cost, lost sales, cash tied up and orders. */
export function Headline({ report }: { report: CostReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const { yearly } = report.costs;
  const factor = report.period.annualFactor;
  const saving = yearly.saving.totalCents;
  return (
    <Stack gap="sm">
      <Card
        withBorder
        padding="lg"
        bg={saving > 0 ? 'blue.0' : undefined}
        component="section"
        aria-labelledby="saving-title"
      >
        <Title order={2} size="h4" id="saving-title">
          {t('costReport.saving.title')}
        </Title>
        <Text fz={36} fw={800} c={saving > 0 ? 'blue.9' : undefined}>
          {f.money(saving)}
        </Text>
        <Text size="sm">
          {t('costReport.saving.parts', {
            holding: f.money(yearly.saving.holdingCostCents),
            lost: f.money(yearly.saving.lostMarginCents),
            ordering: f.money(yearly.saving.orderingCostCents),
          })}
        </Text>
        {saving <= 0 && <Text size="sm">{t('costReport.saving.none')}</Text>}
      </Card>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Comparison
          label={t('costReport.headline.holding')}
          habit={f.money(yearly.habit.holdingCostCents)}
          dari={f.money(yearly.dari.holdingCostCents)}
        />
        <Comparison
          label={t('costReport.headline.lost')}
          habit={t('costReport.headline.lostValue', {
            money: f.money(yearly.habit.lostMarginCents),
            units: f.units(report.habit.lostUnits * factor),
          })}
          dari={t('costReport.headline.lostValue', {
            money: f.money(yearly.dari.lostMarginCents),
            units: f.units(report.dari.lostUnits * factor),
          })}
          note={t('costReport.headline.fill', {
            habit: f.percent(report.habit.fillRate),
            dari: f.percent(report.dari.fillRate),
          })}
        />
        <Comparison
          label={t('costReport.headline.cash')}
          habit={f.money(report.habit.averageStockValueCents)}
          dari={f.money(report.dari.averageStockValueCents)}
        />
        <Comparison
          label={t('costReport.headline.orders')}
          habit={t('costReport.headline.ordersValue', {
            orders: f.units(Math.round(report.habit.orders * factor)),
            money: f.money(yearly.habit.orderingCostCents),
          })}
          dari={t('costReport.headline.ordersValue', {
            orders: f.units(Math.round(report.dari.orders * factor)),
            money: f.money(yearly.dari.orderingCostCents),
          })}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('costReport.records', {
          cash: f.money(report.actual.averageStockValueCents),
          days: f.units(report.actual.stockoutDays),
          receipts: f.units(report.actual.receipts),
          habitCash: f.money(report.habit.averageStockValueCents),
        })}
      </Text>
    </Stack>
  );
}
