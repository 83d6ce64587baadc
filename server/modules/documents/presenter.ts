import type { DocumentRow, SharedRow, ShareRow } from './queries.ts';

const DAY_MS = 86_400_000;

/** Whole days from one local date (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function badgeOf(daysLeft: number | null) {
  if (daysLeft === null) {
    return 'none' as const;
  }
  if (daysLeft < 0) {
    return 'expired' as const;
  }
  if (daysLeft <= 7) {
    return 'days7' as const;
  }
  if (daysLeft <= 30) {
    return 'days30' as const;
  }
  return daysLeft <= 60 ? ('days60' as const) : ('later' as const);
}

function fileOf(row: Pick<DocumentRow, 'file_path' | 'file_type' | 'file_name' | 'file_size'>, url: string) {
  if (row.file_path === null || row.file_type === null) {
    return null;
  }
  return { contentType: row.file_type, name: row.file_name ?? '', size: row.file_size ?? 0, url };
}

export function presentSummary(row: DocumentRow, businessSlug: string, today: string) {
  const daysLeft = row.expires_on === null ? null : daysBetween(today, row.expires_on);
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    number: row.number,
    issuer: row.issuer,
    issuedOn: row.issued_on,
    expiresOn: row.expires_on,
    daysLeft,
    badge: badgeOf(daysLeft),
    file: fileOf(row, `/api/v1/businesses/${businessSlug}/documents/${row.id}/file`),
    updatedAt: row.updated_at,
  };
}

export function presentShare(row: ShareRow, nowIso: string) {
  return {
    id: row.id,
    partner: { slug: row.slug, nameKo: row.name_ko, nameEn: row.name_en },
    serviceRequestId: row.service_request_id,
    note: row.note,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    active: row.revoked_at === null && row.expires_at > nowIso,
    createdAt: row.created_at,
  };
}

export function presentDetail(
  row: DocumentRow,
  businessSlug: string,
  today: string,
  shares: ShareRow[],
  nowIso: string,
) {
  return {
    ...presentSummary(row, businessSlug, today),
    notes: row.notes,
    extractedChars: row.extracted_text.length,
    shares: shares.map((share) => presentShare(share, nowIso)),
  };
}

/** What a partner sees of a shared document: no notes, no extracted text, no other shares. */
export function presentShared(row: SharedRow, partnerSlug: string) {
  return {
    shareId: row.share_id,
    owner: { slug: row.slug, nameKo: row.name_ko, nameEn: row.name_en },
    document: {
      type: row.type,
      title: row.title,
      number: row.number,
      issuer: row.issuer,
      issuedOn: row.issued_on,
      expiresOn: row.expires_on,
      file: fileOf(row, `/api/v1/businesses/${partnerSlug}/shared-documents/${row.share_id}/file`),
    },
    note: row.note,
    expiresAt: row.expires_at,
  };
}
