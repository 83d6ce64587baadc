import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { businessSlug, signIn } from '../support/api.ts';

test.use({ locale: 'ko-KR' });

const phone = { width: 390, height: 844 };

test('the owner edits the mini-site; it renders on a phone in Korean without JavaScript', async ({
  page,
  browser,
}) => {
  await signIn(page.request, 'owner@hanmart.example');
  const slug = await businessSlug(page.request, 'kacc-dallas', 'Han Mart');
  const tagline = `신선한 한국 식품, 매일 (${Date.now()})`;

  await page.goto(`/my/business/${slug}`);
  await page.getByRole('link', { name: '미니 사이트' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /미니 사이트/ })).toBeVisible();
  await page.getByLabel('한 줄 소개(한국어)').fill(tagline);
  await page.getByRole('radio', { name: '따뜻한' }).check();
  await page.getByRole('button', { name: '텍스트와 테마 저장' }).click();
  await expect(page.getByRole('status')).toHaveText('저장했습니다. 페이지를 열어 확인하세요.');
  await page.getByLabel('월요일 여는 시간').fill('09:00');
  await page.getByLabel('월요일 닫는 시간').fill('21:00');
  await page.getByRole('button', { name: '영업시간 저장' }).click();
  await expect(page.getByText('영업시간을 저장했습니다.')).toBeVisible();
  const qr = await page.request.get(`/b/${slug}/qr.svg`);
  expect(qr.headers()['content-type']).toContain('image/svg+xml');

  // The mini-site itself, as a visitor's phone with scripts turned off sees it.
  const noScript = await browser.newContext({ locale: 'ko-KR', viewport: phone, javaScriptEnabled: false });
  const visitor = await noScript.newPage();
  const response = await visitor.goto(`/b/${slug}`);
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(visitor.locator('body')).toHaveClass('theme-warm');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('한마트');
  await expect(visitor.getByText(tagline)).toBeVisible();
  await expect(visitor.getByRole('row', { name: /월요일/ })).toContainText('09:00–21:00');
  await expect(visitor.getByRole('link', { name: '다리(Dari)에서 소개 요청하기' })).toHaveAttribute(
    'href',
    new RegExp(`/directory/${slug}$`),
  );
  await expect(visitor.getByRole('link', { name: 'English' })).toBeVisible();
  await noScript.close();

  // axe needs scripts in the page, so it checks the same URL in a context with them on.
  const withScript = await browser.newContext({ locale: 'ko-KR', viewport: phone });
  const checked = await withScript.newPage();
  await checked.goto(`/b/${slug}`);
  await expect(checked.getByRole('heading', { level: 1 })).toHaveText('한마트');
  const overflow = await checked.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling on a phone').toBeLessThanOrEqual(0);
  await expectNoSeriousViolations(checked, 'mini-site on a phone');
  await withScript.close();

  // Signed in, the link leads to the directory page, where introductions are requested.
  await page.goto(`/b/${slug}`);
  await page.getByRole('link', { name: '다리(Dari)에서 소개 요청하기' }).click();
  await expect(page).toHaveURL(new RegExp(`/directory/${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: '한마트' })).toBeVisible();
});
