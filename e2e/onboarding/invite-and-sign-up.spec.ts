import { expect, test } from '@playwright/test';
import { inviteAndReadLink, signIn } from '../support/api.ts';

test('an org admin invites a member, who signs up in Korean and fills the business profile', async ({
  page,
  browser,
}) => {
  const csrfToken = await signIn(page.request, 'staff@kaccdallas.org');
  const email = `minsu.${Date.now()}@example.com`;
  const link = await inviteAndReadLink(page.request, csrfToken, 'kacc-dallas', {
    email,
    role: 'member',
    locale: 'ko',
  });

  const context = await browser.newContext({ locale: 'ko-KR' });
  const member = await context.newPage();
  await member.goto(link);

  await expect(member.getByRole('heading', { level: 1, name: /가입/ })).toBeVisible();
  await expect(member.getByText(email).first()).toBeVisible();
  await member.getByRole('textbox', { name: '이름', exact: true }).fill('김민수');
  await member.getByLabel('새 비밀번호').fill('minsu-password-2026');
  await member.getByRole('combobox', { name: '언어' }).selectOption('ko');
  await member.getByRole('textbox', { name: '사업체 이름 (한국어)' }).fill('민수 세탁소');
  await member.getByRole('textbox', { name: '사업체 이름 (영어)' }).fill('Minsu Cleaners');
  await member.getByRole('button', { name: '초대 수락 및 가입' }).click();

  await expect(member).toHaveURL(/\/my\/business\//);
  await expect(member.getByRole('heading', { level: 1, name: '민수 세탁소' })).toBeVisible();

  const profile = member.getByRole('form', { name: '사업체 프로필' });
  await profile.getByRole('textbox', { name: '설명 (한국어)' }).fill('캐럴턴의 친환경 세탁소입니다.');
  await profile
    .getByRole('textbox', { name: '설명 (영어)' })
    .fill('An eco-friendly dry cleaner in Carrollton.');
  await profile.getByRole('textbox', { name: '도시' }).fill('Carrollton');
  await profile.getByRole('textbox', { name: '주', exact: true }).fill('TX');
  await profile.getByRole('textbox', { name: '우편번호 (ZIP)' }).fill('75006');
  await profile.getByRole('checkbox', { name: '한국어' }).check();
  await profile.getByRole('checkbox', { name: '영어' }).check();
  await profile.getByRole('button', { name: '프로필 저장' }).click();
  await expect(profile.getByRole('status')).toHaveText('저장되었습니다.');

  // A 1×1 PNG; the server turns it into a 256×256 WebP logo.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const logoForm = member.getByRole('form', { name: '로고' });
  await logoForm
    .locator('input[type=file]')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(logoForm.getByRole('img', { name: '새 로고 미리보기' })).toBeVisible();
  await logoForm.getByRole('button', { name: '로고 올리기' }).click();
  await expect(logoForm.getByRole('img', { name: '민수 세탁소 로고' })).toHaveAttribute('src', /logo/);

  const offerForm = member.getByRole('form', { name: '서비스 추가' });
  await offerForm.getByRole('combobox', { name: '분야' }).selectOption({ label: '스마트 스토어' });
  await offerForm.getByRole('textbox', { name: '설명 (한국어)' }).fill('세탁물 픽업과 배달');
  await offerForm.getByRole('textbox', { name: '설명 (영어)' }).fill('Laundry pickup and delivery');
  await offerForm.getByRole('textbox', { name: '서비스 반경 (마일)' }).fill('15');
  await offerForm.getByRole('checkbox', { name: '한국어' }).check();
  await offerForm.getByRole('textbox', { name: '가격 안내' }).fill('$20부터');
  await offerForm.getByRole('button', { name: '서비스 추가' }).click();
  const offers = member.getByRole('region', { name: '제공하는 서비스' });
  await expect(offers.getByRole('listitem').filter({ hasText: '세탁물 픽업과 배달' })).toBeVisible();

  const needForm = member.getByRole('form', { name: '필요 사항 추가' });
  await needForm.getByRole('combobox', { name: '분야' }).selectOption({ label: '사이버 보안' });
  await needForm.getByRole('textbox', { name: '설명 (한국어)' }).fill('매장 와이파이 보안 점검');
  await needForm.getByRole('textbox', { name: '설명 (영어)' }).fill('A security check of the store Wi-Fi');
  await needForm.getByRole('combobox', { name: '긴급도' }).selectOption('high');
  await needForm.getByRole('button', { name: '필요 사항 추가' }).click();
  const needs = member.getByRole('region', { name: '필요한 도움' });
  await expect(needs.getByRole('listitem').filter({ hasText: '매장 와이파이 보안 점검' })).toBeVisible();

  await member.reload();
  await expect(member.getByRole('textbox', { name: '우편번호 (ZIP)' })).toHaveValue('75006');
  await expect(member.getByRole('textbox', { name: '도시' })).toHaveValue('Carrollton');
  await expect(offers.getByRole('listitem').filter({ hasText: '세탁물 픽업과 배달' })).toContainText(
    '15마일 이내',
  );
  await expect(needs.getByRole('listitem').filter({ hasText: '매장 와이파이 보안 점검' })).toContainText(
    '높음',
  );
  await expect(member.locator('html')).toHaveAttribute('lang', 'ko');
  await context.close();
});
