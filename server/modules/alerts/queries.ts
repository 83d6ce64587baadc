import type { DbOrTrx } from '../../platform/db/database.ts';
import { boundingBox, distanceMiles, type Point } from './geo.ts';

export type AlertRow = NonNullable<Awaited<ReturnType<typeof alertById>>>;

export function alertById(db: DbOrTrx, id: string) {
  return db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function incidentById(db: DbOrTrx, id: string) {
  return db
    .selectFrom('incidents')
    .select(['id', 'organization_id', 'business_id', 'reporter_user_id', 'type', 'latitude', 'longitude'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function organizationById(db: DbOrTrx, id: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name_ko', 'name_en'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export async function isBusinessUser(db: DbOrTrx, businessId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('business_users')
    .select('user_id')
    .where('business_id', '=', businessId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface Target {
  userId: string;
  businessId: string | null;
  distanceMiles: number;
}

/**
 * Who an alert reaches: the owners and staff of every business of the organization (member or partner,
 * with coordinates) within the radius and of the chosen industries, and every active member of the
 * organization whose opt-in area contains the point. The box narrows the rows through the location
 * indexes; the exact distance decides. Each person once (at their nearest), never the raiser.
 */
export async function targetsOf(
  db: DbOrTrx,
  alert: {
    organization_id: string;
    latitude: number;
    longitude: number;
    radius_miles: number;
    industries: string;
    raised_by_user_id: string | null;
  },
  maxAreaRadiusMiles: number,
): Promise<Target[]> {
  const center: Point = { latitude: alert.latitude, longitude: alert.longitude };
  const industries = JSON.parse(alert.industries) as string[];
  const box = boundingBox(center, alert.radius_miles);
  let businesses = db
    .selectFrom('businesses')
    .innerJoin('business_organizations', 'business_organizations.business_id', 'businesses.id')
    .innerJoin('business_users', 'business_users.business_id', 'businesses.id')
    .select(['businesses.id', 'businesses.latitude', 'businesses.longitude', 'business_users.user_id'])
    .where('business_organizations.organization_id', '=', alert.organization_id)
    .where('businesses.kind', 'in', ['member', 'partner'])
    .where('businesses.latitude', '>=', box.minLatitude)
    .where('businesses.latitude', '<=', box.maxLatitude)
    .where('businesses.longitude', '>=', box.minLongitude)
    .where('businesses.longitude', '<=', box.maxLongitude);
  if (industries.length > 0) {
    businesses = businesses.where('businesses.industry', 'in', industries);
  }
  const areaBox = boundingBox(center, maxAreaRadiusMiles);
  const areas = db
    .selectFrom('alert_areas')
    .innerJoin('memberships', 'memberships.user_id', 'alert_areas.user_id')
    .select([
      'alert_areas.user_id',
      'alert_areas.latitude',
      'alert_areas.longitude',
      'alert_areas.radius_miles',
    ])
    .where('memberships.organization_id', '=', alert.organization_id)
    .where('memberships.status', '=', 'active')
    .where('alert_areas.latitude', '>=', areaBox.minLatitude)
    .where('alert_areas.latitude', '<=', areaBox.maxLatitude)
    .where('alert_areas.longitude', '>=', areaBox.minLongitude)
    .where('alert_areas.longitude', '<=', areaBox.maxLongitude);

  const nearest = new Map<string, Target>();
  const consider = (target: Target) => {
    if (target.userId === alert.raised_by_user_id) {
      return;
    }
    const known = nearest.get(target.userId);
    if (!known || target.distanceMiles < known.distanceMiles) {
      nearest.set(target.userId, target);
    }
  };
  for (const row of await businesses.execute()) {
    const miles = distanceMiles(center, { latitude: row.latitude ?? 0, longitude: row.longitude ?? 0 });
    if (miles <= alert.radius_miles) {
      consider({ userId: row.user_id, businessId: row.id, distanceMiles: miles });
    }
  }
  for (const row of await areas.execute()) {
    const miles = distanceMiles(center, row);
    if (miles <= row.radius_miles) {
      consider({ userId: row.user_id, businessId: null, distanceMiles: miles });
    }
  }
  return [...nearest.values()];
}

/** Alerts raised since `since` by the user, and alerts raised since `since` whose point is near `center`. */
export async function raisedSince(db: DbOrTrx, userId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('raised_by_user_id', '=', userId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function raisedNear(db: DbOrTrx, center: Point, miles: number, since: string): Promise<number> {
  const box = boundingBox(center, miles);
  const rows = await db
    .selectFrom('alerts')
    .select(['latitude', 'longitude'])
    .where('created_at', '>', since)
    .where('latitude', '>=', box.minLatitude)
    .where('latitude', '<=', box.maxLatitude)
    .where('longitude', '>=', box.minLongitude)
    .where('longitude', '<=', box.maxLongitude)
    .execute();
  return rows.filter((row) => distanceMiles(center, row) <= miles).length;
}

export function recipientOf(db: DbOrTrx, alertId: string, userId: string) {
  return db
    .selectFrom('alert_recipients')
    .selectAll()
    .where('alert_id', '=', alertId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function recipientIds(db: DbOrTrx, alertId: string) {
  return db
    .selectFrom('alert_recipients')
    .select('user_id')
    .where('alert_id', '=', alertId)
    .execute()
    .then((rows) => rows.map((r) => r.user_id));
}

/** The record: every recipient with their business and what they did, nearest first. */
export function recordOf(db: DbOrTrx, alertId: string) {
  return db
    .selectFrom('alert_recipients')
    .innerJoin('users', 'users.id', 'alert_recipients.user_id')
    .leftJoin('businesses', 'businesses.id', 'alert_recipients.business_id')
    .select([
      'users.name',
      'businesses.name_ko',
      'businesses.name_en',
      'alert_recipients.distance_miles',
      'alert_recipients.seen_at',
      'alert_recipients.saw_too_at',
      'alert_recipients.sighting_note',
      'alert_recipients.reported_false_at',
    ])
    .where('alert_recipients.alert_id', '=', alertId)
    .orderBy('alert_recipients.distance_miles')
    .orderBy('users.name')
    .execute();
}

/** Active liaisons (or admins) of the organization, who hear of sightings and false reports. */
export function organizationPeople(db: DbOrTrx, organizationId: string, roles: ('admin' | 'liaison')[]) {
  return db
    .selectFrom('memberships')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .where('role', 'in', roles)
    .execute()
    .then((rows) => rows.map((r) => r.user_id));
}

export function userName(db: DbOrTrx, userId: string | null) {
  if (!userId) {
    return Promise.resolve(null);
  }
  return db
    .selectFrom('users')
    .select('name')
    .where('id', '=', userId)
    .executeTakeFirst()
    .then((row) => row?.name ?? null);
}
