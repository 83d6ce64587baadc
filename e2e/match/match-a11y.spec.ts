import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ko from '../../web/src/locales/matchmaking.ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

/** Waits for the page to render, then checks it with axe. */
async function expectPageAccessible(page: Page, where: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await expectNoSeriousViolations(page, where);
}

/** Gogi House asks SecureKorea for an introduction (its own pair, apart from the main browser test). */
async function requestIntroduction(request: APIRequestContext): Promise<string> {
  const csrfToken = await signIn(request, 'owner@gogihouse.example');
  const response = await request.post('/api/v1/introductions', {
    data: {
      fromSlug: 'gogi-house-bbq',
      toSlug: 'secure-korea',
      message: '매장 보안 카메라 상담 부탁드립니다.',
    },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect([200, 201], await response.text()).toContain(response.status());
  const body = (await response.json()) as { introduction: { id: string } };
  return body.introduction.id;
}

test.use({ locale: 'ko-KR' });

test('search, matches, introductions and notifications pass axe', async ({ page, browser }) => {
  // A dozen axe runs over three accounts: near the default minute on a busy 2-core machine.
  test.slow();
  await page.goto('/search?q=보안');
  await expect(page.getByRole('list', { name: ko.search.resultsLabel })).toBeVisible();
  await expectPageAccessible(page, 'search (signed out)');

  const id = await requestIntroduction(page.request);
  await page.goto('/search?q=ㅂㅇ&near=mine&radiusMiles=25');
  await expect(page.getByRole('list', { name: ko.search.resultsLabel })).toBeVisible();
  await expectPageAccessible(page, 'search (signed in, near my business)');

  await page.goto('/my/business/gogi-house-bbq/matches');
  await expect(page.getByRole('heading', { name: ko.matches.leadsTitle })).toBeVisible();
  await expectPageAccessible(page, 'matches');
  await page.getByRole('button', { name: ko.matches.introduce }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectPageAccessible(page, 'introduction request dialog');
  await page.keyboard.press('Escape');

  await page.goto('/introductions');
  await expect(page.getByRole('region', { name: ko.introductions.sent })).toBeVisible();
  await expectPageAccessible(page, 'introductions');
  await page.goto(`/introductions/${id}`);
  await expect(page.getByRole('heading', { name: ko.introduction.timeline })).toBeVisible();
  await expectPageAccessible(page, 'introduction (requester)');

  const context = await browser.newContext({ locale: 'ko-KR' });
  const partner = await context.newPage();
  await signIn(partner.request, 'partner@securekorea.example');
  await partner.goto(`/introductions/${id}`);
  await expect(partner.getByRole('button', { name: ko.introduction.accept, exact: true })).toBeVisible();
  await expectPageAccessible(partner, 'introduction (recipient, to answer)');
  await partner.getByRole('button', { name: ko.introduction.accept, exact: true }).click();
  await expect(partner.getByRole('heading', { name: ko.introduction.closeTitle })).toBeVisible();
  await expectPageAccessible(partner, 'introduction (accepted)');
  await partner.goto('/my/business/secure-korea');
  await expect(partner.getByRole('heading', { name: ko.capacity.title })).toBeVisible();
  await expectPageAccessible(partner, 'partner business with capacity');
  await context.close();

  const adminContext = await browser.newContext({ locale: 'ko-KR' });
  const admin = await adminContext.newPage();
  await signIn(admin.request, 'staff@kaccdallas.org');
  await admin.goto('/admin/kacc-dallas?tab=pipeline');
  await expect(admin.getByRole('link', { name: /고기하우스|Gogi/ }).first()).toBeVisible();
  await expectPageAccessible(admin, 'admin pipeline with cards');
  await adminContext.close();

  await page.goto('/notifications');
  await expect(page.getByRole('list', { name: ko.notifications.title })).toBeVisible();
  await expectPageAccessible(page, 'notifications');
  await page.goto('/account');
  await expect(page.getByRole('radiogroup', { name: ko.emailSettings.label })).toBeVisible();
  await expectPageAccessible(page, 'account with e-mail settings');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the new pages fit the screen', async ({ page }) => {
    await signIn(page.request, 'owner@hanmart.example');
    for (const path of [
      '/search?q=보안',
      '/my/business/han-mart/matches',
      '/introductions',
      '/notifications',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} scroll width`).toBeLessThanOrEqual(375);
    }
    await expectPageAccessible(page, 'notifications on a phone');
  });
});
