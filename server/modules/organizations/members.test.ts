import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { createBusiness } from '../../../test/fixtures.ts';
import { createWorld, type World } from '../../../test/world.ts';

describe.each(dialects)('members on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  const app = () => t.app;
  const db = () => t.handle.db;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  // A fresh pair of organizations per test: these tests change who is admin.
  beforeEach(async () => {
    world = await createWorld(t.handle.db);
  });
  afterAll(() => t.close());

  async function membershipOf(userId: string, organizationId = world.org.id) {
    return db()
      .selectFrom('memberships')
      .selectAll()
      .where('user_id', '=', userId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
  }

  const url = (membershipId = '') =>
    `/api/v1/organizations/${world.org.slug}/members${membershipId ? `/${membershipId}` : ''}`;

  it('lists members with only their businesses in this organization', async () => {
    await createBusiness(db(), {
      organizationIds: [world.org.id],
      ownerId: world.users.member.id,
      nameEn: 'Here Shop',
    });
    await createBusiness(db(), {
      organizationIds: [world.other.id],
      ownerId: world.users.member.id,
      nameEn: 'Elsewhere Shop',
    });
    const res = await app().inject({ method: 'GET', url: url(), headers: world.headers.admin });
    expect(res.statusCode).toBe(200);
    const members = res.json();
    expect(members).toHaveLength(5);
    const member = members.find((m: { user: { id: string } }) => m.user.id === world.users.member.id);
    expect(member).toMatchObject({
      role: 'member',
      status: 'active',
      user: { name: 'Member', email: world.users.member.email },
    });
    expect(member.businesses.map((b: { nameEn: string }) => b.nameEn)).toEqual(['Here Shop']);
    expect(Object.keys(member.user).sort()).toEqual(['email', 'id', 'name']);
  });

  it('filters by status and rejects an unknown status', async () => {
    const suspended = await app().inject({
      method: 'GET',
      url: `${url()}?status=suspended`,
      headers: world.headers.admin,
    });
    expect(suspended.json().map((m: { user: { name: string } }) => m.user.name)).toEqual(['Suspended Admin']);
    const bad = await app().inject({
      method: 'GET',
      url: `${url()}?status=gone`,
      headers: world.headers.admin,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('changes a role, suspends and reactivates a member', async () => {
    const membership = await membershipOf(world.users.member.id);
    const promoted = await app().inject({
      method: 'PATCH',
      url: url(membership!.id),
      headers: world.headers.admin,
      payload: { role: 'partner' },
    });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ id: membership!.id, role: 'partner', status: 'active' });
    const suspended = await app().inject({
      method: 'PATCH',
      url: url(membership!.id),
      headers: world.headers.admin,
      payload: { status: 'suspended' },
    });
    expect(suspended.json().status).toBe('suspended');
    const reactivated = await app().inject({
      method: 'PATCH',
      url: url(membership!.id),
      headers: world.headers.admin,
      payload: { status: 'active' },
    });
    expect(reactivated.json().status).toBe('active');
  });

  it('never leaves the organization without an active admin', async () => {
    const admin = await membershipOf(world.users.admin.id);
    for (const payload of [{ status: 'suspended' }, { role: 'member' }]) {
      const res = await app().inject({
        method: 'PATCH',
        url: url(admin!.id),
        headers: world.headers.admin,
        payload,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('conflict');
    }
    const removal = await app().inject({
      method: 'DELETE',
      url: url(admin!.id),
      headers: world.headers.admin,
    });
    expect(removal.statusCode).toBe(409);
    expect((await membershipOf(world.users.admin.id))?.role).toBe('admin');
  });

  it('lets an admin step down once another admin is active', async () => {
    const member = await membershipOf(world.users.member.id);
    await app().inject({
      method: 'PATCH',
      url: url(member!.id),
      headers: world.headers.admin,
      payload: { role: 'admin' },
    });
    const admin = await membershipOf(world.users.admin.id);
    const res = await app().inject({
      method: 'PATCH',
      url: url(admin!.id),
      headers: world.headers.admin,
      payload: { role: 'member' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('removes a member and takes their business off the organization', async () => {
    const business = await createBusiness(db(), {
      organizationIds: [world.org.id, world.other.id],
      ownerId: world.users.member.id,
    });
    const membership = await membershipOf(world.users.member.id);
    const res = await app().inject({
      method: 'DELETE',
      url: url(membership!.id),
      headers: world.headers.admin,
    });
    expect(res.statusCode).toBe(204);
    expect(await membershipOf(world.users.member.id)).toBeUndefined();
    const links = await db()
      .selectFrom('business_organizations')
      .select('organization_id')
      .where('business_id', '=', business.id)
      .execute();
    expect(links.map((l) => l.organization_id)).toEqual([world.other.id]);
  });

  it('keeps a shared business listed when a co-owner stays a member', async () => {
    const business = await createBusiness(db(), {
      organizationIds: [world.org.id],
      ownerId: world.users.member.id,
    });
    await db()
      .insertInto('business_users')
      .values({ business_id: business.id, user_id: world.users.partner.id, role: 'staff' })
      .execute();
    const membership = await membershipOf(world.users.member.id);
    await app().inject({ method: 'DELETE', url: url(membership!.id), headers: world.headers.admin });
    const links = await db()
      .selectFrom('business_organizations')
      .select('organization_id')
      .where('business_id', '=', business.id)
      .execute();
    expect(links).toHaveLength(1);
  });

  it('answers 404 for an unknown membership or one of another organization', async () => {
    const foreign = await membershipOf(world.users.otherAdmin.id, world.other.id);
    for (const id of ['missing', foreign!.id]) {
      const patch = await app().inject({
        method: 'PATCH',
        url: url(id),
        headers: world.headers.admin,
        payload: { status: 'suspended' },
      });
      expect(patch.statusCode).toBe(404);
      const del = await app().inject({ method: 'DELETE', url: url(id), headers: world.headers.admin });
      expect(del.statusCode).toBe(404);
    }
    expect((await membershipOf(world.users.otherAdmin.id, world.other.id))?.status).toBe('active');
  });

  it.each([{ role: 'owner' }, { status: 'banned' }, { role: 'member', note: 'x' }])(
    'rejects bad input %j',
    async (payload) => {
      const membership = await membershipOf(world.users.member.id);
      const res = await app().inject({
        method: 'PATCH',
        url: url(membership!.id),
        headers: world.headers.admin,
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect((await membershipOf(world.users.member.id))?.role).toBe('member');
    },
  );
});
