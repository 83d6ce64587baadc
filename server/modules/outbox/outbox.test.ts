import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { createWorld, type World } from '../../../test/world.ts';

describe.each(dialects)('outbox on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
    const mail = (to: string, organizationId: string | null) =>
      queueMail(t.handle.db, { to, locale: 'en', template: 'mail', params: {}, organizationId }, false);
    await mail('own@example.test', world.org.id);
    await mail('other@example.test', world.other.id);
    await mail('reset@example.test', null);
  });
  afterAll(() => t.close());

  const read = async (role: 'admin' | 'platformAdmin' | 'token', slug = world.org.slug) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${slug}/outbox`,
      headers: world.headers[role],
    });
    expect(res.statusCode).toBe(200);
    return res.json() as { toAddress: string }[];
  };

  it("shows an org admin only their organization's mail", async () => {
    const messages = await read('admin');
    expect(messages.map((m) => m.toAddress)).toEqual(['own@example.test']);
    expect(Object.keys(messages[0]!).sort()).toEqual(
      ['bodyText', 'createdAt', 'id', 'locale', 'sentAt', 'status', 'subject', 'toAddress'].sort(),
    );
    expect(messages[0]).toMatchObject({ status: 'stored', sentAt: null });
  });

  it("shows an API token only its organization's mail", async () => {
    expect((await read('token')).map((m) => m.toAddress)).toEqual(['own@example.test']);
  });

  it('shows a platform admin every message, including mail of no organization', async () => {
    const addresses = (await read('platformAdmin')).map((m) => m.toAddress).sort();
    expect(addresses).toEqual(['other@example.test', 'own@example.test', 'reset@example.test']);
  });

  it('answers 404 for an unknown organization', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organizations/none/outbox',
      headers: world.headers.platformAdmin,
    });
    expect(res.statusCode).toBe(404);
  });
});
