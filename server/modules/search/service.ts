import type { Db, DbOrTrx } from '../../platform/db/database.ts';
import type { Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { hasNeedles, needlesOf } from './highlight.ts';
import { rankRemembered, searchIndexFor } from './live-index.ts';
import { fieldMessages } from './messages.ts';
import type { PostingIndex } from './postings.ts';
import { presentResults } from './presenter.ts';
import * as queries from './queries.ts';
import type { SearchParams, SearchResponse } from './schema.ts';
import { queryTerms } from './terms.ts';

/** A long query gives many terms; past this many, more of them no longer changes what is found. */
const MAX_TERMS = 24;
/** Term frequencies only tune the ranking, so a minute-old count is good enough. */
const FREQUENCY_TTL_MS = 60_000;

interface FrequencyCache {
  at: number;
  businesses: number;
  terms: Map<string, number>;
}
const frequencyCaches = new WeakMap<object, FrequencyCache>();

/** ln(1 + N / df): a term few businesses use (세무) outweighs one most of them use. */
async function rarity(db: DbOrTrx, terms: string[]): Promise<Map<string, number>> {
  let cache = frequencyCaches.get(db);
  if (!cache || Date.now() - cache.at > FREQUENCY_TTL_MS) {
    cache = { at: Date.now(), businesses: await queries.countBusinesses(db), terms: new Map() };
    frequencyCaches.set(db, cache);
  }
  const known = cache.terms;
  const missing = terms.filter((term) => !known.has(term));
  const counts = await queries.termFrequencies(db, missing);
  for (const term of missing) {
    known.set(term, counts.get(term) ?? 0);
  }
  const total = Math.max(1, cache.businesses);
  return new Map(terms.map((term) => [term, Math.log(1 + total / Math.max(1, known.get(term) ?? 0))]));
}

/** Whose search it is, as far as "near my business" needs to know. */
export type Searcher = { userId: string } | null;

async function origin(db: DbOrTrx, searcher: Searcher, near: string | undefined) {
  if (!near) {
    return undefined;
  }
  if (near === 'mine') {
    if (!searcher) {
      throw new AppError('validation_failed', { fields: { near: fieldMessages.signInForMine } });
    }
    const location = await queries.callerLocation(db, searcher.userId);
    if (!location) {
      throw new AppError('validation_failed', { fields: { near: fieldMessages.noLocation } });
    }
    return location;
  }
  const location = geocodeZip(near);
  if (!location) {
    throw new AppError('validation_failed', { fields: { near: fieldMessages.zipUnknown } });
  }
  return { latitude: location.latitude, longitude: location.longitude };
}

/** Turns request parameters into a filter; unknown pillars, organizations and places are field errors. */
export async function resolveFilter(
  db: DbOrTrx,
  searcher: Searcher,
  params: SearchParams,
  index?: PostingIndex,
): Promise<queries.SearchFilter> {
  if (params.radiusMiles !== undefined && !params.near) {
    throw new AppError('validation_failed', { fields: { radiusMiles: fieldMessages.radiusWithoutNear } });
  }
  const pillarId = params.pillar ? await queries.pillarIdByKey(db, params.pillar) : undefined;
  if (params.pillar && !pillarId) {
    throw new AppError('validation_failed', { fields: { pillar: fieldMessages.pillarUnknown } });
  }
  const organizationId = params.organization
    ? await queries.organizationIdBySlug(db, params.organization)
    : undefined;
  if (params.organization && !organizationId) {
    throw new AppError('validation_failed', {
      fields: { organization: fieldMessages.organizationUnknown },
    });
  }
  const terms = queryTerms(params.q ?? '').slice(0, MAX_TERMS);
  return {
    terms,
    // The posting index weighs terms itself, from its own document frequencies.
    idf: index ? new Map() : await rarity(db, terms),
    requireAll: true,
    side: params.side ?? 'all',
    pillarId,
    organizationId,
    industry: params.industry || undefined,
    language: params.language || undefined,
    origin: await origin(db, searcher, params.near),
    radiusMiles: params.radiusMiles,
  };
}

/** The matching business ids, best first, at most `limit` (the saved-search sweep). */
export async function matchingIds(db: DbOrTrx, filter: queries.SearchFilter, limit: number) {
  return (await queries.rankedPage(db, filter, 'name_en', limit, 0)).map((r) => r.id);
}

async function rankWithSql(
  db: DbOrTrx,
  filter: queries.SearchFilter,
  locale: Locale,
  page: number,
  pageSize: number,
) {
  let total = await queries.countMatches(db, filter);
  if (total === 0 && filter.terms.length > 1) {
    filter = { ...filter, requireAll: false };
    total = await queries.countMatches(db, filter);
  }
  const nameColumn = locale === 'ko' ? 'name_ko' : 'name_en';
  const ranked =
    total > (page - 1) * pageSize
      ? await queries.rankedPage(db, filter, nameColumn, pageSize, (page - 1) * pageSize)
      : [];
  return { total, ranked, facets: await queries.pillarFacets(db, filter) };
}

/** What a ranked page depends on (the organization's members follow from its id). */
function pageKey(filter: queries.SearchFilter, locale: Locale, page: number, pageSize: number): string {
  const { terms, requireAll, side, pillarId, organizationId, industry, language, origin, radiusMiles } =
    filter;
  return JSON.stringify([
    terms,
    requireAll,
    side,
    pillarId,
    organizationId,
    industry,
    language,
    origin,
    radiusMiles,
    locale,
    page,
    pageSize,
  ]);
}

async function rankWithIndex(
  db: Db,
  index: PostingIndex,
  filter: queries.SearchFilter,
  locale: Locale,
  page: number,
  pageSize: number,
) {
  const only = filter.organizationId
    ? new Set(await queries.organizationMemberIds(db, filter.organizationId))
    : undefined;
  const query = { ...filter, only, locale, offset: (page - 1) * pageSize, limit: pageSize };
  const found = rankRemembered(db, pageKey(filter, locale, page, pageSize), () => {
    const all = index.search(query);
    return all.total === 0 && filter.terms.length > 1 ? index.search({ ...query, requireAll: false }) : all;
  });
  return { total: found.total, ranked: found.page, facets: found.facets };
}

/**
 * Every query term must match; when no business has them all, any of them may (ranked by how many
 * and how rare), so a typo or an extra word does not empty the page. Ranked by the in-process posting
 * index (live-index.ts); in SQL only when the directory has more pillars than the index supports.
 */
export async function search(
  db: Db,
  searcher: Searcher,
  locale: Locale,
  params: SearchParams & { page?: number | undefined; pageSize?: number | undefined },
): Promise<SearchResponse> {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const index = await searchIndexFor(db);
  const filter = await resolveFilter(db, searcher, params, index);
  const { total, ranked, facets } = index
    ? await rankWithIndex(db, index, filter, locale, page, pageSize)
    : await rankWithSql(db, filter, locale, page, pageSize);
  const needles = needlesOf(params.q ?? '');
  return {
    total,
    page,
    pageSize,
    results: await presentResults(db, ranked, {
      origin: filter.origin,
      side: filter.side,
      needles: hasNeedles(needles) ? needles : undefined,
    }),
    facets: { pillars: facets },
  };
}
