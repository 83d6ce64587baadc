import { expect, test, type Locator, type Page } from '@playwright/test';
import catalogue from '../../web/src/inventory/catalogue/locales/ko.ts';
import inventory from '../../web/src/inventory/locales/ko.ts';
import purchasing from '../../web/src/inventory/purchasing/locales/ko.ts';
import sales from '../../web/src/inventory/sales/locales/ko.ts';
import { signIn } from '../support/api.ts';

// The walk through the Smart Store, in Korean: catalogue and two weeks of till sales imported from
// files, a suggestion, a purchase order sent and received, and the on-hand that follows.
test.use({ locale: 'ko-KR' });

const slug = 'han-mart';
const stamp = Date.now().toString(36);
const sku = `E2E-STORE-${stamp}`;
const nameKo = `신라면 멀티팩 ${stamp}`;
const supplierName = `농심 유통 ${stamp}`;

const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

/** The day `offset` days from today in Dallas (the store's time zone). */
function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The catalogue as the store keeps it: Korean headers; 100 counted, sold by the case of 6 from the supplier. */
const catalogueCsv = Buffer.from(
  [
    '상품코드,상품명,영문 상품명,원가,판매가,공급업체,입수량,재고',
    `${sku},${nameKo},Shin Ramyun multipack ${stamp},3.20,4.99,${supplierName},6,100`,
  ].join('\r\n'),
  'utf8',
);

/** Two weeks of the till's daily totals: six a day. */
const salesCsv = Buffer.from(
  ['판매일자,상품코드,수량', ...Array.from({ length: 14 }, (_, i) => `${day(i - 14)},${sku},6`)].join('\r\n'),
  'utf8',
);

async function choose(page: Page, button: Locator, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

test('a store imports its catalogue and two weeks of sales, orders what Dari suggests and receives it', async ({
  page,
}) => {
  test.slow();
  const csrf = await signIn(page.request, 'owner@hanmart.example');
  // The supplier with the address the order goes to; the catalogue names it and the import links it.
  const supplier = await page.request.post(`/api/v1/businesses/${slug}/inventory/suppliers`, {
    headers: { 'x-csrf-token': csrf },
    data: { name: supplierName, email: `orders-${stamp}@nongshim.example`, locale: 'ko', leadTimeDays: 3 },
  });
  expect(supplier.status(), await supplier.text()).toBe(201);

  // 1. The catalogue, with its opening count.
  await page.goto(`/my/business/${slug}/inventory`);
  await page.getByRole('button', { name: catalogue.open }).click();
  const dialog = page.getByRole('dialog', { name: catalogue.title });
  await choose(page, dialog.getByRole('button', { name: catalogue.file }), '상품목록.csv', catalogueCsv);
  await dialog.getByRole('button', { name: catalogue.dryRun }).click();
  await expect(dialog.getByText(catalogue.dryRunClean)).toBeVisible();
  await dialog.getByRole('button', { name: catalogue.commit, exact: true }).click();
  await expect(dialog.getByText(catalogue.done)).toBeVisible();
  await dialog.getByRole('button', { name: catalogue.close }).click();

  // 2. Two weeks of sales from the till.
  await page
    .getByRole('navigation', { name: inventory.nav.label })
    .getByRole('link', { name: inventory.nav.sales })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sales.title);
  await choose(page, page.getByRole('button', { name: sales.file }), '포스판매.csv', salesCsv);
  await page.getByRole('button', { name: sales.dryRun }).click();
  await page.getByRole('button', { name: sales.import }).click();
  await expect(
    page.getByRole('status').filter({ hasText: fill(sales.report.done_other, { count: 14 }) }),
  ).toBeVisible();

  // 3. What to order: 100 − 84 = 16 left, six a day over a week's review and 3 days' lead, in cases of 6.
  await page
    .getByRole('navigation', { name: inventory.nav.label })
    .getByRole('link', { name: inventory.nav.orders })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(purchasing.title);
  const card = page.getByRole('region', { name: supplierName });
  const quantity = card.getByRole('textbox', {
    name: fill(purchasing.suggestions.quantityFor, { name: nameKo }),
  });
  await expect(quantity).toHaveValue(/^\d+$/);
  const ordered = Number(await quantity.inputValue());
  expect(ordered).toBeGreaterThanOrEqual(48);
  expect(ordered % 6).toBe(0);

  // 4. The purchase order: made, sent, received.
  await card
    .getByRole('button', { name: fill(purchasing.suggestions.create, { supplier: supplierName }) })
    .click();
  const order = page.getByRole('region', { name: /PO-\d{4}/ });
  await order.getByRole('button', { name: purchasing.order.send }).click();
  await expect(order.getByRole('status')).toContainText(`orders-${stamp}@nongshim.example`);
  await order.getByRole('button', { name: purchasing.order.receiveAll }).click();
  await order.getByRole('button', { name: purchasing.order.receive }).click();
  await expect(order.getByText(purchasing.status.received, { exact: true })).toBeVisible();

  // 5. The on-hand follows.
  await page.goto(`/my/business/${slug}/inventory`);
  await page.getByRole('searchbox', { name: inventory.search }).fill(sku);
  const row = page.getByRole('row', { name: new RegExp(sku) });
  await expect(row.getByRole('cell').nth(3)).toHaveText(String(16 + ordered));
});
