import { expect, test, type APIRequestContext } from '@playwright/test';
import ko from '../../web/src/gatherings/registrations/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// Members of the Korean chamber register in Korean.
test.use({ locale: 'ko-KR' });

/** A local date two weeks from now: always a coming occurrence. */
const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

/** Staff create the event through the API, as the organizer's editor would. */
async function createEvent(
  request: APIRequestContext,
  extra: object,
): Promise<{ id: string; title: string }> {
  const csrf = await signIn(request, 'staff@kaccdallas.org');
  const title = `회원 네트워킹 ${Date.now()}`;
  const response = await request.post('/api/v1/organizations/kacc-dallas/events', {
    headers: { 'x-csrf-token': csrf },
    data: {
      kind: 'roundtable',
      titleKo: title,
      titleEn: 'Member networking',
      startsOn: inTwoWeeks(),
      startTime: '18:00',
      endTime: '20:00',
      venueName: '한인문화센터',
      audience: 'members',
      ...extra,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { id: ((await response.json()) as { id: string }).id, title };
}

test('a member answers the question, registers and sees the ticket', async ({ page, request }) => {
  const { id, title } = await createEvent(request, {
    capacity: 40,
    questions: [
      {
        id: 'track',
        labelKo: '관심 분야',
        labelEn: 'Track',
        kind: 'choice',
        required: true,
        options: [
          { value: 'safety', labelKo: '안전한 도시', labelEn: 'Safe City' },
          { value: 'store', labelKo: '스마트 스토어', labelEn: 'Smart Store' },
        ],
      },
      {
        id: 'diet',
        labelKo: '식사 제한',
        labelEn: 'Dietary needs',
        kind: 'text',
        options: [],
        required: false,
      },
    ],
  });
  await signIn(page.request, 'owner@hanmart.example');
  await page.goto(`/events/kacc-dallas/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const form = page.getByRole('form', { name: ko.form.title });
  await expect(form.getByText('한상우')).toBeVisible();
  await expectNoSeriousViolations(page, 'registration form');

  // The required question unanswered: the server's message shows on it, in Korean.
  await form.getByRole('button', { name: ko.form.register }).click();
  await expect(form.getByText('“관심 분야”에 답해 주세요.')).toBeVisible();

  await form.getByRole('radio', { name: '스마트 스토어' }).check();
  await form.getByRole('textbox', { name: '식사 제한' }).fill('채식');
  await form.getByRole('button', { name: ko.form.register }).click();

  await expect(page.getByRole('heading', { name: ko.ticket.title })).toBeVisible();
  await expect(page.getByText(ko.status.registered)).toBeVisible();
  await expect(page.getByRole('img', { name: ko.ticket.qrAlt })).toBeVisible();
  await expectNoSeriousViolations(page, 'ticket');

  // Still there after a reload (found by the account).
  await page.reload();
  await expect(page.getByRole('img', { name: ko.ticket.qrAlt })).toBeVisible();
});

test('with one place taken, the next person joins the waitlist', async ({ page, request, playwright }) => {
  const { id } = await createEvent(request, { capacity: 1, waitlist: true });
  const first = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const csrf = await signIn(first, 'owner@gogihouse.example');
  const taken = await first.post(
    `/api/v1/organizations/kacc-dallas/events/${id}/occurrences/${inTwoWeeks()}/registrations`,
    { headers: { 'x-csrf-token': csrf }, data: {} },
  );
  expect(taken.status(), await taken.text()).toBe(201);
  await first.dispose();

  await signIn(page.request, 'owner@hanmart.example');
  await page.goto(`/events/kacc-dallas/${id}`);
  const form = page.getByRole('form', { name: ko.form.title });
  await expect(form.getByText(ko.form.fullHint)).toBeVisible();
  await form.getByRole('button', { name: ko.form.joinWaitlist }).click();
  await expect(page.getByText(ko.status.waitlisted)).toBeVisible();
  await expect(page.getByText(ko.ticket.position.replace('{{position}}', '1'))).toBeVisible();
  await expect(page.getByRole('img', { name: ko.ticket.qrAlt })).toHaveCount(0);

  // Cancelling asks first, then frees the place in line.
  await page.getByRole('button', { name: ko.ticket.cancel }).click();
  await page.getByRole('button', { name: ko.ticket.confirmCancel }).click();
  await expect(page.getByText(ko.ticket.wasCancelled)).toBeVisible();
});
