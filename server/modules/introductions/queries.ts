import type { DbOrTrx } from '../../platform/db/database.ts';
import type { IntroductionStage } from '../../platform/db/schema.ts';
import { newId } from '../../platform/auth/secrets.ts';

/** Stages in which a pair already has an introduction going; a new request returns it instead. */
export const OPEN_STAGES: readonly IntroductionStage[] = ['requested', 'accepted', 'met', 'active'];

export function introductionById(db: DbOrTrx, id: string) {
  return db.selectFrom('introductions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function businessSummary(db: DbOrTrx, id: string) {
  return db
    .selectFrom('businesses')
    .select(['id', 'slug', 'name_ko', 'name_en', 'phone', 'email', 'weekly_intro_capacity'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/**
 * Takes the row locks of both businesses (in id order, so two requests never wait on each other in a
 * cycle). On PostgreSQL this serializes every creation touching either business, which makes the
 * duplicate, daily-cap and capacity re-checks race-free; SQLite runs one write transaction at a time.
 */
export async function lockBusinesses(trx: DbOrTrx, ids: string[]): Promise<void> {
  for (const id of [...ids].sort()) {
    await trx
      .updateTable('businesses')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('id', '=', id)
      .execute();
  }
}

export function openIntroductionBetween(db: DbOrTrx, a: string, b: string) {
  return db
    .selectFrom('introductions')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('requester_business_id', '=', a), eb('recipient_business_id', '=', b)]),
        eb.and([eb('requester_business_id', '=', b), eb('recipient_business_id', '=', a)]),
      ]),
    )
    .where('stage', 'in', OPEN_STAGES)
    .executeTakeFirst();
}

export async function sentSince(db: DbOrTrx, businessId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('introductions')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('requester_business_id', '=', businessId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Monday 00:00 UTC of the week containing `at`: weekly capacities reset then. */
export function weekStart(at: Date): Date {
  const day = (at.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day));
}

/** Introductions a business received this week, counted against its weekly capacity. */
export async function receivedThisWeek(db: DbOrTrx, businessId: string, at: Date): Promise<number> {
  const row = await db
    .selectFrom('introductions')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('recipient_business_id', '=', businessId)
    .where('created_at', '>=', weekStart(at).toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function isBlocked(db: DbOrTrx, blocker: string, blocked: string): Promise<boolean> {
  const row = await db
    .selectFrom('business_blocks')
    .select('business_id')
    .where('business_id', '=', blocker)
    .where('blocked_business_id', '=', blocked)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addEvent(
  db: DbOrTrx,
  event: {
    introductionId: string;
    actorUserId: string | null;
    stage: IntroductionStage;
    note?: string;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('introduction_events')
    .values({
      id: newId(),
      introduction_id: event.introductionId,
      actor_user_id: event.actorUserId,
      stage: event.stage,
      note: event.note ?? '',
      created_at: event.at,
    })
    .execute();
}

export function timeline(db: DbOrTrx, introductionId: string) {
  return db
    .selectFrom('introduction_events')
    .leftJoin('users', 'users.id', 'introduction_events.actor_user_id')
    .select([
      'introduction_events.stage',
      'introduction_events.note',
      'introduction_events.created_at',
      'users.name as actor',
    ])
    .where('introduction_events.introduction_id', '=', introductionId)
    .orderBy('introduction_events.created_at')
    .orderBy('introduction_events.id')
    .execute();
}

/** Owners and staff of a business: who hears about its introductions. */
export async function businessUserIds(db: DbOrTrx, businessId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('business_users')
    .select('user_id')
    .where('business_id', '=', businessId)
    .execute();
  return rows.map((r) => r.user_id);
}

export function ownerName(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('business_users')
    .innerJoin('users', 'users.id', 'business_users.user_id')
    .select('users.name')
    .where('business_users.business_id', '=', businessId)
    .orderBy('business_users.role')
    .executeTakeFirst();
}

/** An introduction with the businesses on both sides joined as `requester` and `recipient`. */
function withBothSides(db: DbOrTrx) {
  return db
    .selectFrom('introductions')
    .innerJoin('businesses as requester', 'requester.id', 'introductions.requester_business_id')
    .innerJoin('businesses as recipient', 'recipient.id', 'introductions.recipient_business_id');
}

/** The slug and names of both sides, as lists of introductions show them. */
const bothSides = [
  'requester.slug as requester_slug',
  'requester.name_ko as requester_name_ko',
  'requester.name_en as requester_name_en',
  'recipient.slug as recipient_slug',
  'recipient.name_ko as recipient_name_ko',
  'recipient.name_en as recipient_name_en',
] as const;

export function introductionsOf(db: DbOrTrx, businessId: string) {
  return withBothSides(db)
    .select([
      'introductions.id',
      'introductions.stage',
      'introductions.message',
      'introductions.outcome',
      'introductions.value_cents',
      'introductions.requester_business_id',
      'introductions.created_at',
      'introductions.updated_at',
      'introductions.expires_at',
      ...bothSides,
    ])
    .where((eb) =>
      eb.or([
        eb('introductions.requester_business_id', '=', businessId),
        eb('introductions.recipient_business_id', '=', businessId),
      ]),
    )
    .orderBy('introductions.created_at', 'desc')
    .limit(500)
    .execute();
}

export type IntroductionListRow = Awaited<ReturnType<typeof introductionsOf>>[number];

/** Every introduction with a business of the organization on either side. */
export function introductionsOfOrganization(db: DbOrTrx, organizationId: string) {
  const members = db
    .selectFrom('business_organizations')
    .select('business_id')
    .where('organization_id', '=', organizationId);
  return withBothSides(db)
    .select([
      'introductions.id',
      'introductions.stage',
      'introductions.outcome',
      'introductions.value_cents',
      'introductions.responded_at',
      'introductions.created_at',
      'introductions.updated_at',
      ...bothSides,
    ])
    .where((eb) =>
      eb.or([
        eb('introductions.requester_business_id', 'in', members),
        eb('introductions.recipient_business_id', 'in', members),
      ]),
    )
    .orderBy('introductions.updated_at', 'desc')
    .execute();
}

export type PipelineRow = Awaited<ReturnType<typeof introductionsOfOrganization>>[number];

export async function addBlock(db: DbOrTrx, blocker: string, blocked: string, at: string): Promise<void> {
  await db
    .insertInto('business_blocks')
    .values({ business_id: blocker, blocked_business_id: blocked, created_at: at })
    .onConflict((oc) => oc.columns(['business_id', 'blocked_business_id']).doNothing())
    .execute();
}

export async function removeBlock(db: DbOrTrx, blocker: string, blocked: string): Promise<void> {
  await db
    .deleteFrom('business_blocks')
    .where('business_id', '=', blocker)
    .where('blocked_business_id', '=', blocked)
    .execute();
}

/** Requests still waiting for an answer between two businesses, in either direction. */
export function requestedBetween(db: DbOrTrx, a: string, b: string) {
  return db
    .selectFrom('introductions')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('requester_business_id', '=', a), eb('recipient_business_id', '=', b)]),
        eb.and([eb('requester_business_id', '=', b), eb('recipient_business_id', '=', a)]),
      ]),
    )
    .where('stage', '=', 'requested')
    .execute();
}

export function businessBySlug(db: DbOrTrx, slug: string) {
  return db.selectFrom('businesses').selectAll().where('slug', '=', slug).executeTakeFirst();
}
