/** Response shapes of the organization admin endpoints (see notes/api-contract.md). */

export type Role = 'admin' | 'member' | 'partner' | 'liaison';
export const roles: readonly Role[] = ['admin', 'member', 'partner', 'liaison'];
export type Locale = 'ko' | 'en';

export interface Organization {
  id: string;
  slug: string;
  nameKo: string;
  nameEn: string;
}

export interface Member {
  id: string;
  role: Role;
  status: 'active' | 'suspended';
  createdAt: string;
  user: { id: string; name: string; email: string };
  businesses: { slug: string; nameKo: string; nameEn: string }[];
}

export interface Application {
  id: string;
  email: string;
  name: string;
  businessName: string;
  message: string;
  locale: Locale;
  status: string;
  createdAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: 'pending' | 'accepted' | 'expired' | 'revoked';
  createdAt: string;
  expiresAt: string;
}

export interface Pillar {
  id: string;
  key: string;
  nameKo: string;
  nameEn: string;
  position: number;
  retired: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt?: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

export interface CreatedToken extends ApiToken {
  token: string;
}

export interface OutboxMail {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  locale: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
}

export interface ImportPreview {
  encoding: 'utf-8' | 'utf-8-bom' | 'cp949';
  headers: string[];
  suggestedMapping: Record<string, string | null>;
  fields: { key: string; required: boolean }[];
  sampleRows: string[][];
  rowCount: number;
}

export interface ImportSummary {
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportJob {
  status: 'running' | 'done' | 'failed';
  processed: number;
  total: number;
  dryRun: boolean;
  summary?: ImportSummary;
  errors: { line: number; field: string; message: string }[];
}
