import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { parseLanguages } from '../businesses/presenter.ts';
import { fieldMessages } from './messages.ts';
import { presentCandidate, presentItem, presentPillar, type CapacityResponse } from './presenter.ts';
import * as queries from './queries.ts';
import {
  matchDirectoryFor,
  type DirectoryNeed,
  type DirectoryOffer,
  type MatchDirectory,
} from './directory.ts';
import { rank, Shortlist, type HiddenProfile, type Judge, type RankContext } from './ranking.ts';
import type { Point } from '../../platform/geocode.ts';
import { languageFit, languageMask, languageShare } from './score.ts';
import { coverage, normalizeDescription, requestTerms } from './similarity.ts';
import { nextWeekStart, weekStart } from './week.ts';

function pointOf(row: { latitude: number | null; longitude: number | null }): Point | null {
  return row.latitude === null || row.longitude === null
    ? null
    : { latitude: Number(row.latitude), longitude: Number(row.longitude) };
}

function capacityWeek(now: Date) {
  return { from: weekStart(now).toISOString(), to: nextWeekStart(now).toISOString() };
}

/** Who the business is never matched with, what it hid, and its organizations: once per request. */
interface Side {
  directory: MatchDirectory;
  origin: Point | null;
  ownLanguages: string[];
  ownLanguageMask: number;
  ownOrganizationMask: number;
  /** Introduced, blocked, hidden, itself, and partners at their weekly capacity. */
  excluded: ReadonlySet<string>;
  context: Omit<RankContext, 'pillarId'>;
}

async function sideOf(db: Db, business: Business, hiddenSide: 'offers' | 'needs', now: Date): Promise<Side> {
  const directory = await matchDirectoryFor(db);
  const excluded = await queries.excludedPartners(db, business.id);
  const full = await queries.atCapacity(db, capacityWeek(now));
  const hiddenRows = await queries.hiddenProfiles(
    db,
    await queries.hiddenTargets(db, business.id),
    hiddenSide,
  );
  const hidden: HiddenProfile[] = hiddenRows.map((h) => ({
    businessId: h.business_id,
    industry: h.industry,
    pillarId: h.pillar_id,
    terms: requestTerms(h.description_ko, h.description_en),
  }));
  const organizations = await queries.organizationsOf(db, [business.id]);
  const ownOrganizationIds = organizations.map((o) => o.id);
  return {
    directory,
    origin: pointOf(business),
    ownLanguages: parseLanguages(business.languages),
    ownLanguageMask: languageMask(parseLanguages(business.languages)),
    ownOrganizationMask: directory.organizationMask(ownOrganizationIds),
    excluded: new Set([business.id, ...excluded, ...full]),
    context: { ownOrganizationIds: new Set(ownOrganizationIds), hidden, now },
  };
}

/** Every offer under the need's pillar whose radius reaches the business. */
function offersFor(side: Side, need: { pillar_id: string; description_ko: string; description_en: string }) {
  const context = { ...side.context, pillarId: need.pillar_id };
  const terms = requestTerms(need.description_ko, need.description_en);
  const judge: Judge<DirectoryOffer> = {
    origin: side.origin,
    ownOrganizationMask: side.ownOrganizationMask,
    languageShare: (offerMask) => languageShare(side.ownLanguageMask, offerMask),
    radius: (offerRadius) => offerRadius,
    excluded: (businessId) => side.excluded.has(businessId),
    text: (offer) => coverage(terms, offer.text),
    commonLanguages: (offer) => languageFit(side.ownLanguages, offer.languages).common,
  };
  const cells = side.directory.offersIn(need.pillar_id).grid.nearestFirst(side.origin);
  return new Shortlist(judge, context, (id) => side.directory.hasHistory(id)).fill(cells);
}

/** For each need of the business: the offers that serve it best. */
export async function matchesFor(db: Db, business: Business, locale: Locale, now: Date) {
  const side = await sideOf(db, business, 'offers', now);
  const result = [];
  for (const need of await queries.needsOf(db, business.id)) {
    const ranked = await rank(db, offersFor(side, need), { ...side.context, pillarId: need.pillar_id });
    result.push({
      need: { ...presentItem(need), pillar: presentPillar(need) },
      candidates: ranked.map((r) => ({
        ...presentCandidate(locale, r, 'offers'),
        offer: presentItem(r.item),
      })),
    });
  }
  return { needs: result };
}

/** Every need under the offer's pillar inside the offer's radius. */
function needsFor(
  side: Side,
  offer: {
    pillar_id: string;
    radius_miles: number;
    languages: string;
    description_ko: string;
    description_en: string;
  },
) {
  const context = { ...side.context, pillarId: offer.pillar_id };
  const radius = Number(offer.radius_miles);
  const offerLanguages = parseLanguages(offer.languages);
  const provider = offerLanguages.length > 0 ? offerLanguages : side.ownLanguages;
  const providerMask = languageMask(provider);
  const offerText = normalizeDescription(`${offer.description_ko}\n${offer.description_en}`);
  const judge: Judge<DirectoryNeed> = {
    origin: side.origin,
    ownOrganizationMask: side.ownOrganizationMask,
    languageShare: (ownerMask) => languageShare(ownerMask, providerMask),
    radius: () => radius,
    excluded: (businessId) => side.excluded.has(businessId),
    text: (need) => coverage(need.terms, offerText),
    commonLanguages: (need) => languageFit(need.business.languages, provider).common,
  };
  const cells = side.directory.needsIn(offer.pillar_id).grid.nearestFirst(side.origin);
  return new Shortlist(judge, context, (id) => side.directory.hasHistory(id)).fill(cells);
}

/** For each offer of the business: the businesses whose needs it serves best. */
export async function leadsFor(db: Db, business: Business, locale: Locale, now: Date) {
  const side = await sideOf(db, business, 'needs', now);
  const result = [];
  for (const offer of await queries.offersOf(db, business.id)) {
    const ranked = await rank(db, needsFor(side, offer), { ...side.context, pillarId: offer.pillar_id });
    result.push({
      offer: { ...presentItem(offer), pillar: presentPillar(offer) },
      candidates: ranked.map((r) => ({ ...presentCandidate(locale, r, 'needs'), need: presentItem(r.item) })),
    });
  }
  return { offers: result };
}

async function targetOf(db: DbOrTrx, business: Business, targetSlug: string): Promise<string> {
  const target = await queries.findBusinessId(db, targetSlug);
  if (!target) {
    throw new AppError('not_found');
  }
  if (target.id === business.id) {
    throw new AppError('validation_failed', { fields: { targetSlug: fieldMessages.targetSelf } });
  }
  return target.id;
}

export async function hideMatch(
  db: DbOrTrx,
  business: Business,
  targetSlug: string,
  now: Date,
): Promise<void> {
  await queries.hide(db, business.id, await targetOf(db, business, targetSlug), now.toISOString());
}

export async function unhideMatch(db: DbOrTrx, business: Business, targetSlug: string): Promise<void> {
  await queries.unhide(db, business.id, await targetOf(db, business, targetSlug));
}

export async function capacityOf(db: DbOrTrx, business: Business, now: Date): Promise<CapacityResponse> {
  const week = capacityWeek(now);
  const capacity = await queries.capacityOf(db, business.id);
  return {
    weeklyIntroCapacity: capacity === null ? null : Number(capacity),
    receivedThisWeek: await queries.receivedBetween(db, business.id, week),
    weekStartsAt: week.from,
    nextWeekStartsAt: week.to,
  };
}

export async function setCapacity(
  db: DbOrTrx,
  business: Business,
  capacity: number | null,
  now: Date,
): Promise<CapacityResponse> {
  await queries.setCapacity(db, business.id, capacity);
  return capacityOf(db, business, now);
}
