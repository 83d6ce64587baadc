import { expect, test } from '@playwright/test';
import ko from '../../web/src/locales/matchmaking.ko.ts';
import { signIn } from '../support/api.ts';

// Both demo accounts use Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

const partnerName = '시큐어코리아 보안시스템';
const memberName = '한마트';

test('a member searches in Korean, asks for an introduction; the partner accepts; both see the contact', async ({
  page,
  browser,
}) => {
  await signIn(page.request, 'owner@hanmart.example');

  // Search in Korean: a two-syllable word, then its initial consonants.
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '검색', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: ko.search.title })).toBeVisible();
  const results = page.getByRole('list', { name: ko.search.resultsLabel });
  for (const query of ['보안', 'ㅂㅇ']) {
    await page.getByRole('searchbox', { name: ko.search.query }).fill(query);
    await page.getByRole('button', { name: ko.search.submit, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query)}`));
    await expect(results.getByRole('link', { name: partnerName })).toBeVisible();
  }
  await page.getByRole('searchbox', { name: ko.search.query }).fill('보안');
  await page.getByRole('button', { name: ko.search.submit, exact: true }).click();
  await expect(results.locator('mark', { hasText: '보안' }).first()).toBeVisible();

  // Open the matches of my business and ask the partner for an introduction.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: `추천 매칭: ${memberName}` })
    .click();
  const match = page.getByRole('article', { name: partnerName }).first();
  await expect(match).toContainText(/점수 \d+\/100/);
  await expect(match).toContainText('한국어 가능');
  await match.getByRole('button', { name: `${partnerName}에 소개 요청` }).click();
  const dialog = page.getByRole('dialog', { name: `${partnerName}에 소개 요청` });
  await dialog
    .getByRole('textbox', { name: ko.introduce.message })
    .fill('안녕하세요, 한마트입니다. 야간 보안 카메라 교체 상담을 받고 싶습니다.');
  await dialog.getByRole('button', { name: ko.introduce.send }).dblclick();
  await expect(dialog.getByRole('status')).toHaveText(ko.introduce.sent);
  await dialog.getByRole('link', { name: ko.introduce.view }).click();
  await expect(page.getByText(ko.introduction.contactHidden)).toBeVisible();
  const introductionUrl = page.url();

  // The partner finds it (one, despite the double click), accepts, and sees the member's contact.
  const partnerContext = await browser.newContext({ locale: 'ko-KR' });
  const partner = await partnerContext.newPage();
  await signIn(partner.request, 'partner@securekorea.example');
  await partner.goto('/introductions');
  const received = partner.getByRole('region', { name: ko.introductions.received });
  await expect(received.getByRole('link', { name: `상대: ${memberName}` })).toHaveCount(1);
  await received.getByRole('link', { name: `상대: ${memberName}` }).click();
  await expect(partner.getByText('야간 보안 카메라 교체 상담')).toBeVisible();
  await partner.getByRole('button', { name: ko.introduction.accept, exact: true }).click();
  const partnerContact = partner.getByRole('region', { name: `${memberName} 연락처` });
  await expect(partnerContact).toContainText('972-555-0120');
  await expect(partnerContact).toContainText('owner@hanmart.example');
  await partnerContext.close();

  // The member's open page hears of it live (server-sent events): the bell counts it, the contact appears.
  await expect(page.getByRole('link', { name: /알림, 읽지 않음 \d+건/ })).toBeVisible();
  const memberContact = page.getByRole('region', { name: `${partnerName} 연락처` });
  await expect(memberContact).toContainText('972-555-0101');
  await expect(memberContact).toContainText('info@securekorea.example');
  await page.reload();
  await expect(page).toHaveURL(introductionUrl);
  await expect(memberContact).toContainText('972-555-0101');
});
