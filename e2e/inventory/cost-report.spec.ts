import { expect, test } from '@playwright/test';
import ko from '../../web/src/inventory/report/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Han Mart's owner reads Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

test('a store owner sees what Dari would save on the seeded year of Han Mart', async ({ page }) => {
  await signIn(page.request, 'owner@hanmart.example');
  await page.goto('/my/business/han-mart/inventory/report');
  await expect(page.getByRole('heading', { level: 1, name: ko.title })).toBeVisible();

  const saving = page.getByRole('region', { name: ko.saving.title });
  await expect(saving).toContainText('$');
  // A positive yearly saving, in dollars (e.g. "US$2,578").
  await expect(saving.getByText(/\$\s?[1-9][\d,]*/).first()).toBeVisible();

  await expect(page.getByRole('img', { name: ko.chart.costsLabel })).toBeVisible();
  await expect(page.getByRole('img', { name: ko.chart.cashLabel })).toBeVisible();
  const costs = page.getByRole('region', { name: ko.chart.costsTitle });
  await expect(costs.getByRole('rowheader', { name: ko.chart.holdingCostCents })).toBeVisible();

  const dead = page.getByRole('region', { name: ko.dead.title });
  await expect(dead.getByRole('rowheader', { name: /추석 선물세트/ })).toBeVisible();
  const over = page.getByRole('region', { name: ko.over.title });
  await expect(over.getByRole('rowheader', { name: /참기름/ })).toBeVisible();
  await expect(page.getByRole('region', { name: ko.assumptions.title })).toContainText('월요일');
  await expectNoSeriousViolations(page, 'cost-reduction report');

  // A shorter period still adds up to a yearly figure, and the CSV comes in Korean.
  await page.getByText(ko.weeks.replace('{{weeks}}', '26'), { exact: true }).click();
  await expect(page.getByRole('img', { name: ko.chart.costsLabel })).toBeVisible();
  const csv = await page.request.get('/api/v1/businesses/han-mart/inventory/report.csv?weeks=26');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('연간 절감액');
});
