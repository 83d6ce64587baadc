import type { Caller } from '../../platform/auth/caller.ts';
import { can } from '../../platform/auth/policies.ts';
import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../notifications/service.ts';
import { ownBusinessIds, viewOf, type IncidentAccess } from './access.ts';
import { boxAround, distanceMeters } from './geo.ts';
import { fieldMessages } from './messages.ts';
import { presentListItem } from './presenter.ts';
import * as queries from './queries.ts';
import type { HeatQuery, ListQuery } from './schema.ts';
import type { Act } from './service.ts';

export const DEFAULT_PAGE_SIZE = 50;
/** How far a camera may be from an incident to have seen it (the desk's default search radius). */
export const DEFAULT_CAMERA_RADIUS_METERS = 500;
export const MAX_CAMERA_RADIUS_METERS = 5000;

const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: fieldMessages.error(name, params) } });

function filterOf(organizationId: string, query: ListQuery | HeatQuery): queries.IncidentFilter {
  if (query.from && query.to && query.from > query.to) {
    throw invalid('from', 'range');
  }
  const sides = 'south' in query ? [query.south, query.north, query.west, query.east] : [];
  const given = sides.filter((s) => s !== undefined).length;
  if (given !== 0 && given !== 4) {
    throw invalid('south', 'box');
  }
  const [south, north, west, east] = sides as number[];
  return {
    organizationId,
    types: query.type,
    status: query.status,
    from: query.from ? new Date(query.from).toISOString() : undefined,
    to: query.to ? new Date(query.to).toISOString() : undefined,
    box: given === 4 ? { south: south ?? 0, north: north ?? 0, west: west ?? 0, east: east ?? 0 } : undefined,
  };
}

/** A page of the organization's incidents, each in the caller's view of it. */
export async function listForOrganization(
  db: DbOrTrx,
  caller: Caller,
  organizationId: string,
  query: ListQuery,
) {
  const filter = filterOf(organizationId, query);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const total = await queries.countIncidents(db, filter);
  const rows = await queries.listIncidents(db, filter, pageSize, (page - 1) * pageSize);
  const own = await ownBusinessIds(db, caller);
  const desk = can(caller, 'incidents.desk', { organizationId });
  const items = rows.map((row) =>
    presentListItem(
      row,
      viewOf(caller, { ...row, organization_id: organizationId }, own) ?? 'neighbour',
      desk,
    ),
  );
  return { items, total, page, pageSize };
}

function validTimeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw invalid('timeZone', 'timeZone');
  }
}

/** Counts by block cell and by hour of the week (Sunday first) in the given time zone. */
export async function heat(db: DbOrTrx, organizationId: string, query: HeatQuery) {
  const timeZone = validTimeZone(query.timeZone ?? 'UTC');
  const rows = await queries.heatRows(db, filterOf(organizationId, query));
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  });
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const hourOfWeek = weekdays.map(() => Array.from({ length: 24 }, () => 0));
  const cells = new Map<string, { latitude: number; longitude: number; count: number }>();
  for (const row of rows) {
    const parts = format.formatToParts(new Date(row.occurred_at));
    const day = weekdays.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? '');
    const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
    const dayRow = hourOfWeek[day];
    if (dayRow) {
      dayRow[hour] = (dayRow[hour] ?? 0) + 1;
    }
    const key = `${row.block_latitude},${row.block_longitude}`;
    const cell = cells.get(key) ?? { latitude: row.block_latitude, longitude: row.block_longitude, count: 0 };
    cell.count += 1;
    cells.set(key, cell);
  }
  return {
    total: rows.length,
    timeZone,
    cells: [...cells.values()].sort((a, b) => b.count - a.count),
    hourOfWeek,
  };
}

/** The organization's registered cameras within `radius` of the incident, nearest first. */
export async function nearbyCameras(db: DbOrTrx, access: IncidentAccess, radius: number) {
  const incident = access.incident;
  const cameras = await queries.camerasInBox(db, incident.organization_id, boxAround(incident, radius));
  const requests = new Map(
    (await queries.footageRequestsOfIncident(db, incident.id)).map((r) => [r.camera_id, r]),
  );
  return cameras
    .map((c) => ({ camera: c, distance: distanceMeters(incident, c) }))
    .filter((c) => c.distance <= radius)
    .sort((a, b) => a.distance - b.distance)
    .map(({ camera, distance }) => {
      const request = requests.get(camera.id);
      return {
        id: camera.id,
        label: camera.label,
        business: {
          slug: camera.business_slug,
          nameKo: camera.business_name_ko,
          nameEn: camera.business_name_en,
        },
        latitude: camera.latitude,
        longitude: camera.longitude,
        distanceMeters: Math.round(distance),
        directionDegrees: camera.direction_degrees,
        retentionDays: camera.retention_days,
        shareable: camera.shareable === 1,
        request: request ? { id: request.id, status: request.status } : null,
      };
    });
}

/** Asks the camera's business for its recording; its people hear of it. One request per camera and incident. */
export async function requestFootage(
  trx: DbOrTrx,
  access: IncidentAccess,
  cameraId: string,
  note: string,
  act: Act,
): Promise<string> {
  const incident = access.incident;
  if (incident.purged_at !== null) {
    throw new AppError('conflict', { fields: { id: fieldMessages.error('purged') } });
  }
  const camera = await queries.cameraInOrganization(trx, cameraId, incident.organization_id);
  if (!camera) {
    throw invalid('cameraId', 'cameraUnknown');
  }
  if (distanceMeters(incident, camera) > MAX_CAMERA_RADIUS_METERS) {
    throw invalid('cameraId', 'cameraTooFar', { limit: MAX_CAMERA_RADIUS_METERS });
  }
  const existing = await trx
    .selectFrom('footage_requests')
    .select('id')
    .where('incident_id', '=', incident.id)
    .where('camera_id', '=', cameraId)
    .executeTakeFirst();
  if (existing) {
    throw new AppError('conflict', { fields: { cameraId: fieldMessages.error('alreadyRequested') } });
  }
  const id = newId();
  await trx
    .insertInto('footage_requests')
    .values({
      id,
      incident_id: incident.id,
      camera_id: cameraId,
      requested_by_user_id: act.userId,
      note: note.trim(),
      status: 'requested',
      response_note: null,
      answered_by_user_id: null,
      answered_at: null,
      created_at: act.at.toISOString(),
    })
    .execute();
  const business = await queries.businessSummary(trx, camera.business_id);
  for (const userId of await queries.businessUserIds(trx, camera.business_id)) {
    await notify(trx, {
      userId,
      kind: 'footage.requested',
      payload: {
        footageRequestId: id,
        camera: camera.label,
        note: note.trim(),
        link: `/my/business/${business?.slug ?? ''}/cameras`,
      },
    });
  }
  return id;
}

/** The camera's business answers; the liaison who asked hears of it. */
export async function answerFootage(
  trx: DbOrTrx,
  request: queries.FootageRow,
  status: 'shared' | 'declined',
  note: string,
  act: Act,
): Promise<void> {
  if (request.status !== 'requested') {
    throw new AppError('conflict', { fields: { status: fieldMessages.error('alreadyAnswered') } });
  }
  const updated = await trx
    .updateTable('footage_requests')
    .set({
      status,
      response_note: note.trim(),
      answered_by_user_id: act.userId,
      answered_at: act.at.toISOString(),
    })
    .where('id', '=', request.id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  // Two people of the business answering at once: the second finds it answered.
  if (Number(updated.numUpdatedRows) === 0) {
    throw new AppError('conflict', { fields: { status: fieldMessages.error('alreadyAnswered') } });
  }
  if (request.requested_by_user_id) {
    await notify(trx, {
      userId: request.requested_by_user_id,
      kind: `footage.${status}`,
      payload: {
        footageRequestId: request.id,
        camera: request.camera_label,
        businessKo: request.business_name_ko,
        businessEn: request.business_name_en,
        note: note.trim(),
        link: `/safety/incidents/${request.incident_id}`,
      },
    });
  }
}
