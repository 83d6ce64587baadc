import { sql, type RawBuilder } from 'kysely';
import { HALF_CREDIT_MILES, WEIGHTS } from './score.ts';

/** Stage B of a business without any introduction received: both smoothed rates are 1/2. */
const NO_HISTORY = (WEIGHTS.responsiveness + WEIGHTS.outcomes) / 2;
import type { TermSet } from './similarity.ts';

/**
 * An upper bound of stage A computed inside the candidate query, so the database orders the pillar's
 * offers and returns a page instead of every row. Each part is never below its exact value in
 * `score.ts`, which is what keeps the two-stage ranking exact: a row left out of the page cannot beat
 * the page's last bound. Only portable SQL: `like`, `lower`, `abs`, `case`, arithmetic.
 */

/** Above this many need terms the text part is bounded by 1: one `like` per term per row gets slow. */
const MAX_SQL_TERMS = 24;
/** Shrinks the distance estimate so rounding and the sphere's curvature never make it exceed the truth. */
const DISTANCE_SAFETY = 0.99;

/** Numbers computed here, inlined so PostgreSQL never has to guess a parameter's type. */
function num(value: number): RawBuilder<number> {
  if (!Number.isFinite(value)) {
    throw new Error(`not a finite number: ${value}`);
  }
  return sql.lit(value);
}

function larger(a: RawBuilder<number>, b: RawBuilder<number>): RawBuilder<number> {
  return sql<number>`(case when ${a} >= ${b} then ${a} else ${b} end)`;
}

/**
 * Share of the need's terms found in the offer: `like '%term%'` on either text accepts every offer
 * `mentions()` accepts (it is the same test without the word-start condition), so it can only be higher.
 */
export function textBound(terms: readonly TermSet[], texts: readonly [string, string]): RawBuilder<number> {
  const total = terms.reduce((sum, set) => sum + set.size, 0);
  if (total === 0) {
    return num(0);
  }
  if (total > MAX_SQL_TERMS) {
    return num(1);
  }
  const [first, second] = texts;
  const shares = terms.map((set) => {
    const found = [...set].map(
      (term) =>
        sql<number>`(case when lower(${sql.ref(first)}) like ${`%${term}%`} or lower(${sql.ref(second)}) like ${`%${term}%`} then 1 else 0 end)`,
    );
    return sql<number>`((${sql.join(found, sql` + `)}) * ${num(1 / set.size)})`;
  });
  return shares.reduce((a, b) => larger(a, b));
}

/**
 * Share of the owner's languages found in the offer's or the provider's language list. The exact rule
 * reads the offer's list when it has one, else the business's; accepting either can only be higher.
 */
export function languageBound(
  ownerLanguages: readonly string[],
  lists: readonly [string, string],
): RawBuilder<number> {
  if (ownerLanguages.length === 0) {
    return num(0);
  }
  const [first, second] = lists;
  const found = ownerLanguages.map(
    (code) =>
      sql<number>`(case when ${sql.ref(first)} like ${`%"${code}"%`} or ${sql.ref(second)} like ${`%"${code}"%`} then 1 else 0 end)`,
  );
  return sql<number>`((${sql.join(found, sql` + `)}) * ${num(1 / ownerLanguages.length)})`;
}

export interface DistanceFrame {
  latitude: number;
  longitude: number;
  /** Miles per degree of latitude, never more than the haversine's. */
  latMiles: number;
  /** Miles per degree of longitude anywhere within `band` miles north or south, never more than the truth. */
  lonMiles: number;
  band: number;
}

/**
 * 10 / (10 + d) with d a lower bound of the haversine distance: the larger of the north–south and the
 * east–west separation (each shorter than the great circle), shrunk by 1%. Rows farther north or south
 * than the band use the north–south part alone. A row without a location gets 0, as in `distanceFit`.
 */
export function distanceBound(frame: DistanceFrame | null): RawBuilder<number> {
  if (!frame) {
    return num(0);
  }
  const north = sql<number>`(abs(businesses.latitude - (${num(frame.latitude)})) * ${num(frame.latMiles)})`;
  const east = sql<number>`(abs(businesses.longitude - (${num(frame.longitude)})) * ${num(frame.lonMiles)})`;
  const apart = sql<number>`(case when ${north} > ${num(frame.band)} then ${north} else ${larger(north, east)} end)`;
  return sql<number>`(case when businesses.latitude is null or businesses.longitude is null then 0
    else ${num(HALF_CREDIT_MILES)} / (${num(HALF_CREDIT_MILES)} + ${apart} * ${num(DISTANCE_SAFETY)}) end)`;
}

/**
 * Stage B of the candidate business, exact for organizations (verified, shared with the owner) and
 * bounded for history: a business that never received an introduction scores exactly NO_HISTORY,
 * any other at most the full weights. Two index lookups per row instead of STAGE_B_MAX for everyone,
 * which is what lets the first page end the search in a dense directory.
 */
export function stageBBound(ownOrganizationIds: readonly string[]): RawBuilder<number> {
  const shared =
    ownOrganizationIds.length === 0
      ? num(WEIGHTS.verified)
      : sql<number>`(case when bo.organization_id in (${sql.join(ownOrganizationIds)}) then ${num(WEIGHTS.verified + WEIGHTS.organization)} else ${num(WEIGHTS.verified)} end)`;
  const organizations = sql<number>`coalesce((select max(${shared}) from business_organizations bo
    where bo.business_id = businesses.id), 0)`;
  const history = sql<number>`(case when exists (select 1 from introductions ir
    where ir.recipient_business_id = businesses.id)
    then ${num(WEIGHTS.responsiveness + WEIGHTS.outcomes)} else ${num(NO_HISTORY)} end)`;
  return sql<number>`(${organizations} + ${history})`;
}

/** Stage A's formula (`stageA` in score.ts) over the three bounds. */
export function stageABound(
  text: RawBuilder<number>,
  language: RawBuilder<number>,
  distance: RawBuilder<number>,
): RawBuilder<number> {
  return sql<number>`(${num(WEIGHTS.pillar)} + ${num(WEIGHTS.text)} * ${text} + ${num(WEIGHTS.language)} * ${language} + ${num(WEIGHTS.distance)} * ${distance})`;
}
