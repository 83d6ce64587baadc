import type { FastifyRequest } from 'fastify';
import { newId } from '../../platform/auth/secrets.ts';
import { can } from '../../platform/auth/policies.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { UploadedFile } from '../../platform/http.ts';
import { readStoredFile, storeFile } from '../../platform/stored-files.ts';
import { processPhoto } from '../incidents/photos.ts';
import { MAX_ATTACHMENTS, attachmentPath, checkAttachment, cleanFileName } from './attachments.ts';
import { deskError } from './messages.ts';
import { statusLabel } from './notices.ts';
import { attachmentUrl } from './presenter.ts';
import * as queries from './queries.ts';

/**
 * Stores an attachment of the business's request once its content is checked (415 otherwise) and the
 * request still takes files; the row and the file go together (a failed write rolls the row back).
 */
export async function addAttachment(
  trx: DbOrTrx,
  uploadDir: string,
  business: Business,
  requestId: string,
  file: UploadedFile,
  locale: Locale,
  now: Date,
) {
  const { contentType, ext } = checkAttachment(file.data, file.fileName, file.mimeType);
  // A photo is re-encoded upright without its metadata: a shop's GPS position has no place in a request.
  const data = contentType === 'application/pdf' ? file.data : (await processPhoto(file.data, false)).data;
  const row = await queries.lockRequest(trx, requestId, now.toISOString());
  if (!row || row.business_id !== business.id) {
    throw new AppError('not_found');
  }
  if (row.status === 'done' || row.status === 'withdrawn') {
    throw new AppError('service_request_closed', { params: { status: statusLabel(locale, row.status) } });
  }
  if ((await queries.attachments(trx, requestId)).length >= MAX_ATTACHMENTS) {
    throw new AppError('validation_failed', {
      fields: { file: deskError('tooManyFiles', { max: MAX_ATTACHMENTS }) },
    });
  }
  const id = newId();
  const relative = attachmentPath(requestId, id, ext);
  const fileName = cleanFileName(file.fileName);
  await queries.insertAttachment(trx, {
    id,
    request_id: requestId,
    file_name: fileName,
    content_type: contentType,
    size_bytes: data.length,
    path: relative,
    created_at: now.toISOString(),
  });
  await storeFile(uploadDir, relative, data);
  return { id, fileName, contentType, sizeBytes: data.length, url: attachmentUrl(requestId, id) };
}

/** Who may read a request's files: its business's people, the partners it went to, the desk of its pillar. */
async function mayRead(
  db: DbOrTrx,
  request: FastifyRequest,
  row: NonNullable<Awaited<ReturnType<typeof queries.findRequest>>>,
) {
  const caller = request.caller;
  if (can(caller, 'serviceDesk.manage', { organizationId: row.organization_id })) {
    return true;
  }
  if (caller.kind !== 'user') {
    return false;
  }
  const businesses = [row.business_id, ...(await queries.routings(db, row.id)).map((r) => r.business_id)];
  const mine = await db
    .selectFrom('business_users')
    .select('business_id')
    .where('user_id', '=', caller.userId)
    .where('business_id', 'in', businesses)
    .executeTakeFirst();
  if (mine) {
    return true;
  }
  return (await queries.ledPillars(db, row.organization_id, caller.userId)).includes(row.pillar_id);
}

export async function readAttachment(
  db: DbOrTrx,
  uploadDir: string,
  request: FastifyRequest,
  requestId: string,
  attachmentId: string,
) {
  if (request.caller.kind === 'anonymous') {
    throw new AppError('unauthenticated');
  }
  const row = await queries.findRequest(db, requestId);
  const file = row
    ? (await queries.attachments(db, requestId)).find((a) => a.id === attachmentId)
    : undefined;
  if (!row || !file) {
    throw new AppError('not_found');
  }
  if (!(await mayRead(db, request, row))) {
    throw new AppError('forbidden');
  }
  return {
    data: await readStoredFile(uploadDir, file.path),
    contentType: file.content_type,
    fileName: file.file_name,
  };
}
