import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import {
  createMatrixWorld,
  describeMatrix,
  roles,
  type MatrixWorld,
  type RoleName,
} from '../../../test/world.ts';
import { createApiToken } from '../tokens/service.ts';
import {
  freshApplication,
  freshInvitation,
  freshMembership,
  organizationRoutes,
} from './authorization.cases.ts';

describeMatrix('organization authorization matrix', organizationRoutes);

describe.each(dialects)('no reading across organizations on %s', (dialect) => {
  let t: TestApp;
  let world: MatrixWorld;
  const secretEmail = 'private-applicant@example.test';
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createMatrixWorld(t.handle.db);
    const admin = world.headers.admin;
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${world.org.slug}/applications`,
      payload: {
        email: secretEmail,
        name: 'Private',
        businessName: 'Hidden Shop',
        message: '',
        locale: 'en',
      },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${world.org.slug}/invitations`,
      headers: admin,
      payload: { email: 'private-invitee@example.test', role: 'member', locale: 'en' },
    });
  });
  afterAll(() => t.close());

  const privatePaths = ['members', 'invitations', 'applications', 'outbox', 'tokens'];
  const outsiders: RoleName[] = [
    'otherAdmin',
    'otherToken',
    'member',
    'partner',
    'liaison',
    'suspendedAdmin',
    'owner',
    'staff',
  ];

  it.each(privatePaths.flatMap((path) => outsiders.map((role) => ({ path, role }))))(
    '$role cannot read $path of the organization',
    async ({ path, role }) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${world.org.slug}/${path}`,
        headers: world.headers[role],
      });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('private-');
      expect(res.body).not.toContain(world.users.member.email);
    },
  );

  it.each(['members', 'invitations', 'applications', 'outbox'])(
    "the other organization's admin sees none of it in their own %s",
    async (path) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/organizations/${world.other.slug}/${path}`,
        headers: world.headers.otherAdmin,
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('private-');
      expect(res.body).not.toContain(world.users.member.email);
    },
  );

  it('an unknown organization is 404 for everyone', async () => {
    for (const role of roles) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/organizations/no-such-org/members',
        headers: world.headers[role],
      });
      expect(res.statusCode).toBe(404);
    }
  });
});

describe.each(dialects)('ids of another organization under our slug on %s', (dialect) => {
  let t: TestApp;
  let world: MatrixWorld;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createMatrixWorld(t.handle.db);
  });
  afterAll(() => t.close());

  // Our admin names our organization in the path but an id that belongs to the other one.
  interface CrossCase {
    name: string;
    roles: readonly RoleName[];
    request: (
      w: MatrixWorld,
    ) => Promise<{ method: 'PATCH' | 'DELETE' | 'POST'; url: string; payload?: object }>;
  }
  const orgAdmins = ['admin', 'token'] as const;
  const cases: CrossCase[] = [
    {
      name: 'PATCH /organizations/:slug/members/:id',
      roles: orgAdmins,
      request: async (w) => ({
        method: 'PATCH',
        url: `/members/${await freshMembership(t.handle.db, w.other.id)}`,
        payload: { status: 'suspended' },
      }),
    },
    {
      name: 'DELETE /organizations/:slug/members/:id',
      roles: orgAdmins,
      request: async (w) => ({
        method: 'DELETE',
        url: `/members/${await freshMembership(t.handle.db, w.other.id)}`,
      }),
    },
    {
      name: 'DELETE /organizations/:slug/invitations/:id',
      roles: orgAdmins,
      request: async (w) => ({
        method: 'DELETE',
        url: `/invitations/${await freshInvitation(t.handle.db, w.other.id)}`,
      }),
    },
    {
      name: 'POST /organizations/:slug/applications/:id/approve',
      roles: orgAdmins,
      request: async (w) => ({
        method: 'POST',
        url: `/applications/${await freshApplication(t.handle.db, w.other.id)}/approve`,
      }),
    },
    {
      name: 'POST /organizations/:slug/applications/:id/reject',
      roles: orgAdmins,
      request: async (w) => ({
        method: 'POST',
        url: `/applications/${await freshApplication(t.handle.db, w.other.id)}/reject`,
      }),
    },
    {
      name: 'DELETE /organizations/:slug/tokens/:id',
      roles: ['admin'],
      request: async (w) => ({
        method: 'DELETE',
        url: `/tokens/${(await createApiToken(t.handle.db, w.other.id, 'theirs', null)).id}`,
      }),
    },
  ];

  it.each(cases.flatMap((c) => c.roles.map((role) => ({ ...c, role }))))(
    "$name as $role with the other organization's id is 404",
    async ({ request, role }) => {
      const { url, ...req } = await request(world);
      const res = await t.app.inject({
        ...req,
        url: `/api/v1/organizations/${world.org.slug}${url}`,
        headers: world.headers[role],
      });
      expect(res.statusCode, res.body).toBe(404);
    },
  );
});
