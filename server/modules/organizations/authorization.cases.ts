import { addMembership, createUser } from '../../../test/fixtures.ts';
import { everyone, type MatrixWorld, type RouteCase } from '../../../test/world.ts';
import type { Db } from '../../platform/db/database.ts';
import { hashSecret, inDays, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import { createApiToken } from '../tokens/service.ts';

/**
 * The authorization matrix of the organization, pillar, token and outbox routes (run by
 * authorization.test.ts; test/route-coverage.test.ts checks every API route is in some matrix).
 * To cover a new route, add one row.
 */

const orgAdmins = ['admin', 'platformAdmin', 'token'] as const;
const signedInOrgAdmins = ['admin', 'platformAdmin'] as const;
const anyOrgAdmin = ['admin', 'otherAdmin', 'platformAdmin'] as const;

export async function freshMembership(db: Db, organizationId: string): Promise<string> {
  const user = await createUser(db);
  await addMembership(db, organizationId, user.id, 'member');
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function freshInvitation(db: Db, organizationId: string): Promise<string> {
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

export async function freshApplication(db: Db, organizationId: string): Promise<string> {
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
const base = (w: MatrixWorld) => `/api/v1/organizations/${w.org.slug}`;

export const organizationRoutes: RouteCase[] = [
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
