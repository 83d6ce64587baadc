import type { Locale, ServiceBusinessSize } from '../../platform/db/schema.ts';
import { haversineMiles, type Point } from '../../platform/geocode.ts';
import { localToUtc } from '../gatherings/occurrences.ts';
import { localDate } from '../../platform/business-days.ts';
import { wallClock } from '../../platform/time-zones.ts';

/**
 * Who a request goes to: every vetted partner of the pillar (in the request's organization) that
 * serves the member's area, language and size, and has capacity left this week. The rules are pure
 * functions over what queries.ts loads, so they are tested without a database.
 */

export interface Candidate {
  businessId: string;
  /** Requests of this organization and pillar routed to the partner since Monday 00:00 on its clock. */
  routedThisWeek: number;
  /** Null: no weekly limit. */
  weeklyCapacity: number | null;
  zips: string[];
  /** The vetting's own radius; when null, the radius of the partner's offer for the pillar. */
  radiusMiles: number | null;
  offerRadiusMiles: number | null;
  location: Point | null;
  languages: Locale[];
  sizes: ServiceBusinessSize[];
}

export interface Asker {
  businessId: string;
  zip: string;
  location: Point | null;
  language: Locale;
  size: ServiceBusinessSize;
}

/** By ZIP code listed on the vetting, or within the radius of the partner's location. */
export function servesArea(candidate: Candidate, asker: Asker): boolean {
  if (candidate.zips.includes(asker.zip.slice(0, 5))) {
    return true;
  }
  const radius = candidate.radiusMiles ?? candidate.offerRadiusMiles;
  if (!radius || !candidate.location || !asker.location) {
    return false;
  }
  return haversineMiles(candidate.location, asker.location) <= radius;
}

export function hasCapacity(candidate: Candidate): boolean {
  return candidate.weeklyCapacity === null || candidate.routedThisWeek < candidate.weeklyCapacity;
}

/** The partners the request goes to; a business never gets its own request. */
export function routeTo(candidates: readonly Candidate[], asker: Asker): Candidate[] {
  return candidates.filter(
    (c) =>
      c.businessId !== asker.businessId &&
      c.languages.includes(asker.language) &&
      c.sizes.includes(asker.size) &&
      servesArea(c, asker) &&
      hasCapacity(c),
  );
}

/** Monday 00:00 of the week the instant is in, on the zone's clock: partners' weekly capacity resets then. */
export function weekStart(at: Date, timeZone: string): Date {
  const weekday = wallClock(at.getTime(), timeZone).weekday;
  const [y, m, d] = localDate(at, timeZone).split('-').map(Number) as [number, number, number];
  const monday = new Date(Date.UTC(y, m - 1, d - weekday)).toISOString().slice(0, 10);
  return localToUtc(monday, '00:00', timeZone);
}
