import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import type { Business } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { cameraError } from './messages.ts';
import { presentCamera } from './presenter.ts';
import type { CameraCreateBody, CameraUpdateBody } from './schema.ts';

/** More than any store has; stops a script from filling the registry. */
export const MAX_CAMERAS = 64;

const invalid = (field: string, name: string, params?: Record<string, unknown>) =>
  new AppError('validation_failed', { fields: { [field]: cameraError(name, params) } });

function findCamera(db: DbOrTrx, businessId: string, id: string) {
  return db
    .selectFrom('cameras')
    .selectAll()
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listCameras(db: DbOrTrx, businessId: string) {
  const rows = await db
    .selectFrom('cameras')
    .selectAll()
    .where('business_id', '=', businessId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(presentCamera);
}

/** The given point, or the business's own location when neither coordinate is given. */
function pointFor(business: Business, latitude: number | undefined, longitude: number | undefined) {
  if ((latitude === undefined) !== (longitude === undefined)) {
    throw invalid(latitude === undefined ? 'latitude' : 'longitude', 'pointIncomplete');
  }
  if (latitude !== undefined && longitude !== undefined) {
    return { latitude, longitude };
  }
  if (business.latitude === null || business.longitude === null) {
    throw invalid('latitude', 'noLocation');
  }
  return { latitude: business.latitude, longitude: business.longitude };
}

export async function createCamera(trx: DbOrTrx, business: Business, body: CameraCreateBody, at: Date) {
  if (!body.label.trim()) {
    throw invalid('label', 'labelMissing');
  }
  const count = await trx
    .selectFrom('cameras')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('business_id', '=', business.id)
    .executeTakeFirstOrThrow();
  if (Number(count.count) >= MAX_CAMERAS) {
    throw new AppError('conflict', { fields: { label: cameraError('tooMany', { limit: MAX_CAMERAS }) } });
  }
  const point = pointFor(business, body.latitude, body.longitude);
  const id = newId();
  const stamp = at.toISOString();
  await trx
    .insertInto('cameras')
    .values({
      id,
      business_id: business.id,
      label: body.label.trim(),
      latitude: point.latitude,
      longitude: point.longitude,
      direction_degrees: body.directionDegrees ?? null,
      retention_days: body.retentionDays,
      shareable: body.shareable ? 1 : 0,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  const row = await findCamera(trx, business.id, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentCamera(row);
}

export async function updateCamera(
  trx: DbOrTrx,
  business: Business,
  id: string,
  body: CameraUpdateBody,
  at: Date,
) {
  const existing = await findCamera(trx, business.id, id);
  if (!existing) {
    throw new AppError('not_found');
  }
  if (body.label !== undefined && !body.label.trim()) {
    throw invalid('label', 'labelMissing');
  }
  if ((body.latitude === undefined) !== (body.longitude === undefined)) {
    throw invalid(body.latitude === undefined ? 'latitude' : 'longitude', 'pointIncomplete');
  }
  await trx
    .updateTable('cameras')
    .set({
      ...(body.label !== undefined ? { label: body.label.trim() } : {}),
      ...(body.latitude !== undefined && body.longitude !== undefined
        ? { latitude: body.latitude, longitude: body.longitude }
        : {}),
      ...(body.directionDegrees !== undefined ? { direction_degrees: body.directionDegrees } : {}),
      ...(body.retentionDays !== undefined ? { retention_days: body.retentionDays } : {}),
      ...(body.shareable !== undefined ? { shareable: body.shareable ? 1 : 0 } : {}),
      updated_at: at.toISOString(),
    })
    .where('id', '=', id)
    .execute();
  const row = await findCamera(trx, business.id, id);
  if (!row) {
    throw new AppError('not_found');
  }
  return presentCamera(row);
}

/** Deleting a camera also deletes its footage requests (foreign key cascade). */
export async function deleteCamera(trx: DbOrTrx, businessId: string, id: string): Promise<void> {
  const result = await trx
    .deleteFrom('cameras')
    .where('business_id', '=', businessId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw new AppError('not_found');
  }
}
