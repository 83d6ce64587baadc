import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';
import { now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { freshCamera, freshFootageRequest, freshIncident, multipart, testPhoto } from './scene.ts';

/**
 * The authorization matrix of incidents, the liaison desk and footage requests (run by
 * authorization.test.ts). The incidents are at `business` (own organization; owner and staff are its
 * people) with no reporter, so the matrix shows who reads in full and who gets the neighbour view;
 * reporters are covered in redaction.test.ts.
 */

const users = [
  'member',
  'partner',
  'liaison',
  'owner',
  'staff',
  'suspendedAdmin',
  'admin',
  'otherAdmin',
  'platformAdmin',
] as const;
/** Liaisons and admins of the organization (an API token acts as one), and platform admins. */
const desk = ['liaison', 'admin', 'platformAdmin', 'token'] as const;
/** The desk plus the store's own people. */
const fullViewers = [...desk, 'owner', 'staff'] as const;
/** Active members of the organization in any role: the neighbour view. */
const readers = ['member', 'partner', 'liaison', 'owner', 'admin', 'platformAdmin', 'token'] as const;
const editors = ['owner', 'staff', 'admin', 'platformAdmin', 'token'] as const;

/** Filled by the matrix's setup: a photo uploaded to an incident at the business. */
export const photoTarget = { incidentId: '', photoId: '' };

const incident = (db: Db, w: MatrixWorld, status?: 'open' | 'closed') =>
  freshIncident(db, { organizationId: w.org.id, businessId: w.business.id, ...(status ? { status } : {}) });

function expectView(res: LightMyRequestResponse, role: RoleName) {
  const body = res.json() as { view: string; contactPhone: string | null };
  const full = (fullViewers as readonly string[]).includes(role);
  expect(body.view).toBe(full ? 'full' : 'neighbour');
  expect(body.contactPhone).toBe(full ? '214-555-0199' : null);
}

export const incidentRoutes: RouteCase[] = [
  {
    route: 'POST /incidents',
    allowed: ['owner', 'staff', 'liaison', 'admin', 'token'],
    request: async (_db, w) => ({
      method: 'POST',
      url: '/api/v1/incidents',
      payload: {
        business: w.business.slug,
        type: 'shoplifting',
        occurredAt: now(),
        place: { kind: 'business' },
        description: 'Two energy drinks taken.',
      },
    }),
  },
  {
    route: 'GET /incidents/mine',
    allowed: users,
    request: async () => ({ method: 'GET', url: '/api/v1/incidents/mine' }),
  },
  {
    route: 'GET /incidents/:id',
    allowed: [...readers, 'staff'],
    request: async (db, w) => ({ method: 'GET', url: `/api/v1/incidents/${await incident(db, w)}` }),
    check: expectView,
  },
  {
    route: 'POST /incidents/:id/photos',
    allowed: fullViewers,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/incidents/${await incident(db, w)}/photos`,
      ...multipart(await testPhoto(), 'photo.png', 'image/png'),
    }),
  },
  {
    route: 'GET /incidents/:id/photos/:photoId',
    allowed: fullViewers,
    request: async () => ({
      method: 'GET',
      url: `/api/v1/incidents/${photoTarget.incidentId}/photos/${photoTarget.photoId}`,
    }),
  },
  {
    route: 'GET /organizations/:slug/incidents',
    allowed: readers,
    request: async (_db, w) => ({ method: 'GET', url: `/api/v1/organizations/${w.org.slug}/incidents` }),
  },
  {
    route: 'GET /organizations/:slug/incidents/heat',
    allowed: desk,
    request: async (_db, w) => ({ method: 'GET', url: `/api/v1/organizations/${w.org.slug}/incidents/heat` }),
  },
  {
    route: 'GET /incidents/:id/cameras',
    allowed: desk,
    request: async (db, w) => ({ method: 'GET', url: `/api/v1/incidents/${await incident(db, w)}/cameras` }),
  },
  {
    route: 'POST /incidents/:id/comments',
    allowed: desk,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/incidents/${await incident(db, w)}/comments`,
      payload: { body: 'Called the store; officer on the way.' },
    }),
  },
  {
    route: 'POST /incidents/:id/close',
    allowed: desk,
    request: async (db, w) => ({ method: 'POST', url: `/api/v1/incidents/${await incident(db, w)}/close` }),
  },
  {
    route: 'POST /incidents/:id/reopen',
    allowed: desk,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/incidents/${await incident(db, w, 'closed')}/reopen`,
    }),
  },
  {
    route: 'POST /incidents/:id/footage-requests',
    allowed: desk,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/incidents/${await incident(db, w)}/footage-requests`,
      payload: { cameraId: await freshCamera(db, w.business.id), note: '9–10 pm' },
    }),
  },
  {
    route: 'GET /businesses/:slug/footage-requests',
    allowed: editors,
    request: async (_db, w) => ({
      method: 'GET',
      url: `/api/v1/businesses/${w.business.slug}/footage-requests`,
    }),
  },
  {
    route: 'POST /footage-requests/:id/answer',
    allowed: editors,
    request: async (db, w) => {
      const id = await freshFootageRequest(db, await incident(db, w), await freshCamera(db, w.business.id));
      return { method: 'POST', url: `/api/v1/footage-requests/${id}/answer`, payload: { status: 'shared' } };
    },
  },
  {
    route: 'GET /safety/map-config',
    allowed: users,
    request: async () => ({ method: 'GET', url: '/api/v1/safety/map-config' }),
  },
];
