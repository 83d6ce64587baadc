import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { hashSecret } from '../../platform/auth/secrets.ts';
import { createWorld, type World } from '../../../test/world.ts';

const application = (overrides: Record<string, unknown> = {}) => ({
  email: 'applicant@example.test',
  name: '김민수',
  businessName: '민수 마트',
  message: '가입하고 싶습니다.',
  locale: 'ko',
  ...overrides,
});

describe.each(dialects)('applications on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  let url: string;
  let address = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://dari.example' });
    world = await createWorld(t.handle.db);
    url = `/api/v1/organizations/${world.org.slug}/applications`;
  });
  afterAll(() => t.close());

  // Every public submission from its own address: the rate limit has its own test below.
  const apply = (payload: Record<string, unknown>, slug = world.org.slug) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${slug}/applications`,
      payload,
      remoteAddress: `10.1.0.${++address}`,
    });
  const decide = (id: string, decision: 'approve' | 'reject', headers = world.headers.admin) =>
    t.app.inject({ method: 'POST', url: `${url}/${id}/${decision}`, headers });
  const mailTo = (email: string) =>
    t.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', email)
      .orderBy('created_at')
      .execute();

  it('accepts a public application from an anonymous visitor', async () => {
    const res = await apply(application());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'applicant@example.test',
      name: '김민수',
      businessName: '민수 마트',
      status: 'pending',
      locale: 'ko',
    });
  });

  it('refuses a second pending application and one from an active member', async () => {
    const again = await apply(application({ email: 'APPLICANT@example.test' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.email).toBeTruthy();
    const member = await apply(application({ email: world.users.member.email }));
    expect(member.statusCode).toBe(409);
    expect(member.json().error.code).toBe('already_member');
  });

  it('answers 404 for an unknown organization', async () => {
    expect((await apply(application({ email: 'x@example.test' }), 'no-such-org')).statusCode).toBe(404);
  });

  it.each([
    [{ email: 'bad' }, 'email'],
    [{ name: '' }, 'name'],
    [{ businessName: ' ' }, 'businessName'],
    [{ message: 'x'.repeat(2001) }, 'message'],
    [{ locale: 'ja' }, 'locale'],
    [{ status: 'approved' }, 'status'],
  ])('rejects bad input %j and stores nothing', async (overrides, field) => {
    const res = await apply(application({ email: 'bad-input@example.test', ...overrides }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toBeTruthy();
    const rows = await t.handle.db
      .selectFrom('applications')
      .select('id')
      .where('email', '=', 'bad-input@example.test')
      .execute();
    expect(rows).toHaveLength(0);
  });

  it('explains errors in the visitor language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'accept-language': 'ko-KR,ko;q=0.9' },
      payload: application({ email: 'not-an-email' }),
      remoteAddress: '10.1.1.1',
    });
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      message: '입력 내용을 확인해 주세요.',
    });
    expect(res.json().error.fields.email).toMatch(/[가-힣]/);
    const duplicate = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'accept-language': 'ko' },
      payload: application(),
      remoteAddress: '10.1.1.2',
    });
    expect(duplicate.json().error.fields.email).toBe(
      '이 이메일로 제출된 가입 신청이 이미 검토를 기다리고 있습니다.',
    );
  });

  it('lists applications for the admin, filtered by status', async () => {
    const all = await t.app.inject({ method: 'GET', url, headers: world.headers.admin });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toHaveLength(1);
    const approved = await t.app.inject({
      method: 'GET',
      url: `${url}?status=approved`,
      headers: world.headers.admin,
    });
    expect(approved.json()).toEqual([]);
    const bad = await t.app.inject({
      method: 'GET',
      url: `${url}?status=maybe`,
      headers: world.headers.admin,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('approves: creates a member invitation for the application and mails it in the applicant language', async () => {
    const [pending] = (
      await t.app.inject({ method: 'GET', url: `${url}?status=pending`, headers: world.headers.admin })
    ).json();
    const res = await decide(pending.id, 'approve');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('approved');
    const invitation = await t.handle.db
      .selectFrom('invitations')
      .selectAll()
      .where('application_id', '=', pending.id)
      .executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({
      email: 'applicant@example.test',
      role: 'member',
      invited_by: world.users.admin.id,
    });
    const [mail] = await mailTo('applicant@example.test');
    expect(mail!.locale).toBe('ko');
    const token = /invitations\/([\w-]+)/.exec(mail!.body_text)?.[1];
    expect(hashSecret(token!)).toBe(invitation.token_hash);
    const stored = await t.handle.db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', pending.id)
      .executeTakeFirstOrThrow();
    expect(stored.decided_by).toBe(world.users.admin.id);
    expect(stored.decided_at).not.toBeNull();
  });

  it('refuses to decide an application twice', async () => {
    const [approved] = (
      await t.app.inject({ method: 'GET', url: `${url}?status=approved`, headers: world.headers.admin })
    ).json();
    for (const decision of ['approve', 'reject'] as const) {
      const res = await decide(approved.id, decision);
      expect(res.statusCode).toBe(409);
    }
    expect(await mailTo('applicant@example.test')).toHaveLength(1);
  });

  it('rejects with a polite note in the applicant language', async () => {
    const created = (
      await apply(application({ email: 'declined@example.test', name: 'Jane', locale: 'en' }))
    ).json();
    const res = await decide(created.id, 'reject');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('rejected');
    const [mail] = await mailTo('declined@example.test');
    expect(mail).toMatchObject({ locale: 'en', organization_id: world.org.id });
    expect(mail!.body_text).toContain('Dear Jane');
    const invitations = await t.handle.db
      .selectFrom('invitations')
      .select('id')
      .where('application_id', '=', created.id)
      .execute();
    expect(invitations).toHaveLength(0);
  });

  it('answers 404 when deciding an unknown application or one of another organization', async () => {
    const foreign = (await apply(application({ email: 'foreign@example.test' }), world.other.slug)).json();
    expect((await decide('missing', 'approve')).statusCode).toBe(404);
    expect((await decide(foreign.id, 'approve')).statusCode).toBe(404);
    const own = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${world.other.slug}/applications/${foreign.id}/approve`,
      headers: world.headers.otherAdmin,
    });
    expect(own.statusCode).toBe(200);
  });

  it('rolls back the decision when the approval cannot invite (applicant became a member meanwhile)', async () => {
    const created = (await apply(application({ email: 'late@example.test' }))).json();
    await t.handle.db
      .updateTable('applications')
      .set({ email: world.users.partner.email })
      .where('id', '=', created.id)
      .execute();
    const res = await decide(created.id, 'approve');
    expect(res.statusCode).toBe(409);
    const row = await t.handle.db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });
});

describe.each(dialects)('application rate limit on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
  });
  afterAll(() => t.close());

  it('allows 10 submissions a minute from one address, then answers 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organizations/${world.org.slug}/applications`,
        payload: application({ email: `burst-${i}@example.test` }),
        remoteAddress: '10.9.9.9',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
