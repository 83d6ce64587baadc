import { expect } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../test/fixtures.ts';
import { everyone, freshHeaders, type RoleName, type RouteCase } from '../../../test/world.ts';
import { hashSecret, inDays, newId, newSecret, now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';

/**
 * The authorization matrix of the account routes (run by authorization.test.ts): most are open to
 * anyone by design (signing in, resetting a password, answering an invitation); PATCH /me needs a
 * signed-in person, never an API token.
 */

export const signedIn: readonly RoleName[] = everyone.filter(
  (role) => role !== 'anonymous' && role !== 'token' && role !== 'otherToken',
);

export async function freshResetToken(db: Db): Promise<string> {
  const user = await createUser(db);
  const token = newSecret();
  await db
    .insertInto('password_resets')
    .values({
      id: newId(),
      user_id: user.id,
      token_hash: hashSecret(token),
      expires_at: inDays(1),
      used_at: null,
      created_at: now(),
    })
    .execute();
  return token;
}

export async function freshInvitationToken(db: Db, organizationId: string): Promise<string> {
  const token = newSecret();
  const id = newId();
  await db
    .insertInto('invitations')
    .values({
      id,
      organization_id: organizationId,
      email: `invitee-${id.slice(0, 8)}@example.test`,
      role: 'member',
      token_hash: hashSecret(token),
      invited_by: null,
      application_id: null,
      expires_at: inDays(14),
      accepted_at: null,
      revoked_at: null,
      created_at: now(),
    })
    .execute();
  return token;
}

// Each rate-limited request from its own address, so the limits do not interfere with the matrix.
let addressCounter = 0;
const ownAddress = () => `10.1.${Math.floor(addressCounter / 250)}.${(addressCounter++ % 250) + 1}`;

export const accountRoutes: RouteCase[] = [
  {
    route: 'GET /session',
    allowed: everyone,
    request: async () => ({ method: 'GET', url: '/api/v1/session' }),
    // A session describes only its own person: their memberships, businesses and abilities.
    check: (res, role, world) => {
      const body = res.json() as {
        user: { email: string } | null;
        memberships: { organization: { id: string } }[];
        abilities: { organizations: Record<string, unknown> };
      };
      const user = signedIn.includes(role) ? world.users[role as keyof typeof world.users] : undefined;
      expect(body.user?.email ?? null).toBe(user?.email ?? null);
      const orgIds = body.memberships.map((m) => m.organization.id).sort();
      expect(Object.keys(body.abilities.organizations).sort()).toEqual(orgIds);
      for (const person of Object.values(world.users)) {
        if (person.email !== user?.email) {
          expect(res.body).not.toContain(person.email);
        }
      }
    },
  },
  {
    route: 'POST /session',
    allowed: everyone,
    request: async (db) => {
      const user = await createUser(db);
      return {
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: user.email, password: TEST_PASSWORD },
      };
    },
  },
  {
    route: 'DELETE /session',
    allowed: everyone,
    // Signing out ends the session it is made with: use one of the caller's own, not the world's.
    request: async (db, world, role) => ({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: await freshHeaders(db, world, role),
    }),
  },
  {
    route: 'PATCH /me',
    allowed: signedIn,
    request: async () => ({ method: 'PATCH', url: '/api/v1/me', payload: { name: 'Renamed' } }),
  },
  {
    route: 'POST /locale',
    allowed: everyone,
    request: async () => ({ method: 'POST', url: '/api/v1/locale', payload: { locale: 'en' } }),
  },
  {
    route: 'POST /password-resets',
    allowed: everyone,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/password-resets',
      remoteAddress: ownAddress(),
      payload: { email: `nobody-${newId().slice(0, 8)}@example.test` },
    }),
  },
  {
    route: 'POST /password-resets/:token',
    allowed: everyone,
    request: async (db) => ({
      method: 'POST',
      url: `/api/v1/password-resets/${await freshResetToken(db)}`,
      payload: { password: 'a brand new password' },
    }),
  },
  {
    route: 'GET /invitations/:token',
    allowed: everyone,
    request: async (db, world) => ({
      method: 'GET',
      url: `/api/v1/invitations/${await freshInvitationToken(db, world.org.id)}`,
    }),
  },
  {
    route: 'POST /invitations/:token/accept',
    allowed: everyone,
    request: async (db, world) => ({
      method: 'POST',
      url: `/api/v1/invitations/${await freshInvitationToken(db, world.org.id)}/accept`,
      remoteAddress: ownAddress(),
      payload: {
        name: 'Invitee',
        password: 'a brand new password',
        locale: 'ko',
        businessNameEn: 'New Shop',
      },
    }),
  },
];
