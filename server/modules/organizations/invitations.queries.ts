import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Invitation } from '../../platform/db/schema.ts';

export function listInvitations(db: DbOrTrx, organizationId: string): Promise<Invitation[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function findInvitation(
  db: DbOrTrx,
  organizationId: string,
  id: string,
): Promise<Invitation | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function hasActiveMembership(
  db: DbOrTrx,
  organizationId: string,
  email: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.id')
    .where('memberships.organization_id', '=', organizationId)
    .where('memberships.status', '=', 'active')
    .where((eb) => eb(eb.fn('lower', ['users.email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertInvitation(db: DbOrTrx, invitation: Invitation): Promise<void> {
  await db.insertInto('invitations').values(invitation).execute();
}

/** Only the newest invitation link for an address stays usable. */
export async function revokePendingInvitations(
  db: DbOrTrx,
  organizationId: string,
  email: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('organization_id', '=', organizationId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeInvitation(db: DbOrTrx, id: string, at: string): Promise<void> {
  await db.updateTable('invitations').set({ revoked_at: at }).where('id', '=', id).execute();
}
