import type { DbOrTrx } from '../../platform/db/database.ts';
import type { DocumentTable } from '../../platform/db/schema.ts';
import type { Insertable, Updateable } from 'kysely';

export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

export function documentsOf(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('title')
    .orderBy('id')
    .execute();
}

export function findDocument(db: DbOrTrx, businessId: string, id: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertDocument(db: DbOrTrx, row: Insertable<DocumentTable>): Promise<void> {
  await db.insertInto('documents').values(row).execute();
}

export async function updateDocument(
  db: DbOrTrx,
  businessId: string,
  id: string,
  changes: Updateable<DocumentTable>,
): Promise<void> {
  await db
    .updateTable('documents')
    .set(changes)
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .execute();
}

export async function deleteDocument(db: DbOrTrx, businessId: string, id: string): Promise<void> {
  await db.deleteFrom('documents').where('business_id', '=', businessId).where('id', '=', id).execute();
}

/** Replaces the document's search terms (delete then insert, in chunks that fit any driver's limits). */
export async function replaceTerms(
  db: DbOrTrx,
  businessId: string,
  documentId: string,
  terms: string[],
): Promise<void> {
  await db.deleteFrom('document_terms').where('document_id', '=', documentId).execute();
  for (let start = 0; start < terms.length; start += 300) {
    const chunk = terms.slice(start, start + 300);
    await db
      .insertInto('document_terms')
      .values(chunk.map((term) => ({ document_id: documentId, business_id: businessId, term })))
      .execute();
  }
}

/** The business's documents having every one of `terms`. */
export async function idsMatchingAll(db: DbOrTrx, businessId: string, terms: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('document_terms')
    .select('document_id')
    .where('business_id', '=', businessId)
    .where('term', 'in', terms)
    .groupBy('document_id')
    .having((eb) => eb.fn.count('term').distinct(), '=', terms.length)
    .execute();
  return new Set(rows.map((row) => row.document_id));
}

export function sharesOf(db: DbOrTrx, documentId: string) {
  return db
    .selectFrom('document_shares')
    .innerJoin('businesses', 'businesses.id', 'document_shares.partner_business_id')
    .selectAll('document_shares')
    .select(['businesses.slug', 'businesses.name_ko', 'businesses.name_en'])
    .where('document_shares.document_id', '=', documentId)
    .orderBy('document_shares.created_at', 'desc')
    .orderBy('document_shares.id')
    .execute();
}
export type ShareRow = Awaited<ReturnType<typeof sharesOf>>[number];

/** A share as the partner sees it, with its document and the owning business. */
function sharedQuery(db: DbOrTrx, partnerId: string) {
  return db
    .selectFrom('document_shares')
    .innerJoin('documents', 'documents.id', 'document_shares.document_id')
    .innerJoin('businesses', 'businesses.id', 'documents.business_id')
    .select([
      'document_shares.id as share_id',
      'document_shares.note',
      'document_shares.expires_at',
      'document_shares.revoked_at',
      'documents.type',
      'documents.title',
      'documents.number',
      'documents.issuer',
      'documents.issued_on',
      'documents.expires_on',
      'documents.file_path',
      'documents.file_type',
      'documents.file_name',
      'documents.file_size',
      'businesses.slug',
      'businesses.name_ko',
      'businesses.name_en',
    ])
    .where('document_shares.partner_business_id', '=', partnerId);
}

export function activeSharesWith(db: DbOrTrx, partnerId: string, nowIso: string) {
  return sharedQuery(db, partnerId)
    .where('document_shares.revoked_at', 'is', null)
    .where('document_shares.expires_at', '>', nowIso)
    .orderBy('document_shares.expires_at')
    .orderBy('document_shares.id')
    .execute();
}
export type SharedRow = Awaited<ReturnType<typeof activeSharesWith>>[number];

export function findShareWith(db: DbOrTrx, partnerId: string, shareId: string) {
  return sharedQuery(db, partnerId).where('document_shares.id', '=', shareId).executeTakeFirst();
}

export function findShare(db: DbOrTrx, documentId: string, shareId: string) {
  return db
    .selectFrom('document_shares')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('id', '=', shareId)
    .executeTakeFirst();
}

/** Documents expiring between the two local dates (inclusive), with their business's names. */
export function expiringBetween(db: DbOrTrx, from: string, to: string) {
  return db
    .selectFrom('documents')
    .innerJoin('businesses', 'businesses.id', 'documents.business_id')
    .select([
      'documents.id',
      'documents.business_id',
      'documents.type',
      'documents.title',
      'documents.expires_on',
      'businesses.slug',
      'businesses.name_ko',
      'businesses.name_en',
    ])
    .where('documents.expires_on', '>=', from)
    .where('documents.expires_on', '<=', to)
    .execute();
}

/**
 * Claims a reminder: inserts its sent-mark unless one exists. Of two sweeps racing, exactly one inserts
 * (the primary key decides; the other waits for it and then does nothing), so the reminder goes out once.
 */
export async function claimReminder(
  db: DbOrTrx,
  documentId: string,
  expiresOn: string,
  days: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .insertInto('document_reminders')
    .values({ document_id: documentId, expires_on: expiresOn, days, sent_at: at })
    .onConflict((oc) => oc.columns(['document_id', 'expires_on', 'days']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function businessPeople(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('business_users')
    .innerJoin('users', 'users.id', 'business_users.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.locale', 'users.email_notifications'])
    .where('business_users.business_id', '=', businessId)
    .orderBy('users.id')
    .execute();
}

export function businessBySlug(db: DbOrTrx, slug: string) {
  return db
    .selectFrom('businesses')
    .select(['id', 'slug', 'name_ko', 'name_en'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}
