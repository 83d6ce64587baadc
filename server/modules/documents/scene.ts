import { randomBytes } from 'node:crypto';
import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import type { DocumentType } from '../../platform/db/schema.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { writePdf } from '../../platform/pdf.ts';
import { storeFile } from '../../platform/stored-files.ts';
import { filePath } from './files.ts';

const DAY_MS = 86_400_000;

/** Test scenes: documents and shares written directly, and a small PDF with the given lines. */
export async function freshDocument(
  db: DbOrTrx,
  businessId: string,
  overrides: { title?: string; type?: DocumentType; expiresOn?: string | null } = {},
): Promise<string> {
  const id = newId();
  const stamp = new Date().toISOString();
  await db
    .insertInto('documents')
    .values({
      id,
      business_id: businessId,
      type: overrides.type ?? 'permit',
      title: overrides.title ?? 'Food establishment permit',
      issued_on: null,
      expires_on: overrides.expiresOn ?? null,
      created_by: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}

/** Gives a document a stored PDF file, written straight into the upload folder. */
export async function attachPdf(db: Db, uploadDir: string, businessId: string, documentId: string) {
  const data = await testPdf(['Food establishment permit']);
  const relativePath = filePath(businessId, documentId, newId(), 'pdf');
  await storeFile(uploadDir, relativePath, data);
  await db
    .updateTable('documents')
    .set({
      file_path: relativePath,
      file_type: 'application/pdf',
      file_name: 'permit.pdf',
      file_size: data.length,
    })
    .where('id', '=', documentId)
    .execute();
}

export async function freshShare(
  db: DbOrTrx,
  documentId: string,
  partnerBusinessId: string,
  overrides: { expiresAt?: string; revokedAt?: string | null } = {},
): Promise<string> {
  const id = newId();
  await db
    .insertInto('document_shares')
    .values({
      id,
      document_id: documentId,
      partner_business_id: partnerBusinessId,
      service_request_id: null,
      expires_at: overrides.expiresAt ?? new Date(Date.now() + 7 * DAY_MS).toISOString(),
      revoked_at: overrides.revokedAt ?? null,
      created_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export function testPdf(lines: string[]): Promise<Buffer> {
  return writePdf({ title: lines[0] ?? 'Test', lang: 'ko' }, (doc) => {
    for (const line of lines) {
      doc.text(line);
    }
  });
}

/** A multipart body with one file field. */
export function multipart(data: Buffer, filename: string, contentType: string, field = 'file') {
  const boundary = `----dari${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
