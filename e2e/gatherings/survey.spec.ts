import { expect, test } from '@playwright/test';
import ko from '../../web/src/gatherings/report/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Members of the Korean chamber answer in Korean.
test.use({ locale: 'ko-KR' });

/** Today's local date in Chicago, where the chamber meets (en-CA writes YYYY-MM-DD). */
const todayInChicago = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());

const COMMENT = '다음에는 주차 안내가 있으면 좋겠습니다.';

test('a registrant answers the survey once, and the organizer reads it in the report', async ({
  page,
  browser,
  playwright,
}) => {
  const baseURL = test.info().project.use.baseURL;
  const date = todayInChicago();

  // Staff create today's event, all day long: it has started and has not ended, so its survey is open.
  const staff = await playwright.request.newContext({ baseURL });
  const staffCsrf = await signIn(staff, 'staff@kaccdallas.org');
  const created = await staff.post('/api/v1/organizations/kacc-dallas/events', {
    headers: { 'x-csrf-token': staffCsrf },
    data: {
      kind: 'roundtable',
      titleKo: `설문 라운드테이블 ${Date.now()}`,
      titleEn: 'Survey roundtable',
      startsOn: date,
      startTime: '00:00',
      endTime: '23:59',
      timeZone: 'America/Chicago',
      venueName: '한인문화센터',
      audience: 'public',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const csrf = await signIn(page.request, 'owner@gogihouse.example');
  const registered = await page.request.post(
    `/api/v1/organizations/kacc-dallas/events/${id}/occurrences/${date}/registrations`,
    { headers: { 'x-csrf-token': csrf }, data: { answers: {} } },
  );
  expect(registered.status(), await registered.text()).toBe(201);

  await page.goto(`/events/kacc-dallas/${id}/survey?date=${date}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.form.title);
  await expectNoSeriousViolations(page, 'survey form');

  await page.getByRole('radiogroup', { name: ko.form.rating }).getByRole('radio', { name: '5' }).check();
  await page
    .getByRole('radiogroup', { name: ko.form.wouldReturn })
    .getByRole('radio', { name: ko.form.yes })
    .check();
  await page.getByRole('textbox', { name: ko.form.comment }).fill(COMMENT);
  await page.getByRole('button', { name: ko.form.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: ko.form.thanksTitle })).toContainText(
    ko.form.thanks,
  );
  await expectNoSeriousViolations(page, 'survey thanks');

  // One answer per registration: after a reload the form is gone.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: ko.form.alreadyAnswered })).toBeVisible();
  await expect(page.getByRole('button', { name: ko.form.submit })).toHaveCount(0);

  // The organizer, in a browser of their own (already signed in through the API).
  const office = await browser.newContext({
    baseURL,
    locale: 'ko-KR',
    storageState: await staff.storageState(),
  });
  const report = await office.newPage();
  await report.goto(`/events/kacc-dallas/${id}/report?date=${date}`);
  await expect(report.getByRole('heading', { level: 1 })).toContainText('결과 보고');
  const survey = report.getByRole('region', { name: ko.survey.title });
  await expect(survey.getByText(ko.survey.responses, { exact: true })).toBeVisible();
  await expect(survey).toContainText(`${ko.survey.responses}1`);
  await expect(survey).toContainText('5 / 5');
  await expect(survey).toContainText('100%');
  await expect(survey).toContainText(COMMENT);
  await expect(survey).toContainText(ko.survey.comesAgain);
  await office.close();
  await staff.dispose();
});
