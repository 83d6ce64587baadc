import type { ExpoInterestTable, ExpoSessionTable } from '../../../platform/db/schema.ts';
import type { Selectable } from 'kysely';
import type { Speaker } from '../shapes.ts';
import type { ExhibitorRow, LeadRow } from './queries.ts';

/** Sponsors first, by tier. */
export const TIER_ORDER = ['platinum', 'gold', 'silver', 'bronze', 'exhibitor'] as const;

/** Booths in reading order: A2 before A10. */
export const byBooth = (a: string | null, b: string | null) =>
  (a ?? '\uffff').localeCompare(b ?? '\uffff', 'en', { numeric: true, sensitivity: 'base' });

function exhibitorLogo(base: string, row: ExhibitorRow): string | null {
  if (row.logo_path) {
    // The version parameter makes browsers fetch a replaced logo at once.
    return `${base}/exhibitors/${row.id}/logo?v=${Date.parse(row.updated_at)}`;
  }
  if (row.business_logo_path && row.business_slug && row.business_updated_at) {
    return `/api/v1/businesses/${row.business_slug}/logo?v=${Date.parse(row.business_updated_at)}`;
  }
  return null;
}

/** `base`: the expo's API path (/api/v1/organizations/:slug/events/:id/expo). */
export function presentExhibitor(base: string, row: ExhibitorRow) {
  return {
    id: row.id,
    tier: row.tier,
    sponsor: row.tier !== 'exhibitor',
    booth: row.booth,
    nameKo: row.name_ko,
    nameEn: row.name_en,
    descriptionKo: row.description_ko,
    descriptionEn: row.description_en,
    website: row.website,
    logoUrl: exhibitorLogo(base, row),
    business:
      row.business_slug && row.business_name_ko !== null && row.business_name_en !== null
        ? { slug: row.business_slug, nameKo: row.business_name_ko, nameEn: row.business_name_en }
        : null,
  };
}

export function presentSession(row: Selectable<ExpoSessionTable>, instant: (time: string) => string) {
  return {
    id: row.id,
    titleKo: row.title_ko,
    titleEn: row.title_en,
    descriptionKo: row.description_ko,
    descriptionEn: row.description_en,
    room: row.room,
    startTime: row.start_time,
    endTime: row.end_time,
    startsAt: instant(row.start_time),
    endsAt: instant(row.end_time),
    speakers: JSON.parse(row.speakers) as Speaker[],
  };
}

/** Without the attendee's consent the exhibitor sees their name only. */
export function presentLead(row: LeadRow) {
  const consent = row.consent === 1;
  return {
    id: row.id,
    name: row.name,
    consent,
    email: consent ? row.email : null,
    company: consent ? row.company || row.business_name_en || '' : null,
    business:
      consent && row.business_slug && row.business_name_ko !== null && row.business_name_en !== null
        ? { slug: row.business_slug, nameKo: row.business_name_ko, nameEn: row.business_name_en }
        : null,
    note: row.note,
    introductionId: consent ? row.introduction_id : null,
    capturedAt: row.created_at,
  };
}

export function presentInterest(row: Selectable<ExpoInterestTable>) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    company: row.company,
    venueIdea: row.venue_idea,
    message: row.message,
    locale: row.locale,
    status: row.status,
    createdAt: row.created_at,
  };
}
