import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Membership, MembershipStatus } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import * as queries from './members.queries.ts';
import type { UpdateMemberBody } from './members.schema.ts';

export async function listMembers(
  db: DbOrTrx,
  organizationId: string,
  filter: { status?: MembershipStatus | undefined; membershipId?: string },
) {
  const rows = await queries.listMembers(db, organizationId, filter);
  const businesses = await queries.listMemberBusinesses(
    db,
    organizationId,
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    status: r.status,
    createdAt: r.created_at,
    user: { id: r.user_id, name: r.user_name, email: r.user_email },
    businesses: businesses
      .filter((b) => b.user_id === r.user_id)
      .map((b) => ({ slug: b.slug, nameKo: b.name_ko, nameEn: b.name_en })),
  }));
}

async function membershipIn(db: DbOrTrx, organizationId: string, membershipId: string): Promise<Membership> {
  const membership = await queries.findMembership(db, organizationId, membershipId);
  if (!membership) {
    throw new AppError('not_found');
  }
  return membership;
}

/** An organization must always keep at least one active admin who can run it. */
async function ensureAnotherAdmin(db: DbOrTrx, membership: Membership): Promise<void> {
  if (membership.role !== 'admin' || membership.status !== 'active') {
    return;
  }
  if ((await queries.countOtherActiveAdmins(db, membership.organization_id, membership.id)) === 0) {
    throw new AppError('conflict', { fields: { _: { key: 'organizations:errors.lastAdmin' } } });
  }
}

export async function updateMember(
  db: DbOrTrx,
  organizationId: string,
  membershipId: string,
  input: UpdateMemberBody,
) {
  const membership = await membershipIn(db, organizationId, membershipId);
  const losesAdmin = (input.role !== undefined && input.role !== 'admin') || input.status === 'suspended';
  if (losesAdmin) {
    await ensureAnotherAdmin(db, membership);
  }
  await queries.updateMembership(db, membership.id, {
    ...(input.role !== undefined ? { role: input.role } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
  });
  const [member] = await listMembers(db, organizationId, { membershipId });
  if (!member) {
    throw new AppError('not_found');
  }
  return member;
}

export async function removeMember(db: DbOrTrx, organizationId: string, membershipId: string): Promise<void> {
  const membership = await membershipIn(db, organizationId, membershipId);
  await ensureAnotherAdmin(db, membership);
  await queries.deleteMembership(db, membership.id);
  await queries.unlinkDepartedBusinesses(db, organizationId, membership.user_id);
}
