import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/db/database.ts';

/** YYYY-MM of an ISO timestamp; substr is the same function on SQLite and PostgreSQL. */
const monthOfOccurrence = sql<string>`substr(occurred_at, 1, 7)`;

/** Incident counts of the organization since `since`, by type and by month (YYYY-MM of occurred_at). */
export function incidentCounts(db: DbOrTrx, organizationId: string, since: string) {
  return db
    .selectFrom('incidents')
    .select((eb) => ['type', monthOfOccurrence.as('month'), eb.fn.countAll<number | string>().as('count')])
    .where('organization_id', '=', organizationId)
    .where('occurred_at', '>=', since)
    .groupBy(['type', monthOfOccurrence])
    .execute();
}

/** Each alert of the organization since `since`: when raised, when its report came in, its reach. */
export function alertReach(db: DbOrTrx, organizationId: string, since: string) {
  return db
    .selectFrom('alerts')
    .leftJoin('incidents', 'incidents.id', 'alerts.incident_id')
    .leftJoin('alert_recipients', 'alert_recipients.alert_id', 'alerts.id')
    .select((eb) => [
      'alerts.id',
      'alerts.created_at',
      'incidents.created_at as reported_at',
      eb.fn.min<string | null>('alert_recipients.seen_at').as('first_seen'),
      eb.fn.count<number | string>('alert_recipients.user_id').as('recipients'),
      eb.fn.count<number | string>('alert_recipients.seen_at').as('seen'),
      eb.fn.count<number | string>('alert_recipients.saw_too_at').as('sightings'),
    ])
    .where('alerts.organization_id', '=', organizationId)
    .where('alerts.created_at', '>=', since)
    .groupBy(['alerts.id', 'alerts.created_at', 'incidents.created_at'])
    .execute();
}

/** Every self-assessment of the organization's member businesses, newest first. */
export function assessmentsOfMembers(db: DbOrTrx, organizationId: string) {
  return db
    .selectFrom('safety_assessments')
    .innerJoin(
      'business_organizations',
      'business_organizations.business_id',
      'safety_assessments.business_id',
    )
    .innerJoin('businesses', 'businesses.id', 'safety_assessments.business_id')
    .select([
      'safety_assessments.business_id',
      'safety_assessments.kind',
      'safety_assessments.score',
      'safety_assessments.max_score',
    ])
    .where('business_organizations.organization_id', '=', organizationId)
    .where('businesses.kind', '=', 'member')
    .orderBy('safety_assessments.created_at', 'desc')
    .orderBy('safety_assessments.id', 'desc')
    .execute();
}

export async function countMembers(db: DbOrTrx, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('business_organizations')
    .innerJoin('businesses', 'businesses.id', 'business_organizations.business_id')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('business_organizations.organization_id', '=', organizationId)
    .where('businesses.kind', '=', 'member')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function setRetention(db: DbOrTrx, organizationId: string, months: number): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ safety_retention_months: months })
    .where('id', '=', organizationId)
    .execute();
}
