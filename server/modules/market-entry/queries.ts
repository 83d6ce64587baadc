import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { MarketEntryStepTable } from '../../platform/db/schema.ts';

export function applicationsOf(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('market_entry_applications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .execute();
}

export function findApplication(db: DbOrTrx, organizationId: string, id: string) {
  return db
    .selectFrom('market_entry_applications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function applicationByToken(db: DbOrTrx, token: string) {
  return db
    .selectFrom('market_entry_applications')
    .selectAll()
    .where('case_token', '=', token)
    .executeTakeFirst();
}

/** Steps of the applications, in checklist order, with their pillar, partner and owner. */
export function stepsOf(db: DbOrTrx, applicationIds: string[]) {
  if (applicationIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('market_entry_steps as s')
    .leftJoin('pillars as p', 'p.id', 's.pillar_id')
    .leftJoin('businesses as b', 'b.id', 's.partner_business_id')
    .leftJoin('users as u', 'u.id', 's.owner_user_id')
    .selectAll('s')
    .select([
      'p.key as pillar_key',
      'p.name_ko as pillar_name_ko',
      'p.name_en as pillar_name_en',
      'b.slug as partner_slug',
      'b.name_ko as partner_name_ko',
      'b.name_en as partner_name_en',
      'u.name as owner_name',
    ])
    .where('s.application_id', 'in', applicationIds)
    .orderBy('s.position')
    .execute();
}
export type StepRow = Awaited<ReturnType<typeof stepsOf>>[number];

export function findStep(db: DbOrTrx, applicationId: string, stepId: string) {
  return db
    .selectFrom('market_entry_steps')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('id', '=', stepId)
    .executeTakeFirst();
}

export async function insertSteps(db: DbOrTrx, rows: Insertable<MarketEntryStepTable>[]) {
  if (rows.length > 0) {
    await db.insertInto('market_entry_steps').values(rows).execute();
  }
}

export async function lastPosition(db: DbOrTrx, applicationId: string): Promise<number> {
  const row = await db
    .selectFrom('market_entry_steps')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  return Number(row?.position ?? 0);
}

/** The organization's active admins: who may own a step. */
export function committeeOf(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name'])
    .where('memberships.organization_id', '=', organizationId)
    .where('memberships.role', '=', 'admin')
    .where('memberships.status', '=', 'active')
    .orderBy('users.name')
    .execute();
}

export function pillarIds(db: DbOrTrx) {
  return db.selectFrom('pillars').select(['id', 'key']).execute();
}

export function partnerBySlug(db: DbOrTrx, slug: string) {
  return db
    .selectFrom('businesses')
    .select(['id'])
    .where('slug', '=', slug)
    .where('kind', '=', 'partner')
    .executeTakeFirst();
}

/** Open steps of accepted applications due on or before `until` and not yet reminded (the sweep's work). */
export function awaitingReminder(db: DbOrTrx, until: string) {
  return db
    .selectFrom('market_entry_steps as s')
    .innerJoin('market_entry_applications as a', 'a.id', 's.application_id')
    .select(['s.id'])
    .where('a.status', '=', 'accepted')
    .where('s.status', '=', 'open')
    .where('s.reminded_at', 'is', null)
    .where('s.due_on', '<=', until)
    .execute();
}

/** Claims a step's reminder: true for exactly one caller, however many sweeps run at once. */
export async function markReminded(db: DbOrTrx, stepId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('market_entry_steps')
    .set({ reminded_at: at })
    .where('id', '=', stepId)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
