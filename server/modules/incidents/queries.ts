import type { DbOrTrx } from '../../platform/db/database.ts';
import type { IncidentStatus, IncidentType } from '../../platform/db/schema.ts';

export function incidentById(db: DbOrTrx, id: string) {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}
export type IncidentRow = NonNullable<Awaited<ReturnType<typeof incidentById>>>;

export function organizationSummary(db: DbOrTrx, id: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name_ko', 'name_en'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export function businessSummary(db: DbOrTrx, id: string) {
  return db
    .selectFrom('businesses')
    .select(['id', 'slug', 'name_ko', 'name_en', 'latitude', 'longitude'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function userName(db: DbOrTrx, id: string) {
  return db.selectFrom('users').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Businesses the user is owner or staff of (their "own store" incidents show in full). */
export async function businessIdsOfUser(db: DbOrTrx, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('business_users')
    .select('business_id')
    .where('user_id', '=', userId)
    .execute();
  return new Set(rows.map((r) => r.business_id));
}

export function businessUserIds(db: DbOrTrx, businessId: string): Promise<string[]> {
  return db
    .selectFrom('business_users')
    .select('user_id')
    .where('business_id', '=', businessId)
    .execute()
    .then((rows) => rows.map((r) => r.user_id));
}

export interface IncidentFilter {
  organizationId: string;
  types?: readonly IncidentType[] | undefined;
  status?: IncidentStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** On the block location: the only one every viewer may be placed by. */
  box?: { south: number; north: number; west: number; east: number } | undefined;
}

function filtered(db: DbOrTrx, f: IncidentFilter) {
  let query = db.selectFrom('incidents').where('incidents.organization_id', '=', f.organizationId);
  if (f.types && f.types.length > 0) {
    query = query.where('incidents.type', 'in', f.types);
  }
  if (f.status) {
    query = query.where('incidents.status', '=', f.status);
  }
  if (f.from) {
    query = query.where('incidents.occurred_at', '>=', f.from);
  }
  if (f.to) {
    query = query.where('incidents.occurred_at', '<=', f.to);
  }
  if (f.box) {
    query = query
      .where('incidents.block_latitude', '>=', f.box.south)
      .where('incidents.block_latitude', '<=', f.box.north)
      .where('incidents.block_longitude', '>=', f.box.west)
      .where('incidents.block_longitude', '<=', f.box.east);
  }
  return query;
}

export async function countIncidents(db: DbOrTrx, f: IncidentFilter): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

const listColumns = [
  'incidents.id',
  'incidents.type',
  'incidents.status',
  'incidents.occurred_at',
  'incidents.purged_at',
  'incidents.latitude',
  'incidents.longitude',
  'incidents.block_latitude',
  'incidents.block_longitude',
  'incidents.description',
  'incidents.reporter_user_id',
  'incidents.business_id',
  'businesses.slug as business_slug',
  'businesses.name_ko as business_name_ko',
  'businesses.name_en as business_name_en',
] as const;

function withCounts(query: ReturnType<typeof filtered>) {
  return query
    .leftJoin('businesses', 'businesses.id', 'incidents.business_id')
    .select(listColumns)
    .select((eb) => [
      eb
        .selectFrom('incident_photos')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('incident_photos.incident_id', '=', 'incidents.id')
        .as('photo_count'),
      eb
        .selectFrom('incident_comments')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('incident_comments.incident_id', '=', 'incidents.id')
        .as('comment_count'),
    ]);
}

/** Newest first; the id breaks ties so pages never overlap. */
export function listIncidents(db: DbOrTrx, f: IncidentFilter, limit: number, offset: number) {
  return withCounts(filtered(db, f))
    .orderBy('incidents.occurred_at', 'desc')
    .orderBy('incidents.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type IncidentListRow = Awaited<ReturnType<typeof listIncidents>>[number];

export function incidentsReportedBy(db: DbOrTrx, userId: string) {
  return withCounts(db.selectFrom('incidents').where('incidents.reporter_user_id', '=', userId))
    .orderBy('incidents.occurred_at', 'desc')
    .orderBy('incidents.id', 'desc')
    .limit(200)
    .execute();
}

/** Only what the heat map needs: no personal details leave the query. */
export function heatRows(db: DbOrTrx, f: IncidentFilter) {
  return filtered(db, f)
    .select(['incidents.occurred_at', 'incidents.block_latitude', 'incidents.block_longitude'])
    .execute();
}

export function photosOf(db: DbOrTrx, incidentId: string) {
  return db
    .selectFrom('incident_photos')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function photoById(db: DbOrTrx, incidentId: string, photoId: string) {
  return db
    .selectFrom('incident_photos')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

export function commentsOf(db: DbOrTrx, incidentId: string) {
  return db
    .selectFrom('incident_comments')
    .leftJoin('users', 'users.id', 'incident_comments.user_id')
    .select([
      'incident_comments.id',
      'incident_comments.body',
      'incident_comments.created_at',
      'users.name as author',
    ])
    .where('incident_comments.incident_id', '=', incidentId)
    .orderBy('incident_comments.created_at')
    .orderBy('incident_comments.id')
    .execute();
}

const footageColumns = [
  'footage_requests.id',
  'footage_requests.incident_id',
  'footage_requests.camera_id',
  'footage_requests.note',
  'footage_requests.status',
  'footage_requests.response_note',
  'footage_requests.answered_at',
  'footage_requests.created_at',
  'footage_requests.requested_by_user_id',
  'cameras.label as camera_label',
  'cameras.business_id',
  'businesses.slug as business_slug',
  'businesses.name_ko as business_name_ko',
  'businesses.name_en as business_name_en',
  'users.name as requested_by',
] as const;

function footageQuery(db: DbOrTrx) {
  return db
    .selectFrom('footage_requests')
    .innerJoin('cameras', 'cameras.id', 'footage_requests.camera_id')
    .innerJoin('businesses', 'businesses.id', 'cameras.business_id')
    .leftJoin('users', 'users.id', 'footage_requests.requested_by_user_id')
    .select(footageColumns);
}
export type FootageRow = Awaited<ReturnType<ReturnType<typeof footageQuery>['executeTakeFirstOrThrow']>>;

export function footageRequestsOfIncident(db: DbOrTrx, incidentId: string): Promise<FootageRow[]> {
  return footageQuery(db)
    .where('footage_requests.incident_id', '=', incidentId)
    .orderBy('footage_requests.created_at')
    .orderBy('footage_requests.id')
    .execute();
}

export function footageRequestsOfBusiness(db: DbOrTrx, businessId: string): Promise<FootageRow[]> {
  return footageQuery(db)
    .where('cameras.business_id', '=', businessId)
    .orderBy('footage_requests.created_at', 'desc')
    .orderBy('footage_requests.id', 'desc')
    .limit(200)
    .execute();
}

export function footageRequestById(db: DbOrTrx, id: string): Promise<FootageRow | undefined> {
  return footageQuery(db).where('footage_requests.id', '=', id).executeTakeFirst();
}

/** Cameras of the organization's businesses inside a latitude/longitude box (exact distance after). */
export function camerasInBox(
  db: DbOrTrx,
  organizationId: string,
  box: { south: number; north: number; west: number; east: number },
) {
  return db
    .selectFrom('cameras')
    .innerJoin('businesses', 'businesses.id', 'cameras.business_id')
    .innerJoin('business_organizations', 'business_organizations.business_id', 'cameras.business_id')
    .select([
      'cameras.id',
      'cameras.label',
      'cameras.latitude',
      'cameras.longitude',
      'cameras.direction_degrees',
      'cameras.retention_days',
      'cameras.shareable',
      'businesses.slug as business_slug',
      'businesses.name_ko as business_name_ko',
      'businesses.name_en as business_name_en',
    ])
    .where('business_organizations.organization_id', '=', organizationId)
    .where('cameras.latitude', '>=', box.south)
    .where('cameras.latitude', '<=', box.north)
    .where('cameras.longitude', '>=', box.west)
    .where('cameras.longitude', '<=', box.east)
    .execute();
}

export function cameraInOrganization(db: DbOrTrx, cameraId: string, organizationId: string) {
  return db
    .selectFrom('cameras')
    .innerJoin('business_organizations', 'business_organizations.business_id', 'cameras.business_id')
    .select(['cameras.id', 'cameras.business_id', 'cameras.label', 'cameras.latitude', 'cameras.longitude'])
    .where('cameras.id', '=', cameraId)
    .where('business_organizations.organization_id', '=', organizationId)
    .executeTakeFirst();
}
