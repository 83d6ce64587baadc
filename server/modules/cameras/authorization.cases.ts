import type { RouteCase } from '../../../test/world.ts';
import { freshCamera } from '../incidents/scene.ts';

/** The camera registry's authorization matrix: whoever edits the business (business.edit). */
const editors = ['owner', 'staff', 'admin', 'platformAdmin', 'token'] as const;

export const cameraRoutes: RouteCase[] = [
  {
    route: 'GET /businesses/:slug/cameras',
    allowed: editors,
    request: async (_db, w) => ({ method: 'GET', url: `/api/v1/businesses/${w.business.slug}/cameras` }),
  },
  {
    route: 'POST /businesses/:slug/cameras',
    allowed: editors,
    request: async (_db, w) => ({
      method: 'POST',
      url: `/api/v1/businesses/${w.business.slug}/cameras`,
      payload: { label: 'Register', directionDegrees: 90, retentionDays: 30, shareable: true },
    }),
  },
  {
    route: 'PATCH /businesses/:slug/cameras/:id',
    allowed: editors,
    request: async (db, w) => ({
      method: 'PATCH',
      url: `/api/v1/businesses/${w.business.slug}/cameras/${await freshCamera(db, w.business.id)}`,
      payload: { retentionDays: 60 },
    }),
  },
  {
    route: 'DELETE /businesses/:slug/cameras/:id',
    allowed: editors,
    request: async (db, w) => ({
      method: 'DELETE',
      url: `/api/v1/businesses/${w.business.slug}/cameras/${await freshCamera(db, w.business.id)}`,
    }),
  },
];
