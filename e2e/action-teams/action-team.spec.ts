import { expect, test, type Browser } from '@playwright/test';
import ko from '../../web/src/action-teams/locales/ko.ts';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { signIn } from '../support/api.ts';

// The chamber's staff and the partner both use Korean.
test.use({ locale: 'ko-KR' });

const SECURE_KOREA = '시큐어코리아 보안시스템';
const PARTNER = '정민호';
/** The partner and the visitor read on a phone. */
const PHONE = { width: 390, height: 844 };

/** A second person in their own browser, signed in through the API. */
async function personPage(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ locale: 'ko-KR', baseURL, viewport: PHONE });
  const page = await context.newPage();
  const csrf = await signIn(page.request, email);
  return { page, csrf };
}

test('staff forms a Cyber Security team, invites a suggested partner who accepts, and the team shows publicly', async ({
  page,
  browser,
  baseURL,
}) => {
  const origin = baseURL ?? '';
  // SecureKorea lists a cyber-security service (its own people add offers to its profile).
  const partner = await personPage(browser, origin, 'partner@securekorea.example');
  const pillars = (await (await partner.page.request.get('/api/v1/pillars')).json()) as {
    id: string;
    key: string;
  }[];
  const cyber = pillars.find((p) => p.key === 'cyber-security');
  const offered = await partner.page.request.post('/api/v1/businesses/secure-korea/offers', {
    headers: { 'x-csrf-token': partner.csrf },
    data: {
      pillarId: cyber?.id,
      descriptionKo: '매장 네트워크 보안 점검과 POS 결제 보안',
      descriptionEn: 'Store network security audits and POS payment security',
    },
  });
  expect(offered.status(), await offered.text()).toBe(201);

  await signIn(page.request, 'staff@kaccdallas.org');
  await page.goto('/teams/org/kacc-dallas');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ko.title);
  await expectNoSeriousViolations(page, 'action teams of an organization');

  const name = `사이버 보안 액션 팀 ${Date.now()}`;
  const create = page.getByRole('form', { name: ko.create.title });
  await create.getByRole('combobox', { name: ko.create.pillar }).selectOption({ label: '사이버 보안' });
  await create.getByRole('textbox', { name: ko.create.nameKo }).fill(name);
  await create.getByRole('textbox', { name: ko.create.nameEn }).fill('Cyber Security');
  await create
    .getByRole('textbox', { name: ko.create.summaryKo })
    .fill('매장 네트워크와 결제 보안을 돕습니다.');
  await create.getByRole('button', { name: ko.create.submit }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const teamUrl = page.url();
  const suggestions = page.getByRole('region', { name: ko.suggestions.title });
  await expect(suggestions.getByText(SECURE_KOREA, { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'team page');
  await suggestions
    .getByRole('button', { name: ko.suggestions.invite.replace('{{name}}', SECURE_KOREA) })
    .click();
  const members = page.getByRole('region', { name: ko.members.title });
  await expect(members.getByRole('row', { name: new RegExp(PARTNER) })).toContainText(ko.statuses.invited);

  // The partner answers from their invitations page.
  await partner.page.goto('/teams/invitations');
  await expect(partner.page.getByRole('heading', { level: 1 })).toHaveText(ko.invitations.title);
  await expectNoSeriousViolations(partner.page, 'invitations page');
  await partner.page.getByRole('button', { name: `${ko.invitations.accept}: ${name}` }).click();
  await expect(partner.page.getByRole('button', { name: `${ko.invitations.leave}: ${name}` })).toBeVisible();

  await page.goto(teamUrl);
  await expect(members.getByRole('row', { name: new RegExp(PARTNER) })).toContainText(ko.statuses.active);

  const goalForm = page.getByRole('form', { name: ko.goals.submit });
  await goalForm.getByRole('textbox', { name: ko.goals.titleKo }).fill('회원 업소 보안 점검 30곳');
  await goalForm.getByLabel(ko.goals.targetOn).fill('2027-06-30');
  await goalForm.getByRole('button', { name: ko.goals.submit }).click();
  const goals = page.getByRole('region', { name: ko.goals.title });
  await expect(goals.getByText('회원 업소 보안 점검 30곳')).toBeVisible();

  const taskForm = page.getByRole('form', { name: ko.tasks.newTask });
  await taskForm.getByRole('textbox', { name: ko.tasks.task }).fill('점검표 초안 작성');
  await taskForm.getByRole('combobox', { name: ko.tasks.owner }).selectOption({ label: PARTNER });
  await taskForm.getByRole('button', { name: ko.tasks.submit }).click();
  const todo = page.getByRole('region', { name: ko.tasks.status.todo, exact: true });
  await expect(todo.getByText('점검표 초안 작성')).toBeVisible();
  await expect(todo.getByText(PARTNER)).toBeVisible();

  // Anyone, signed out, reads the public page.
  const visitorContext = await browser.newContext({ locale: 'ko-KR', baseURL: origin, viewport: PHONE });
  const visitor = await visitorContext.newPage();
  const slug = new URL(teamUrl).pathname.split('/').pop() ?? '';
  await visitor.goto(`/teams/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(name);
  const publicMembers = visitor.getByRole('region', { name: ko.public.members });
  await expect(publicMembers.getByText(PARTNER)).toBeVisible();
  await expect(publicMembers.getByRole('link', { name: SECURE_KOREA })).toHaveAttribute(
    'href',
    '/b/secure-korea',
  );
  await expect(
    visitor.getByRole('region', { name: ko.public.goals }).getByText('회원 업소 보안 점검 30곳'),
  ).toBeVisible();
  await expectNoSeriousViolations(visitor, 'public team page');
});
