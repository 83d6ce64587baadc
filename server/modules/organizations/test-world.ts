import type { Db } from '../../platform/db/database.ts';
import { addMembership, createOrganization, createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createApiToken } from '../tokens/service.ts';

/** Test support: one organization under test, another beside it, and a caller for every role. */

export const roles = [
  'anonymous',
  'member',
  'partner',
  'liaison',
  'suspendedAdmin',
  'admin',
  'otherAdmin',
  'platformAdmin',
  'token',
  'otherToken',
] as const;
export type RoleName = (typeof roles)[number];

export interface World {
  org: { id: string; slug: string };
  other: { id: string; slug: string };
  users: Record<Exclude<RoleName, 'anonymous' | 'token' | 'otherToken'>, { id: string; email: string }>;
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
