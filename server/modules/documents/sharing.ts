import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business } from '../../platform/db/schema.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../notifications/service.ts';
import { fieldMessages } from './messages.ts';
import { presentShare, presentShared } from './presenter.ts';
import * as queries from './queries.ts';
import { DEFAULT_SHARE_DAYS, MAX_SHARE_DAYS, type ShareCreateBody } from './schema.ts';

const DAY_MS = 86_400_000;

/**
 * Shares a document with a partner business for `days` (7 by default, 30 at most); the partner's people
 * are told. Sharing again with the same partner adds a new share; each ends on its own.
 */
export async function createShare(
  trx: DbOrTrx,
  business: Business,
  document: queries.DocumentRow,
  userId: string,
  body: ShareCreateBody,
  at: Date,
) {
  const days = body.days ?? DEFAULT_SHARE_DAYS;
  if (days < 1 || days > MAX_SHARE_DAYS) {
    throw new AppError('validation_failed', {
      fields: { days: fieldMessages.error('shareDays', { max: MAX_SHARE_DAYS }) },
    });
  }
  const partner = await queries.businessBySlug(trx, body.partnerSlug);
  if (!partner) {
    throw new AppError('validation_failed', {
      fields: { partnerSlug: fieldMessages.error('partnerUnknown') },
    });
  }
  if (partner.id === business.id) {
    throw new AppError('validation_failed', { fields: { partnerSlug: fieldMessages.error('partnerSelf') } });
  }
  const id = newId();
  const expiresAt = new Date(at.getTime() + days * DAY_MS).toISOString();
  await trx
    .insertInto('document_shares')
    .values({
      id,
      document_id: document.id,
      partner_business_id: partner.id,
      service_request_id: body.serviceRequestId ?? null,
      note: body.note?.trim() ?? '',
      expires_at: expiresAt,
      revoked_at: null,
      created_by: userId,
      created_at: at.toISOString(),
    })
    .execute();
  for (const person of await queries.businessPeople(trx, partner.id)) {
    await notify(trx, {
      userId: person.id,
      kind: 'document.shared',
      payload: {
        link: `/my/business/${partner.slug}/documents/shared`,
        title: document.title,
        businessKo: business.name_ko,
        businessEn: business.name_en,
        until: expiresAt.slice(0, 10),
      },
    });
  }
  const share = (await queries.sharesOf(trx, document.id)).find((row) => row.id === id);
  if (!share) {
    throw new AppError('internal');
  }
  return presentShare(share, at.toISOString());
}

/** Ends a share now; revoking an ended share changes nothing. */
export async function revokeShare(trx: DbOrTrx, documentId: string, shareId: string, at: Date) {
  const share = await queries.findShare(trx, documentId, shareId);
  if (!share) {
    throw new AppError('not_found');
  }
  await trx
    .updateTable('document_shares')
    .set({ revoked_at: at.toISOString() })
    .where('id', '=', shareId)
    .where('revoked_at', 'is', null)
    .execute();
  const row = (await queries.sharesOf(trx, documentId)).find((r) => r.id === shareId);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentShare(row, at.toISOString());
}

export async function sharedWith(db: DbOrTrx, partner: Business, at: Date) {
  const rows = await queries.activeSharesWith(db, partner.id, at.toISOString());
  return { items: rows.map((row) => presentShared(row, partner.slug)) };
}

/** A share the partner may still use: 404 if it was never theirs, 410 once it expired or was revoked. */
export async function activeShare(db: DbOrTrx, partner: Business, shareId: string, at: Date) {
  const row = await queries.findShareWith(db, partner.id, shareId);
  if (!row) {
    throw new AppError('not_found');
  }
  if (row.revoked_at !== null || row.expires_at <= at.toISOString()) {
    throw new AppError('share_ended');
  }
  return row;
}
