import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { hashSecret } from '../../platform/auth/secrets.ts';
import { createWorld, type World } from '../../../test/world.ts';
import { createApiToken } from './service.ts';

describe.each(dialects)('API tokens on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
    url = `/api/v1/organizations/${world.org.slug}/tokens`;
  });
  afterAll(() => t.close());

  it('creates a token shown once, which then works as an org admin Bearer token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: world.headers.admin,
      payload: { name: 'CRM sync' },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(Object.keys(created).sort()).toEqual(['id', 'name', 'prefix', 'token']);
    expect(created.prefix).toBe(created.token.slice(0, 8));
    const row = await t.handle.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(created.token));
    expect(row.created_by).toBe(world.users.admin.id);

    const members = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${world.org.slug}/members`,
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(members.statusCode).toBe(200);
  });

  it('lists tokens by prefix, never the secret or its hash', async () => {
    const created = await createApiToken(t.handle.db, world.org.id, 'Listed', null);
    const res = await t.app.inject({ method: 'GET', url, headers: world.headers.admin });
    expect(res.statusCode).toBe(200);
    const listed = res.json().find((x: { id: string }) => x.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: 'Listed',
      prefix: created.prefix,
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(res.body).not.toContain(created.token);
    expect(res.body).not.toContain(hashSecret(created.token));
  });

  it('revokes a token so it stops working', async () => {
    const created = await createApiToken(t.handle.db, world.org.id, 'Short-lived', null);
    const bearer = { authorization: `Bearer ${created.token}` };
    const outbox = `/api/v1/organizations/${world.org.slug}/outbox`;
    expect((await t.app.inject({ method: 'GET', url: outbox, headers: bearer })).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `${url}/${created.id}`,
      headers: world.headers.admin,
    });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: outbox, headers: bearer })).statusCode).toBe(401);
    const listed = (await t.app.inject({ method: 'GET', url, headers: world.headers.admin })).json();
    expect(listed.find((x: { id: string }) => x.id === created.id).revokedAt).not.toBeNull();
  });

  it('does not let a token create or revoke tokens', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: world.headers.token,
      payload: { name: 'escalate' },
    });
    expect(res.statusCode).toBe(403);
    const count = await t.handle.db
      .selectFrom('api_tokens')
      .select('id')
      .where('name', '=', 'escalate')
      .execute();
    expect(count).toHaveLength(0);
  });

  it('answers 404 for a token of another organization and leaves it alone', async () => {
    const foreign = await createApiToken(t.handle.db, world.other.id, 'Foreign', null);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `${url}/${foreign.id}`,
      headers: world.headers.admin,
    });
    expect(res.statusCode).toBe(404);
    const row = await t.handle.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', foreign.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });

  it.each([{}, { name: '' }, { name: 'x'.repeat(101) }, { name: 'ok', scope: 'all' }])(
    'rejects bad input %j',
    async (payload) => {
      const res = await t.app.inject({ method: 'POST', url, headers: world.headers.admin, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    },
  );
});
