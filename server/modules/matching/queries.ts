import type { DbOrTrx } from '../../platform/db/database.ts';

/** Businesses a business is never matched with: introduced either way, blocked either way, hidden by it. */
export async function excludedPartners(db: DbOrTrx, businessId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('introductions')
    .select('recipient_business_id as id')
    .where('requester_business_id', '=', businessId)
    .unionAll((eb) =>
      eb
        .selectFrom('introductions')
        .select('requester_business_id as id')
        .where('recipient_business_id', '=', businessId),
    )
    .unionAll((eb) =>
      eb
        .selectFrom('business_blocks')
        .select('blocked_business_id as id')
        .where('business_id', '=', businessId),
    )
    .unionAll((eb) =>
      eb
        .selectFrom('business_blocks')
        .select('business_id as id')
        .where('blocked_business_id', '=', businessId),
    )
    .unionAll((eb) =>
      eb
        .selectFrom('match_feedback')
        .select('target_business_id as id')
        .where('business_id', '=', businessId)
        .where('kind', '=', 'hidden'),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
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

/** Businesses whose weekly capacity the introductions received this week have used up. */
export async function atCapacity(db: DbOrTrx, week: { from: string; to: string }): Promise<string[]> {
  const rows = await db
    .selectFrom('businesses')
    .select('businesses.id')
    .where('businesses.weekly_intro_capacity', 'is not', null)
    .where(
      (eb) =>
        eb
          .selectFrom('introductions as r')
          .select((inner) => inner.fn.countAll<number>().as('received'))
          .whereRef('r.recipient_business_id', '=', 'businesses.id')
          .where('r.created_at', '>=', week.from)
          .where('r.created_at', '<', week.to),
      '>=',
      (eb) => eb.ref('businesses.weekly_intro_capacity'),
    )
    .execute();
  return rows.map((r) => r.id);
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
