import { newId } from '../../platform/auth/secrets.ts';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { geocodeZip } from '../../platform/geocode.ts';
import { AREA_RADIUS_MILES, type AreaBody } from './schema.ts';
import './messages.ts';

/** A user's opt-in areas: alerts raised inside one reach them even far from their own businesses. */
export const MAX_AREAS = 5;

export function areasOf(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('alert_areas')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export function presentArea(row: Awaited<ReturnType<typeof areasOf>>[number]) {
  return {
    id: row.id,
    label: row.label,
    zip: row.zip,
    latitude: row.latitude,
    longitude: row.longitude,
    radiusMiles: row.radius_miles,
    createdAt: row.created_at,
  };
}

export async function addArea(trx: DbOrTrx, userId: string, body: AreaBody, at: Date): Promise<string> {
  let point: { latitude: number; longitude: number; zip: string | null };
  if (body.zip !== undefined) {
    const place = geocodeZip(body.zip);
    if (!place) {
      throw new AppError('validation_failed', { fields: { zip: { key: 'alerts:errors.zipUnknown' } } });
    }
    point = { latitude: place.latitude, longitude: place.longitude, zip: place.zip };
  } else if (body.latitude !== undefined && body.longitude !== undefined) {
    point = { latitude: body.latitude, longitude: body.longitude, zip: null };
  } else {
    throw new AppError('validation_failed', { fields: { zip: { key: 'alerts:errors.placeRequired' } } });
  }
  if ((await areasOf(trx, userId)).length >= MAX_AREAS) {
    throw new AppError('conflict', {
      fields: { label: { key: 'alerts:errors.areaLimit', params: { limit: MAX_AREAS } } },
    });
  }
  const id = newId();
  await trx
    .insertInto('alert_areas')
    .values({
      id,
      user_id: userId,
      label: body.label.trim(),
      latitude: point.latitude,
      longitude: point.longitude,
      zip: point.zip,
      radius_miles: body.radiusMiles ?? AREA_RADIUS_MILES.default,
      created_at: at.toISOString(),
    })
    .execute();
  return id;
}

export async function removeArea(trx: DbOrTrx, userId: string, id: string): Promise<void> {
  const result = await trx
    .deleteFrom('alert_areas')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw new AppError('not_found');
  }
}
