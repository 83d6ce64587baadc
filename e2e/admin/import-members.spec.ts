import { expect, test, type Page } from '@playwright/test';
import ko from '../../web/src/admin/locales/ko.ts';
import { signIn } from '../support/api.ts';

// staff@kaccdallas.org prefers Korean, so the admin area opens in Korean.
const text = ko.import;
const stamp = Date.now();
const emails = [`import.a.${stamp}@example.com`, `import.b.${stamp}@example.com`];

/** A spreadsheet as Korean chambers keep it: Korean headers, UTF-8 with a BOM, CRLF line ends. */
function memberCsv(secondEmail: string): Buffer {
  const lines = [
    '이메일,상호명,영문 상호,전화번호,우편번호,비고',
    `${emails[0]},다리 테스트 식당,Dari Test Kitchen,214-555-0101,75006,"불고기, 비빔밥"`,
    `${secondEmail},다리 테스트 미용,Dari Test Beauty,972-555-0102,75080,`,
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]);
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: text.file }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

function summaryValue(page: Page, label: string) {
  return page
    .locator('div', { has: page.getByRole('term').filter({ hasText: label }) })
    .last()
    .getByRole('definition');
}

test('an org admin maps, dry-runs and imports a Korean CSV, then exports it', async ({ page }) => {
  await signIn(page.request, 'staff@kaccdallas.org');
  await page.goto('/admin/kacc-dallas');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('관리');
  await page.getByRole('tab', { name: ko.tabs.import }).click();
  await expect(page.getByRole('heading', { name: text.title })).toBeVisible();

  // A broken row: the dry run lists it with its line, and the import stays disabled.
  await chooseFile(page, 'members-broken.csv', memberCsv('not-an-email'));
  await expect(page.getByText(text.encodings['utf-8-bom'])).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: text.targetFor.replace('{{header}}', '이메일') }),
  ).toHaveValue('email');
  await expect(
    page.getByRole('combobox', { name: text.targetFor.replace('{{header}}', '상호명') }),
  ).toHaveValue('nameKo');
  await expect(
    page.getByRole('combobox', { name: text.targetFor.replace('{{header}}', '영문 상호') }),
  ).toHaveValue('nameEn');
  const note = page.getByRole('combobox', { name: text.targetFor.replace('{{header}}', '비고') });
  await expect(note).toHaveValue('');
  await note.selectOption('descriptionKo');
  await page.getByRole('button', { name: text.dryRun }).click();
  const rowErrors = page.getByRole('table', { name: text.errorsTitle });
  await expect(rowErrors).toBeVisible();
  await expect(rowErrors.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('3');
  await expect(rowErrors.getByRole('row').nth(1)).toContainText(text.fieldNames.email);
  await expect(page.getByRole('button', { name: text.commit })).toBeDisabled();

  // The corrected file: a clean dry run, then the import with its summary.
  await chooseFile(page, 'members.csv', memberCsv(emails[1] ?? ''));
  await expect(page.getByRole('table', { name: text.mappingTitle })).toBeVisible();
  await expect(page.getByText(text.rowCount)).toContainText('2');
  await page
    .getByRole('combobox', { name: text.targetFor.replace('{{header}}', '비고') })
    .selectOption('descriptionKo');
  await page.getByRole('button', { name: text.dryRun }).click();
  await expect(page.getByText(text.dryRunClean)).toBeVisible();
  await expect(summaryValue(page, text.summary.valid)).toHaveText('2');
  await page.getByRole('button', { name: text.commit }).click();
  await expect(page.getByText(text.commitDone)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: text.progressLabel })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expect(summaryValue(page, text.summary.created)).toHaveText('2');

  // Re-running the same file creates no duplicates.
  await page.getByRole('button', { name: text.startOver }).click();
  await chooseFile(page, 'members.csv', memberCsv(emails[1] ?? ''));
  await page
    .getByRole('combobox', { name: text.targetFor.replace('{{header}}', '비고') })
    .selectOption('descriptionKo');
  await page.getByRole('button', { name: text.dryRun }).click();
  await expect(page.getByText(text.dryRunClean)).toBeVisible();
  await page.getByRole('button', { name: text.commit }).click();
  await expect(page.getByText(text.commitDone)).toBeVisible();
  await expect(summaryValue(page, text.summary.created)).toHaveText('0');
  await expect(summaryValue(page, text.summary.unchanged)).toHaveText('2');

  // The export carries the imported businesses.
  await page.getByRole('tab', { name: ko.tabs.export }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: ko.export.csv }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const exported = await page.request.get('/api/v1/organizations/kacc-dallas/exports/members?format=csv');
  expect(exported.status()).toBe(200);
  const csv = await exported.text();
  for (const email of emails) {
    expect(csv).toContain(email);
  }
  expect(csv).toContain('다리 테스트 식당');
});
