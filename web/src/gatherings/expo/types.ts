import type { Speaker } from '../types.ts';

/** The expo as GET /api/v1/organizations/:slug/events/:id/expo presents it. */
export type Tier = 'platinum' | 'gold' | 'silver' | 'bronze' | 'exhibitor';
export const TIERS: Tier[] = ['platinum', 'gold', 'silver', 'bronze', 'exhibitor'];
export type InterestKind = 'exhibit' | 'sponsor' | 'attend' | 'speak' | 'venue';
export const INTEREST_KINDS: InterestKind[] = ['exhibit', 'sponsor', 'attend', 'speak', 'venue'];

export interface BusinessRef {
  slug: string;
  nameKo: string;
  nameEn: string;
}

export interface Exhibitor {
  id: string;
  tier: Tier;
  sponsor: boolean;
  booth: string | null;
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  website: string;
  logoUrl: string | null;
  business: BusinessRef | null;
}

export interface ExpoSession {
  id: string;
  titleKo: string;
  titleEn: string;
  descriptionKo: string;
  descriptionEn: string;
  room: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  speakers: Speaker[];
}

export interface Expo {
  eventId: string;
  titleKo: string;
  titleEn: string;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  tiers: { tier: Tier; exhibitors: Exhibitor[] }[];
  floorPlan: { booth: string; exhibitorId: string; nameKo: string; nameEn: string }[];
  sessions: ExpoSession[];
  canManage: boolean;
  myExhibitors: { id: string; nameKo: string; nameEn: string }[];
}

export interface Lead {
  id: string;
  name: string;
  consent: boolean;
  email: string | null;
  company: string | null;
  business: BusinessRef | null;
  note: string;
  introductionId: string | null;
  capturedAt: string;
}

export interface Interest {
  id: string;
  kind: InterestKind;
  name: string;
  email: string;
  company: string;
  venueIdea: string;
  message: string;
  locale: string;
  status: 'new' | 'contacted';
  createdAt: string;
}

/** The expo's API path for a page's organization and event. */
export const expoApi = (orgSlug: string, eventId: string) =>
  `/organizations/${encodeURIComponent(orgSlug)}/events/${encodeURIComponent(eventId)}/expo`;

export const expoKey = (orgSlug: string, eventId: string) => ['expo', orgSlug, eventId] as const;
