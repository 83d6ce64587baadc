import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import text from '../../web/src/inventory/catalogue/locales/ko.ts';
import inventory from '../../web/src/inventory/locales/ko.ts';
import { signIn } from '../support/api.ts';

// Han Mart's owner uses Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

const stamp = Date.now();
// Other SKUs than the demo catalogue's (HM-…), and a barcode no demo product has.
const skus = [`E2E-CAT-${stamp}-1`, `E2E-CAT-${stamp}-2`];
const barcode = `99${String(stamp).slice(-11)}`;

/** A catalogue as a Korean store keeps it in Excel: Korean headers, UTF-8 with a BOM, CRLF line ends. */
function catalogueCsv(secondPrice: string): Buffer {
  const lines = [
    '상품코드,바코드,상품명,영문 상품명,원가,판매가,공급업체,입수량,재고',
    `${skus[0]},${barcode},불닭볶음면 5입,Buldak noodles 5-pack,4.10,$6.99,삼양식품,8,16`,
    `${skus[1]},,바나나맛 우유,Banana milk,0.95,${secondPrice},빙그레,24,30`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]);
}

async function chooseFile(dialog: Locator, page: Page, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: text.file }).click();
  await (await chooser).setFiles({ name: '상품목록.csv', mimeType: 'text/csv', buffer });
}

/**
 * No serious WCAG 2.1 A/AA violation in the part of the page this feature adds (the import dialog, the barcode
 * lookup); the page around it is checked by stock.spec.ts.
 */
async function expectAccessible(page: Page, selector: string, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

function summaryValue(dialog: Locator, label: string) {
  return dialog
    .locator('div', { has: dialog.page().getByRole('term').filter({ hasText: label }) })
    .last()
    .getByRole('definition');
}

test('a store owner dry-runs and imports a Korean catalogue, then finds the product with its count', async ({
  page,
}) => {
  await signIn(page.request, 'owner@hanmart.example');
  await page.goto('/my/business/han-mart/inventory');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('재고');

  await page.getByRole('button', { name: text.open }).click();
  const dialog = page.getByRole('dialog', { name: text.title });
  await expect(dialog).toBeVisible();

  // A price written with a decimal comma: the dry run names its line and field, and import stays off.
  await chooseFile(dialog, page, catalogueCsv('"1,69"'));
  await expect(dialog.getByText(text.encodings['utf-8-bom'])).toBeVisible();
  await expect(
    dialog.getByRole('combobox', { name: text.targetFor.replace('{{header}}', '상품코드') }),
  ).toHaveValue('sku');
  await expect(
    dialog.getByRole('combobox', { name: text.targetFor.replace('{{header}}', '재고') }),
  ).toHaveValue('onHand');
  await dialog.getByRole('button', { name: text.dryRun }).click();
  const rowErrors = dialog.getByRole('table', { name: text.errorsTitle });
  await expect(rowErrors).toBeVisible();
  const firstError = rowErrors.getByRole('row').nth(1);
  await expect(firstError.getByRole('cell').first()).toHaveText('3');
  await expect(firstError).toContainText(text.fields.price);
  await expect(firstError).toContainText('3.49 또는 $1,234.50');
  await expect(dialog.getByRole('button', { name: text.commit, exact: true })).toBeDisabled();
  await expectAccessible(page, '[role="dialog"]', 'dry-run report');

  // The corrected file: a clean dry run, then the import and what it did.
  await chooseFile(dialog, page, catalogueCsv('1.69'));
  await expect(dialog.getByText(text.rowCount)).toContainText('2');
  await dialog.getByRole('button', { name: text.dryRun }).click();
  await expect(dialog.getByText(text.dryRunClean)).toBeVisible();
  await expect(summaryValue(dialog, text.summary.created)).toHaveText('2');
  await dialog.getByRole('button', { name: text.commit, exact: true }).click();
  await expect(dialog.getByText(text.done)).toBeVisible();
  await expect(summaryValue(dialog, text.summary.created)).toHaveText('2');
  await expect(summaryValue(dialog, text.summary.counted)).toHaveText('2');
  await dialog.getByRole('button', { name: text.close }).click();
  await expect(dialog).toBeHidden();

  // The product is in the list with the counted on-hand.
  await page.getByRole('searchbox', { name: inventory.search }).fill(skus[0] ?? '');
  const row = page.getByRole('row', { name: new RegExp(skus[0] ?? '') });
  await expect(row).toContainText('불닭볶음면 5입');
  await expect(row.getByRole('cell').nth(3)).toHaveText('16');

  // Stock counts by barcode: typed (as a scanner types it, ending with Enter), it picks the product.
  const movementForm = page.getByRole('form', { name: inventory.movement.title });
  await movementForm.getByRole('textbox', { name: text.barcode.label }).fill(barcode);
  await movementForm.getByRole('textbox', { name: text.barcode.label }).press('Enter');
  await expect(movementForm.getByRole('textbox', { name: inventory.movement.sku })).toHaveValue(
    skus[0] ?? '',
  );
  await expect(movementForm.getByRole('status')).toContainText('불닭볶음면 5입');
  await expectAccessible(page, `form[aria-label="${inventory.movement.title}"]`, 'barcode lookup');
});
