import { expect, test, type APIRequestContext } from '@playwright/test';
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
