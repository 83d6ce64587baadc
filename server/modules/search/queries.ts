import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';

/**
 * The search SQL, identical on SQLite and PostgreSQL. The plan: look the query terms up through the
 * (term, business_id) primary key, aggregate per business into a score, then join the business and
 * apply the filters. Distances use an equirectangular approximation (plain arithmetic, no trigonometry
 * in SQL); within a metro area it differs from the great-circle distance by far less than a mile.
 */

export const MILES_PER_DEGREE = 69.0936;

export type Side = 'all' | 'offers' | 'needs';

export interface Origin {
  latitude: number;
  longitude: number;
}

export interface SearchFilter {
  terms: string[];
  /** Rarity weight per term; rare terms count for more. */
  idf: Map<string, number>;
  /** All terms must match (AND); false ranks any match (the fallback when AND finds nothing). */
  requireAll: boolean;
  side: Side;
  pillarId?: string | undefined;
  organizationId?: string | undefined;
  industry?: string | undefined;
  language?: string | undefined;
  origin?: Origin | undefined;
  radiusMiles?: number | undefined;
  /** Saved-search sweep: businesses created after this time and not yet announced by this saved search. */
  newFor?: { savedSearchId: string; since: string } | undefined;
}

const lit = (value: number) => sql.lit(Number(value.toFixed(6)));

/** Squared planar distance in degrees of latitude; rank by it, filter on it against (radius/69)². */
function distanceSquared(origin: Origin): RawBuilder<number> {
  const k = Math.cos((origin.latitude * Math.PI) / 180);
  const dLat = sql`(b.latitude - ${lit(origin.latitude)})`;
  const dLon = sql`((b.longitude - ${lit(origin.longitude)}) * ${lit(k)})`;
  return sql<number>`(${dLat} * ${dLat} + ${dLon} * ${dLon})`;
}

function hasItem(table: 'offers' | 'needs', pillarId: string | undefined): RawBuilder<SqlBool> {
  const pillar = pillarId === undefined ? sql`` : sql` and i.pillar_id = ${pillarId}`;
  return sql<SqlBool>`exists (select 1 from ${sql.table(table)} i where i.business_id = b.id${pillar})`;
}

function sideCondition(side: Side, pillarId: string | undefined): RawBuilder<SqlBool> | undefined {
  if (side === 'offers' || side === 'needs') {
    return hasItem(side, pillarId);
  }
  if (pillarId !== undefined) {
    return sql<SqlBool>`(${hasItem('offers', pillarId)} or ${hasItem('needs', pillarId)})`;
  }
  return undefined;
}

function conditions(f: SearchFilter, withPillar: boolean): RawBuilder<SqlBool>[] {
  const where: RawBuilder<SqlBool>[] = [];
  const side = sideCondition(f.side, withPillar ? f.pillarId : undefined);
  if (side) {
    where.push(side);
  }
  if (f.organizationId !== undefined) {
    where.push(
      sql<SqlBool>`exists (select 1 from business_organizations bo where bo.business_id = b.id and bo.organization_id = ${f.organizationId})`,
    );
  }
  if (f.industry !== undefined) {
    where.push(sql<SqlBool>`b.industry = ${f.industry}`);
  }
  if (f.language !== undefined) {
    // Languages are a JSON list of known codes, so the quoted code cannot match a longer one.
    where.push(sql<SqlBool>`b.languages like ${`%"${f.language}"%`}`);
  }
  if (f.origin && f.radiusMiles !== undefined) {
    const { latitude, longitude } = f.origin;
    const dLat = f.radiusMiles / MILES_PER_DEGREE;
    const dLon = dLat / Math.max(0.01, Math.cos((latitude * Math.PI) / 180));
    // The bounding box can use the location index; the exact radius test then runs on what is left.
    where.push(sql<SqlBool>`b.latitude between ${lit(latitude - dLat)} and ${lit(latitude + dLat)}`);
    where.push(sql<SqlBool>`b.longitude between ${lit(longitude - dLon)} and ${lit(longitude + dLon)}`);
    where.push(sql<SqlBool>`${distanceSquared(f.origin)} <= ${lit(dLat * dLat)}`);
  }
  if (f.newFor) {
    where.push(sql<SqlBool>`b.created_at > ${f.newFor.since}`);
    where.push(
      sql<SqlBool>`not exists (select 1 from saved_search_hits sh where sh.saved_search_id = ${f.newFor.savedSearchId} and sh.business_id = b.id)`,
    );
  }
  return where;
}

/** (business id, score) for every business the text matches, by the primary key only. */
function hits(f: SearchFilter): RawBuilder<unknown> {
  if (f.terms.length === 0) {
    return sql`select b0.id as business_id, 0.0 as score from businesses b0`;
  }
  const weights = sql.join(
    f.terms.map((term) => sql`when ${term} then ${lit(f.idf.get(term) ?? 1)}`),
    sql` `,
  );
  const all = f.requireAll ? sql` having count(*) = ${sql.lit(f.terms.length)}` : sql``;
  return sql`select business_id, sum(weight * case term ${weights} else 0.0 end) as score
    from search_terms where term in (${sql.join(f.terms)}) group by business_id${all}`;
}

function filtered(f: SearchFilter, withPillar: boolean, columns: RawBuilder<unknown>): RawBuilder<unknown> {
  const where = conditions(f, withPillar);
  const clause = where.length > 0 ? sql` where ${sql.join(where, sql` and `)}` : sql``;
  return sql`select ${columns} from (${hits(f)}) h join businesses b on b.id = h.business_id${clause}`;
}

export interface RankedRow {
  id: string;
  score: number;
  distance: number | null;
}

/** One page of matching businesses, best first: score, then nearness (with an origin), then name. */
export async function rankedPage(
  db: DbOrTrx,
  f: SearchFilter,
  nameColumn: 'name_ko' | 'name_en',
  limit: number,
  offset: number,
): Promise<RankedRow[]> {
  const distance = f.origin ? distanceSquared(f.origin) : sql`null`;
  const nearness = f.origin ? sql`case when b.latitude is null then 1 else 0 end, distance, ` : sql``;
  const name = sql.raw(`lower(b.${nameColumn})`);
  const columns = sql`b.id as id, h.score as score, ${distance} as distance`;
  const query = sql<RankedRow>`${filtered(f, true, columns)}
    order by score desc, ${nearness}${name}, b.id limit ${sql.lit(limit)} offset ${sql.lit(offset)}`;
  const rows = (await query.execute(db)).rows;
  return rows.map((r) => ({
    id: r.id,
    score: Number(r.score),
    distance: r.distance === null ? null : Number(r.distance),
  }));
}

export async function countMatches(db: DbOrTrx, f: SearchFilter): Promise<number> {
  const query = sql<{
    count: number | string;
  }>`select count(*) as count from (${filtered(f, true, sql`b.id`)}) m`;
  const row = (await query.execute(db)).rows[0];
  return Number(row?.count ?? 0);
}

/**
 * Businesses per pillar among the matches, ignoring the pillar filter itself, so the counts show what
 * choosing another pillar would give.
 */
export async function pillarFacets(db: DbOrTrx, f: SearchFilter): Promise<{ key: string; count: number }[]> {
  const tables = f.side === 'all' ? (['offers', 'needs'] as const) : ([f.side] as const);
  // The matches once (a CTE), then each match's items through their business_id index.
  const items = sql.join(
    tables.map(
      (table) =>
        sql`select i.business_id, i.pillar_id from m join ${sql.table(table)} i on i.business_id = m.id`,
    ),
    sql` union all `,
  );
  const query = sql<{
    key: string;
    count: number | string;
  }>`with m as materialized (${filtered(f, false, sql`b.id`)})
    select p.key as key, count(distinct t.business_id) as count
    from (${items}) t join pillars p on p.id = t.pillar_id
    group by p.key, p.position order by p.position`;
  return (await query.execute(db)).rows.map((r) => ({ key: r.key, count: Number(r.count) }));
}

/** How many businesses carry each term, for the rarity weights. */
export async function termFrequencies(db: DbOrTrx, terms: string[]): Promise<Map<string, number>> {
  if (terms.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('search_terms')
    .select(['term', (eb) => eb.fn.countAll().as('count')])
    .where('term', 'in', terms)
    .groupBy('term')
    .execute();
  return new Map(rows.map((r) => [r.term, Number(r.count)]));
}

export async function countBusinesses(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom('businesses')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** The page's businesses with what the results show of them (public fields only). */
export function businessesByIds(db: DbOrTrx, ids: string[]) {
  return db
    .selectFrom('businesses')
    .select([
      'id',
      'slug',
      'kind',
      'name_ko',
      'name_en',
      'description_ko',
      'description_en',
      'industry',
      'city',
      'zip',
      'latitude',
      'longitude',
      'logo_path',
      'updated_at',
    ])
    .where('id', 'in', ids)
    .execute();
}

export type ResultBusiness = Awaited<ReturnType<typeof businessesByIds>>[number];

/** The offers and needs of these businesses in one round trip, oldest first, each with its side. */
export function offersAndNeedsOf(db: DbOrTrx, businessIds: string[]) {
  const side = (table: 'offers' | 'needs') =>
    db
      .selectFrom(`${table} as i` as 'offers as i')
      .innerJoin('pillars as p', 'p.id', 'i.pillar_id')
      .select([
        'i.business_id',
        'i.description_ko',
        'i.description_en',
        'p.key as pillar_key',
        'i.created_at as created_at',
        sql.lit(table).$castTo<'offers' | 'needs'>().as('side'),
      ])
      .where('i.business_id', 'in', businessIds);
  return side('offers').unionAll(side('needs')).orderBy('created_at').execute();
}

export type ResultItem = Awaited<ReturnType<typeof offersAndNeedsOf>>[number];

export async function pillarIdByKey(db: DbOrTrx, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('pillars').select('id').where('key', '=', key).executeTakeFirst();
  return row?.id;
}

export async function organizationMemberIds(db: DbOrTrx, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('business_organizations')
    .select('business_id')
    .where('organization_id', '=', organizationId)
    .execute();
  return rows.map((r) => r.business_id);
}

export async function organizationIdBySlug(db: DbOrTrx, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

/** Where the caller's own business is: the first located business they own or staff. */
export async function callerLocation(db: DbOrTrx, userId: string): Promise<Origin | undefined> {
  const row = await db
    .selectFrom('business_users as bu')
    .innerJoin('businesses as b', 'b.id', 'bu.business_id')
    .select(['b.latitude', 'b.longitude'])
    .where('bu.user_id', '=', userId)
    .where('b.latitude', 'is not', null)
    .orderBy(sql`case when bu.role = 'owner' then 0 else 1 end`)
    .orderBy('b.created_at')
    .executeTakeFirst();
  if (!row || row.latitude === null || row.longitude === null) {
    return undefined;
  }
  return { latitude: Number(row.latitude), longitude: Number(row.longitude) };
}
