/** Shapes of the document vault's API (server/modules/documents/schema.ts) and the pages' URLs. */

export const documentTypes = [
  'licence',
  'permit',
  'insurance',
  'lease',
  'occupancy',
  'health_inspection',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];

export type ExpiryBadge = 'expired' | 'days7' | 'days30' | 'days60' | 'later' | 'none';

export interface FileInfo {
  contentType: string;
  name: string;
  size: number;
  url: string;
}

export interface DocumentSummary {
  id: string;
  type: DocumentType;
  title: string;
  number: string;
  issuer: string;
  issuedOn: string | null;
  expiresOn: string | null;
  daysLeft: number | null;
  badge: ExpiryBadge;
  file: FileInfo | null;
  updatedAt: string;
}

export interface DocumentList {
  items: DocumentSummary[];
  expiringSoon: DocumentSummary[];
}

export interface BusinessRef {
  slug: string;
  nameKo: string;
  nameEn: string;
}

export interface Share {
  id: string;
  partner: BusinessRef;
  serviceRequestId: string | null;
  note: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
  createdAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  notes: string;
  extractedChars: number;
  shares: Share[];
}

export interface SharedDocument {
  shareId: string;
  owner: BusinessRef;
  document: Pick<DocumentSummary, 'type' | 'title' | 'number' | 'issuer' | 'issuedOn' | 'expiresOn' | 'file'>;
  note: string;
  expiresAt: string;
}

export const vaultPaths = {
  vault: (slug: string) => `/my/business/${slug}/documents`,
  document: (slug: string, id: string) => `/my/business/${slug}/documents/${id}`,
  shared: (slug: string) => `/my/business/${slug}/documents/shared`,
};

export const vaultApi = {
  list: (slug: string) => `/businesses/${encodeURIComponent(slug)}/documents`,
  document: (slug: string, id: string) =>
    `/businesses/${encodeURIComponent(slug)}/documents/${encodeURIComponent(id)}`,
  shared: (slug: string) => `/businesses/${encodeURIComponent(slug)}/shared-documents`,
};

/** Dark shades, outlined, that keep AA contrast on white (Mantine's orange and yellow do not: darker hexes). */
export const badgeColors: Record<ExpiryBadge, string> = {
  expired: 'red.9',
  days7: 'pink.9',
  days30: '#9a4200',
  days60: '#6f5600',
  later: 'teal.9',
  none: 'gray.8',
};
