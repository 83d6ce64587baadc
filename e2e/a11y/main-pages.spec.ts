import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { businessSlug, inviteAndReadLink, signIn } from '../support/api.ts';

/** Waits for the page to render, then checks it with axe. */
async function expectPageAccessible(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page);
}

for (const locale of ['en-US', 'ko-KR']) {
  test.describe(`main pages (${locale})`, () => {
    test.use({ locale });

    test('public pages', async ({ page }) => {
      const slug = await businessSlug(page.request, 'kacc-dallas', 'Han Mart');
      for (const path of ['/', '/login', '/forgot-password', '/o/kacc-dallas', `/directory/${slug}`]) {
        await page.goto(path);
        await expectPageAccessible(page);
      }
    });

    test('signed-in pages', async ({ page }) => {
      await signIn(page.request, 'owner@hanmart.example');
      const slug = await businessSlug(page.request, 'kacc-dallas', 'Han Mart');
      for (const path of ['/account', `/my/business/${slug}`, `/directory/${slug}`]) {
        await page.goto(path);
        await expectPageAccessible(page);
      }
    });

    test('invitation page', async ({ page, browser }) => {
      const csrfToken = await signIn(page.request, 'staff@kaccdallas.org');
      const link = await inviteAndReadLink(page.request, csrfToken, 'kacc-dallas', {
        email: `a11y.${locale}.${Date.now()}@example.com`,
        role: 'partner',
        locale: 'en',
      });
      const context = await browser.newContext({ locale });
      const invitee = await context.newPage();
      await invitee.goto(link);
      await expectPageAccessible(invitee);
      await context.close();
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, locale: 'ko-KR' });

  test('pages fit the screen and the menu opens', async ({ page }) => {
    const slug = await businessSlug(page.request, 'kacc-dallas', 'Han Mart');
    for (const path of ['/', '/o/kacc-dallas', `/directory/${slug}`, '/login']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} scroll width`).toBeLessThanOrEqual(375);
    }
    await page.getByRole('button', { name: '메뉴' }).click();
    await expect(page.getByRole('navigation').getByRole('link', { name: '홈' })).toBeVisible();
    await expectPageAccessible(page);
  });
});
