import type { Selectable } from 'kysely';
import type { CameraTable } from '../../platform/db/schema.ts';

/** A camera of the registry, as its business sees it. */
export function presentCamera(row: Selectable<CameraTable>) {
  return {
    id: row.id,
    label: row.label,
    latitude: row.latitude,
    longitude: row.longitude,
    directionDegrees: row.direction_degrees,
    retentionDays: row.retention_days,
    shareable: row.shareable === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
