import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { PageState } from '../../components/PageState.tsx';
import { InventoryNav } from '../InventoryNav.tsx';
import { Assumptions } from './Assumptions.tsx';
import { useFormats } from './format.ts';
import { Headline } from './Headline.tsx';
import { PairBars } from './PairBars.tsx';
import { DeadStockTable, OverstockTable, ProductTable } from './ReportTables.tsx';
import type { CostReport } from './types.ts';

const PERIODS = ['13', '26', '52'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** The replayed year: headline, charts, the product, dead-stock and overstock tables, the assumptions. */
function ReportBody({ report }: { report: CostReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const { yearly } = report.costs;
  const costPairs = (['holdingCostCents', 'lostMarginCents', 'orderingCostCents'] as const).map((part) => ({
    key: part,
    label: t(`costReport.chart.${part}`),
    habit: yearly.habit[part],
    dari: yearly.dari[part],
  }));
  const cashPairs = report.byCategory.map((c) => ({
    key: c.category,
    label: f.category(c.category),
    habit: c.habitAverageStockValueCents,
    dari: c.dariAverageStockValueCents,
  }));
  return (
    <>
      <Headline report={report} />
      <Section id="costs-chart" title={t('costReport.chart.costsTitle')}>
        <PairBars pairs={costPairs} format={f.money} label={t('costReport.chart.costsLabel')} />
      </Section>
      <Section id="cash-chart" title={t('costReport.chart.cashTitle')}>
        <PairBars pairs={cashPairs} format={f.money} label={t('costReport.chart.cashLabel')} />
      </Section>
      <Section id="products-title" title={t('costReport.products.title')}>
        <ProductTable items={report.items} />
      </Section>
      <Section id="dead-title" title={t('costReport.dead.title')}>
        <Text size="sm">
          {t('costReport.dead.summary', {
            count: report.deadStock.count,
            value: f.money(report.deadStock.valueCents),
            days: report.assumptions.deadDays,
          })}
        </Text>
        {report.deadStock.items.length > 0 && <DeadStockTable items={report.deadStock.items} />}
      </Section>
      <Section id="over-title" title={t('costReport.over.title')}>
        <Text size="sm">
          {t('costReport.over.summary', {
            count: report.overstock.count,
            value: f.money(report.overstock.excessValueCents),
            weeks: report.assumptions.overstockWeeks,
          })}
        </Text>
        {report.overstock.items.length > 0 && <OverstockTable items={report.overstock.items} />}
      </Section>
      <Section id="assumptions-title" title={t('costReport.assumptions.title')}>
        <Assumptions report={report} />
      </Section>
    </>
  );
}

/** /my/business/:slug/inventory/report — what Dari saves, measured on the store’s own history. */
export function CostReportPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const [weeks, setWeeks] = useState('52');
  const report = useQuery({
    queryKey: ['inventory', slug, 'report', weeks],
    queryFn: () => api.get<CostReport>(`/businesses/${slug}/inventory/report?weeks=${weeks}`),
    placeholderData: keepPreviousData,
  });
  const r = report.data;
  return (
    <Stack maw={1040} mx="auto" gap="md" style={{ wordBreak: 'keep-all', overflowWrap: 'anywhere' }}>
      <InventoryNav slug={slug} active="report" />
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('costReport.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('costReport.intro')}
          </Text>
        </Stack>
        <Button
          component="a"
          href={`/api/v1/businesses/${slug}/inventory/report.csv?weeks=${weeks}`}
          download
          variant="outline"
        >
          {t('costReport.download')}
        </Button>
      </Group>
      <Group gap="sm">
        <Text size="sm" id="period-label">
          {t('costReport.periodLabel')}
        </Text>
        <SegmentedControl
          aria-labelledby="period-label"
          value={weeks}
          onChange={setWeeks}
          data={PERIODS.map((value) => ({ value, label: t('costReport.weeks', { weeks: value }) }))}
        />
      </Group>
      {!r && <PageState error={report.error} />}
      {r && !r.period.enough && (
        <Alert color="yellow" variant="light" title={t('costReport.tooShort.title')}>
          {t('costReport.tooShort.body', { weeks: Math.ceil(r.assumptions.minLearningDays / 7) + 4 })}
        </Alert>
      )}
      {r?.period.enough && !r.period.trusted && (
        <Alert color="yellow" variant="light" title={t('costReport.shortNote.title')}>
          {t('costReport.shortNote.body', { weeks: Math.round(r.period.days / 7) })}
        </Alert>
      )}
      {r?.period.enough && <ReportBody report={r} />}
    </Stack>
  );
}
