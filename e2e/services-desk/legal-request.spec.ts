import { expect, test } from '@playwright/test';
import ko from '../../web/src/services-desk/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The member and both partners use Korean.
test.use({ locale: 'ko-KR' });

const fill = (text: string, params: Record<string, string | number>) =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{{${k}}}`, String(v)), text);

test('a member files a legal request in Korean, two partners opt in, the member picks one, contacts are exchanged', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  // The chamber's admin vets both legal partners for Legal Support (no weekly limit, within 60 miles).
  const admin = await playwright.request.newContext({ baseURL });
  const adminCsrf = await signIn(admin, 'staff@kaccdallas.org');
  for (const slug of ['kim-lee-law', 'secure-korea']) {
    const vetted = await admin.put(
      `/api/v1/organizations/kacc-dallas/service-desk/pillars/legal/partners/${slug}`,
      {
        data: {
          weeklyCapacity: null,
          zips: [],
          radiusMiles: 60,
          languages: ['ko', 'en'],
          sizes: ['solo', 'small', 'medium', 'large'],
        },
        headers: { 'x-csrf-token': adminCsrf },
      },
    );
    expect(vetted.status(), await vetted.text()).toBe(200);
  }

  // The member asks for help, in Korean, from a phone-sized screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page.request, 'owner@hanmart.example');
  await page.goto('/my/business/han-mart/help');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fill(ko.ask.title, { name: '한마트' }));
  const title = `임대차 계약 검토 ${Date.now()}`;
  const form = page.getByRole('form', { name: ko.ask.form });
  await form.getByRole('textbox', { name: ko.ask.pillar }).click();
  await page.getByRole('option', { name: '법률 지원' }).click();
  await form.getByRole('textbox', { name: ko.ask.requestTitle }).fill(title);
  await form
    .getByRole('textbox', { name: ko.ask.description })
    .fill('새 매장 임대차 계약서를 이번 주 안에 검토받고 싶습니다.');
  await form.getByRole('radio', { name: '임대차 계약' }).check();
  await expectNoSeriousViolations(page, 'ask for help form');
  await form.getByRole('button', { name: ko.ask.submit }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(fill(ko.request.routed_other, { count: 2 }))).toBeVisible();
  const requestUrl = page.url();

  // SecureKorea opts in from its inbox, disclosing its commercial interest.
  const partnerContext = await browser.newContext({ locale: 'ko-KR', baseURL });
  const partner = await partnerContext.newPage();
  await signIn(partner.request, 'partner@securekorea.example');
  await partner.goto('/help/inbox');
  const card = partner.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  const proposalForm = card.getByRole('form', { name: fill(ko.inbox.form, { title }) });
  await proposalForm
    .getByRole('textbox', { name: ko.inbox.proposal })
    .fill('보안 관련 임대 조항을 함께 검토해 드립니다.');
  await proposalForm.getByRole('checkbox', { name: ko.inbox.hasInterest }).check();
  await proposalForm
    .getByRole('textbox', { name: ko.inbox.disclosure })
    .fill('저희 보안 장비 설치를 함께 제안할 수 있습니다.');
  await expectNoSeriousViolations(partner, 'partner inbox');
  await proposalForm.getByRole('button', { name: ko.inbox.submit }).click();
  await expect(card.getByText(ko.inbox.sent)).toBeVisible();

  // Kim & Lee Law Group opts in too, from its own login.
  const lawContext = await browser.newContext({ locale: 'ko-KR', baseURL });
  const law = await lawContext.newPage();
  await signIn(law.request, 'partner@kimleelaw.example');
  await law.goto('/help/inbox');
  const lawCard = law.getByRole('article', { name: title });
  const lawForm = lawCard.getByRole('form', { name: fill(ko.inbox.form, { title }) });
  await lawForm
    .getByRole('textbox', { name: ko.inbox.proposal })
    .fill('한국어로 임대차 계약서를 검토하고 재협상을 도와드립니다. 첫 상담 무료.');
  await lawForm.getByRole('button', { name: ko.inbox.submit }).click();
  await expect(lawCard.getByText(ko.inbox.sent)).toBeVisible();

  // The member compares the two proposals, picks Kim & Lee, and sees its contact details.
  await page.goto(requestUrl);
  const kimLee = page.getByRole('article', { name: '김앤리 법률그룹' });
  const secure = page.getByRole('article', { name: '시큐어코리아 보안시스템' });
  await expect(kimLee).toBeVisible();
  await expect(secure.getByText(/보안 장비 설치/)).toBeVisible();
  await expect(kimLee.getByRole('group', { name: ko.request.contact })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'request with two proposals');
  await kimLee
    .getByRole('checkbox', { name: fill(ko.request.pickLabel, { name: '김앤리 법률그룹' }) })
    .check();
  await page.getByRole('button', { name: ko.request.pick }).click();
  await expect(kimLee.getByText(ko.request.picked)).toBeVisible();
  await expect(kimLee.getByRole('link', { name: 'contact@kimleelaw.example' })).toBeVisible();
  await expect(secure.getByRole('group', { name: ko.request.contact })).toHaveCount(0);

  // The law firm now sees the member's contact details.
  await law.reload();
  await expect(law.getByRole('article', { name: title }).getByText(ko.inbox.picked)).toBeVisible();
  await expect(
    law.getByRole('article', { name: title }).getByRole('group', { name: ko.request.contact }),
  ).toBeVisible();

  // Both sides got the contacts by e-mail (the outbox, read by the chamber's admin).
  const outbox = (await (await admin.get('/api/v1/organizations/kacc-dallas/outbox')).json()) as {
    toAddress: string;
    subject: string;
  }[];
  const contactMails = outbox.filter((m) => m.subject.includes(title));
  expect(contactMails.map((m) => m.toAddress)).toEqual(
    expect.arrayContaining(['owner@hanmart.example', 'partner@kimleelaw.example']),
  );

  // The chamber's desk, on a phone: vetted partners, questions per pillar, unanswered requests.
  const deskContext = await browser.newContext({
    locale: 'ko-KR',
    baseURL,
    viewport: { width: 390, height: 844 },
  });
  const desk = await deskContext.newPage();
  await signIn(desk.request, 'staff@kaccdallas.org');
  await desk.goto('/service-desk/kacc-dallas');
  await expect(desk.getByRole('heading', { level: 1 })).toContainText('서비스 데스크');
  await expect(desk.getByRole('cell', { name: '김앤리 법률그룹' }).first()).toBeVisible();
  await expectNoSeriousViolations(desk, 'services desk');
  await deskContext.close();
  await partnerContext.close();
  await lawContext.close();
  await admin.dispose();
});
