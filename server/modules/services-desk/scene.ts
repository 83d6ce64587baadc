import type { Insertable } from 'kysely';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { ServiceRequestTable } from '../../platform/db/schema.ts';
import { storeFile } from '../../platform/stored-files.ts';
import { attachmentPath } from './attachments.ts';

/** Test support: services-desk rows written straight to the database. */

export async function pillarId(db: DbOrTrx, key = 'legal'): Promise<string> {
  const row = await db.selectFrom('pillars').select('id').where('key', '=', key).executeTakeFirstOrThrow();
  return row.id;
}

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A multipart body with one file in the field `file`. */
export function multipartFile(
  content: Buffer,
  filename = 'lease.pdf',
  contentType = 'application/pdf',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----dari${newId().slice(0, 8)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function freshRequest(
  db: DbOrTrx,
  organizationId: string,
  businessId: string,
  overrides: Partial<Insertable<ServiceRequestTable>> = {},
): Promise<string> {
  const id = newId();
  const stamp = new Date().toISOString();
  await db
    .insertInto('service_requests')
    .values({
      id,
      organization_id: organizationId,
      business_id: businessId,
      pillar_id: await pillarId(db),
      filed_by: null,
      title: 'Lease review',
      description: 'Please review our new lease.',
      language: 'ko',
      business_size: 'small',
      status: 'open',
      time_zone: 'America/Chicago',
      respond_by: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      escalated_at: null,
      rating: null,
      outcome: null,
      saved_cents: null,
      outcome_note: null,
      created_at: stamp,
      updated_at: stamp,
      ...overrides,
    })
    .execute();
  return id;
}

export async function freshRouting(
  db: DbOrTrx,
  requestId: string,
  businessId: string,
  status: 'routed' | 'proposed' | 'picked' = 'routed',
): Promise<void> {
  const stamp = new Date().toISOString();
  await db
    .insertInto('service_request_partners')
    .values({
      id: newId(),
      request_id: requestId,
      business_id: businessId,
      status,
      proposal: status === 'routed' ? null : 'We can review it this week.',
      routed_at: stamp,
      proposed_at: status === 'routed' ? null : stamp,
      picked_at: status === 'picked' ? stamp : null,
    })
    .execute();
}

/** An attachment row with its file in the upload folder. */
export async function freshAttachment(db: DbOrTrx, uploadDir: string, requestId: string): Promise<string> {
  const id = newId();
  const relative = attachmentPath(requestId, id, 'pdf');
  await db
    .insertInto('service_request_attachments')
    .values({
      id,
      request_id: requestId,
      file_name: 'lease.pdf',
      content_type: 'application/pdf',
      size_bytes: PDF_BYTES.length,
      path: relative,
      created_at: new Date().toISOString(),
    })
    .execute();
  await storeFile(uploadDir, relative, PDF_BYTES);
  return id;
}

export async function vetPartner(
  db: DbOrTrx,
  organizationId: string,
  businessId: string,
  overrides: {
    pillarKey?: string;
    weeklyCapacity?: number | null;
    zips?: string[];
    radiusMiles?: number | null;
    languages?: string[];
    sizes?: string[];
  } = {},
): Promise<void> {
  const stamp = new Date().toISOString();
  await db
    .insertInto('service_partners')
    .values({
      id: newId(),
      organization_id: organizationId,
      pillar_id: await pillarId(db, overrides.pillarKey),
      business_id: businessId,
      weekly_capacity: overrides.weeklyCapacity ?? null,
      zips: JSON.stringify(overrides.zips ?? []),
      radius_miles: overrides.radiusMiles === undefined ? 30 : overrides.radiusMiles,
      languages: JSON.stringify(overrides.languages ?? ['ko', 'en']),
      sizes: JSON.stringify(overrides.sizes ?? ['solo', 'small', 'medium', 'large']),
      vetted_by: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}
