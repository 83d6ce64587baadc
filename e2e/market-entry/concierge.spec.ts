import { expect, test } from '@playwright/test';
import en from '../../web/src/market-entry/locales/en.ts';
import ko from '../../web/src/market-entry/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The company writes from Korea: its browser speaks Korean, and so does its case page.
test.use({ locale: 'ko-KR' });

const standardTitles = [
  '법인 설립',
  'EIN(사업자 납세자 번호) 발급',
  '사업자 은행 계좌 개설',
  '사무실·매장 임대',
  '사업자 보험',
  '인허가와 면허',
  '현지 채용',
  '현지 파트너',
];

test('a Korean company applies, the committee accepts, and the company follows its checklist in Korean', async ({
  page,
  browser,
}) => {
  const company = `서울바이오 ${Date.now()}`;
  const companyEn = `Seoul Bio ${Date.now()}`;
  await page.goto('/market-entry/concierge-committee/apply');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('국제 컨시어지 위원회');
  await expectNoSeriousViolations(page, 'application form');

  const form = page.getByRole('form', { name: ko.apply.submit });
  await form.getByRole('textbox', { name: ko.apply.companyNameKo }).fill(company);
  await form.getByRole('textbox', { name: ko.apply.companyNameEn }).fill(companyEn);
  await expect(form.getByRole('combobox', { name: ko.apply.country })).toHaveValue('KR');
  await expect(form.getByRole('combobox', { name: ko.apply.locale })).toHaveValue('ko');
  await form.getByRole('textbox', { name: ko.apply.industry }).fill('화장품');
  await form.getByRole('textbox', { name: ko.apply.contactName }).fill('박지민');
  await form.getByRole('textbox', { name: ko.apply.contactEmail }).fill('jimin@seoulbio.example');
  await form.getByLabel(ko.apply.targetDate).fill('2020-01-01');
  await form.getByRole('checkbox', { name: ko.steps['entity-formation'] }).check();
  await form.getByRole('checkbox', { name: ko.steps.lease }).check();
  await form.getByRole('button', { name: ko.apply.submit }).click();
  // A date in the past is refused with a Korean message, and nothing is sent.
  await expect(form.getByText(/목표일은 과거일 수 없습니다/)).toBeVisible();
  await form.getByLabel(ko.apply.targetDate).fill('2030-03-02');
  await form.getByRole('button', { name: ko.apply.submit }).click();
  await expect(page.getByRole('heading', { name: ko.apply.sentTitle })).toBeVisible();
  await page.getByRole('link', { name: ko.apply.openCase }).click();
  await expect(page.getByText(ko.case.waiting)).toBeVisible();
  const caseUrl = page.url();

  // The committee's admin (an English speaker) accepts it from the applications list.
  const committee = await browser.newContext({ locale: 'en-US', baseURL: new URL(caseUrl).origin });
  const admin = await committee.newPage();
  await signIn(admin.request, 'staff@concierge.example');
  await admin.goto('/market-entry/concierge-committee');
  await admin.getByRole('link', { name: companyEn }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(companyEn);
  await expectNoSeriousViolations(admin, 'committee application page');
  await admin.getByRole('button', { name: en.detail.accept }).click();
  const steps = admin.getByRole('heading', { level: 3 });
  await expect(steps).toHaveCount(9); // eight steps and the "add a step" form
  const formation = admin.getByRole('form', { name: en.steps['entity-formation'] });
  await formation.getByRole('textbox', { name: en.step.noteForCompany }).fill('여권 사본을 보내 주세요.');
  await formation.getByRole('textbox', { name: en.step.internalNote }).fill('Fee agreed with the firm');
  await formation.getByRole('button', { name: en.step.save }).click();
  await expect(formation.getByText(en.step.saved)).toBeVisible();
  await expectNoSeriousViolations(admin, 'committee checklist');
  await committee.close();

  // The company's private page, on a phone: eight steps in Korean, partners and due dates, nothing internal.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(company);
  const items = page.getByRole('listitem');
  await expect(items).toHaveCount(8);
  for (const [index, title] of standardTitles.entries()) {
    const item = items.nth(index);
    await expect(item.getByRole('heading', { name: title })).toBeVisible();
    await expect(item.getByText(/^마감 /)).toBeVisible();
    await expect(item.getByText(ko.case.partner, { exact: false })).toBeVisible();
    await expect(item.getByRole('link')).toHaveAttribute('href', /^\/b\/[\w-]+$/);
  }
  await expect(items.first().getByRole('link')).toHaveText('김앤리 법률그룹');
  await expect(items.first().getByText('여권 사본을 보내 주세요.', { exact: false })).toBeVisible();
  await expect(page.getByText('Fee agreed with the firm')).toHaveCount(0);
  await expect(
    page.getByText(ko.case.progress.replace('{{done}}', '0').replace('{{total}}', '8')),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'company case page on a phone');

  // A wrong link shows nothing.
  await page.goto('/market-entry/cases/not-a-real-token');
  await expect(page.getByRole('alert')).toBeVisible();
});
