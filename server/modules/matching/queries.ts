import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { DistanceFrame } from './bound.ts';

/** Businesses a business is never matched with: introduced either way, blocked either way, hidden by it. */
export async function excludedPartners(db: DbOrTrx, businessId: string): Promise<Set<string>> {
  const sent = await db
    .selectFrom('introductions')
    .select('recipient_business_id as id')
    .where('requester_business_id', '=', businessId)
    .execute();
  const received = await db
    .selectFrom('introductions')
    .select('requester_business_id as id')
    .where('recipient_business_id', '=', businessId)
    .execute();
  const blocked = await db
    .selectFrom('business_blocks')
    .select('blocked_business_id as id')
    .where('business_id', '=', businessId)
    .execute();
  const blockedBy = await db
    .selectFrom('business_blocks')
    .select('business_id as id')
    .where('blocked_business_id', '=', businessId)
    .execute();
  const hidden = await hiddenTargets(db, businessId);
  return new Set([...sent, ...received, ...blocked, ...blockedBy].map((r) => r.id).concat(hidden));
}

export async function hiddenTargets(db: DbOrTrx, businessId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('match_feedback')
    .select('target_business_id')
    .where('business_id', '=', businessId)
    .where('kind', '=', 'hidden')
    .execute();
  return rows.map((r) => r.target_business_id);
}

export function needsOf(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('needs')
    .innerJoin('pillars', 'pillars.id', 'needs.pillar_id')
    .select([
      'needs.id',
      'needs.pillar_id',
      'needs.description_ko',
      'needs.description_en',
      'pillars.key as pillar_key',
      'pillars.name_ko as pillar_name_ko',
      'pillars.name_en as pillar_name_en',
    ])
    .where('needs.business_id', '=', businessId)
    .orderBy('needs.created_at')
    .execute();
}

export function offersOf(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('offers')
    .innerJoin('pillars', 'pillars.id', 'offers.pillar_id')
    .select([
      'offers.id',
      'offers.pillar_id',
      'offers.description_ko',
      'offers.description_en',
      'offers.radius_miles',
      'offers.languages',
      'pillars.key as pillar_key',
      'pillars.name_ko as pillar_name_ko',
      'pillars.name_en as pillar_name_en',
    ])
    .where('offers.business_id', '=', businessId)
    .orderBy('offers.created_at')
    .execute();
}

export interface Origin {
  latitude: number;
  longitude: number;
}

export interface CandidateFilter {
  pillarId: string;
  excluded: readonly string[];
  /** Introductions received in [from, to) count against a weekly capacity. */
  week: { from: string; to: string };
}

/** Miles per degree of latitude, rounded down so the box is never too small. */
const MILES_PER_LAT_DEGREE = 68.7;
/** Offers with a wider radius skip the longitude test: the box would bend too much to stay exact. */
const BOX_LONGITUDE_RADIUS = 100;

/** Miles per degree of longitude anywhere within BOX_LONGITUDE_RADIUS miles north or south of the origin. */
function milesPerLongitudeDegree(origin: Origin): number {
  const band = Math.min(89, Math.abs(origin.latitude) + BOX_LONGITUDE_RADIUS / MILES_PER_LAT_DEGREE);
  return 69.17 * Math.cos((band * Math.PI) / 180);
}

/** The constants of the box, for the distance bound of the candidate query. */
export function distanceFrame(origin: Origin | null): DistanceFrame | null {
  return origin
    ? {
        ...origin,
        latMiles: MILES_PER_LAT_DEGREE,
        lonMiles: milesPerLongitudeDegree(origin),
        band: BOX_LONGITUDE_RADIUS,
      }
    : null;
}

/** One page of candidates, best bound first: `bound` is never below the row's stage A. */
export interface Page {
  bound: RawBuilder<number>;
  limit: number;
}

const businessColumns = [
  'businesses.id as business_id',
  'businesses.slug',
  'businesses.kind',
  'businesses.name_ko',
  'businesses.name_en',
  'businesses.city',
  'businesses.industry',
  'businesses.latitude',
  'businesses.longitude',
  'businesses.languages as business_languages',
] as const;

/**
 * Offers under the pillar from businesses that may be suggested: not excluded, not at their weekly
 * capacity, and — when the need's business has a location — inside a bounding box of each offer's own
 * radius (the exact distance is checked afterwards). Ordered by the page's bound, at most `limit` rows.
 */
export function candidateOffers(db: DbOrTrx, filter: CandidateFilter, origin: Origin | null, page: Page) {
  const lonMiles = origin ? milesPerLongitudeDegree(origin) : 0;
  return db
    .selectFrom('offers')
    .innerJoin('businesses', 'businesses.id', 'offers.business_id')
    .select([
      'offers.id',
      'offers.description_ko',
      'offers.description_en',
      'offers.radius_miles',
      'offers.languages',
      ...businessColumns,
      page.bound.as('bound'),
    ])
    .where('offers.pillar_id', '=', filter.pillarId)
    .$if(filter.excluded.length > 0, (q) => q.where('offers.business_id', 'not in', filter.excluded))
    .where(underCapacity(filter.week))
    .$if(origin !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('businesses.latitude', 'is', null),
          eb.and([
            eb(
              sql<number>`abs(businesses.latitude - ${origin?.latitude ?? 0}) * ${MILES_PER_LAT_DEGREE}`,
              '<=',
              eb.ref('offers.radius_miles'),
            ),
            eb.or([
              eb('offers.radius_miles', '>', BOX_LONGITUDE_RADIUS),
              eb(
                sql<number>`abs(businesses.longitude - ${origin?.longitude ?? 0}) * ${lonMiles}`,
                '<=',
                eb.ref('offers.radius_miles'),
              ),
            ]),
          ]),
        ]),
      ),
    )
    .orderBy('bound', 'desc')
    .limit(page.limit)
    .execute();
}

/** Needs under the pillar from businesses that may be suggested, inside the offer's radius box. */
export function candidateNeeds(
  db: DbOrTrx,
  filter: CandidateFilter,
  origin: Origin | null,
  radiusMiles: number,
) {
  const latSpan = radiusMiles / MILES_PER_LAT_DEGREE;
  const lonSpan = origin
    ? radiusMiles / (69.17 * Math.cos((Math.min(89, Math.abs(origin.latitude) + latSpan) * Math.PI) / 180))
    : 0;
  return db
    .selectFrom('needs')
    .innerJoin('businesses', 'businesses.id', 'needs.business_id')
    .select(['needs.id', 'needs.description_ko', 'needs.description_en', ...businessColumns])
    .where('needs.pillar_id', '=', filter.pillarId)
    .$if(filter.excluded.length > 0, (q) => q.where('needs.business_id', 'not in', filter.excluded))
    .where(underCapacity(filter.week))
    .$if(origin !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('businesses.latitude', 'is', null),
          eb.and([
            eb('businesses.latitude', '>=', (origin?.latitude ?? 0) - latSpan),
            eb('businesses.latitude', '<=', (origin?.latitude ?? 0) + latSpan),
            eb('businesses.longitude', '>=', (origin?.longitude ?? 0) - lonSpan),
            eb('businesses.longitude', '<=', (origin?.longitude ?? 0) + lonSpan),
          ]),
        ]),
      ),
    )
    .execute();
}

export type CandidateOfferRow = Awaited<ReturnType<typeof candidateOffers>>[number];
export type CandidateNeedRow = Awaited<ReturnType<typeof candidateNeeds>>[number];

function underCapacity(week: { from: string; to: string }) {
  return sql<boolean>`(businesses.weekly_intro_capacity is null or businesses.weekly_intro_capacity > (
    select count(*) from introductions r
    where r.recipient_business_id = businesses.id and r.created_at >= ${week.from} and r.created_at < ${week.to}))`;
}

export async function receivedBetween(
  db: DbOrTrx,
  businessId: string,
  week: { from: string; to: string },
): Promise<number> {
  const row = await db
    .selectFrom('introductions')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('recipient_business_id', '=', businessId)
    .where('created_at', '>=', week.from)
    .where('created_at', '<', week.to)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export function organizationsOf(db: DbOrTrx, businessIds: readonly string[]) {
  if (businessIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('business_organizations')
    .innerJoin('organizations', 'organizations.id', 'business_organizations.organization_id')
    .select([
      'business_organizations.business_id',
      'organizations.id',
      'organizations.name_ko',
      'organizations.name_en',
      'business_organizations.created_at',
    ])
    .where('business_organizations.business_id', 'in', businessIds)
    .orderBy('business_organizations.created_at')
    .execute();
}

/** Every introduction the businesses received, for responsiveness and outcomes. */
export function introductionsReceived(db: DbOrTrx, businessIds: readonly string[]) {
  if (businessIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('introductions')
    .select(['recipient_business_id', 'stage', 'outcome', 'responded_at', 'created_at'])
    .where('recipient_business_id', 'in', businessIds)
    .execute();
}

/** What the hidden businesses offer (or need): the pattern a member said is not relevant. */
export function hiddenProfiles(db: DbOrTrx, businessIds: readonly string[], side: 'offers' | 'needs') {
  if (businessIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom(side)
    .innerJoin('businesses', 'businesses.id', `${side}.business_id`)
    .select([
      'businesses.id as business_id',
      'businesses.industry',
      `${side}.pillar_id`,
      `${side}.description_ko`,
      `${side}.description_en`,
    ])
    .where('businesses.id', 'in', businessIds)
    .execute();
}

/** Hiding twice (a double click, two tabs) keeps the first row. */
export async function hide(db: DbOrTrx, businessId: string, targetId: string, at: string): Promise<void> {
  await db
    .insertInto('match_feedback')
    .values({ business_id: businessId, target_business_id: targetId, kind: 'hidden', created_at: at })
    .onConflict((oc) => oc.columns(['business_id', 'target_business_id']).doNothing())
    .execute();
}

export async function unhide(db: DbOrTrx, businessId: string, targetId: string): Promise<void> {
  await db
    .deleteFrom('match_feedback')
    .where('business_id', '=', businessId)
    .where('target_business_id', '=', targetId)
    .execute();
}

export async function setCapacity(db: DbOrTrx, businessId: string, capacity: number | null): Promise<void> {
  await db
    .updateTable('businesses')
    .set({ weekly_intro_capacity: capacity })
    .where('id', '=', businessId)
    .execute();
}

export function findBusinessId(db: DbOrTrx, slug: string) {
  return db.selectFrom('businesses').select('id').where('slug', '=', slug).executeTakeFirst();
}

export async function capacityOf(db: DbOrTrx, businessId: string): Promise<number | null> {
  const row = await db
    .selectFrom('businesses')
    .select('weekly_intro_capacity')
    .where('id', '=', businessId)
    .executeTakeFirst();
  return row?.weekly_intro_capacity ?? null;
}
