import type { DbOrTrx } from '../../platform/db/database.ts';
import type { IncidentAccess, IncidentView } from './access.ts';
import * as queries from './queries.ts';
import type { Suspect, Vehicle } from './schema.ts';

/**
 * Two views of an incident, each listing its fields. The neighbour view (other members of the
 * organization) keeps what helps a neighbour be watchful — type, time, the block, the description,
 * suspects' appearance and behaviour, vehicles without their plates — and drops whatever identifies
 * the victim or a person: reporter, store, address, exact point, contact, case number, photos, plates,
 * and the desk's comments and footage requests.
 */

function names(row: { slug: string; name_ko: string; name_en: string }) {
  return { slug: row.slug, nameKo: row.name_ko, nameEn: row.name_en };
}

function parseList<T>(json: string): T[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as T[]) : [];
}

export function photoUrl(incidentId: string, photoId: string): string {
  return `/api/v1/incidents/${incidentId}/photos/${photoId}`;
}

function exact(row: { latitude: number; longitude: number }) {
  return { latitude: row.latitude, longitude: row.longitude, precision: 'exact' as const };
}

function block(row: { block_latitude: number; block_longitude: number }) {
  return { latitude: row.block_latitude, longitude: row.block_longitude, precision: 'block' as const };
}

export function presentFootageRequest(row: queries.FootageRow) {
  return {
    id: row.id,
    incidentId: row.incident_id,
    camera: { id: row.camera_id, label: row.camera_label },
    business: { slug: row.business_slug, nameKo: row.business_name_ko, nameEn: row.business_name_en },
    requestedBy: row.requested_by,
    note: row.note,
    status: row.status,
    responseNote: row.response_note,
    answeredAt: row.answered_at,
    createdAt: row.created_at,
  };
}

/** The full view: everything that is still stored. */
async function presentFull(db: DbOrTrx, access: IncidentAccess) {
  const row = access.incident;
  const organization = await queries.organizationSummary(db, row.organization_id);
  const business = row.business_id ? await queries.businessSummary(db, row.business_id) : undefined;
  const reporter = row.reporter_user_id ? await queries.userName(db, row.reporter_user_id) : undefined;
  const photos = await queries.photosOf(db, row.id);
  const comments = access.canWorkDesk ? await queries.commentsOf(db, row.id) : [];
  const footage = access.canWorkDesk ? await queries.footageRequestsOfIncident(db, row.id) : [];
  return {
    id: row.id,
    view: 'full' as const,
    organization: names(organization),
    type: row.type,
    status: row.status,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    purged: row.purged_at !== null,
    location: row.purged_at === null ? exact(row) : block(row),
    locationKind: row.location_kind,
    business: business ? names(business) : null,
    reporter: reporter ? { name: reporter.name } : null,
    address: row.address,
    description: row.description,
    suspects: parseList<Suspect>(row.suspects),
    vehicles: parseList<Vehicle>(row.vehicles),
    policeCalled: row.police_called === 1,
    policeCaseNumber: row.police_case_number,
    contactPhone: row.contact_phone,
    photos: photos.map((p) => ({
      id: p.id,
      url: photoUrl(row.id, p.id),
      keptLocation: p.kept_location === 1,
    })),
    comments: comments.map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.created_at })),
    footageRequests: footage.map(presentFootageRequest),
    canAddPhotos: access.canAddPhotos,
    canWorkDesk: access.canWorkDesk,
  };
}

/** The neighbour view: the block, not the point; no one who could be identified. */
async function presentNeighbour(db: DbOrTrx, access: IncidentAccess) {
  const row = access.incident;
  const organization = await queries.organizationSummary(db, row.organization_id);
  return {
    id: row.id,
    view: 'neighbour' as const,
    organization: names(organization),
    type: row.type,
    status: row.status,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    purged: row.purged_at !== null,
    location: block(row),
    locationKind: null,
    business: null,
    reporter: null,
    address: null,
    description: row.description,
    suspects: parseList<Suspect>(row.suspects),
    vehicles: parseList<Vehicle>(row.vehicles).map((v) => ({
      make: v.make,
      model: v.model,
      color: v.color,
      direction: v.direction,
    })),
    policeCalled: row.police_called === 1,
    policeCaseNumber: null,
    contactPhone: null,
    photos: [],
    comments: [],
    footageRequests: [],
    canAddPhotos: false,
    canWorkDesk: false,
  };
}

export function presentIncident(db: DbOrTrx, access: IncidentAccess) {
  return access.view === 'full' ? presentFull(db, access) : presentNeighbour(db, access);
}

/** A row of a list, in the caller's view of that incident; comments are counted for the desk only. */
export function presentListItem(row: queries.IncidentListRow, view: IncidentView, canWorkDesk: boolean) {
  const full = view === 'full';
  const purged = row.purged_at !== null;
  return {
    id: row.id,
    view,
    type: row.type,
    status: row.status,
    occurredAt: row.occurred_at,
    purged,
    location: full && !purged ? exact(row) : block(row),
    business:
      full && row.business_slug !== null
        ? {
            slug: row.business_slug,
            nameKo: row.business_name_ko ?? '',
            nameEn: row.business_name_en ?? '',
          }
        : null,
    description: row.description,
    photoCount: full ? Number(row.photo_count ?? 0) : 0,
    commentCount: canWorkDesk ? Number(row.comment_count ?? 0) : 0,
  };
}
