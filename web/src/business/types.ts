/** Response shapes of the business endpoints (notes/api-contract.md). */

export interface Pillar {
  id: string;
  key: string;
  nameKo: string;
  nameEn: string;
  position: number;
  retired: boolean;
}

export type PillarRef = Pick<Pillar, 'id' | 'key' | 'nameKo' | 'nameEn'>;

export interface Offer {
  id: string;
  pillar: PillarRef;
  descriptionKo: string;
  descriptionEn: string;
  radiusMiles: number;
  languages: string[];
  priceHint: string;
  createdAt: string;
}

export type Urgency = 'low' | 'medium' | 'high';
export const urgencies: readonly Urgency[] = ['low', 'medium', 'high'];

export interface Need {
  id: string;
  pillar: PillarRef;
  descriptionKo: string;
  descriptionEn: string;
  urgency: Urgency;
  createdAt: string;
}

export type ContactField = 'phone' | 'email' | 'address' | 'website';
export const contactFields: readonly ContactField[] = ['phone', 'email', 'address', 'website'];

export interface BusinessProfile {
  id: string;
  slug: string;
  kind: string;
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  industry: string;
  address?: string;
  city: string;
  state: string;
  zip: string;
  latitude: number | null;
  longitude: number | null;
  phone?: string;
  email?: string;
  website?: string;
  languages: string[];
  visibility: Record<ContactField, boolean>;
  logoUrl: string | null;
  organizations: { slug: string; nameKo: string; nameEn: string }[];
  offers: Offer[];
  needs: Need[];
  canEdit: boolean;
}

export interface Industry {
  key: string;
  nameKo: string;
  nameEn: string;
}

/** Languages a business may speak, by ISO 639-1 code; their names are in the locale files. */
export const languageCodes = ['ko', 'en', 'es', 'zh', 'vi'] as const;
