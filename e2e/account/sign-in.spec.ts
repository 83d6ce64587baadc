import { expect, test } from '@playwright/test';
import { demoPassword } from '../support/api.ts';

test.use({ locale: 'ko-KR' });

test('sign-in errors are in the visitor’s language; the account language follows the switch', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: '로그인' })).toBeVisible();
  await page.getByRole('textbox', { name: '이메일' }).fill('owner@hanmart.example');
  await page.getByLabel('비밀번호').fill('not-the-password');
  await page.getByRole('button', { name: '로그인' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  expect(await alert.textContent()).toMatch(/[가-힣]/);

  await page.getByLabel('비밀번호').fill(demoPassword);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page).toHaveURL(/\/my\/business\//);

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Business profile' })).toBeVisible();
  await page.goto('/account');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await page.getByRole('button', { name: /한국어/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '내 계정' })).toBeVisible();
});
