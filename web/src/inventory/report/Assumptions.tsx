import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from './format.ts';
import type { CostReport } from './types.ts';

/** How the numbers were made, in plain words, with this store's own settings filled in. */
export function Assumptions({ report }: { report: CostReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const a = report.assumptions;
  const p = report.period;
  return (
    <List spacing={6} size="sm">
      <List.Item>
        {t('costReport.assumptions.period', {
          from: p.from,
          to: p.to,
          weeks: f.units(p.days / 7),
          learning: p.learningDays,
        })}
      </List.Item>
      <List.Item>
        {a.habitBasis === 'receipts'
          ? t('costReport.assumptions.habitReceipts')
          : t('costReport.assumptions.habitSales', { weeks: a.habitSkipWeeks })}
      </List.Item>
      <List.Item>
        {t('costReport.assumptions.dari', {
          review: a.reviewDays,
          service: f.percent(a.serviceLevel),
        })}
      </List.Item>
      <List.Item>{t('costReport.assumptions.demand')}</List.Item>
      <List.Item>{t('costReport.assumptions.lost')}</List.Item>
      <List.Item>
        {t('costReport.assumptions.costs', {
          rate: f.percent(a.holdingRate),
          order: f.exactMoney(a.orderCostCents),
        })}
      </List.Item>
      <List.Item>{t('costReport.assumptions.start')}</List.Item>
      <List.Item>{t('costReport.assumptions.yearly', { factor: f.units(p.annualFactor) })}</List.Item>
      <List.Item>
        {t('costReport.assumptions.lists', { days: a.deadDays, weeks: a.overstockWeeks })}
      </List.Item>
      {report.products.tooNew > 0 && (
        <List.Item>
          <Text size="sm" span>
            {t('costReport.assumptions.tooNew', { products: report.products.tooNew })}
          </Text>
        </List.Item>
      )}
    </List>
  );
}
