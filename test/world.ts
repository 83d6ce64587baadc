import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../server/platform/db/database.ts';
import { createApiToken } from '../server/modules/tokens/service.ts';
import { addMembership, createBusiness, createOrganization, createUser, sessionHeaders } from './fixtures.ts';
import { createTestApp, dialects, type TestApp } from './harness.ts';

/**
 * Test support: one organization under test, another beside it, and a caller for every role.
 * `createWorld` is the plain world the module tests count on; `createMatrixWorld` adds a business in
 * each organization with its owner and staff, for the authorization matrices.
 */

export const roles = [
  'anonymous',
  'member',
  'partner',
  'liaison',
  'owner',
  'staff',
  'suspendedAdmin',
  'admin',
  'otherAdmin',
  'platformAdmin',
  'token',
  'otherToken',
] as const;
export type RoleName = (typeof roles)[number];
type WorldRole = Exclude<RoleName, 'owner' | 'staff'>;
type UserRole<R extends RoleName> = Exclude<R, 'anonymous' | 'token' | 'otherToken'>;
type Ref = { id: string; slug: string };
type Person = { id: string; email: string };

export interface World {
  org: Ref;
  other: Ref;
  users: Record<UserRole<WorldRole>, Person>;
  headers: Record<WorldRole, Record<string, string>>;
}

export interface MatrixWorld extends World {
  /** In the organization under test, owned by `owner` (a member) with `staff` (no membership) helping. */
  business: Ref;
  /** In the other organization, owned by someone who is none of the callers. */
  otherBusiness: Ref;
  users: Record<UserRole<RoleName>, Person>;
  headers: Record<RoleName, Record<string, string>>;
}

export async function createWorld(db: Db): Promise<World> {
  const org = await createOrganization(db);
  const other = await createOrganization(db);
  const users = {
    member: await createUser(db, { name: 'Member' }),
    partner: await createUser(db, { name: 'Partner' }),
    liaison: await createUser(db, { name: 'Liaison' }),
    suspendedAdmin: await createUser(db, { name: 'Suspended Admin' }),
    admin: await createUser(db, { name: 'Admin' }),
    otherAdmin: await createUser(db, { name: 'Other Admin' }),
    platformAdmin: await createUser(db, { name: 'Platform Admin', platformAdmin: true }),
  };
  await addMembership(db, org.id, users.member.id, 'member');
  await addMembership(db, org.id, users.partner.id, 'partner');
  await addMembership(db, org.id, users.liaison.id, 'liaison');
  await addMembership(db, org.id, users.suspendedAdmin.id, 'admin', 'suspended');
  await addMembership(db, org.id, users.admin.id, 'admin');
  await addMembership(db, other.id, users.otherAdmin.id, 'admin');
  const token = await createApiToken(db, org.id, 'own integration', null);
  const otherToken = await createApiToken(db, other.id, 'other integration', null);
  const headers: World['headers'] = {
    anonymous: {},
    member: await sessionHeaders(db, users.member.id),
    partner: await sessionHeaders(db, users.partner.id),
    liaison: await sessionHeaders(db, users.liaison.id),
    suspendedAdmin: await sessionHeaders(db, users.suspendedAdmin.id),
    admin: await sessionHeaders(db, users.admin.id),
    otherAdmin: await sessionHeaders(db, users.otherAdmin.id),
    platformAdmin: await sessionHeaders(db, users.platformAdmin.id),
    token: { authorization: `Bearer ${token.token}` },
    otherToken: { authorization: `Bearer ${otherToken.token}` },
  };
  return { org, other, users, headers };
}

export async function createMatrixWorld(db: Db): Promise<MatrixWorld> {
  const world = await createWorld(db);
  const owner = await createUser(db, { name: 'Owner' });
  const staff = await createUser(db, { name: 'Staff' });
  await addMembership(db, world.org.id, owner.id, 'member');
  const business = await createBusiness(db, { organizationIds: [world.org.id], ownerId: owner.id });
  await db
    .insertInto('business_users')
    .values({ business_id: business.id, user_id: staff.id, role: 'staff' })
    .execute();
  const stranger = await createUser(db, { name: 'Stranger' });
  await addMembership(db, world.other.id, stranger.id, 'member');
  const otherBusiness = await createBusiness(db, {
    organizationIds: [world.other.id],
    ownerId: stranger.id,
    nameEn: 'Elsewhere Store',
  });
  return {
    ...world,
    business,
    otherBusiness,
    users: { ...world.users, owner, staff },
    headers: {
      ...world.headers,
      owner: await sessionHeaders(db, owner.id),
      staff: await sessionHeaders(db, staff.id),
    },
  };
}

/** The role's caller with a session of its own, for requests that end the session they are made with. */
export async function freshHeaders(
  db: Db,
  world: MatrixWorld,
  role: RoleName,
): Promise<Record<string, string>> {
  if (role === 'anonymous' || role === 'token' || role === 'otherToken') {
    return world.headers[role];
  }
  return sessionHeaders(db, world.users[role].id);
}

export type MatrixRequest = Pick<InjectOptions, 'method' | 'url' | 'payload' | 'remoteAddress' | 'query'> & {
  /** Merged over the caller's headers (a multipart content type, or a fresh session). */
  headers?: Record<string, string>;
};

/** One route of an authorization matrix, tried as every role. */
export interface RouteCase {
  /** 'METHOD /path' as registered under /api/v1, e.g. 'GET /businesses/:slug'. */
  route: string;
  /** What the request points at, when a route is tried against more than one target. */
  target?: string;
  allowed: readonly RoleName[];
  /** A fresh request (creating its target first if the request consumes it). */
  request: (db: Db, world: MatrixWorld, role: RoleName) => Promise<MatrixRequest>;
  /** Further checks on an allowed answer, e.g. which private fields the role may see. */
  check?: (res: LightMyRequestResponse, role: RoleName, world: MatrixWorld) => void;
  /** Waits for work the request started (an import job), so the next request finds the server idle. */
  settle?: (res: LightMyRequestResponse, world: MatrixWorld) => Promise<void>;
}

export const everyone = roles;

/** Allowed callers get a 2xx; anonymous callers 401; everyone else 403. */
export function expectedStatus(role: RoleName, allowed: boolean): string {
  if (allowed) {
    return '2xx';
  }
  return role === 'anonymous' ? '401' : '403';
}

export interface MatrixOptions {
  setup?: (t: TestApp, world: MatrixWorld) => Promise<void>;
}

/** Runs every case × every role, on every dialect, against one world built once per dialect. */
export function describeMatrix(
  title: string,
  cases: readonly RouteCase[],
  options: MatrixOptions = {},
): void {
  const matrix = cases.flatMap((c) =>
    roles.map((role) => ({ ...c, target: c.target ?? 'own org', role, isAllowed: c.allowed.includes(role) })),
  );
  describe.each(dialects)(`${title} on %s`, (dialect) => {
    let t: TestApp;
    let world: MatrixWorld;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      world = await createMatrixWorld(t.handle.db);
      await options.setup?.(t, world);
    });
    afterAll(() => t.close());

    it.each(matrix)('$route ($target) as $role (allowed: $isAllowed)', async (c) => {
      const { headers, ...req } = await c.request(t.handle.db, world, c.role);
      const res = await t.app.inject({ ...req, headers: { ...world.headers[c.role], ...headers } });
      const status = res.statusCode >= 200 && res.statusCode < 300 ? '2xx' : String(res.statusCode);
      expect(status, res.body).toBe(expectedStatus(c.role, c.isAllowed));
      if (status === '2xx') {
        c.check?.(res, c.role, world);
        await c.settle?.(res, world);
      }
    });
  });
}
