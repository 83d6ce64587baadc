import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type {
  ServicePartnerTable,
  ServiceRequestAttachmentTable,
  ServiceRequestTable,
} from '../../platform/db/schema.ts';

/** Plain queries of the services desk; every one names the organization or the request it reads. */

export const DEFAULT_TIME_ZONE = 'America/Chicago';

export async function deskTimeZone(db: DbOrTrx, organizationId: string): Promise<string> {
  const row = await db
    .selectFrom('service_desks')
    .select('time_zone')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.time_zone ?? DEFAULT_TIME_ZONE;
}

export function activePillars(db: DbOrTrx) {
  return db
    .selectFrom('pillars')
    .select(['id', 'key', 'name_ko', 'name_en'])
    .where('retired', '=', 0)
    .orderBy('position')
    .execute();
}

export function pillarByKey(db: DbOrTrx, key: string) {
  return db
    .selectFrom('pillars')
    .select(['id', 'key', 'name_ko', 'name_en'])
    .where('key', '=', key)
    .where('retired', '=', 0)
    .executeTakeFirst();
}

export function questionRows(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('service_questions')
    .select(['pillar_id', 'questions'])
    .where('organization_id', '=', organizationId)
    .execute();
}

export async function saveQuestions(
  db: DbOrTrx,
  organizationId: string,
  pillarId: string,
  questions: string,
  stamp: string,
): Promise<void> {
  await db
    .insertInto('service_questions')
    .values({ organization_id: organizationId, pillar_id: pillarId, questions, updated_at: stamp })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'pillar_id']).doUpdateSet({ questions, updated_at: stamp }),
    )
    .execute();
}

/** Vetted partners of the organization (of one pillar, or all), with their location and offer radius. */
export function vettedPartners(db: DbOrTrx, organizationId: string, pillarId?: string) {
  let query = db
    .selectFrom('service_partners')
    .innerJoin('businesses', 'businesses.id', 'service_partners.business_id')
    .innerJoin('pillars', 'pillars.id', 'service_partners.pillar_id')
    .selectAll('service_partners')
    .select([
      'pillars.key as pillar_key',
      'businesses.slug',
      'businesses.name_ko',
      'businesses.name_en',
      'businesses.latitude',
      'businesses.longitude',
    ])
    .select((eb) =>
      eb
        .selectFrom('offers')
        .select((s) => s.fn.max('offers.radius_miles').as('radius'))
        .whereRef('offers.business_id', '=', 'service_partners.business_id')
        .whereRef('offers.pillar_id', '=', 'service_partners.pillar_id')
        .as('offer_radius'),
    )
    .where('service_partners.organization_id', '=', organizationId);
  if (pillarId) {
    query = query.where('service_partners.pillar_id', '=', pillarId);
  }
  return query.orderBy('pillars.position').orderBy('businesses.name_en').execute();
}

/** Requests of the organization and pillar routed to each partner since the instant (ISO). */
export async function routedSince(
  db: DbOrTrx,
  organizationId: string,
  since: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('service_request_partners')
    .innerJoin('service_requests', 'service_requests.id', 'service_request_partners.request_id')
    .select((s) => [
      'service_request_partners.business_id',
      'service_requests.pillar_id',
      s.fn.countAll<string | number>().as('routed'),
    ])
    .where('service_requests.organization_id', '=', organizationId)
    .where('service_request_partners.routed_at', '>=', since)
    .groupBy(['service_request_partners.business_id', 'service_requests.pillar_id'])
    .execute();
  return new Map(rows.map((r) => [`${r.pillar_id}:${r.business_id}`, Number(r.routed)]));
}

export async function upsertPartner(db: DbOrTrx, row: Insertable<ServicePartnerTable>): Promise<void> {
  // On a second vetting, what it serves changes; who vetted it first and when stays.
  const changes = {
    weekly_capacity: row.weekly_capacity,
    zips: row.zips,
    radius_miles: row.radius_miles,
    languages: row.languages,
    sizes: row.sizes,
    updated_at: row.updated_at,
  };
  await db
    .insertInto('service_partners')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'pillar_id', 'business_id']).doUpdateSet(changes))
    .execute();
}

export async function removePartner(
  db: DbOrTrx,
  organizationId: string,
  pillarId: string,
  businessId: string,
): Promise<void> {
  await db
    .deleteFrom('service_partners')
    .where('organization_id', '=', organizationId)
    .where('pillar_id', '=', pillarId)
    .where('business_id', '=', businessId)
    .execute();
}

export async function isVetted(
  db: DbOrTrx,
  organizationId: string,
  pillarId: string,
  businessId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('service_partners')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('pillar_id', '=', pillarId)
    .where('business_id', '=', businessId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRequest(db: DbOrTrx, row: Insertable<ServiceRequestTable>): Promise<void> {
  await db.insertInto('service_requests').values(row).execute();
}

export async function insertRouting(
  db: DbOrTrx,
  requestId: string,
  businessId: string,
  id: string,
  stamp: string,
): Promise<void> {
  await db
    .insertInto('service_request_partners')
    .values({ id, request_id: requestId, business_id: businessId, status: 'routed', routed_at: stamp })
    .execute();
}

/** A request with its organization, business and pillar names. */
export function requestQuery(db: DbOrTrx) {
  return db
    .selectFrom('service_requests')
    .innerJoin('organizations', 'organizations.id', 'service_requests.organization_id')
    .innerJoin('businesses', 'businesses.id', 'service_requests.business_id')
    .innerJoin('pillars', 'pillars.id', 'service_requests.pillar_id')
    .selectAll('service_requests')
    .select([
      'organizations.slug as organization_slug',
      'organizations.name_ko as organization_name_ko',
      'organizations.name_en as organization_name_en',
      'businesses.slug as business_slug',
      'businesses.name_ko as business_name_ko',
      'businesses.name_en as business_name_en',
      'pillars.key as pillar_key',
      'pillars.name_ko as pillar_name_ko',
      'pillars.name_en as pillar_name_en',
    ]);
}
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

export function findRequest(db: DbOrTrx, id: string) {
  return requestQuery(db).where('service_requests.id', '=', id).executeTakeFirst();
}

export function businessRequests(db: DbOrTrx, businessId: string) {
  return requestQuery(db)
    .select((eb) =>
      eb
        .selectFrom('service_request_partners')
        .select((s) => s.fn.countAll<string | number>().as('n'))
        .whereRef('service_request_partners.request_id', '=', 'service_requests.id')
        .where('service_request_partners.status', '!=', 'routed')
        .as('proposal_count'),
    )
    .where('service_requests.business_id', '=', businessId)
    .orderBy('service_requests.created_at', 'desc')
    .limit(200)
    .execute();
}

/**
 * Takes the request's row for the rest of the transaction (PostgreSQL locks it; SQLite runs one
 * writer at a time), so a withdrawal and a proposal arriving together are applied one after the other.
 */
export async function lockRequest(db: DbOrTrx, id: string, stamp: string): Promise<RequestRow | undefined> {
  const result = await db
    .updateTable('service_requests')
    .set({ updated_at: stamp })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? findRequest(db, id) : undefined;
}

export async function setRequest(
  db: DbOrTrx,
  id: string,
  changes: Partial<
    Pick<
      ServiceRequestTable,
      'status' | 'rating' | 'outcome' | 'saved_cents' | 'outcome_note' | 'escalated_at' | 'updated_at'
    >
  >,
): Promise<void> {
  await db.updateTable('service_requests').set(changes).where('id', '=', id).execute();
}

/** The partners a request went to, with their names. */
export function routings(db: DbOrTrx, requestId: string) {
  return db
    .selectFrom('service_request_partners')
    .innerJoin('businesses', 'businesses.id', 'service_request_partners.business_id')
    .selectAll('service_request_partners')
    .select(['businesses.slug', 'businesses.name_ko', 'businesses.name_en'])
    .where('service_request_partners.request_id', '=', requestId)
    .orderBy('service_request_partners.proposed_at')
    .orderBy('businesses.name_en')
    .execute();
}
export type RoutingRow = Awaited<ReturnType<typeof routings>>[number];

export function routing(db: DbOrTrx, requestId: string, businessId: string) {
  return db
    .selectFrom('service_request_partners')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('business_id', '=', businessId)
    .executeTakeFirst();
}

/** Requests routed to any business the user works for, newest first. */
export function inboxRoutings(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('service_request_partners')
    .innerJoin('business_users', 'business_users.business_id', 'service_request_partners.business_id')
    .innerJoin('businesses', 'businesses.id', 'service_request_partners.business_id')
    .selectAll('service_request_partners')
    .select(['businesses.slug', 'businesses.name_ko', 'businesses.name_en'])
    .where('business_users.user_id', '=', userId)
    .orderBy('service_request_partners.routed_at', 'desc')
    .limit(200)
    .execute();
}

/** A business's contact details and its people, shared once a partner is picked. */
export async function contactOf(db: DbOrTrx, businessId: string) {
  const business = await db
    .selectFrom('businesses')
    .select(['id', 'slug', 'name_ko', 'name_en', 'email', 'phone', 'website'])
    .where('id', '=', businessId)
    .executeTakeFirstOrThrow();
  const people = await peopleOf(db, businessId);
  return { business, people };
}

export function peopleOf(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom('business_users')
    .innerJoin('users', 'users.id', 'business_users.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.locale'])
    .where('business_users.business_id', '=', businessId)
    .orderBy('business_users.role')
    .orderBy('users.name')
    .execute();
}

/** Active leads of the organization's action teams for the pillar. */
export function pillarLeads(db: DbOrTrx, organizationId: string, pillarId: string) {
  return db
    .selectFrom('action_team_members')
    .innerJoin('action_teams', 'action_teams.id', 'action_team_members.team_id')
    .innerJoin('action_team_organizations', 'action_team_organizations.team_id', 'action_teams.id')
    .select('action_team_members.user_id')
    .distinct()
    .where('action_team_organizations.organization_id', '=', organizationId)
    .where('action_teams.pillar_id', '=', pillarId)
    .where('action_team_members.role', '=', 'lead')
    .where('action_team_members.status', '=', 'active')
    .execute();
}

/** The pillars the user leads an action team of, in the organization. */
export async function ledPillars(db: DbOrTrx, organizationId: string, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('action_team_members')
    .innerJoin('action_teams', 'action_teams.id', 'action_team_members.team_id')
    .innerJoin('action_team_organizations', 'action_team_organizations.team_id', 'action_teams.id')
    .select('action_teams.pillar_id')
    .distinct()
    .where('action_team_organizations.organization_id', '=', organizationId)
    .where('action_team_members.user_id', '=', userId)
    .where('action_team_members.role', '=', 'lead')
    .where('action_team_members.status', '=', 'active')
    .execute();
  return rows.map((r) => r.pillar_id);
}

export function organizationAdmins(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('memberships')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .execute();
}

/** Open requests nobody opted in to by the deadline, or that no partner could take. */
export function unanswered(db: DbOrTrx, organizationId: string) {
  return requestQuery(db)
    .where('service_requests.organization_id', '=', organizationId)
    .where('service_requests.status', '=', 'open')
    .where('service_requests.escalated_at', 'is not', null)
    .orderBy('service_requests.respond_by')
    .limit(200)
    .execute();
}

/** Open requests past their deadline the sweep has not escalated yet. */
export function overdue(db: DbOrTrx, at: string) {
  return db
    .selectFrom('service_requests')
    .select('id')
    .where('status', '=', 'open')
    .where('escalated_at', 'is', null)
    .where('respond_by', '<=', at)
    .orderBy('respond_by')
    .limit(500)
    .execute();
}

/** Marks the request escalated unless another instance did first; true for the one that did. */
export async function claimEscalation(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('service_requests')
    .set({ escalated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('escalated_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function attachments(db: DbOrTrx, requestId: string) {
  return db
    .selectFrom('service_request_attachments')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .execute();
}

export async function insertAttachment(
  db: DbOrTrx,
  row: Insertable<ServiceRequestAttachmentTable>,
): Promise<void> {
  await db.insertInto('service_request_attachments').values(row).execute();
}
