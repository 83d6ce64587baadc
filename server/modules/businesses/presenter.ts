import type { Business } from '../../platform/db/schema.ts';
import type { NeedRow, OfferRow } from './queries.ts';
import type { ProfileResponse } from './schema.ts';
import { spokenLanguages } from './industries.ts';

/** Parses a stored JSON language list, keeping only known codes (stored text is never trusted blindly). */
export function parseLanguages(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter(
          (v): v is string => typeof v === 'string' && (spokenLanguages as readonly string[]).includes(v),
        )
      : [];
  } catch {
    return [];
  }
}

export function logoUrl(business: Pick<Business, 'slug' | 'logo_path' | 'updated_at'>): string | null {
  if (!business.logo_path) {
    return null;
  }
  // The version parameter makes browsers fetch a replaced logo at once.
  return `/api/v1/businesses/${business.slug}/logo?v=${Date.parse(business.updated_at)}`;
}

function presentPillar(row: OfferRow | NeedRow) {
  return { id: row.pillar_id, key: row.pillar_key, nameKo: row.pillar_name_ko, nameEn: row.pillar_name_en };
}

export function presentOffer(row: OfferRow) {
  return {
    id: row.id,
    pillar: presentPillar(row),
    descriptionKo: row.description_ko,
    descriptionEn: row.description_en,
    radiusMiles: Number(row.radius_miles),
    languages: parseLanguages(row.languages),
    priceHint: row.price_hint,
    createdAt: row.created_at,
  };
}

export function presentNeed(row: NeedRow) {
  return {
    id: row.id,
    pillar: presentPillar(row),
    descriptionKo: row.description_ko,
    descriptionEn: row.description_en,
    urgency: row.urgency,
    createdAt: row.created_at,
  };
}

export interface ProfileParts {
  business: Business;
  organizations: { slug: string; name_ko: string; name_en: string }[];
  offers: OfferRow[];
  needs: NeedRow[];
  canEdit: boolean;
}

/** Private contact fields appear only for editors; everyone else sees what the business made public. */
export function presentProfile({
  business: b,
  organizations,
  offers,
  needs,
  canEdit,
}: ProfileParts): ProfileResponse {
  const visibility = {
    phone: b.phone_public === 1,
    email: b.email_public === 1,
    address: b.address_public === 1,
    website: b.website_public === 1,
  };
  const shown = (field: keyof typeof visibility, value: string) =>
    canEdit || visibility[field] ? { [field]: value } : {};
  return {
    id: b.id,
    slug: b.slug,
    kind: b.kind,
    nameKo: b.name_ko,
    nameEn: b.name_en,
    descriptionKo: b.description_ko,
    descriptionEn: b.description_en,
    industry: b.industry,
    ...shown('address', b.address),
    city: b.city,
    state: b.state,
    zip: b.zip,
    latitude: b.latitude === null ? null : Number(b.latitude),
    longitude: b.longitude === null ? null : Number(b.longitude),
    ...shown('phone', b.phone),
    ...shown('email', b.email),
    ...shown('website', b.website),
    languages: parseLanguages(b.languages),
    visibility,
    logoUrl: logoUrl(b),
    organizations: organizations.map((o) => ({ slug: o.slug, nameKo: o.name_ko, nameEn: o.name_en })),
    offers: offers.map(presentOffer),
    needs: needs.map(presentNeed),
    canEdit,
  };
}
