import { expect, test } from '@playwright/test';
import ko from '../../web/src/gatherings/registrations/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The chamber's staff work the door in Korean.
test.use({ locale: 'ko-KR' });

test('staff check an attendee in at the door, once', async ({ page, request }) => {
  const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const staff = await signIn(page.request, 'staff@kaccdallas.org');
  const created = await page.request.post('/api/v1/organizations/kacc-dallas/events', {
    headers: { 'x-csrf-token': staff },
    data: {
      kind: 'team_meeting',
      titleKo: `안전 실행팀 회의 ${Date.now()}`,
      titleEn: 'Safe City action team',
      startsOn: date,
      startTime: '18:30',
      endTime: '20:00',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const csrf = await signIn(request, 'owner@hanmart.example');
  const registered = await request.post(
    `/api/v1/organizations/kacc-dallas/events/${id}/occurrences/${date}/registrations`,
    { headers: { 'x-csrf-token': csrf }, data: {} },
  );
  expect(registered.status(), await registered.text()).toBe(201);
  const { ticketCode } = (await registered.json()) as { ticketCode: string };

  await page.goto(`/events/kacc-dallas/${id}/check-in?date=${date}`);
  const form = page.getByRole('form', { name: ko.door.formLabel });
  await expect(form).toBeVisible();
  await expectNoSeriousViolations(page, 'check-in page');

  const code = form.getByRole('textbox', { name: ko.door.code });
  await code.fill(ticketCode);
  await form.getByRole('button', { name: ko.door.submit }).click();
  const result = page.getByRole('status').filter({ hasText: '한상우' });
  await expect(result).toContainText(ko.door.checkedIn);
  await expect(page.getByText(/체크인 1명/)).toBeVisible();
  await expectNoSeriousViolations(page, 'check-in result');

  await code.fill(`dari:ticket:${ticketCode}`);
  await form.getByRole('button', { name: ko.door.submit }).click();
  await expect(result).toContainText(/이미 \d{2}:\d{2}에 체크인했습니다/);
  await expect(page.getByText(/체크인 1명/)).toBeVisible();

  await code.fill('dari:ticket:no-such-ticket');
  await form.getByRole('button', { name: ko.door.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: ko.door.unknown })).toBeVisible();

  await page.getByRole('link', { name: ko.door.list }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ko.list.title.split(' ·')[0] ?? '');
  await expect(page.getByRole('row', { name: /한상우/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'registrations page');
});
