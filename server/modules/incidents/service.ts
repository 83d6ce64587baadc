import type { FastifyRequest } from 'fastify';
import type { Caller } from '../../platform/auth/caller.ts';
import { can } from '../../platform/auth/policies.ts';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { businessOrganizations, findBusinessBySlug, isBusinessUser } from '../businesses/queries.ts';
import { organizationBySlug } from '../organizations/service.ts';
import type { IncidentAccess } from './access.ts';
import { blockOf, type Point } from './geo.ts';
import { fieldMessages } from './messages.ts';
import { storeFile } from '../../platform/stored-files.ts';
import { MAX_PHOTOS, photoPath, type ProcessedPhoto } from './photos.ts';
import type { ReportBody } from './schema.ts';

/** Phones' clocks drift: a report a few minutes "in the future" is a report of now. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Older than this is a mistyped year rather than a late report. */
export const MAX_AGE_DAYS = 366;
const DAY_MS = 86_400_000;

/** Who did it, when: the clock is an argument so sweeps and tests can set it. */
export interface Act {
  userId: string | null;
  at: Date;
}

export function act(request: FastifyRequest): Act {
  return { userId: request.caller.kind === 'user' ? request.caller.userId : null, at: new Date() };
}

const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: fieldMessages.error(name, params) } });

function denied(caller: Caller): AppError {
  return new AppError(caller.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

export interface ReportingScope {
  organizationId: string;
  business: Business | undefined;
}

/**
 * Where a report goes and whether the caller may file it: the people of the store it names, or the
 * liaisons/admins of the organization. A store in several organizations must say which one.
 */
export async function reportingScope(db: DbOrTrx, caller: Caller, body: ReportBody): Promise<ReportingScope> {
  const organization = body.organization ? await organizationBySlug(db, body.organization) : undefined;
  if (!body.business) {
    if (!organization) {
      if (caller.kind === 'anonymous') {
        throw denied(caller);
      }
      throw invalid('organization', 'organizationRequired');
    }
    if (!can(caller, 'incidents.report', { organizationId: organization.id })) {
      throw denied(caller);
    }
    return { organizationId: organization.id, business: undefined };
  }
  const business = await findBusinessBySlug(db, body.business);
  if (!business) {
    throw new AppError('not_found');
  }
  const organizationIds = (await businessOrganizations(db, business.id)).map((o) => o.id);
  const isBusinessMember = caller.kind === 'user' && (await isBusinessUser(db, business.id, caller.userId));
  if (!can(caller, 'incidents.report', { isBusinessMember, businessOrganizationIds: organizationIds })) {
    throw denied(caller);
  }
  if (organization) {
    if (!organizationIds.includes(organization.id)) {
      throw invalid('organization', 'organizationNotOfBusiness');
    }
    return { organizationId: organization.id, business };
  }
  if (organizationIds.length === 0) {
    throw invalid('business', 'businessHasNoOrganization');
  }
  if (organizationIds.length > 1) {
    throw invalid('organization', 'organizationRequired');
  }
  return { organizationId: organizationIds[0] ?? '', business };
}

function checkTime(occurredAt: string, at: Date): string {
  const time = new Date(occurredAt);
  if (Number.isNaN(time.getTime())) {
    throw invalid('occurredAt', 'future');
  }
  if (time.getTime() > at.getTime() + CLOCK_SKEW_MS) {
    throw invalid('occurredAt', 'future');
  }
  if (time.getTime() < at.getTime() - MAX_AGE_DAYS * DAY_MS) {
    throw invalid('occurredAt', 'tooOld');
  }
  return time.toISOString();
}

function locate(body: ReportBody, business: Business | undefined): { point: Point; address: string | null } {
  const place = body.place;
  if (place.kind === 'business') {
    if (!business) {
      throw invalid('place.kind', 'businessRequired');
    }
    if (business.latitude === null || business.longitude === null) {
      throw invalid('place.kind', 'businessHasNoLocation');
    }
    return { point: { latitude: business.latitude, longitude: business.longitude }, address: null };
  }
  if (place.kind === 'point') {
    if (place.latitude === undefined || place.longitude === undefined) {
      throw invalid('place.latitude', 'pointRequired');
    }
    return { point: { latitude: place.latitude, longitude: place.longitude }, address: null };
  }
  if (!place.address?.trim() || !place.zip) {
    throw invalid(place.address?.trim() ? 'place.zip' : 'place.address', 'addressRequired');
  }
  const found = geocodeZip(place.zip);
  if (!found) {
    throw invalid('place.zip', 'zipUnknown');
  }
  return {
    point: { latitude: found.latitude, longitude: found.longitude },
    address: `${place.address.trim()}, ${found.city}, ${found.state} ${found.zip}`,
  };
}

/** Drops empty strings and entries with nothing left in them. */
function compact<T extends Record<string, string | undefined>>(items: readonly T[] | undefined): T[] {
  return (items ?? [])
    .map((item) =>
      Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v.trim() !== '')),
    )
    .filter((item) => Object.keys(item).length > 0)
    .map((item) => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, (v as string).trim()])) as T);
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export async function reportIncident(
  trx: DbOrTrx,
  scope: ReportingScope,
  body: ReportBody,
  act: Act,
): Promise<string> {
  if (!body.description.trim()) {
    throw invalid('description', 'descriptionMissing');
  }
  const occurredAt = checkTime(body.occurredAt, act.at);
  const { point, address } = locate(body, scope.business);
  const blockPoint = blockOf(point);
  const id = newId();
  const at = act.at.toISOString();
  await trx
    .insertInto('incidents')
    .values({
      id,
      organization_id: scope.organizationId,
      business_id: scope.business?.id ?? null,
      reporter_user_id: act.userId,
      type: body.type,
      occurred_at: occurredAt,
      location_kind: body.place.kind,
      address,
      latitude: point.latitude,
      longitude: point.longitude,
      block_latitude: blockPoint.latitude,
      block_longitude: blockPoint.longitude,
      description: body.description.trim(),
      suspects: JSON.stringify(compact(body.suspects)),
      vehicles: JSON.stringify(compact(body.vehicles)),
      police_called: body.policeCalled ? 1 : 0,
      police_case_number: blank(body.policeCaseNumber),
      contact_phone: blank(body.contactPhone),
      status: 'open',
      closed_at: null,
      closed_by_user_id: null,
      purged_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** Stores a processed photo: the row and the file in one go (a failed write rolls the row back). */
export async function addPhoto(
  trx: DbOrTrx,
  uploadDir: string,
  access: IncidentAccess,
  photo: ProcessedPhoto,
  keepLocation: boolean,
  act: Act,
): Promise<string> {
  const incidentId = access.incident.id;
  // Serializes concurrent uploads to one incident, so the photo cap holds.
  await trx
    .updateTable('incidents')
    .set({ updated_at: act.at.toISOString() })
    .where('id', '=', incidentId)
    .execute();
  const count = await trx
    .selectFrom('incident_photos')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('incident_id', '=', incidentId)
    .executeTakeFirstOrThrow();
  if (Number(count.count) >= MAX_PHOTOS) {
    throw new AppError('conflict', {
      fields: { file: fieldMessages.error('tooManyPhotos', { limit: MAX_PHOTOS }) },
    });
  }
  const id = newId();
  const relativePath = photoPath(incidentId, id, photo.format);
  await trx
    .insertInto('incident_photos')
    .values({
      id,
      incident_id: incidentId,
      path: relativePath,
      content_type: photo.contentType,
      size_bytes: photo.data.length,
      kept_location: keepLocation ? 1 : 0,
      created_at: act.at.toISOString(),
    })
    .execute();
  await storeFile(uploadDir, relativePath, photo.data);
  return id;
}

export async function addComment(
  trx: DbOrTrx,
  access: IncidentAccess,
  body: string,
  act: Act,
): Promise<void> {
  if (access.incident.purged_at !== null) {
    throw new AppError('conflict', { fields: { id: fieldMessages.error('purged') } });
  }
  await trx
    .insertInto('incident_comments')
    .values({
      id: newId(),
      incident_id: access.incident.id,
      user_id: act.userId,
      body: body.trim(),
      created_at: act.at.toISOString(),
    })
    .execute();
}

/** Closes or reopens; asking for the state it is already in is a conflict, not a silent success. */
export async function setStatus(
  trx: DbOrTrx,
  access: IncidentAccess,
  status: 'open' | 'closed',
  act: Act,
): Promise<void> {
  if (access.incident.status === status) {
    throw new AppError('conflict', {
      fields: { status: fieldMessages.error(status === 'closed' ? 'alreadyClosed' : 'alreadyOpen') },
    });
  }
  const at = act.at.toISOString();
  await trx
    .updateTable('incidents')
    .set({
      status,
      closed_at: status === 'closed' ? at : null,
      closed_by_user_id: status === 'closed' ? act.userId : null,
      updated_at: at,
    })
    .where('id', '=', access.incident.id)
    .execute();
}
