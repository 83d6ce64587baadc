import { expect, test } from '@playwright/test';
import inventoryKo from '../../web/src/inventory/locales/ko.ts';
import ko from '../../web/src/inventory/purchasing/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Han Mart's owner uses Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

test('a store owner turns a suggestion into a purchase order, sends it and receives it in two parts', async ({
  page,
}) => {
  test.slow();
  const csrf = await signIn(page.request, 'owner@hanmart.example');
  const headers = { 'x-csrf-token': csrf };
  const session = (await (await page.request.get('/api/v1/session')).json()) as {
    businesses: { slug: string; nameEn: string }[];
  };
  const slug =
    session.businesses.find((b) => b.nameEn.startsWith('Han Mart'))?.slug ?? session.businesses[0]?.slug;
  expect(slug).toBeTruthy();
  const api = `/api/v1/businesses/${slug}/inventory`;

  // A supplier, a product it sells by the pack of 6, and two weeks of sales: 100 counted, 6 sold a day.
  const stamp = Date.now().toString(36);
  const supplierName = `한미식품 ${stamp}`;
  const supplier = await page.request.post(`${api}/suppliers`, {
    headers,
    data: { name: supplierName, email: `orders-${stamp}@hanmi.example`, locale: 'ko', leadTimeDays: 3 },
  });
  expect(supplier.status(), await supplier.text()).toBe(201);
  const supplierId = ((await supplier.json()) as { id: string }).id;
  const nameKo = `불닭볶음면 ${stamp}`;
  const sku = `E2E-PO-${stamp}`;
  const created = await page.request.post(`${api}/products`, {
    headers,
    data: {
      sku,
      nameKo,
      nameEn: `Buldak ramen ${stamp}`,
      unitCostCents: 120,
      priceCents: 199,
      suppliers: [{ supplierId, unitCostCents: 110, packSize: 6, preferred: true }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const move = async (data: object) => {
    const res = await page.request.post(`${api}/movements`, { headers, data: { sku, ...data } });
    expect(res.status(), await res.text()).toBe(201);
  };
  await move({ kind: 'count', quantity: 100, occurredAt: dayAgo(15) });
  for (let day = 14; day >= 1; day--) {
    await move({ kind: 'sale', quantity: 6, occurredAt: dayAgo(day) });
  }

  await page.goto(`/my/business/${slug}/inventory/orders`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.title);
  const card = page.getByRole('region', { name: supplierName });
  const quantity = card.getByRole('textbox', { name: fill(ko.suggestions.quantityFor, { name: nameKo }) });
  // 16 on hand, ~6 a day over 7 + 3 days plus a safety margin, in packs of 6.
  await expect(quantity).toHaveValue(/^\d+$/);
  const suggested = Number(await quantity.inputValue());
  expect(suggested).toBeGreaterThanOrEqual(48);
  expect(suggested % 6).toBe(0);
  await expect(card.getByText(ko.accuracy['too-little-history'])).toBeVisible();
  await card.getByRole('button', { name: fill(ko.accuracy.show, { name: nameKo }) }).click();
  await expect(card.getByText(ko.accuracy.explainShort)).toBeVisible();
  await expectNoSeriousViolations(page, 'suggestions');

  // The owner rounds the order up by a pack before making it.
  const ordered = suggested + 6;
  await quantity.fill(String(ordered));
  await card.getByRole('button', { name: fill(ko.suggestions.create, { supplier: supplierName }) }).click();

  const order = page.getByRole('region', { name: /PO-\d{4}/ });
  await expect(order.getByText(ko.status.draft, { exact: true })).toBeVisible();
  const label = (await order.getByRole('heading', { level: 2 }).textContent())?.match(/PO-\d{4}/)?.[0] ?? '';
  await order.getByRole('button', { name: ko.order.send }).click();
  await expect(order.getByRole('status')).toContainText(`orders-${stamp}@hanmi.example`);
  await expect(order.getByText(ko.status.sent, { exact: true })).toBeVisible();
  const pdfHref = await order.getByRole('link', { name: ko.order.pdf }).getAttribute('href');
  const pdf = await page.request.get(pdfHref ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Part of it arrives, then the rest.
  const arrived = order.getByRole('textbox', { name: fill(ko.order.receiveFor, { name: nameKo }) });
  await arrived.fill('20');
  await order.getByRole('button', { name: ko.order.receive }).click();
  await expect(order.getByText(ko.status.partial, { exact: true })).toBeVisible();
  await expect(
    order
      .getByRole('row', { name: new RegExp(nameKo) })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('20');
  await order.getByRole('button', { name: ko.order.receiveAll }).click();
  await expect(arrived).toHaveValue(String(ordered - 20));
  await order.getByRole('button', { name: ko.order.receive }).click();
  await expect(order.getByText(ko.status.received, { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(label) })).toContainText(ko.status.received);
  await expectNoSeriousViolations(page, 'received order');

  // The stock page shows the 16 that were left plus everything received.
  await page.goto(`/my/business/${slug}/inventory`);
  await page.getByRole('searchbox', { name: inventoryKo.search }).fill(sku);
  const row = page.getByRole('row', { name: new RegExp(sku) });
  await expect(row.getByRole('cell').nth(3)).toHaveText(String(16 + ordered));
});
