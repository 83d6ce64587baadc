import { expect, test, type Page } from '@playwright/test';
import ko from '../../web/src/inventory/sales/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Han Mart's owner uses Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

const slug = 'han-mart';
const stamp = Date.now();
// Products of this test only: the demo catalogue (HM-…) may or may not be there.
const skus = [`E2E-SALES-${stamp}-1`, `E2E-SALES-${stamp}-2`];

/** The day `offset` days from today in Dallas (the store's time zone). */
function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Two weeks of a till's daily totals, with Korean headers: 14 of the first product, 6 of the second. */
function salesCsv(): Buffer {
  const lines = ['판매일자,상품코드,수량'];
  for (let offset = -14; offset < 0; offset++) {
    lines.push(`${day(offset)},${skus[0]},1`);
    if (offset % 4 === 0) {
      lines.push(`${day(offset)},${skus[1]},2`);
    }
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The number under a summary label (a term and its definition). */
function summaryValue(page: Page, label: string) {
  return page
    .locator('div', { has: page.getByRole('term').filter({ hasText: label }) })
    .last()
    .getByRole('definition');
}

async function chooseFile(page: Page, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: ko.file }).click();
  await (await chooser).setFiles({ name: '포스판매.csv', mimeType: 'text/csv', buffer });
}

test('a store owner brings two weeks of till sales in, allowing the products never received to go below zero', async ({
  page,
}) => {
  const csrf = await signIn(page.request, 'owner@hanmart.example');
  const api = `/api/v1/businesses/${slug}/inventory`;
  const ids: string[] = [];
  for (const [index, sku] of skus.entries()) {
    const created = await page.request.post(`${api}/products`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        sku,
        nameKo: `테스트 라면 ${index + 1}`,
        nameEn: `Test ramyun ${index + 1}`,
        unitCostCents: 90,
        priceCents: 150,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    ids.push(((await created.json()) as { id: string }).id);
  }
  const receipt = await page.request.post(`${api}/movements`, {
    headers: { 'x-csrf-token': csrf },
    data: { kind: 'receipt', sku: skus[0], quantity: 20 },
  });
  expect(receipt.status()).toBe(201);

  await page.goto(`/my/business/${slug}/inventory/sales`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.title);
  await chooseFile(page, salesCsv());
  await expect(page.getByText(ko.formats['generic-daily']).first()).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: ko.targetFor.replace('{{header}}', '판매일자') }),
  ).toHaveValue('date');
  await expect(
    page.getByRole('combobox', { name: ko.targetFor.replace('{{header}}', '상품코드') }),
  ).toHaveValue('sku');

  // The dry run finds the second product going below zero: importing waits for the owner's say-so.
  await page.getByRole('button', { name: ko.dryRun }).click();
  const negative = page.getByRole('table', { name: ko.report.negativeTitle });
  await expect(negative.getByRole('row', { name: new RegExp(skus[1] ?? '') })).toContainText('-6');
  const importButton = page.getByRole('button', { name: ko.import });
  await expect(importButton).toBeDisabled();
  await expectNoSeriousViolations(page, 'sales import dry run');
  await page.getByRole('checkbox', { name: ko.allowNegative }).check();
  await importButton.click();
  await expect(
    page.getByRole('status').filter({ hasText: ko.report.done_other.replace('{{count}}', '17') }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: ko.past.title })).toContainText('포스판매.csv');

  const onHand = async (id: string | undefined) =>
    ((await (await page.request.get(`${api}/products/${id}`)).json()) as { onHand: number }).onHand;
  expect(await onHand(ids[0])).toBe(6);
  expect(await onHand(ids[1])).toBe(-6);

  // The same file again: every line is already in, nothing would change.
  await page.getByRole('button', { name: ko.startOver }).click();
  await chooseFile(page, salesCsv());
  await page.getByRole('button', { name: ko.dryRun }).click();
  await expect(summaryValue(page, ko.report.alreadyImported)).toHaveText('17');
  await expect(summaryValue(page, ko.report.newLines)).toHaveText('0');
});
