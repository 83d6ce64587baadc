import { expect, test, type APIRequestContext } from '@playwright/test';
import ko from '../../web/src/gatherings/b2b/locales/ko.ts';
import registrations from '../../web/src/gatherings/registrations/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The chamber's members use Dari in Korean; the browser's own clock is in Seoul, so the agenda must show the
// expo's Dallas time from the event's zone, not the browser's.
test.use({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });

const inThreeWeeks = () => new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);

/** '09:30' as the Korean clock reads it: '오전 9:30'. */
function koreanClock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return `${h < 12 ? '오전' : '오후'} ${h % 12 || 12}:${String(m).padStart(2, '0')}`;
}

/** Staff create a public expo (09:00–17:00) and its B2B settings through the API. */
async function createExpo(request: APIRequestContext): Promise<{ id: string; date: string; csrf: string }> {
  const csrf = await signIn(request, 'staff@kaccdallas.org');
  const date = inThreeWeeks();
  const created = await request.post('/api/v1/organizations/kacc-dallas/events', {
    headers: { 'x-csrf-token': csrf },
    data: {
      kind: 'expo',
      titleKo: `스마트 비즈니스 엑스포 ${Date.now()}`,
      titleEn: 'Smart Business Expo',
      startsOn: date,
      startTime: '09:00',
      endTime: '17:00',
      venueName: '달라스 컨벤션 센터',
      audience: 'public',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const settings = await request.put(`/api/v1/organizations/kacc-dallas/events/${id}/meetings/settings`, {
    headers: { 'x-csrf-token': csrf },
    data: { slotMinutes: 30, dayStart: '10:00', dayEnd: '12:00', breaks: [], tableCount: 4 },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  return { id, date, csrf };
}

test('an attendee requests a meeting, it is accepted and scheduled, and the agenda shows it in Korean', async ({
  page,
  browser,
  request,
  playwright,
}) => {
  const expo = await createExpo(request);
  const meetings = `/api/v1/organizations/kacc-dallas/events/${expo.id}/meetings`;

  // Gogi House's owner registers through the API.
  const gogi = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const gogiCsrf = await signIn(gogi, 'owner@gogihouse.example');
  const registered = await gogi.post(
    `/api/v1/organizations/kacc-dallas/events/${expo.id}/occurrences/${expo.date}/registrations`,
    { headers: { 'x-csrf-token': gogiCsrf }, data: { businessSlug: 'gogi-house-bbq' } },
  );
  expect(registered.status(), await registered.text()).toBe(201);

  // Han Mart's owner registers on the event page, then opens the meetings page.
  await signIn(page.request, 'owner@hanmart.example');
  await page.goto(`/events/kacc-dallas/${expo.id}`);
  const form = page.getByRole('form', { name: registrations.form.title });
  await form.getByRole('button', { name: registrations.form.register }).click();
  await expect(page.getByRole('heading', { name: registrations.ticket.title })).toBeVisible();

  await page.goto(`/events/kacc-dallas/${expo.id}/meetings`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ko.title);
  await expectNoSeriousViolations(page, 'meetings page');
  const everyone = page.getByRole('region', { name: ko.everyone.title });
  await everyone
    .getByRole('article', { name: /이준호/ })
    .getByRole('button', { name: ko.request.button })
    .click();
  const outgoing = page.getByRole('region', { name: ko.requests.outgoing });
  await expect(outgoing.getByRole('article', { name: /이준호/ })).toContainText(ko.status.pending);

  // Gogi House accepts through the API.
  const list = await gogi.get(`${meetings}/requests`);
  const incoming = ((await list.json()) as { incoming: { id: string }[] }).incoming;
  expect(incoming).toHaveLength(1);
  const accepted = await gogi.post(`${meetings}/requests/${incoming[0]?.id}/accept`, {
    headers: { 'x-csrf-token': gogiCsrf },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);

  // The staff runs the scheduler on the schedule page.
  const staff = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const staffPage = await staff.newPage();
  await signIn(staffPage.request, 'staff@kaccdallas.org');
  await staffPage.goto(`/events/kacc-dallas/${expo.id}/meetings/schedule`);
  await expect(staffPage.getByRole('heading', { level: 1 })).toHaveText(ko.schedulePage.title);
  await staffPage.getByRole('button', { name: ko.run.button }).click();
  await expect(staffPage.getByText('수락된 미팅 1건 중 1건 배정')).toBeVisible();
  const grid = staffPage.getByRole('table', { name: /시간과 테이블별 미팅 1건/ });
  await expect(grid).toContainText('이준호');
  await expectNoSeriousViolations(staffPage, 'schedule page');
  const schedule = await staffPage.request.get(`${meetings}/schedule`);
  const placed = ((await schedule.json()) as { meetings: { slot: string; table: number }[] }).meetings[0];
  expect(placed).toBeTruthy();
  await staff.close();

  // Han Mart's agenda: the meeting at its Dallas time, in Korean, with the table.
  await page.reload();
  const agenda = page.getByRole('region', { name: ko.agenda.title });
  const row = agenda.getByRole('row', { name: /이준호/ });
  await expect(row).toContainText(koreanClock(placed?.slot ?? ''));
  await expect(row).toContainText(`테이블 ${placed?.table}`);
  expect(['10:00', '10:30', '11:00', '11:30']).toContain(placed?.slot);
  await expect(agenda.getByRole('link', { name: ko.agenda.ics })).toBeVisible();
  await gogi.dispose();
});
