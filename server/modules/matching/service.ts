import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business, Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { parseLanguages } from '../businesses/presenter.ts';
import { fieldMessages } from './messages.ts';
import { presentCandidate, presentItem, presentPillar, type CapacityResponse } from './presenter.ts';
import * as queries from './queries.ts';
import { sql } from 'kysely';
import { distanceBound, languageBound, stageABound, stageBBound, textBound } from './bound.ts';
import { rank, TOP, type Candidate, type HiddenProfile, type RankContext } from './ranking.ts';
import { distanceFit, haversineMiles, languageFit, stageA, STAGE_B_MAX, type Point } from './score.ts';
import { coverage, normalizeDescription, requestTerms, type TermSet } from './similarity.ts';
import { nextWeekStart, weekStart } from './week.ts';

function pointOf(row: { latitude: number | null; longitude: number | null }): Point | null {
  return row.latitude === null || row.longitude === null
    ? null
    : { latitude: Number(row.latitude), longitude: Number(row.longitude) };
}

function capacityWeek(now: Date) {
  return { from: weekStart(now).toISOString(), to: nextWeekStart(now).toISOString() };
}

/**
 * A need's terms, remembered by text: leads score every need under a pillar against one offer, and
 * the same needs come back for every offer. Bounded; the oldest entry goes first.
 */
const termCache = new Map<string, TermSet[]>();
const TERM_CACHE_SIZE = 50_000;

function cachedRequestTerms(ko: string, en: string): TermSet[] {
  const key = `${ko}\u0000${en}`;
  const known = termCache.get(key);
  if (known) {
    return known;
  }
  const terms = requestTerms(ko, en);
  termCache.set(key, terms);
  if (termCache.size > TERM_CACHE_SIZE) {
    const oldest = termCache.keys().next().value;
    if (oldest !== undefined) {
      termCache.delete(oldest);
    }
  }
  return terms;
}

interface Side {
  business: Business;
  excluded: string[];
  context: Omit<RankContext, 'pillarId'>;
}

async function sideOf(
  db: DbOrTrx,
  business: Business,
  hiddenSide: 'offers' | 'needs',
  now: Date,
): Promise<Side> {
  const excluded = await queries.excludedPartners(db, business.id);
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
  return {
    business,
    excluded: [business.id, ...excluded],
    context: { ownOrganizationIds: new Set(organizations.map((o) => o.id)), hidden, now },
  };
}

function withinRadius(
  origin: Point | null,
  row: { latitude: number | null; longitude: number | null },
  radius: number,
) {
  const there = pointOf(row);
  const miles = origin && there ? haversineMiles(origin, there) : null;
  return { miles, inside: miles === null || miles <= radius };
}

/** Candidates asked of the database at first for one need; each further page is PAGE_GROWTH times larger. */
export const FIRST_PAGE = 200;
const PAGE_GROWTH = 8;
/** Slack for the bound computed in SQL floating point against the same sum computed here. */
const ROUNDING = 1e-9;

/** The candidates of one page of offers for a need: stage A, exact radius check. */
function offerCandidates(
  rows: readonly queries.CandidateOfferRow[],
  origin: Point | null,
  ownLanguages: readonly string[],
  terms: readonly TermSet[],
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const { miles, inside } = withinRadius(origin, row, Number(row.radius_miles));
    if (!inside) {
      continue;
    }
    const offerLanguages = parseLanguages(row.languages);
    const provider = offerLanguages.length > 0 ? offerLanguages : parseLanguages(row.business_languages);
    const language = languageFit(ownLanguages, provider);
    const itemText = normalizeDescription(`${row.description_ko}\n${row.description_en}`);
    candidates.push({
      businessId: row.business_id,
      business: row,
      item: row,
      itemText,
      distanceMiles: miles,
      commonLanguages: language.common,
      partial: stageA(coverage(terms, itemText), language.fit, distanceFit(miles)),
      ceiling: Number(row.bound) + ROUNDING,
    });
  }
  return candidates;
}

/**
 * The top offers for one need. The query returns a page ordered by an upper bound of the score
 * (bound.ts); rows left out have a bound no higher than the page's last one, so once the tenth exact
 * score beats that bound, nothing left out can enter the top. Otherwise a larger page.
 */
async function topOffers(
  db: DbOrTrx,
  side: Side,
  need: { pillar_id: string; description_ko: string; description_en: string },
  firstPage: number,
) {
  const origin = pointOf(side.business);
  const ownLanguages = parseLanguages(side.business.languages);
  const terms = requestTerms(need.description_ko, need.description_en);
  const ceilingA = stageABound(
    textBound(terms, ['offers.description_ko', 'offers.description_en']),
    languageBound(ownLanguages, ['offers.languages', 'businesses.languages']),
    distanceBound(queries.distanceFrame(origin)),
  );
  const bound = sql<number>`(${ceilingA} + ${stageBBound([...side.context.ownOrganizationIds])})`;
  const filter = { pillarId: need.pillar_id, excluded: side.excluded, week: capacityWeek(side.context.now) };
  for (let limit = firstPage; ; limit *= PAGE_GROWTH) {
    const rows = await queries.candidateOffers(db, filter, origin, { bound, limit });
    const candidates = offerCandidates(rows, origin, ownLanguages, terms);
    const ranked = await rank(db, candidates, { ...side.context, pillarId: need.pillar_id });
    const last = rows.at(-1);
    if (rows.length < limit || !last) {
      return ranked;
    }
    const tenth = ranked.length >= TOP ? Math.min(...ranked.map((r) => r.exact)) : -Infinity;
    if (Number(last.bound) + ROUNDING < tenth) {
      return ranked;
    }
  }
}

/** For each need of the business: the offers that serve it best. */
export async function matchesFor(
  db: DbOrTrx,
  business: Business,
  locale: Locale,
  now: Date,
  firstPage = FIRST_PAGE,
) {
  const side = await sideOf(db, business, 'offers', now);
  const result = [];
  for (const need of await queries.needsOf(db, business.id)) {
    const ranked = await topOffers(db, side, need, firstPage);
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

/** For each offer of the business: the businesses whose needs it serves best. */
export async function leadsFor(db: DbOrTrx, business: Business, locale: Locale, now: Date) {
  const side = await sideOf(db, business, 'needs', now);
  const origin = pointOf(business);
  const ownLanguages = parseLanguages(business.languages);
  const result = [];
  for (const offer of await queries.offersOf(db, business.id)) {
    const radius = Number(offer.radius_miles);
    const offerLanguages = parseLanguages(offer.languages);
    const provider = offerLanguages.length > 0 ? offerLanguages : ownLanguages;
    const offerText = normalizeDescription(`${offer.description_ko}\n${offer.description_en}`);
    const rows = await queries.candidateNeeds(
      db,
      { pillarId: offer.pillar_id, excluded: side.excluded, week: capacityWeek(now) },
      origin,
      radius,
    );
    const candidates: Candidate[] = [];
    for (const row of rows) {
      const { miles, inside } = withinRadius(origin, row, radius);
      if (!inside) {
        continue;
      }
      const language = languageFit(parseLanguages(row.business_languages), provider);
      const text = coverage(cachedRequestTerms(row.description_ko, row.description_en), offerText);
      const partial = stageA(text, language.fit, distanceFit(miles));
      candidates.push({
        businessId: row.business_id,
        business: row,
        item: row,
        itemText: normalizeDescription(`${row.description_ko}\n${row.description_en}`),
        distanceMiles: miles,
        commonLanguages: language.common,
        partial,
        ceiling: partial + STAGE_B_MAX,
      });
    }
    const ranked = await rank(db, candidates, { ...side.context, pillarId: offer.pillar_id });
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
