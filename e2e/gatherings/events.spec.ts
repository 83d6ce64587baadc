import { expect, test } from '@playwright/test';
import ko from '../../web/src/gatherings/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The chamber's staff member works in Korean.
test.use({ locale: 'ko-KR' });

/** The third Thursday of the month after next (always in the future, whatever today is). */
function thirdThursday(): string {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  const offset = (4 - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1 + offset + 14))
    .toISOString()
    .slice(0, 10);
}

test('staff create a monthly roundtable, download its calendar and record minutes', async ({ page }) => {
  await signIn(page.request, 'staff@kaccdallas.org');
  await page.goto('/events/kacc-dallas');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('행사');
  await expectNoSeriousViolations(page, 'events list');

  await page.getByRole('link', { name: ko.list.newEvent }).click();
  const form = page.getByRole('form', { name: ko.form.createTitle });
  await expect(form).toBeVisible();
  await expectNoSeriousViolations(page, 'event editor');

  const title = `조찬 라운드테이블 ${Date.now()}`;
  const startsOn = thirdThursday();
  await form.getByRole('textbox', { name: ko.form.titleKo }).fill(title);
  await form.getByRole('textbox', { name: ko.form.titleEn }).fill('Breakfast roundtable');
  await form.getByRole('textbox', { name: ko.form.agendaKo }).fill('회원 소개와 협력 논의');
  await form.getByLabel(ko.form.startsOn).fill(startsOn);
  await form.getByLabel(ko.form.startTime).fill('07:30');
  await form.getByLabel(ko.form.endTime).fill('09:00');
  await form.getByRole('combobox', { name: ko.recurrence.label }).selectOption('monthly');
  await expect(form.getByRole('combobox', { name: ko.recurrence.nth })).toHaveValue('3');
  await expect(form.getByRole('combobox', { name: ko.recurrence.weekday })).toHaveValue('TH');
  await form.getByRole('textbox', { name: ko.form.venueName }).fill('한인문화센터');
  await form.getByRole('textbox', { name: ko.form.venueAddress }).fill('2560 Royal Ln, Dallas, TX');
  await form.getByRole('button', { name: ko.form.create }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const eventId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  // The coming dates, each a Thursday, at 7:30 in Dallas.
  const picker = page.getByRole('combobox', { name: ko.event.occurrence });
  await expect(picker.locator('option')).toHaveCount(12);
  await expect(picker.locator('option').first()).toContainText('목요일');
  await expect(page.getByText(/목요일 · 오전 7:30/)).toBeVisible();
  await expectNoSeriousViolations(page, 'event page');

  const ics = await page.request.get(`/api/v1/organizations/kacc-dallas/events/${eventId}/event.ics`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=3TH;COUNT=12');
  expect(text).toContain(`DTSTART;TZID=America/Chicago:${startsOn.replaceAll('-', '')}T073000`);

  const minutes = page.getByRole('form', { name: ko.minutes.title });
  await minutes.getByRole('textbox', { name: ko.minutes.ko }).fill('12개 회원사 참석, 공동 구매 논의');
  await minutes.getByRole('button', { name: ko.minutes.addFollowUp }).click();
  await minutes.getByRole('textbox', { name: ko.minutes.text.replace('{{n}}', '1') }).fill('발표 자료 공유');
  await minutes.getByRole('textbox', { name: ko.minutes.owner.replace('{{n}}', '1') }).fill('김지현');
  await minutes.getByLabel(ko.minutes.dueOn.replace('{{n}}', '1')).fill(startsOn);
  await minutes.getByRole('button', { name: ko.minutes.save }).click();
  await expect(minutes.getByRole('status')).toHaveText(ko.minutes.saved);

  await page.reload();
  const saved = page.getByRole('form', { name: ko.minutes.title });
  await expect(saved.getByRole('textbox', { name: ko.minutes.ko })).toHaveValue(
    '12개 회원사 참석, 공동 구매 논의',
  );
  await expect(saved.getByRole('textbox', { name: ko.minutes.owner.replace('{{n}}', '1') })).toHaveValue(
    '김지현',
  );
});
