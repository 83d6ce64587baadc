import { expect, test } from '@playwright/test';
import { occurrencesBetween } from '../../server/modules/gatherings/occurrences.ts';
import ko from '../../web/src/gatherings/report/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The chamber's staff reads Korean; the browser says so too.
test.use({ locale: 'ko-KR' });

const ROUNDTABLE = 'Monthly Roundtable: Safe Streets, Growing Together';

interface Summary {
  id: string;
  kind: string;
  titleEn: string;
  startsOn: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  rrule: string | null;
}

test('the organizer reads the seeded roundtable’s report and survey, and downloads the CSV', async ({
  page,
}) => {
  await signIn(page.request, 'staff@kaccdallas.org');
  const list = await page.request.get('/api/v1/organizations/kacc-dallas/events');
  expect(list.status()).toBe(200);
  const roundtable = ((await list.json()) as Summary[]).find(
    (e) => e.kind === 'roundtable' && e.titleEn === ROUNDTABLE,
  );
  expect(roundtable, 'the seeded roundtable').toBeTruthy();
  const event = roundtable!;
  const now = new Date();
  const timing = {
    starts_on: event.startsOn,
    start_time: event.startTime,
    end_time: event.endTime,
    time_zone: event.timeZone,
    rrule: event.rrule,
    cancelled_dates: '[]',
  };
  const date = occurrencesBetween(timing, new Date(Date.parse(event.startsOn) - 86_400_000), now)
    .filter((o) => o.endsAt <= now)
    .at(-1)?.date;
  expect(date, 'a past occurrence').toBeTruthy();

  await page.goto(`/events/kacc-dallas/${event.id}/report?date=${date}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('결과 보고');
  const card = (name: string) => page.getByRole('region', { name, exact: true });
  await expect(card(ko.numbers.registered)).toContainText('16');
  await expect(card(ko.numbers.attended)).toContainText('12');
  await expect(card(ko.numbers.attended)).toContainText('등록자의 75%');
  await expect(card(ko.numbers.noShows)).toContainText('4');
  await expect(card(ko.numbers.introductions)).toContainText('3');
  await expect(card(ko.numbers.partnerships)).toContainText('2');

  const survey = page.getByRole('region', { name: ko.survey.title });
  await expect(survey).toContainText('4.4 / 5');
  await expect(survey).toContainText('89%');
  await expect(survey.getByRole('img', { name: /5점 5명/ })).toBeVisible();
  await expect(survey).toContainText('경찰 연락관과 직접 이야기할 수 있어 좋았습니다.');
  const attendees = page.getByRole('region', { name: ko.attendees.title });
  await expect(attendees.getByRole('row', { name: /박정훈/ })).toContainText(ko.attendance.attended);
  await expect(attendees.getByRole('row', { name: /정은비/ })).toContainText(ko.attendance.noShow);
  await expect(page.getByRole('region', { name: ko.definitions.title })).toContainText(
    ko.definitions.meetingsHeld,
  );
  await expectNoSeriousViolations(page, 'event report');

  const csvLink = page.getByRole('link', { name: ko.downloadCsv });
  const href = await csvLink.getAttribute('href');
  expect(href).toBe(`/api/v1/organizations/kacc-dallas/events/${event.id}/occurrences/${date}/report.csv`);
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toContain(`report.csv`);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFF이름,회사,참석 여부,체크인 시각,예정된 미팅,성사된 미팅,리드,소개',
  );
  expect(text).toContain('성사된 미팅');
  expect(text).toContain('평균 만족도 (1–5),4.4');

  await page.getByRole('link', { name: ko.survey.openPage }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.form.title);
  await expect(page.getByRole('region', { name: ko.survey.title })).toContainText('4.4 / 5');
  await expect(page.getByText(ko.form.organizerNote)).toBeVisible();
  await expectNoSeriousViolations(page, 'survey page');
});
