import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import en from '../../web/src/safety/incidents/locales/en.ts';
import ko from '../../web/src/safety/incidents/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The store owner's account and browser are Korean; the liaison's are English.
test.use({ locale: 'ko-KR' });

const description =
  '오후 3시 강도: 남성 1명이 계산대 현금을 빼앗아 벨트라인 동쪽으로 도주. / Robbery at 3 pm.';

test('a member reports a robbery with a photo (surviving a reload and a lost connection); the liaison works it on the desk', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page.request, 'owner@hanmart.example');
  await page.goto('/safety/report');
  await expect(page.getByRole('heading', { level: 1, name: ko.report.title })).toBeVisible();

  // The draft is kept as the member types, and comes back after a reload.
  await page.getByRole('button', { name: ko.incidentTypes.robbery, exact: true }).click();
  await page.getByRole('textbox', { name: ko.report.description }).fill(description);
  await page.reload();
  await expect(page.getByText(ko.report.draftRestored)).toBeVisible();
  await expect(page.getByRole('textbox', { name: ko.report.description })).toHaveValue(description);
  await expect(page.getByRole('button', { name: ko.incidentTypes.robbery, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Optional details and a photo.
  await page.getByRole('button', { name: ko.report.suspects.replace('{{count}}', '0') }).click();
  await page.getByRole('button', { name: ko.report.addSuspect }).click();
  await page.getByRole('textbox', { name: ko.report.clothing }).fill('검은 후드티 / black hoodie');
  await page.getByRole('checkbox', { name: ko.report.policeCalled }).check();
  await page.getByRole('textbox', { name: ko.report.caseNumber }).fill('26-300001');
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#34495e' } })
    .jpeg()
    .toBuffer();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'register.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expectNoSeriousViolations(page, 'report form');

  // Without a connection the report stays a draft and the member is told so.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: ko.report.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: ko.report.offline })).toBeVisible();
  await page.context().setOffline(false);
  await page.getByRole('button', { name: ko.report.submit }).click();

  // The incident page, in full for its reporter, with the photo served back.
  await expect(page).toHaveURL(/\/safety\/incidents\/[\w-]+$/);
  const incidentUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: ko.incidentTypes.robbery })).toBeVisible();
  await expect(page.getByText(description)).toBeVisible();
  const image = page.getByRole('img', { name: ko.incident.photo.replace('{{n}}', '1') });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  await expect(page.getByRole('link', { name: ko.incident.raiseAlert })).toHaveAttribute(
    'href',
    `/safety/alerts/new?incident=${incidentUrl.split('/').pop() ?? ''}`,
  );
  await expectNoSeriousViolations(page, 'incident page (reporter)');

  // The liaison finds it at the top of the desk, with the reporter's details, comments and closes it.
  const liaisonContext = await browser.newContext({ locale: 'en-US' });
  const liaison = await liaisonContext.newPage();
  await signIn(liaison.request, 'liaison@dallaspolice.example');
  await liaison.goto('/safety/desk/kacc-dallas');
  await expect(liaison.getByRole('heading', { level: 1, name: /Liaison desk/ })).toBeVisible();
  await expect(liaison.getByRole('region', { name: en.desk.map })).toBeVisible();
  await expect(liaison.getByText(en.desk.noTiles)).toBeVisible();
  await expect(liaison.getByRole('table')).toBeVisible();
  const list = liaison.getByRole('region', { name: /^Incidents \(\d+\)$/ });
  await expect(list.getByRole('listitem').first()).toContainText(description);
  await expectNoSeriousViolations(liaison, 'liaison desk');

  // Filter by type: the chips are checkboxes, clicked through their labels.
  const filters = liaison.getByRole('region', { name: en.desk.filters });
  await filters.getByText(en.incidentTypes.cyber, { exact: true }).click();
  await expect(liaison.getByRole('checkbox', { name: en.incidentTypes.cyber })).toBeChecked();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await filters.getByText(en.incidentTypes.cyber, { exact: true }).click();
  await expect(list.getByRole('listitem').first()).toContainText(description);

  await list.getByRole('listitem').first().getByRole('link').click();
  await expect(liaison).toHaveURL(incidentUrl);
  await expect(liaison.getByText('한상우')).toBeVisible();
  await expect(liaison.getByText('26-300001')).toBeVisible();
  await expect(liaison.getByRole('img', { name: en.incident.photo.replace('{{n}}', '1') })).toBeVisible();
  await expect(liaison.getByRole('region', { name: en.desk.cameras })).toContainText('Register');
  await liaison
    .getByRole('textbox', { name: en.desk.comment })
    .fill('Detective assigned; patrol added tonight.');
  await liaison.getByRole('button', { name: en.desk.addComment }).click();
  await expect(liaison.getByText('Detective assigned; patrol added tonight.')).toBeVisible();
  await liaison.getByRole('button', { name: en.desk.close }).click();
  await expect(liaison.getByRole('button', { name: en.desk.reopen })).toBeVisible();
  await expectNoSeriousViolations(liaison, 'incident page (desk)');
  await liaisonContext.close();
});
