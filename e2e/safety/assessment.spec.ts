import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { cyber } from '../../server/modules/assessments/checklists/cyber.ts';
import ko from '../../web/src/safety/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Han Mart's owner uses Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

const mfa = cyber.questions.find((q) => q.id === 'mfa');

test('a store owner takes the cyber checklist in Korean and sees the score and a next step with partners', async ({
  page,
}) => {
  await signIn(page.request, 'owner@hanmart.example');

  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: ko.safetyHub.nav, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: ko.safetyHub.title })).toBeVisible();
  await page.getByRole('link', { name: '한마트 점검' }).click();

  const card = page.getByRole('article', { name: cyber.title.ko });
  await card.getByRole('link', { name: ko.assess.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: cyber.title.ko })).toBeVisible();

  // Everything in place except multi-factor authentication.
  const groups = page.getByRole('radiogroup');
  await expect(groups).toHaveCount(cyber.questions.length);
  for (const group of await groups.all()) {
    await group.getByRole('radio', { name: '예', exact: true }).check();
  }
  await page
    .getByRole('radiogroup', { name: mfa?.text.ko })
    .getByRole('radio', { name: '아니요', exact: true })
    .check();
  await expect(page.getByText('12개 중 12개 답함')).toBeVisible();
  await expectNoSeriousViolations(page, 'checklist form');
  await page.getByRole('button', { name: ko.assess.submit }).click();

  // 52 points in all, MFA is worth 6: 46/52 = 88 % → "good".
  await expect(page.getByRole('heading', { name: ko.assess.result.title })).toBeFocused();
  await expect(page.getByText('88%', { exact: true })).toBeVisible();
  await expect(page.getByText(ko.assess.levels.good, { exact: true }).first()).toBeVisible();

  const step = page.getByRole('article', { name: mfa?.nextStep.ko });
  await expect(step).toContainText('내 답: 아니요');
  const find = step.getByRole('link', { name: '사이버 보안 파트너 찾기' });
  await expect(find).toHaveAttribute('href', /\/search\?pillar=cyber-security&side=offers/);
  await expect(step.getByRole('listitem').first().getByRole('link')).toHaveAttribute(
    'href',
    /^\/directory\//,
  );
  await expectNoSeriousViolations(page, 'checklist result');

  // The link opens the directory search on that pillar's offers.
  await find.click();
  await expect(page).toHaveURL(/\/search\?pillar=cyber-security&side=offers/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the chamber admin reads the safety dashboard, downloads it as CSV and sets the retention period', async ({
  page,
}) => {
  await signIn(page.request, 'staff@kaccdallas.org');
  await page.goto('/safety');
  await page.getByRole('link', { name: '안전 현황판: 달라스 한인상공회의소' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: '안전 현황판: 달라스 한인상공회의소' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: ko.safetyDashboard.incidents.chartLabel })).toBeVisible();
  // The demo's completed checklists show up in the spread.
  const ordinance = page.getByRole('article', { name: '댈러스 편의점 조례 (시 조례 12B장)' });
  await expect(ordinance).toContainText(/회원 사업체 \d+곳 중 [1-9]\d*곳 점검/);
  await expectNoSeriousViolations(page, 'safety dashboard');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: ko.safetyDashboard.download }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('kacc-dallas-safety-dashboard.csv');
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toMatch(/^\uFEFF지표,기간,구분,값\r\n/);

  const months = page.getByRole('textbox', { name: ko.safetyDashboard.retention.label });
  await months.fill('36');
  await page.getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('status')).toHaveText('저장했습니다: 36개월.');
});
