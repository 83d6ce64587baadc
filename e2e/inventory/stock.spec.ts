import { expect, test } from '@playwright/test';
import ko from '../../web/src/inventory/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Han Mart's owner uses Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

test('a store owner adds a product, receives it, and is stopped before selling more than is on hand', async ({
  page,
}) => {
  await signIn(page.request, 'owner@hanmart.example');
  const session = (await (await page.request.get('/api/v1/session')).json()) as {
    businesses: { slug: string; nameEn: string }[];
  };
  const slug =
    session.businesses.find((b) => b.nameEn.startsWith('Han Mart'))?.slug ?? session.businesses[0]?.slug;
  expect(slug).toBeTruthy();

  await page.goto(`/my/business/${slug}/inventory`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('재고');
  await expectNoSeriousViolations(page, 'inventory page');

  const sku = `E2E-${Date.now()}`;
  const productForm = page.getByRole('form', { name: ko.product.title });
  await productForm.getByRole('textbox', { name: ko.sku, exact: true }).fill(sku);
  await productForm.getByRole('textbox', { name: ko.product.nameKo }).fill('신라면 멀티팩');
  await productForm.getByRole('textbox', { name: ko.product.nameEn }).fill('Shin Ramyun multipack');
  await productForm.getByRole('textbox', { name: ko.product.unitCost }).fill('450');
  await productForm.getByRole('textbox', { name: ko.product.price }).fill('699');
  await productForm.getByRole('button', { name: ko.product.submit }).click();

  const row = page.getByRole('row', { name: new RegExp(sku) });
  await expect(row).toContainText('신라면 멀티팩');
  await row.getByRole('button', { name: ko.record.replace('{{sku}}', sku) }).click();

  const movementForm = page.getByRole('form', { name: ko.movement.title });
  await expect(movementForm.getByRole('textbox', { name: ko.movement.sku })).toHaveValue(sku);
  await movementForm.getByRole('textbox', { name: ko.movement.quantity }).fill('12');
  await movementForm.getByRole('button', { name: ko.movement.submit }).click();
  await expect(movementForm.getByRole('status')).toContainText('12');
  await expect(row.getByRole('cell').nth(3)).toHaveText('12');

  // Selling 20 of 12 is refused in Korean, nothing recorded; recorded anyway it shows as -8.
  await movementForm.getByText(ko.movement.kinds.sale, { exact: true }).click();
  await movementForm.getByRole('textbox', { name: ko.movement.quantity }).fill('20');
  await movementForm.getByRole('button', { name: ko.movement.submit }).click();
  await expect(movementForm.getByRole('alert')).toContainText('재고가 부족합니다');
  await expect(row.getByRole('cell').nth(3)).toHaveText('12');
  await movementForm.getByRole('checkbox', { name: ko.movement.allowNegative }).check();
  await movementForm.getByRole('button', { name: ko.movement.submit }).click();
  await expect(row.getByRole('cell').nth(3)).toHaveText('-8');
  await expectNoSeriousViolations(page, 'after recording');
});
