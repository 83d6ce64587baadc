import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Membership, MembershipStatus } from '../../platform/db/schema.ts';

export function listMembers(
  db: DbOrTrx,
  organizationId: string,
  filter: { status?: MembershipStatus | undefined; membershipId?: string },
) {
  let query = db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id',
      'memberships.role',
      'memberships.status',
      'memberships.created_at',
      'users.id as user_id',
      'users.name as user_name',
      'users.email as user_email',
    ])
    .where('memberships.organization_id', '=', organizationId);
  if (filter.status) {
    query = query.where('memberships.status', '=', filter.status);
  }
  if (filter.membershipId) {
    query = query.where('memberships.id', '=', filter.membershipId);
  }
  return query.orderBy('users.name').orderBy('memberships.id').execute();
}

/** The businesses of these users that belong to the organization (never their other affiliations). */
export function listMemberBusinesses(db: DbOrTrx, organizationId: string, userIds: string[]) {
  if (userIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('business_users')
    .innerJoin('businesses', 'businesses.id', 'business_users.business_id')
    .innerJoin('business_organizations', 'business_organizations.business_id', 'businesses.id')
    .select(['business_users.user_id', 'businesses.slug', 'businesses.name_ko', 'businesses.name_en'])
    .where('business_organizations.organization_id', '=', organizationId)
    .where('business_users.user_id', 'in', userIds)
    .orderBy('businesses.name_en')
    .execute();
}

export function findMembership(db: DbOrTrx, organizationId: string, membershipId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', membershipId)
    .executeTakeFirst();
}

export async function countOtherActiveAdmins(db: DbOrTrx, organizationId: string, membershipId: string) {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .where('id', '!=', membershipId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function updateMembership(
  db: DbOrTrx,
  membershipId: string,
  changes: Partial<Pick<Membership, 'role' | 'status'>>,
): Promise<void> {
  if (Object.keys(changes).length === 0) {
    return;
  }
  await db.updateTable('memberships').set(changes).where('id', '=', membershipId).execute();
}

export async function deleteMembership(db: DbOrTrx, membershipId: string): Promise<void> {
  await db.deleteFrom('memberships').where('id', '=', membershipId).execute();
}

/**
 * When someone leaves, their businesses leave the organization too — unless a remaining member of
 * the organization also owns or staffs that business.
 */
export async function unlinkDepartedBusinesses(
  db: DbOrTrx,
  organizationId: string,
  userId: string,
): Promise<void> {
  await db
    .deleteFrom('business_organizations')
    .where('organization_id', '=', organizationId)
    .where('business_id', 'in', (eb) =>
      eb.selectFrom('business_users').select('business_id').where('user_id', '=', userId),
    )
    .where('business_id', 'not in', (eb) =>
      eb
        .selectFrom('business_users')
        .innerJoin('memberships', 'memberships.user_id', 'business_users.user_id')
        .select('business_users.business_id')
        .where('memberships.organization_id', '=', organizationId)
        .where('business_users.user_id', '!=', userId),
    )
    .execute();
}
