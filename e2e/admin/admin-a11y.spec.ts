import { expect, test } from '@playwright/test';
import ko from '../../web/src/admin/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

const tabs = Object.keys(ko.tabs) as (keyof typeof ko.tabs)[];

test('every admin tab passes axe', async ({ page }) => {
  await signIn(page.request, 'staff@kaccdallas.org');
  await page.goto('/admin/kacc-dallas');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const tab of tabs) {
    await page.getByRole('tab', { name: ko.tabs[tab] }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(panel.locator('.mantine-Loader-root')).toHaveCount(0);
    await expectNoSeriousViolations(page, tab);
  }
});

test('the import mapping step and a new token pass axe', async ({ page }) => {
  await signIn(page.request, 'staff@kaccdallas.org');
  await page.goto('/admin/kacc-dallas?tab=import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: ko.import.file }).click();
  await (
    await chooser
  ).setFiles({
    name: 'members.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('이메일,상호명\r\na11y@example.com,접근성 상점\r\n', 'utf8'),
  });
  await expect(page.getByRole('table', { name: ko.import.mappingTitle })).toBeVisible();
  await expectNoSeriousViolations(page, 'import mapping');

  await page.getByRole('tab', { name: ko.tabs.tokens }).click();
  await page.getByRole('textbox', { name: ko.tokens.name }).fill('접근성 점검');
  await page.getByRole('button', { name: ko.tokens.create }).click();
  await expect(page.getByRole('button', { name: ko.tokens.copy })).toBeVisible();
  await expectNoSeriousViolations(page, 'token created');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('admin tabs fit the screen; wide tables scroll inside their box', async ({ page }) => {
    await signIn(page.request, 'staff@kaccdallas.org');
    for (const tab of ['members', 'invitations', 'pillars', 'outbox']) {
      await page.goto(`/admin/kacc-dallas?tab=${tab}`);
      await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${tab} scroll width`).toBeLessThanOrEqual(375);
    }
  });
});
