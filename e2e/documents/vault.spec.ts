import { expect, test } from '@playwright/test';
import { writePdf } from '../../server/platform/pdf.ts';
import ko from '../../web/src/documents/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The store owner and the partner both use Dari in Korean.
test.use({ locale: 'ko-KR' });

/** The browser's calendar day `days` from today, YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('en-CA');
}

test('an owner keeps a health inspection certificate, finds it by a word inside the PDF and shares it with a partner', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Health inspection certificate ${Date.now().toString(36)}`;
  const pdf = await writePdf({ title: '위생 검사 증명서', lang: 'ko' }, (doc) => {
    doc.fontSize(18).text('식품 위생 검사 증명서');
    doc.fontSize(12).text('냉동 창고 점검 합격 — Dallas County Health and Human Services');
  });

  await signIn(page.request, 'owner@hanmart.example');
  await page.goto('/my/business/han-mart');
  await page.getByRole('link', { name: ko.open }).click();
  await expect(page.getByRole('heading', { level: 1, name: /문서 보관함/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'document vault');

  // Adding the certificate: its fields and the PDF.
  await page.getByRole('textbox', { name: ko.form.type }).click();
  await page.getByRole('option', { name: ko.types.health_inspection }).click();
  await page.getByRole('textbox', { name: ko.form.docTitle }).fill(title);
  await page.getByRole('textbox', { name: ko.form.number }).fill('HI-2026-0412');
  await page.getByRole('textbox', { name: ko.form.issuer }).fill('Dallas County');
  await page.getByLabel(ko.form.expiresOn).fill(dayFromToday(20));
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'inspection.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: ko.form.submit }).click();

  // Its page: the ≤30 badge, the text read from the PDF, the file to download.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(ko.badge.days30)).toBeVisible();
  await expect(page.getByText(/PDF에서 글자 \d+자를 읽어/)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(ko.detail.download) })).toBeVisible();
  await expectNoSeriousViolations(page, 'document page');

  // Back in the vault: expiring soon, and found by a word that is only inside the PDF.
  await page.getByRole('link', { name: ko.detail.back }).click();
  const expiring = page.getByRole('region', { name: ko.expiring.title });
  await expect(expiring.getByRole('link', { name: title })).toBeVisible();
  await expect(expiring.getByText(ko.badge.days30)).toBeVisible();
  await page.getByRole('searchbox', { name: ko.search.label }).fill('창고');
  await page.getByRole('button', { name: ko.search.submit, exact: true }).click();
  const documents = page.getByRole('region', { name: ko.list.title, exact: true });
  await expect(documents.getByRole('link', { name: title })).toBeVisible();
  await page.getByRole('searchbox', { name: ko.search.label }).fill('임대차');
  await page.getByRole('button', { name: ko.search.submit, exact: true }).click();
  await expect(documents.getByText(ko.list.noMatch.replace('{{q}}', '임대차'))).toBeVisible();
  await page.getByRole('searchbox', { name: ko.search.label }).fill('ㅇㅅ 검사');
  await page.getByRole('button', { name: ko.search.submit, exact: true }).click();
  await documents.getByRole('link', { name: title }).click();

  // Sharing with SecureKorea for the default week.
  await page.getByRole('button', { name: ko.share.open }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: ko.share.partner }).fill('시큐어');
  await page.getByRole('option', { name: '시큐어코리아 보안시스템' }).click();
  await dialog.getByRole('textbox', { name: ko.share.note }).fill('보안 점검 서류 확인 부탁드립니다.');
  await expectNoSeriousViolations(page, 'share dialog');
  await dialog.getByRole('button', { name: ko.share.submit }).click();
  await expect(dialog).toBeHidden();
  const shares = page.getByRole('region', { name: ko.share.listTitle });
  await expect(shares.getByText('시큐어코리아 보안시스템')).toBeVisible();
  await expect(shares.getByRole('button', { name: /공유 취소/ })).toBeVisible();

  // The partner sees it in "shared with us" and can open the file.
  const partnerContext = await browser.newContext({ locale: 'ko-KR' });
  const partner = await partnerContext.newPage();
  await signIn(partner.request, 'partner@securekorea.example');
  await partner.goto('/my/business/secure-korea/documents/shared');
  await expect(partner.getByRole('heading', { level: 1, name: /공유받은 문서/ })).toBeVisible();
  await expect(partner.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(partner.getByText('보안 점검 서류 확인 부탁드립니다.')).toBeVisible();
  const file = partner.getByRole('link', { name: new RegExp(ko.shared.open) });
  const response = await partner.request.get((await file.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  await expectNoSeriousViolations(partner, 'shared with us');
  await partnerContext.close();

  // The vault on a phone: the list still reads, with its badge.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/my/business/han-mart/documents');
  await expect(
    page.getByRole('region', { name: ko.expiring.title }).getByRole('link', { name: title }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'document vault on a phone');
});
