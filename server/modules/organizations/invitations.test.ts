import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createUser } from '../../../test/fixtures.ts';
import { hashSecret, newId, now } from '../../platform/auth/secrets.ts';
import { createWorld, type World } from '../../../test/world.ts';

describe.each(dialects)('invitations on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'https://dari.example' });
    world = await createWorld(t.handle.db);
    url = `/api/v1/organizations/${world.org.slug}/invitations`;
  });
  afterAll(() => t.close());

  const invite = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, headers: world.headers.admin, payload });

  async function mailTo(email: string) {
    return t.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', email)
      .orderBy('created_at')
      .execute();
  }

  it('invites by e-mail, stores only the token hash and mails the link in the chosen language', async () => {
    const res = await invite({ email: 'New.Owner@Example.test', role: 'member', locale: 'ko' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ email: 'new.owner@example.test', role: 'member', status: 'pending' });
    const days = (Date.parse(body.expiresAt) - Date.parse(body.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(14, 1);

    const [mail] = await mailTo('new.owner@example.test');
    expect(mail).toMatchObject({ locale: 'ko', organization_id: world.org.id, status: 'stored' });
    expect(mail!.subject).toContain('초대');
    const token = /https:\/\/dari\.example\/invitations\/([\w-]+)/.exec(mail!.body_text)?.[1];
    expect(token).toBeTruthy();
    const row = await t.handle.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(token!));
    expect(row.token_hash).not.toContain(token!);
    expect(row.invited_by).toBe(world.users.admin.id);
    expect(res.body).not.toContain(token!);
  });

  it('mails English invitations in English', async () => {
    await invite({ email: 'english@example.test', role: 'partner', locale: 'en' });
    const [mail] = await mailTo('english@example.test');
    expect(mail!.subject).toContain('invited');
    expect(mail!.body_text).toContain('partner');
  });

  it('keeps only the newest link usable when someone is invited again', async () => {
    const first = await invite({ email: 'twice@example.test', role: 'member', locale: 'en' });
    const second = await invite({ email: 'twice@example.test', role: 'member', locale: 'en' });
    const list = (await t.app.inject({ method: 'GET', url, headers: world.headers.admin })).json();
    const status = (id: string) => list.find((i: { id: string }) => i.id === id).status;
    expect(status(first.json().id)).toBe('revoked');
    expect(status(second.json().id)).toBe('pending');
  });

  it('refuses to invite an active member (409 already_member)', async () => {
    const res = await invite({ email: world.users.member.email.toUpperCase(), role: 'member', locale: 'en' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_member');
    expect(await mailTo(world.users.member.email)).toHaveLength(0);
  });

  it('may invite someone who only has an account or is a member elsewhere', async () => {
    const res = await invite({ email: world.users.otherAdmin.email, role: 'admin', locale: 'en' });
    expect(res.statusCode).toBe(201);
    const outsider = await createUser(t.handle.db);
    expect((await invite({ email: outsider.email, role: 'liaison', locale: 'en' })).statusCode).toBe(201);
  });

  it.each([
    [{ email: 'not-an-email', role: 'member', locale: 'en' }, 'email'],
    [{ email: 'ok@example.test', role: 'owner', locale: 'en' }, 'role'],
    [{ email: 'ok@example.test', role: 'member', locale: 'fr' }, 'locale'],
    [{ email: 'ok@example.test', role: 'member' }, 'locale'],
    [{ email: 'ok@example.test', role: 'member', locale: 'en', token: 'x' }, 'token'],
    [{ email: `${'a'.repeat(260)}@example.test`, role: 'member', locale: 'en' }, 'email'],
  ])('rejects bad input %j and writes nothing', async (payload, field) => {
    const res = await invite(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toBeTruthy();
    expect(await mailTo('ok@example.test')).toHaveLength(0);
  });

  it('lists invitations with computed statuses', async () => {
    const db = t.handle.db;
    const base = {
      organization_id: world.org.id,
      role: 'member' as const,
      invited_by: null,
      application_id: null,
      created_at: now(),
    };
    await db
      .insertInto('invitations')
      .values([
        {
          ...base,
          id: newId(),
          email: 'expired@example.test',
          token_hash: hashSecret('e'),
          expires_at: '2000-01-01T00:00:00.000Z',
          accepted_at: null,
          revoked_at: null,
        },
        {
          ...base,
          id: newId(),
          email: 'accepted@example.test',
          token_hash: hashSecret('a'),
          expires_at: '2999-01-01T00:00:00.000Z',
          accepted_at: now(),
          revoked_at: null,
        },
      ])
      .execute();
    const list = (await t.app.inject({ method: 'GET', url, headers: world.headers.admin })).json();
    const byEmail = (email: string) => list.find((i: { email: string }) => i.email === email);
    expect(byEmail('expired@example.test').status).toBe('expired');
    expect(byEmail('accepted@example.test').status).toBe('accepted');
    expect(Object.keys(byEmail('accepted@example.test')).sort()).toEqual([
      'createdAt',
      'email',
      'expiresAt',
      'id',
      'role',
      'status',
    ]);
  });

  it('revokes a pending invitation, but not an accepted one or one of another organization', async () => {
    const created = (await invite({ email: 'revoke-me@example.test', role: 'member', locale: 'en' })).json();
    const res = await t.app.inject({
      method: 'DELETE',
      url: `${url}/${created.id}`,
      headers: world.headers.admin,
    });
    expect(res.statusCode).toBe(204);
    const row = await t.handle.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${url}/${created.id}`, headers: world.headers.admin }))
        .statusCode,
    ).toBe(204);

    const accepted = await t.handle.db
      .selectFrom('invitations')
      .select('id')
      .where('email', '=', 'accepted@example.test')
      .executeTakeFirstOrThrow();
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${url}/${accepted.id}`, headers: world.headers.admin }))
        .statusCode,
    ).toBe(409);

    const foreign = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/organizations/${world.other.slug}/invitations`,
        headers: world.headers.otherAdmin,
        payload: { email: 'foreign@example.test', role: 'member', locale: 'en' },
      })
    ).json();
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${url}/${foreign.id}`, headers: world.headers.admin }))
        .statusCode,
    ).toBe(404);
    const foreignRow = await t.handle.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', foreign.id)
      .executeTakeFirstOrThrow();
    expect(foreignRow.revoked_at).toBeNull();
  });

  it('records no inviter when an API token invites', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: world.headers.token,
      payload: { email: 'by-token@example.test', role: 'member', locale: 'en' },
    });
    expect(res.statusCode).toBe(201);
    const row = await t.handle.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.invited_by).toBeNull();
  });
});
