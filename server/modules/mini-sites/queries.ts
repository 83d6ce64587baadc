import type { DbOrTrx } from '../../platform/db/database.ts';
import { newId, now } from '../../platform/auth/secrets.ts';

export function findSite(db: DbOrTrx, businessId: string) {
  return db.selectFrom('mini_sites').selectAll().where('business_id', '=', businessId).executeTakeFirst();
}

export interface SiteValues {
  theme: string;
  tagline_ko: string;
  tagline_en: string;
  about_ko: string;
  about_en: string;
  hours: string;
}

export async function saveSite(db: DbOrTrx, businessId: string, values: SiteValues): Promise<void> {
  const row = { ...values, updated_at: now() };
  await db
    .insertInto('mini_sites')
    .values({ business_id: businessId, ...row })
    .onConflict((oc) => oc.column('business_id').doUpdateSet(row))
    .execute();
}

export function listPhotos(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('mini_site_photos')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findPhoto(db: DbOrTrx, businessId: string, id: string) {
  return db
    .selectFrom('mini_site_photos')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertPhoto(db: DbOrTrx, businessId: string, id: string, path: string): Promise<void> {
  await db
    .insertInto('mini_site_photos')
    .values({ id, business_id: businessId, path, created_at: now() })
    .execute();
}

export async function deletePhoto(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('mini_site_photos').where('id', '=', id).execute();
}

/** Invitations not revoked, newest first (expired ones stay listed so the owner sees they ran out). */
export function listEditors(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('mini_site_editors')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function findEditor(db: DbOrTrx, businessId: string, id: string) {
  return db
    .selectFrom('mini_site_editors')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The running (not revoked, not expired) invitation of this e-mail address, if any. */
export function runningInvitation(db: DbOrTrx, businessId: string, email: string, at: string) {
  return db
    .selectFrom('mini_site_editors')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('email', '=', email.toLowerCase())
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
}

export async function insertEditor(
  db: DbOrTrx,
  values: { businessId: string; email: string; invitedBy: string | null; expiresAt: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('mini_site_editors')
    .values({
      id,
      business_id: values.businessId,
      email: values.email.toLowerCase(),
      invited_by: values.invitedBy,
      expires_at: values.expiresAt,
      revoked_at: null,
      created_at: now(),
    })
    .execute();
  return id;
}

export async function revokeEditor(db: DbOrTrx, id: string): Promise<void> {
  await db
    .updateTable('mini_site_editors')
    .set({ revoked_at: now() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export function userEmail(db: DbOrTrx, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'locale'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}
