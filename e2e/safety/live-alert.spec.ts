import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import incidentsKo from '../../web/src/safety/incidents/locales/ko.ts';
import ko from '../../web/src/safety/alerts/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

/** Han Mart's owner reports a robbery at the store and alerts the neighbours, all through the API. */
async function reportAndAlert(request: APIRequestContext): Promise<string> {
  const csrfToken = await signIn(request, 'owner@hanmart.example');
  const headers = { 'x-csrf-token': csrfToken };
  const incident = await request.post('/api/v1/incidents', {
    headers,
    data: {
      business: 'han-mart',
      type: 'robbery',
      occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      place: { kind: 'business' },
      description: '남성 두 명이 계산대에서 현금을 가져갔습니다.',
    },
  });
  expect(incident.status(), await incident.text()).toBe(201);
  const incidentId = ((await incident.json()) as { incident: { id: string } }).incident.id;
  const alert = await request.post('/api/v1/alerts', {
    headers,
    data: { incidentId, radiusMiles: 3, message: '검은 후드티 남성 두 명, 도보로 북쪽 방향 도주' },
  });
  expect(alert.status(), await alert.text()).toBe(201);
  return ((await alert.json()) as { id: string }).id;
}

test.use({ locale: 'ko-KR' });

test('a neighbour’s open page shows an alert live, in Korean, and marks it seen', async ({
  page,
  playwright,
}) => {
  // The neighbour (Gogi House, same ZIP as Han Mart) has the app open in Korean.
  await signIn(page.request, 'owner@gogihouse.example');
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The banner is named by its title, in the reader's language.
  const banner = page.getByRole('alert', { name: /^경보:/ });
  await expect(banner).toHaveCount(0);

  const reporter = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const alertId = await reportAndAlert(reporter);
    // No reload: the alert arrives over the page's live stream.
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('경보:');
    await expect(banner).toContainText('강도');
    await expect(banner).toContainText('검은 후드티 남성 두 명');
    await expect(banner.getByRole('link', { name: ko.banner.open })).toHaveAttribute(
      'href',
      `/safety/alerts/${alertId}`,
    );
    await expectNoSeriousViolations(page, 'live alert banner');

    await banner.getByRole('button', { name: ko.banner.seen }).click();
    await expect(banner).toHaveCount(0);
    await page.goto(`/safety/alerts/${alertId}`);
    await expect(page.getByRole('heading', { level: 1, name: '강도 경보' })).toBeVisible();
    await expect(page.getByText(/확인함/)).toBeVisible();
    await expectNoSeriousViolations(page, 'alert page (recipient)');

    // The raiser sees the record: the neighbour is among those it reached, and has seen it.
    const record = await reporter.get(`/api/v1/alerts/${alertId}`);
    const body = (await record.json()) as { record: { seenCount: number; sentCount: number } };
    expect(body.record.sentCount).toBeGreaterThanOrEqual(1);
    expect(body.record.seenCount).toBe(1);
  } finally {
    await reporter.dispose();
  }
});

test('a member reports a robbery with a photo and alerts the neighbours; a neighbour’s open page shows it live in Korean; the liaison sees it on the desk', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The neighbour (Gogi House, next to Han Mart) has the app open, in Korean.
  await signIn(page.request, 'owner@gogihouse.example');
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Han Mart's owner reports the robbery from the form, with a photo, in Korean.
  const memberContext = await browser.newContext({ locale: 'ko-KR' });
  const member = await memberContext.newPage();
  await signIn(member.request, 'owner@hanmart.example');
  await member.goto('/safety/report');
  await member.getByRole('button', { name: incidentsKo.incidentTypes.robbery, exact: true }).click();
  // Twenty minutes ago, so the desk's newest-first list of the other browser test is not disturbed.
  const twentyMinutesAgo = await member.evaluate(() => {
    const at = new Date(Date.now() - 20 * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  });
  await member.getByLabel(incidentsKo.report.when).fill(twentyMinutesAgo);
  const description = '오후 강도: 남성 두 명이 계산대 현금을 빼앗아 도주했습니다. (경보 테스트)';
  await member.getByRole('textbox', { name: incidentsKo.report.description }).fill(description);
  const photo = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#2c3e50' } })
    .jpeg()
    .toBuffer();
  await member
    .locator('input[type="file"]')
    .setInputFiles({ name: 'door.jpg', mimeType: 'image/jpeg', buffer: photo });
  await member.getByRole('button', { name: incidentsKo.report.submit }).click();
  await expect(member).toHaveURL(/\/safety\/incidents\/[\w-]+$/);
  await expect(
    member.getByRole('img', { name: incidentsKo.incident.photo.replace('{{n}}', '1') }),
  ).toBeVisible();

  // …and raises an alert from the incident page.
  await member.getByRole('link', { name: incidentsKo.incident.raiseAlert }).click();
  await expect(member.getByRole('heading', { level: 1, name: ko.raise.title })).toBeVisible();
  const message = '회색 승합차, 번호판 일부 7KX, 북쪽으로 도주';
  await member.getByRole('textbox', { name: ko.raise.message }).fill(message);
  await member.getByRole('button', { name: ko.raise.submit }).click();
  await expect(member).toHaveURL(/\/safety\/alerts\/[\w-]+$/);
  await memberContext.close();

  // The neighbour's page shows it without a reload, in Korean.
  const banner = page.getByRole('alert').filter({ hasText: message });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('경보:');
  await expect(banner).toContainText('강도');

  // The police liaison finds the report on the desk.
  const liaisonContext = await browser.newContext({ locale: 'en-US' });
  const liaison = await liaisonContext.newPage();
  await signIn(liaison.request, 'liaison@dallaspolice.example');
  await liaison.goto('/safety/desk/kacc-dallas');
  await expect(liaison.getByRole('region', { name: /^Incidents \(\d+\)$/ })).toContainText(description);
  await expectNoSeriousViolations(liaison, 'liaison desk with the new report');
  await liaisonContext.close();
});
