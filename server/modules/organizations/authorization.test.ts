import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { addMembership, createUser } from '../../../test/fixtures.ts';
import type { Db } from '../../platform/db/database.ts';
import { hashSecret, inDays, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import { createApiToken } from '../tokens/service.ts';
import { createWorld, roles, type RoleName, type World } from './test-world.ts';

/**
 * The authorization matrix: every route owned by this module family × every kind of caller.
 * Allowed callers must get a 2xx; anonymous callers 401; everyone else 403.
 * To cover a new route, add one row to `routes`.
 */

type Request = Pick<InjectOptions, 'method' | 'url' | 'payload' | 'remoteAddress'>;

interface RouteCase {
  route: string;
  allowed: readonly RoleName[];
  /** A fresh request against the organization under test (creating its target first if needed). */
  request: (db: Db, world: World) => Promise<Request>;
}

const everyone = roles;
const orgAdmins = ['admin', 'platformAdmin', 'token'] as const;
const signedInOrgAdmins = ['admin', 'platformAdmin'] as const;
const anyOrgAdmin = ['admin', 'otherAdmin', 'platformAdmin'] as const;

async function freshMembership(db: Db, organizationId: string): Promise<string> {
  const user = await createUser(db);
  await addMembership(db, organizationId, user.id, 'member');
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function freshInvitation(db: Db, organizationId: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('invitations')
    .values({
      id,
      organization_id: organizationId,
      email: `invitee-${id.slice(0, 8)}@example.test`,
      role: 'member',
      token_hash: hashSecret(newSecret()),
      invited_by: null,
      application_id: null,
      expires_at: inDays(14),
      accepted_at: null,
      revoked_at: null,
      created_at: now(),
    })
    .execute();
  return id;
}

async function freshApplication(db: Db, organizationId: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('applications')
    .values({
      id,
      organization_id: organizationId,
      email: `applicant-${id.slice(0, 8)}@example.test`,
      name: 'Applicant',
      business_name: 'Corner Store',
      message: '',
      locale: 'en',
      status: 'pending',
      decided_by: null,
      decided_at: null,
      created_at: now(),
    })
    .execute();
  return id;
}

let addressCounter = 0;
const base = (w: World) => `/api/v1/organizations/${w.org.slug}`;

const routes: RouteCase[] = [
  {
    route: 'GET /organizations',
    allowed: everyone,
    request: async () => ({ method: 'GET', url: '/api/v1/organizations' }),
  },
  {
    route: 'GET /organizations/:slug',
    allowed: everyone,
    request: async (_db, w) => ({ method: 'GET', url: base(w) }),
  },
  {
    route: 'POST /organizations',
    allowed: ['platformAdmin'],
    request: async () => ({
      method: 'POST',
      url: '/api/v1/organizations',
      payload: {
        slug: `new-${newId().slice(0, 8)}`,
        kind: 'committee',
        nameKo: '새 위원회',
        nameEn: 'New Committee',
      },
    }),
  },
  {
    route: 'PATCH /organizations/:slug',
    allowed: orgAdmins,
    request: async (_db, w) => ({ method: 'PATCH', url: base(w), payload: { descriptionEn: 'Updated' } }),
  },
  {
    route: 'GET /organizations/:slug/members',
    allowed: orgAdmins,
    request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/members` }),
  },
  {
    route: 'PATCH /organizations/:slug/members/:id',
    allowed: orgAdmins,
    request: async (db, w) => ({
      method: 'PATCH',
      url: `${base(w)}/members/${await freshMembership(db, w.org.id)}`,
      payload: { status: 'suspended' },
    }),
  },
  {
    route: 'DELETE /organizations/:slug/members/:id',
    allowed: orgAdmins,
    request: async (db, w) => ({
      method: 'DELETE',
      url: `${base(w)}/members/${await freshMembership(db, w.org.id)}`,
    }),
  },
  {
    route: 'GET /organizations/:slug/invitations',
    allowed: orgAdmins,
    request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/invitations` }),
  },
  {
    route: 'POST /organizations/:slug/invitations',
    allowed: orgAdmins,
    request: async (_db, w) => ({
      method: 'POST',
      url: `${base(w)}/invitations`,
      payload: { email: `new-${newId().slice(0, 8)}@example.test`, role: 'member', locale: 'ko' },
    }),
  },
  {
    route: 'DELETE /organizations/:slug/invitations/:id',
    allowed: orgAdmins,
    request: async (db, w) => ({
      method: 'DELETE',
      url: `${base(w)}/invitations/${await freshInvitation(db, w.org.id)}`,
    }),
  },
  {
    route: 'POST /organizations/:slug/applications',
    allowed: everyone,
    request: async (_db, w) => ({
      method: 'POST',
      url: `${base(w)}/applications`,
      // Each case from its own address, so the public rate limit does not interfere with the matrix.
      remoteAddress: `10.0.0.${++addressCounter}`,
      payload: {
        email: `applicant-${newId().slice(0, 8)}@example.test`,
        name: 'Applicant',
        businessName: 'Corner Store',
        message: 'Hello',
        locale: 'en',
      },
    }),
  },
  {
    route: 'GET /organizations/:slug/applications',
    allowed: orgAdmins,
    request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/applications` }),
  },
  {
    route: 'POST /organizations/:slug/applications/:id/approve',
    allowed: orgAdmins,
    request: async (db, w) => ({
      method: 'POST',
      url: `${base(w)}/applications/${await freshApplication(db, w.org.id)}/approve`,
    }),
  },
  {
    route: 'POST /organizations/:slug/applications/:id/reject',
    allowed: orgAdmins,
    request: async (db, w) => ({
      method: 'POST',
      url: `${base(w)}/applications/${await freshApplication(db, w.org.id)}/reject`,
    }),
  },
  {
    route: 'GET /organizations/:slug/tokens',
    allowed: signedInOrgAdmins,
    request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/tokens` }),
  },
  {
    route: 'POST /organizations/:slug/tokens',
    allowed: signedInOrgAdmins,
    request: async (_db, w) => ({
      method: 'POST',
      url: `${base(w)}/tokens`,
      payload: { name: 'integration' },
    }),
  },
  {
    route: 'DELETE /organizations/:slug/tokens/:id',
    allowed: signedInOrgAdmins,
    request: async (db, w) => ({
      method: 'DELETE',
      url: `${base(w)}/tokens/${(await createApiToken(db, w.org.id, 'spare', null)).id}`,
    }),
  },
  {
    route: 'GET /organizations/:slug/outbox',
    allowed: orgAdmins,
    request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/outbox` }),
  },
  {
    route: 'GET /pillars',
    allowed: everyone,
    request: async () => ({ method: 'GET', url: '/api/v1/pillars' }),
  },
  {
    route: 'POST /pillars',
    allowed: anyOrgAdmin,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/pillars',
      payload: { key: `p-${newId().slice(0, 8)}`, nameKo: '새 분야', nameEn: 'New pillar' },
    }),
  },
  {
    route: 'PATCH /pillars/:id',
    allowed: anyOrgAdmin,
    request: async (db) => {
      const pillar = await db
        .selectFrom('pillars')
        .select('id')
        .orderBy('position')
        .executeTakeFirstOrThrow();
      return { method: 'PATCH', url: `/api/v1/pillars/${pillar.id}`, payload: { nameEn: 'Safe City' } };
    },
  },
  {
    route: 'PUT /pillars/order',
    allowed: anyOrgAdmin,
    request: async (db) => {
      const pillars = await db.selectFrom('pillars').select('id').orderBy('position').execute();
      return { method: 'PUT', url: '/api/v1/pillars/order', payload: { ids: pillars.map((p) => p.id) } };
    },
  },
];

const matrix = routes.flatMap((r) =>
  roles.map((role) => ({ route: r.route, role, allowed: r.allowed.includes(role), request: r.request })),
);

function expectedStatus(role: RoleName, allowed: boolean): string {
  if (allowed) {
    return '2xx';
  }
  return role === 'anonymous' ? '401' : '403';
}

describe.each(dialects)('authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
  });
  afterAll(() => t.close());

  it.each(matrix)('$route as $role (allowed: $allowed)', async ({ role, allowed, request }) => {
    const req = await request(t.handle.db, world);
    const res = await t.app.inject({ ...req, headers: world.headers[role] });
    const status = res.statusCode >= 200 && res.statusCode < 300 ? '2xx' : String(res.statusCode);
    expect(status, res.body).toBe(expectedStatus(role, allowed));
  });
});

describe.each(dialects)('no reading across organizations on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  const secretEmail = 'private-applicant@example.test';
  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createWorld(t.handle.db);
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
