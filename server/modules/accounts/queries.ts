import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/auth/secrets.ts';

export function findUserByEmail(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: DbOrTrx, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: DbOrTrx,
  values: { email: string; name: string; passwordHash: string; locale: Locale },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('users')
    .values({
      id,
      email: values.email.trim().toLowerCase(),
      name: values.name,
      password_hash: values.passwordHash,
      locale: values.locale,
      is_platform_admin: 0,
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  return id;
}

export function membershipsOfUser(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .select([
      'memberships.id',
      'memberships.role',
      'memberships.status',
      'organizations.id as organization_id',
      'organizations.slug',
      'organizations.name_ko',
      'organizations.name_en',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('organizations.slug')
    .execute();
}

export function businessesOfUser(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('business_users')
    .innerJoin('businesses', 'businesses.id', 'business_users.business_id')
    .select([
      'businesses.id',
      'businesses.slug',
      'businesses.name_ko',
      'businesses.name_en',
      'businesses.kind',
      'business_users.role',
    ])
    .where('business_users.user_id', '=', userId)
    .orderBy('businesses.name_en')
    .execute();
}

export function findInvitationByToken(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('organizations', 'organizations.id', 'invitations.organization_id')
    .leftJoin('applications', 'applications.id', 'invitations.application_id')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.role',
      'invitations.organization_id',
      'invitations.expires_at',
      'invitations.accepted_at',
      'invitations.revoked_at',
      'organizations.slug',
      'organizations.name_ko',
      'organizations.name_en',
      'applications.business_name',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
