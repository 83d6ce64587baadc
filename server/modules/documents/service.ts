import type { FastifyRequest } from 'fastify';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, DocumentType } from '../../platform/db/schema.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../../platform/http.ts';
import { t } from '../../platform/i18n/index.ts';
import { wallClock } from '../../platform/time-zones.ts';
import { accessBusiness } from '../businesses/service.ts';
import { queryTerms, termsOf } from '../search/terms.ts';
import { fieldMessages } from './messages.ts';
import { presentDetail, presentSummary } from './presenter.ts';
import * as queries from './queries.ts';
import type { DocumentCreateBody, DocumentUpdateBody } from './schema.ts';

/** Expiry dates are calendar days in Dallas, where the chambers' members keep their shops. */
export const VAULT_TIME_ZONE = 'America/Chicago';
const pad = (n: number) => String(n).padStart(2, '0');

export function localToday(at: Date): string {
  const clock = wallClock(at.getTime(), VAULT_TIME_ZONE);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The business behind :slug if the caller is one of its people: 404 unknown, 401 anonymous, 403 others. */
export async function ownBusiness(
  db: DbOrTrx,
  request: FastifyRequest,
  slug: string,
  action: 'documents.manage' | 'documents.shared',
): Promise<Business> {
  const access = await accessBusiness(db, request.caller, slug);
  authorize(request, action, access.scope);
  return access.business;
}

export async function documentOf(db: DbOrTrx, business: Business, id: string): Promise<queries.DocumentRow> {
  const row = await queries.findDocument(db, business.id, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return row;
}

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function checkFields(row: { title: string; issued_on: string | null; expires_on: string | null }): void {
  const fields: Record<string, { key: string }> = {};
  if (row.title.trim() === '') {
    fields.title = fieldMessages.error('titleMissing');
  }
  for (const [field, value] of [
    ['issuedOn', row.issued_on],
    ['expiresOn', row.expires_on],
  ] as const) {
    if (value !== null && !isRealDate(value)) {
      fields[field] = fieldMessages.error('dateInvalid');
    }
  }
  if (
    !fields.expiresOn &&
    !fields.issuedOn &&
    row.issued_on &&
    row.expires_on &&
    row.expires_on < row.issued_on
  ) {
    fields.expiresOn = fieldMessages.error('expiresBeforeIssued');
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('validation_failed', { fields });
  }
}

/** What search reads: the typed fields, the type's name in both languages and the PDF's text. */
export async function reindex(db: DbOrTrx, row: queries.DocumentRow): Promise<void> {
  const text = [
    row.title,
    row.number,
    row.issuer,
    row.notes,
    t('ko', `documents:types.${row.type}`),
    t('en', `documents:types.${row.type}`),
    row.extracted_text,
  ].join('\n');
  await queries.replaceTerms(db, row.business_id, row.id, [...termsOf(text).keys()]);
}

export async function listDocuments(db: DbOrTrx, business: Business, q: string | undefined, at: Date) {
  const today = localToday(at);
  const rows = await queries.documentsOf(db, business.id);
  const summaries = rows.map((row) => presentSummary(row, business.slug, today));
  const expiringSoon = summaries
    .filter((d) => d.daysLeft !== null && d.daysLeft <= 60)
    .sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
  const query = (q ?? '').trim();
  if (query === '') {
    return { items: summaries, expiringSoon };
  }
  const terms = queryTerms(query);
  const matching = terms.length > 0 ? await queries.idsMatchingAll(db, business.id, terms) : new Set();
  return { items: summaries.filter((d) => matching.has(d.id)), expiringSoon };
}

export async function documentDetail(db: DbOrTrx, business: Business, row: queries.DocumentRow, at: Date) {
  const shares = await queries.sharesOf(db, row.id);
  return presentDetail(row, business.slug, localToday(at), shares, at.toISOString());
}

export async function createDocument(
  trx: DbOrTrx,
  business: Business,
  userId: string,
  body: DocumentCreateBody,
  at: Date,
) {
  const stamp = at.toISOString();
  const row = {
    id: newId(),
    business_id: business.id,
    type: body.type as DocumentType,
    title: body.title.trim(),
    number: (body.number ?? '').trim(),
    issuer: (body.issuer ?? '').trim(),
    issued_on: body.issuedOn ?? null,
    expires_on: body.expiresOn ?? null,
    notes: body.notes ?? '',
    created_by: userId,
    created_at: stamp,
    updated_at: stamp,
  };
  checkFields(row);
  await queries.insertDocument(trx, row);
  const created = await documentOf(trx, business, row.id);
  await reindex(trx, created);
  return documentDetail(trx, business, created, at);
}

export async function updateDocument(
  trx: DbOrTrx,
  business: Business,
  current: queries.DocumentRow,
  body: DocumentUpdateBody,
  at: Date,
) {
  const next = {
    type: (body.type ?? current.type) as DocumentType,
    title: body.title?.trim() ?? current.title,
    number: body.number?.trim() ?? current.number,
    issuer: body.issuer?.trim() ?? current.issuer,
    issued_on: body.issuedOn === undefined ? current.issued_on : body.issuedOn,
    expires_on: body.expiresOn === undefined ? current.expires_on : body.expiresOn,
    notes: body.notes ?? current.notes,
    updated_at: at.toISOString(),
  };
  checkFields(next);
  await queries.updateDocument(trx, business.id, current.id, next);
  const updated = await documentOf(trx, business, current.id);
  await reindex(trx, updated);
  return documentDetail(trx, business, updated, at);
}
