import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  addMembership,
  createOrganization,
  createUser,
  sessionHeaders,
  TEST_PASSWORD,
} from '../../../test/fixtures.ts';
import { hashSecret, inDays, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import { SESSION_COOKIE } from '../../platform/auth/session.ts';
import type { MembershipRole } from '../../platform/db/schema.ts';

function cookieFrom(setCookie: string | string[] | undefined): string {
  const first = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) =>
    c.startsWith(SESSION_COOKIE),
  );
  return (first ?? '').split(';')[0] ?? '';
}

describe.each(dialects)('accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { LOGIN_RATE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  async function invite(
    organizationId: string,
    email: string,
    role: MembershipRole = 'member',
    expiresAt = inDays(14),
  ) {
    const token = newSecret();
    await t.handle.db
      .insertInto('invitations')
      .values({
        id: newId(),
        organization_id: organizationId,
        email,
        role,
        token_hash: hashSecret(token),
        invited_by: null,
        application_id: null,
        expires_at: expiresAt,
        accepted_at: null,
        revoked_at: null,
        created_at: now(),
      })
      .execute();
    return token;
  }

  it('answers an anonymous session with no user and no abilities to manage', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/session' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: null, csrfToken: null, memberships: [], businesses: [] });
    expect(res.json().abilities.global).not.toContain('platform.manage');
  });

  it('signs in with an HttpOnly cookie, then requires the CSRF token on writes, and signs out', async () => {
    const org = await createOrganization(t.handle.db);
    const user = await createUser(t.handle.db, { email: 'login@example.test' });
    await addMembership(t.handle.db, org.id, user.id, 'admin');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'LOGIN@example.test', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const body = login.json();
    expect(body.user.email).toBe('login@example.test');
    expect(body.abilities.organizations[org.id]).toContain('members.manage');
    const cookie = cookieFrom(login.headers['set-cookie']);

    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie },
      payload: { name: 'X' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_invalid');

    const renamed = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
      payload: { name: 'Renamed', locale: 'ko' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().user).toMatchObject({ name: 'Renamed', locale: 'ko' });

    const logout = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect(after.json().user).toBeNull();
  });

  it('refuses a wrong password in the caller’s language and rate-limits attempts', async () => {
    await createUser(t.handle.db, { email: 'limited@example.test' });
    const statuses: number[] = [];
    let first: { error: { code: string; message: string } } | undefined;
    for (let i = 0; i < 7; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '10.9.9.9',
        headers: { 'accept-language': 'ko' },
        payload: { email: 'limited@example.test', password: 'wrong password' },
      });
      statuses.push(res.statusCode);
      first ??= res.json();
    }
    expect(first?.error).toEqual({
      code: 'invalid_credentials',
      message: '이메일 또는 비밀번호가 올바르지 않습니다.',
    });
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('rejects unknown fields and bad e-mails with field errors', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '10.1.1.1',
      payload: { email: 'not-an-email', password: 'x', admin: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['email', 'admin']));
  });

  it('signs a new member up through an invitation, with a business, in Korean', async () => {
    const org = await createOrganization(t.handle.db);
    const token = await invite(org.id, 'newowner@example.test');
    const look = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(look.statusCode).toBe(200);
    expect(look.json()).toMatchObject({
      email: 'newowner@example.test',
      role: 'member',
      accountExists: false,
    });

    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      payload: {
        name: '박민수',
        password: 'a-long-password',
        locale: 'ko',
        businessNameKo: '민수 마트',
        businessNameEn: 'Minsu Mart',
      },
    });
    expect(accept.statusCode).toBe(200);
    const session = accept.json();
    expect(session.user).toMatchObject({ email: 'newowner@example.test', locale: 'ko' });
    expect(session.memberships).toEqual([expect.objectContaining({ role: 'member', status: 'active' })]);
    expect(session.businesses).toEqual([
      expect.objectContaining({ nameKo: '민수 마트', nameEn: 'Minsu Mart', role: 'owner' }),
    ]);

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${token}/accept`,
      headers: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' },
      payload: { name: 'x', password: 'a-long-password', locale: 'ko' },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.message).toContain('초대');
  });

  it('lets an existing account join a second organization only with its password, keeping one business', async () => {
    const first = await createOrganization(t.handle.db);
    const second = await createOrganization(t.handle.db);
    const firstToken = await invite(first.id, 'twoorgs@example.test');
    const joined = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${firstToken}/accept`,
      payload: { name: 'Two Orgs', password: 'first-password', locale: 'en', businessNameEn: 'Two Org Cafe' },
    });
    expect(joined.statusCode).toBe(200);
    const secondToken = await invite(second.id, 'twoorgs@example.test');
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${secondToken}/accept`,
      payload: { name: 'Two Orgs', password: 'not-the-password', locale: 'en' },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${secondToken}/accept`,
      payload: { name: 'Two Orgs', password: 'first-password', locale: 'en' },
    });
    expect(right.statusCode).toBe(200);
    expect(right.json().memberships).toHaveLength(2);
    expect(right.json().businesses).toHaveLength(1);
    const links = await t.handle.db
      .selectFrom('business_organizations')
      .select('organization_id')
      .where('business_id', '=', right.json().businesses[0].id)
      .execute();
    expect(links.map((l) => l.organization_id).sort()).toEqual([first.id, second.id].sort());
  });

  it('refuses expired invitations', async () => {
    const org = await createOrganization(t.handle.db);
    const token = await invite(
      org.id,
      'late@example.test',
      'member',
      new Date(Date.now() - 1000).toISOString(),
    );
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(res.statusCode).toBe(410);
  });

  it('resets a password through an e-mailed link and signs the account out everywhere', async () => {
    const user = await createUser(t.handle.db, { email: 'forgot@example.test', locale: 'ko' });
    const oldSession = await sessionHeaders(t.handle.db, user.id);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { email: 'nobody@example.test' },
    });
    expect(unknown.statusCode).toBe(202);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { email: 'forgot@example.test' },
    });
    expect(res.statusCode).toBe(202);
    const mail = await t.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'forgot@example.test')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('다리 비밀번호 재설정');
    expect(mail.status).toBe('stored');
    const token = /reset-password\/([\w-]+)/.exec(mail.body_text)?.[1] ?? '';
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/password-resets/${token}`,
      payload: { password: 'brand-new-password' },
    });
    expect(reset.statusCode).toBe(204);
    const reuse = await t.app.inject({
      method: 'POST',
      url: `/api/v1/password-resets/${token}`,
      payload: { password: 'brand-new-password' },
    });
    expect(reuse.statusCode).toBe(400);
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: oldSession.cookie ?? '' },
    });
    expect(stale.json().user).toBeNull();
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '10.2.2.2',
      payload: { email: 'forgot@example.test', password: 'brand-new-password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('changes the password only with the current one', async () => {
    const user = await createUser(t.handle.db);
    const headers = await sessionHeaders(t.handle.db, user.id);
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers,
      payload: { currentPassword: 'nope', newPassword: 'another-long-one' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.currentPassword).toBeTruthy();
    const right = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another-long-one' },
    });
    expect(right.statusCode).toBe(200);
  });

  it('rejects a revoked or unknown Bearer token with 401', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { authorization: 'Bearer nope' },
    });
    expect(res.statusCode).toBe(401);
  });
});
