import type { Locale, MembershipRole, Urgency } from '../platform/db/schema.ts';

/** Shapes of the hand-written demo data; demo.ts turns them into rows. */

export type OrgSlug = 'kacc-dallas' | 'richardson-chamber' | 'concierge-committee';

export type PillarKey =
  | 'safe-city'
  | 'cyber-security'
  | 'digitization'
  | 'smart-store'
  | 'inventory'
  | 'legal'
  | 'finance'
  | 'web-design';

export type SpokenLanguage = 'ko' | 'en' | 'es' | 'zh' | 'vi';

export interface DemoOrganization {
  slug: OrgSlug;
  kind: 'chamber' | 'committee';
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  website: string;
}

export interface DemoOffer {
  pillar: PillarKey;
  ko: string;
  en: string;
  radiusMiles: number;
  priceHint: string;
  /** Defaults to the business's languages. */
  languages?: SpokenLanguage[];
}

export interface DemoNeed {
  pillar: PillarKey;
  ko: string;
  en: string;
  urgency: Urgency;
}

/** Which contact fields are hidden from the public; anything not listed is public. */
export type PrivateField = 'phone' | 'email' | 'address' | 'website';

export interface DemoBusiness {
  slug: string;
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  industry: string;
  address: string;
  city: string;
  zip: string;
  phone: string;
  email: string;
  website: string;
  languages: SpokenLanguage[];
  orgs: OrgSlug[];
  privateFields?: PrivateField[];
  offers?: DemoOffer[];
  needs?: DemoNeed[];
}

export interface DemoPerson {
  email: string;
  name: string;
  locale: Locale;
  platformAdmin?: boolean;
  memberships: { org: OrgSlug; role: MembershipRole }[];
  /** Slugs of the businesses this person owns. */
  owns?: string[];
  /** What the lead prints next to the login. */
  purpose: string;
}
