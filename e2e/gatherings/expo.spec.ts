import { expect, test, type APIRequestContext } from '@playwright/test';
import ko from '../../web/src/gatherings/expo/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { businessSlug, signIn } from '../support/api.ts';

// The chamber's staff, the store owner and the security partner all work in Korean.
test.use({ locale: 'ko-KR' });

/** The same day next year: always in the future, whatever today is. */
function nextYear(): string {
  const day = new Date();
  day.setUTCFullYear(day.getUTCFullYear() + 1);
  return day.toISOString().slice(0, 10);
}

async function post(request: APIRequestContext, csrf: string, url: string, data: object) {
  const response = await request.post(url, { data, headers: { 'x-csrf-token': csrf } });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json() as Promise<Record<string, unknown>>;
}

test('staff add a booth for a partner, a store registers, and the partner captures the lead', async ({
  page,
  browser,
}) => {
  const staffCsrf = await signIn(page.request, 'staff@kaccdallas.org');
  const partnerSlug = await businessSlug(page.request, 'kacc-dallas', 'SecureKorea Security Systems');
  const date = nextYear();
  const expo = await post(page.request, staffCsrf, '/api/v1/organizations/kacc-dallas/events', {
    kind: 'expo',
    audience: 'public',
    titleKo: `스마트 비즈니스 엑스포 ${Date.now()}`,
    titleEn: 'Smart Business Expo',
    startsOn: date,
    startTime: '09:00',
    endTime: '17:00',
  });
  const eventId = String(expo.id);

  await page.goto(`/events/kacc-dallas/${eventId}/expo`);
  await expect(page.getByRole('heading', { level: 2, name: ko.exhibitors.title })).toBeVisible();
  const form = page.getByRole('form', { name: ko.exhibitorForm.addTitle });
  await form.getByRole('textbox', { name: ko.exhibitorForm.nameKo }).fill('시큐어코리아');
  await form.getByRole('textbox', { name: ko.exhibitorForm.nameEn }).fill('SecureKorea');
  await form.getByRole('combobox', { name: ko.exhibitorForm.tier }).selectOption('gold');
  await form.getByRole('textbox', { name: ko.exhibitorForm.booth }).fill('a12');
  await form.getByRole('textbox', { name: ko.exhibitorForm.business }).fill(partnerSlug);
  await form.getByRole('button', { name: ko.exhibitorForm.add }).click();
  await expect(page.getByRole('heading', { level: 3, name: ko.tiers.gold })).toBeVisible();
  const booth = page.getByRole('article', { name: '시큐어코리아' });
  await expect(booth).toContainText(ko.exhibitors.booth.replace('{{booth}}', 'A12'));
  await expect(page.getByRole('row', { name: /A12 시큐어코리아/ })).toBeVisible();

  const session = page.getByRole('form', { name: ko.sessionForm.title });
  await session.getByRole('textbox', { name: ko.sessionForm.titleKo }).fill('소상공인 보안 세미나');
  await session.getByRole('textbox', { name: ko.sessionForm.titleEn }).fill('Store security seminar');
  await session.getByRole('textbox', { name: ko.sessionForm.room }).fill('Hall A');
  await session.getByLabel(ko.sessionForm.start).fill('10:00');
  await session.getByLabel(ko.sessionForm.end).fill('11:00');
  await session.getByRole('button', { name: ko.sessionForm.add }).click();
  await expect(page.getByRole('row', { name: /10:00–11:00 소상공인 보안 세미나/ })).toBeVisible();
  // The same room at an overlapping time is refused with a message.
  await session.getByRole('textbox', { name: ko.sessionForm.titleKo }).fill('겹치는 세션');
  await session.getByRole('textbox', { name: ko.sessionForm.titleEn }).fill('Overlap');
  await session.getByLabel(ko.sessionForm.start).fill('10:30');
  await session.getByLabel(ko.sessionForm.end).fill('11:30');
  await session.getByRole('button', { name: ko.sessionForm.add }).click();
  await expect(session.getByText(/Hall A에는 이미 10:00–11:00/)).toBeVisible();

  const interest = page.getByRole('form', { name: ko.interest.title });
  await interest.getByRole('combobox', { name: ko.interest.kind }).selectOption('venue');
  await interest.getByRole('textbox', { name: ko.interest.name }).fill('김지현');
  await interest.getByRole('textbox', { name: ko.interest.email }).fill('jihyun@example.com');
  await interest.getByRole('textbox', { name: ko.interest.venueIdea }).fill('Irving Convention Center');
  await interest.getByRole('button', { name: ko.interest.submit }).click();
  await expect(interest.getByRole('status')).toHaveText(ko.interest.thanks);
  await expect(page.getByRole('cell', { name: /Irving Convention Center/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'expo page');

  // A founder registers with their business (a pair no other browser test introduces).
  const owner = await browser.newContext({ locale: 'ko-KR' });
  const ownerCsrf = await signIn(owner.request, 'founders@nuriai.example');
  const registration = await post(
    owner.request,
    ownerCsrf,
    `/api/v1/organizations/kacc-dallas/events/${eventId}/occurrences/${date}/registrations`,
    { businessSlug: 'nuri-ai-labs' },
  );
  const ticketCode = String(registration.ticketCode);
  await owner.close();

  const partner = await browser.newContext({ locale: 'ko-KR' });
  const phone = await partner.newPage();
  await signIn(phone.request, 'partner@securekorea.example');
  await phone.goto(`/events/kacc-dallas/${eventId}/expo`);
  await phone.getByRole('link', { name: ko.leadsLink }).click();
  await expect(phone.getByRole('heading', { level: 1, name: ko.leads.title })).toBeVisible();
  const scan = phone.getByRole('form', { name: ko.leads.formTitle });
  await scan.getByRole('textbox', { name: ko.leads.code }).fill(ticketCode);
  await scan.getByRole('checkbox', { name: ko.leads.consent }).check();
  await scan.getByRole('textbox', { name: ko.leads.note }).fill('매장 두 곳에 CCTV 상담');
  await scan.getByRole('button', { name: ko.leads.submit }).click();
  await expect(scan.getByRole('status')).toContainText('리드를 저장했습니다');

  const lead = phone.getByRole('article').first();
  await expect(lead).toContainText(ko.leads.consented);
  await expect(lead).toContainText('매장 두 곳에 CCTV 상담');
  await expect(lead.getByRole('link', { name: /누리 AI 랩스/ })).toHaveAttribute('href', /\/introductions\//);
  await expectNoSeriousViolations(phone, 'leads page');

  // The same badge again: nothing doubled.
  await scan.getByRole('textbox', { name: ko.leads.code }).fill(`dari:ticket:${ticketCode}`);
  await scan.getByRole('button', { name: ko.leads.submit }).click();
  await expect(scan.getByRole('status')).toContainText('이미 목록에 있습니다');
  await expect(phone.getByRole('article')).toHaveCount(1);
  await partner.close();
});
