import { expect, test } from '@playwright/test';
import ko from '../../web/src/group-buying/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Both store owners use Korean; their browsers say so too.
test.use({ locale: 'ko-KR' });

const form = (store: string) => ko.commit.form.replace('{{store}}', store);
const units = (pooled: number, target: number) =>
  ko.units.replace('{{pooled}}', String(pooled)).replace('{{target}}', String(target));

test('a store starts a group order, a neighbour joins, and the organizer sees the pooled order', async ({
  page,
  browser,
}) => {
  await signIn(page.request, 'owner@hanmart.example');
  await page.goto('/group-buying/kacc-dallas');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ko.title);
  await expectNoSeriousViolations(page, 'group buying page');

  const title = `신라면 박스 ${Date.now()}`;
  const create = page.getByRole('form', { name: ko.create.title });
  await create.getByRole('textbox', { name: ko.create.titleKo, exact: true }).fill(title);
  await create.getByRole('textbox', { name: ko.create.titleEn, exact: true }).fill('Shin Ramyun case');
  await create.getByRole('textbox', { name: ko.create.supplierName, exact: true }).fill('Hanmi Foods');
  await create.getByRole('textbox', { name: ko.create.supplierSku, exact: true }).fill('HM-SHIN-40');
  await create.getByRole('textbox', { name: ko.create.unitCost, exact: true }).fill('24');
  await create.getByRole('textbox', { name: ko.create.breakCost, exact: true }).fill('20.5');
  await create.getByRole('textbox', { name: ko.create.breakQuantity, exact: true }).fill('100');
  await expect(create.getByRole('combobox', { name: ko.create.store })).toHaveValue('han-mart');
  await create.getByRole('button', { name: ko.create.submit }).click();

  const detail = page.getByRole('region', { name: title });
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(/order=/);
  const orderUrl = page.url();
  const hanForm = detail.getByRole('form', { name: form('한마트') });
  await hanForm.getByRole('textbox', { name: ko.commit.quantity.replace('{{store}}', '한마트') }).fill('60');
  await hanForm.getByRole('button', { name: ko.commit.join }).click();
  await expect(hanForm.getByRole('status')).toHaveText(ko.commit.joined_other.replace('{{count}}', '60'));

  // Gogi House's owner, in the same organization, joins from their own browser.
  const neighbour = await browser.newContext({ locale: 'ko-KR', baseURL: new URL(orderUrl).origin });
  const gogi = await neighbour.newPage();
  await signIn(gogi.request, 'owner@gogihouse.example');
  await gogi.goto(orderUrl);
  const gogiDetail = gogi.getByRole('region', { name: title });
  await expect(gogiDetail.getByText(units(60, 100))).toBeVisible();
  // Another store sees the total, not who committed what.
  await expect(gogiDetail.getByRole('heading', { name: ko.pooled.title })).toHaveCount(0);
  const gogiForm = gogiDetail.getByRole('form', { name: form('고기하우스 코리안 바비큐') });
  await gogiForm.getByRole('textbox', { name: /수량/ }).fill('50');
  await gogiForm.getByRole('button', { name: ko.commit.join }).click();
  await expect(gogiDetail.getByText(units(110, 100))).toBeVisible();
  await expectNoSeriousViolations(gogi, 'group order as a joining store');
  await neighbour.close();

  // The organizer sees the pooled order, store by store, and the break reached.
  await page.reload();
  await expect(
    detail.getByRole('progressbar', { name: ko.progressOf.replace('{{title}}', title) }),
  ).toHaveAttribute('aria-valuenow', '100');
  const pooled = detail.getByRole('region', { name: ko.pooled.title });
  await expect(pooled.getByRole('row', { name: /고기하우스 코리안 바비큐/ })).toContainText('50');
  await expect(pooled.getByRole('row', { name: /한마트/ })).toContainText('60');
  await expect(pooled.getByRole('row', { name: new RegExp(ko.pooled.total) })).toContainText('110');
  await expect(detail.getByText(ko.detail.reached)).toBeVisible();

  await detail.getByRole('button', { name: ko.manage.close }).click();
  await detail.getByRole('button', { name: ko.manage.yes.close }).click();
  await expect(detail.getByText(ko.status.closed, { exact: true })).toBeVisible();
  // Neither demo store has Hanmi Foods in its books yet: each is told to add the supplier.
  await expect(pooled.getByText(ko.pooled.notMade)).toHaveCount(2);
  await expectNoSeriousViolations(page, 'closed group order');
});
