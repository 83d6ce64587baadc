import { expect, test } from '@playwright/test';
import en from '../../web/src/locales/matchmaking.en.ts';
import ko from '../../web/src/locales/matchmaking.ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

test('a member saves a search, sees what it filters by in English, runs it again and deletes it', async ({
  page,
}) => {
  await signIn(page.request, 'founders@nuriai.example');
  await page.goto('/search?q=security&language=ko&side=offers&near=75080&radiusMiles=25');
  const saved = page.getByRole('region', { name: en.search.savedTitle });
  await expect(saved.getByText(en.search.savedEmpty)).toBeVisible();

  await page.getByRole('textbox', { name: en.search.saveName }).fill('Korean-speaking security');
  await page.getByRole('button', { name: en.search.saveSearch }).click();
  await expect(page.getByRole('status').filter({ hasText: en.search.saved })).toBeVisible();
  const list = saved.getByRole('list', { name: en.search.savedList });
  const item = list.getByRole('listitem').filter({ hasText: 'Korean-speaking security' });
  await expect(item).toHaveCount(1);
  for (const line of [
    'Words: “security”',
    'Language spoken: Korean',
    'Show: Offers',
    'Within 25 mi of ZIP 75080',
  ]) {
    await expect(item.getByText(line, { exact: true })).toBeVisible();
  }

  // Running it again from another search restores every filter in the address.
  await page.goto('/search?q=tax');
  await page.getByRole('link', { name: 'Run “Korean-speaking security”' }).click();
  await expect(page).toHaveURL(/q=security/);
  await expect(page).toHaveURL(/radiusMiles=25/);
  await expect(page.getByRole('searchbox', { name: en.search.query })).toHaveValue('security');

  await expectNoSeriousViolations(page, 'search with saved searches');
  await saved.getByRole('button', { name: 'Delete saved search “Korean-speaking security”' }).click();
  await expect(saved.getByRole('status')).toHaveText('Saved search “Korean-speaking security” deleted.');
  await expect(saved.getByText(en.search.savedEmpty)).toBeVisible();
  await page.reload();
  await expect(saved.getByText(en.search.savedEmpty)).toBeVisible();
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('a member asks for an introduction from a business profile', async ({ page }) => {
    await signIn(page.request, 'owner@gogihouse.example');
    await page.goto('/directory/royal-lane-food-mart');
    await expect(page.getByRole('heading', { level: 1, name: '로얄레인 푸드마트' })).toBeVisible();
    // One business of mine, so nothing to choose on whose behalf.
    await expect(page.getByRole('combobox', { name: ko.introduce.onBehalfOf })).toHaveCount(0);
    await page.getByRole('button', { name: ko.introduce.fromProfile, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '로얄레인 푸드마트에 소개 요청' });
    await dialog
      .getByRole('textbox', { name: ko.introduce.message })
      .fill('같은 상권 매장끼리 공동 홍보를 제안드립니다.');
    await expectNoSeriousViolations(page, 'business profile with the introduction dialog');
    await dialog.getByRole('button', { name: ko.introduce.send }).click();
    await expect(dialog.getByRole('status')).toHaveText(ko.introduce.sent);
    await dialog.getByRole('link', { name: ko.introduce.view }).click();
    await expect(page.getByText('같은 상권 매장끼리 공동 홍보를 제안드립니다.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('로얄레인 푸드마트');

    // My own profile offers no introduction to myself.
    await page.goto('/directory/gogi-house-bbq');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: ko.introduce.fromProfile, exact: true })).toHaveCount(0);
  });
});

test.describe('the admin members table at desktop width', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const [email, org] of [
    ['staff@kaccdallas.org', 'kacc-dallas'],
    ['staff@richardsonchamber.org', 'richardson-chamber'],
  ] as const) {
    test(`shows whole role and status labels (${org})`, async ({ page }) => {
      await signIn(page.request, email);
      await page.goto(`/admin/${org}`);
      const table = page.getByRole('table');
      await expect(table.getByRole('combobox').first()).toBeVisible();
      const clipped = await table.evaluate((root) => {
        const found: string[] = [];
        const ruler = document.createElement('span');
        ruler.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
        document.body.append(ruler);
        for (const select of root.querySelectorAll('select')) {
          const style = getComputedStyle(select);
          ruler.style.font = style.font;
          ruler.textContent = select.selectedOptions[0]?.textContent ?? '';
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (ruler.offsetWidth > room) {
            found.push(`select "${ruler.textContent}" needs ${ruler.offsetWidth}px, has ${room}px`);
          }
        }
        for (const label of root.querySelectorAll<HTMLElement>('.mantine-Badge-label')) {
          if (label.scrollWidth > label.clientWidth) {
            found.push(
              `badge "${label.textContent}" needs ${label.scrollWidth}px, has ${label.clientWidth}px`,
            );
          }
        }
        ruler.remove();
        return found;
      });
      expect(clipped).toEqual([]);
    });
  }
});

test('a partner declines with a short note that the requester reads in the timeline', async ({
  page,
  browser,
}) => {
  const requester = await browser.newContext({ locale: 'en-US' });
  const csrfToken = await signIn(requester.request, 'founders@nuriai.example');
  const response = await requester.request.post('/api/v1/introductions', {
    data: { fromSlug: 'nuri-ai-labs', toSlug: 'gogi-house-bbq', message: 'Demand forecasting for your BBQ?' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { introduction } = (await response.json()) as { introduction: { id: string } };

  await signIn(page.request, 'owner@gogihouse.example');
  await page.goto(`/introductions/${introduction.id}`);
  await page.getByRole('button', { name: ko.introduction.decline, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: ko.introduction.declineTitle });
  await dialog
    .getByRole('textbox', { name: '누리 AI 랩스에 남길 메모 (선택)' })
    .fill('이번 분기는 예약이 찼습니다.');
  await expectNoSeriousViolations(page, 'decline confirmation with its note');
  await dialog.getByRole('button', { name: ko.introduction.declineConfirm, exact: true }).click();
  await expect(dialog).toBeHidden();
  const timeline = page.getByRole('region', { name: ko.introduction.timeline });
  await expect(timeline).toContainText('이번 분기는 예약이 찼습니다.');

  const requesterPage = await requester.newPage();
  await requesterPage.goto(`/introductions/${introduction.id}`);
  await expect(requesterPage.getByRole('region', { name: en.introduction.timeline })).toContainText(
    '이번 분기는 예약이 찼습니다.',
  );
  await requester.close();
});
