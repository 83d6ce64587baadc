import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';
import { newId, now } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { createIncident, freshCenter } from './scene.ts';

/**
 * The authorization matrix of the alert routes (run by authorization.test.ts). Each request gets a
 * fresh alert at a place of its own (so the flood caps never answer instead of the policy), raised by
 * the business's owner, with the business's staff (no membership) and a member among its recipients.
 */

/** People of the organization, the recipients (staff via the business), and its admins and tokens. */
const readers = [
  'member',
  'partner',
  'liaison',
  'owner',
  'staff',
  'admin',
  'platformAdmin',
  'token',
] as const;
const recipients = ['member', 'staff'] as const;

async function freshAlert(db: Db, w: MatrixWorld): Promise<string> {
  const id = newId();
  const center = freshCenter();
  await db
    .insertInto('alerts')
    .values({
      id,
      organization_id: w.org.id,
      incident_id: null,
      raised_by_user_id: w.users.owner.id,
      incident_type: 'robbery',
      message: 'Two men with a knife',
      latitude: center.latitude,
      longitude: center.longitude,
      radius_miles: 2,
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      all_clear_at: null,
      all_clear_message: null,
      retracted_at: null,
      retracted_by_user_id: null,
      delivered_at: now(),
      created_at: now(),
    })
    .execute();
  for (const role of recipients) {
    await db
      .insertInto('alert_recipients')
      .values({
        alert_id: id,
        user_id: w.users[role].id,
        business_id: role === 'staff' ? w.business.id : null,
        distance_miles: 0.5,
        seen_at: null,
        saw_too_at: null,
        sighting_note: null,
        reported_false_at: null,
        created_at: now(),
      })
      .execute();
  }
  return id;
}

const signedIn = [
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

async function areaOf(db: Db, w: MatrixWorld, role: RoleName): Promise<string> {
  const owner = role === 'anonymous' || role === 'token' || role === 'otherToken' ? 'member' : role;
  const id = newId();
  await db
    .insertInto('alert_areas')
    .values({
      id,
      user_id: w.users[owner].id,
      label: 'Home',
      latitude: 32.8,
      longitude: -96.8,
      radius_miles: 1,
      created_at: now(),
    })
    .execute();
  return id;
}

export const alertRoutes: RouteCase[] = [
  {
    route: 'POST /alerts',
    target: 'from an incident of the business',
    // The reporting business's people, and the organization's liaisons and admins; an alert names a person.
    allowed: ['owner', 'staff', 'liaison', 'admin'],
    request: async (db, w) => {
      const incidentId = await createIncident(db, w.org.id, {
        businessId: w.business.id,
        reporterId: w.users.owner.id,
        center: freshCenter(),
      });
      return { method: 'POST', url: '/api/v1/alerts', payload: { incidentId, message: 'Robbery just now' } };
    },
  },
  {
    route: 'POST /alerts',
    target: 'standalone',
    allowed: ['liaison', 'admin'],
    request: async (_db, w) => {
      const center = freshCenter();
      return {
        method: 'POST',
        url: '/api/v1/alerts',
        payload: { organization: w.org.slug, type: 'suspicious', ...center, message: 'Van circling' },
      };
    },
  },
  {
    route: 'GET /alerts/:id',
    allowed: readers,
    request: async (db, w) => ({ method: 'GET', url: `/api/v1/alerts/${await freshAlert(db, w)}` }),
  },
  ...(['seen', 'saw-too', 'report-false'] as const).map((action): RouteCase => ({
    route: `POST /alerts/:id/${action}`,
    allowed: recipients,
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/alerts/${await freshAlert(db, w)}/${action}`,
    }),
  })),
  {
    route: 'POST /alerts/:id/all-clear',
    allowed: ['owner', 'liaison', 'admin', 'platformAdmin', 'token'],
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/alerts/${await freshAlert(db, w)}/all-clear`,
      payload: { note: 'Arrested' },
    }),
  },
  {
    route: 'POST /alerts/:id/retract',
    allowed: ['admin', 'platformAdmin', 'token'],
    request: async (db, w) => ({
      method: 'POST',
      url: `/api/v1/alerts/${await freshAlert(db, w)}/retract`,
      payload: { note: 'Sent by mistake' },
    }),
  },
  {
    route: 'GET /account/alert-areas',
    allowed: signedIn,
    request: async () => ({ method: 'GET', url: '/api/v1/account/alert-areas' }),
  },
  {
    route: 'POST /account/alert-areas',
    allowed: signedIn,
    request: async () => ({
      method: 'POST',
      url: '/api/v1/account/alert-areas',
      payload: { label: 'Shop', zip: '75201', radiusMiles: 1 },
    }),
  },
  {
    route: 'DELETE /account/alert-areas/:id',
    target: 'own area',
    allowed: signedIn,
    request: async (db, w, role) => ({
      method: 'DELETE',
      url: `/api/v1/account/alert-areas/${await areaOf(db, w, role)}`,
    }),
  },
];
