import type { Db } from '../../../platform/db/database.ts';
import { roles, type MatrixWorld, type RouteCase } from '../../../../test/world.ts';
import { freshEvent, freshRegistration } from '../scene.ts';
import { freshAttendee, freshRequest, writeSettings } from './scene.ts';

/**
 * B2B meetings: who may call each route, on a public expo of the organization under test where `member` and
 * `owner` (with their business) are registered attendees. Settings: anyone who may see the expo. The
 * caller's own offers, needs and slots: any signed-in person (null when not registered), changed only by an
 * attendee. Suggestions, requests, agenda: attendees. Accepting or declining: the request's recipient;
 * cancelling: either side. Participants: attendees and organizers. Schedule, settings changes, moves by
 * hand: organizers (events.manage: the organization's admins, platform admins, its API tokens).
 */
const attendees = ['member', 'owner'] as const;
const organizers = ['admin', 'platformAdmin', 'token'] as const;
const people = roles.filter((r) => r !== 'anonymous' && r !== 'token' && r !== 'otherToken');

interface Expo {
  id: string;
  member: string;
  owner: string;
}

const expos = new Map<string, Promise<Expo>>();

/** The world's expo, made once per world (per dialect). */
function expoOf(db: Db, w: MatrixWorld): Promise<Expo> {
  let expo = expos.get(w.org.id);
  if (!expo) {
    expo = (async () => {
      const id = await freshEvent(db, w.org.id);
      await writeSettings(db, id, 400, 30);
      const member = await freshRegistration(db, id, { user_id: w.users.member.id, name: 'Member' });
      const owner = await freshRegistration(db, id, {
        user_id: w.users.owner.id,
        business_id: w.business.id,
        name: 'Owner',
      });
      return { id, member: member.id, owner: owner.id };
    })();
    expos.set(w.org.id, expo);
  }
  return expo;
}

const url = async (db: Db, w: MatrixWorld, rest = '') =>
  `/api/v1/organizations/${w.org.slug}/events/${(await expoOf(db, w)).id}/meetings${rest}`;

async function version(db: Db, w: MatrixWorld): Promise<number> {
  const row = await db
    .selectFrom('b2b_settings')
    .select('schedule_version')
    .where('event_id', '=', (await expoOf(db, w)).id)
    .executeTakeFirstOrThrow();
  return row.schedule_version;
}

/** An accepted meeting between two fresh attendees, and a table free at 09:00. */
async function freshMeeting(db: Db, w: MatrixWorld) {
  const { id } = await expoOf(db, w);
  const a = await freshAttendee(db, id);
  const b = await freshAttendee(db, id);
  const request = await freshRequest(db, id, a.registrationId, b.registrationId);
  const taken = await db
    .selectFrom('b2b_meetings')
    .select('table_number')
    .where('event_id', '=', id)
    .where('slot_start', '=', '09:00')
    .execute();
  const used = new Set(taken.map((m) => m.table_number));
  let table = 1;
  while (used.has(table)) {
    table++;
  }
  return { request, table };
}

const attendeeGets = ['/suggestions', '/requests', '/agenda', '/agenda.pdf', '/agenda.ics'].map(
  (path): RouteCase => ({
    route: `GET /organizations/:slug/events/:id/meetings${path}`,
    allowed: attendees,
    request: async (db, w) => ({ method: 'GET', url: await url(db, w, path) }),
  }),
);

const answers = (['accept', 'decline'] as const).map((action): RouteCase => ({
  route: `POST /organizations/:slug/events/:id/meetings/requests/:requestId/${action}`,
  target: 'a request to the member',
  allowed: ['member'],
  request: async (db, w) => {
    const expo = await expoOf(db, w);
    const asker = await freshAttendee(db, expo.id);
    const request = await freshRequest(db, expo.id, asker.registrationId, expo.member, 'pending');
    return { method: 'POST', url: await url(db, w, `/requests/${request}/${action}`) };
  },
}));

const cancels = (['member', 'owner'] as const).map((side): RouteCase => ({
  route: 'DELETE /organizations/:slug/events/:id/meetings/requests/:requestId',
  target: side === 'member' ? 'asked by the member' : 'asked of the owner',
  allowed: [side],
  request: async (db, w) => {
    const expo = await expoOf(db, w);
    const other = await freshAttendee(db, expo.id);
    const [from, to] =
      side === 'member' ? [expo.member, other.registrationId] : [other.registrationId, expo.owner];
    const request = await freshRequest(db, expo.id, from, to);
    return { method: 'DELETE', url: await url(db, w, `/requests/${request}`) };
  },
}));

export const b2bRouteCases: RouteCase[] = [
  {
    route: 'GET /organizations/:slug/events/:id/meetings/settings',
    allowed: roles,
    request: async (db, w) => ({ method: 'GET', url: await url(db, w, '/settings') }),
  },
  {
    route: 'PUT /organizations/:slug/events/:id/meetings/settings',
    allowed: organizers,
    request: async (db, w) => ({
      method: 'PUT',
      url: await url(db, w, '/settings'),
      payload: { slotMinutes: 30, dayStart: '09:00', dayEnd: '12:00', breaks: [], tableCount: 400 },
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/meetings/me',
    allowed: people,
    request: async (db, w) => ({ method: 'GET', url: await url(db, w, '/me') }),
  },
  {
    route: 'PUT /organizations/:slug/events/:id/meetings/me',
    allowed: attendees,
    request: async (db, w) => ({
      method: 'PUT',
      url: await url(db, w, '/me'),
      payload: { offers: [], needs: [], availableSlots: null },
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/meetings/participants',
    allowed: [...attendees, ...organizers],
    request: async (db, w) => ({ method: 'GET', url: await url(db, w, '/participants') }),
  },
  ...attendeeGets,
  {
    route: 'POST /organizations/:slug/events/:id/meetings/requests',
    allowed: attendees,
    request: async (db, w) => {
      const other = await freshAttendee(db, (await expoOf(db, w)).id);
      return {
        method: 'POST',
        url: await url(db, w, '/requests'),
        payload: { recipientRegistrationId: other.registrationId, message: 'Shall we meet?' },
      };
    },
  },
  ...answers,
  ...cancels,
  {
    route: 'GET /organizations/:slug/events/:id/meetings/schedule',
    allowed: organizers,
    request: async (db, w) => ({ method: 'GET', url: await url(db, w, '/schedule') }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/meetings/schedule',
    allowed: organizers,
    request: async (db, w) => ({
      method: 'POST',
      url: await url(db, w, '/schedule'),
      payload: { version: await version(db, w) },
    }),
  },
  {
    route: 'PUT /organizations/:slug/events/:id/meetings/requests/:requestId/placement',
    allowed: organizers,
    request: async (db, w) => {
      const { request, table } = await freshMeeting(db, w);
      return {
        method: 'PUT',
        url: await url(db, w, `/requests/${request}/placement`),
        payload: { slot: '09:00', table, version: await version(db, w) },
      };
    },
  },
  {
    route: 'DELETE /organizations/:slug/events/:id/meetings/requests/:requestId/placement',
    allowed: organizers,
    request: async (db, w) => {
      const { request, table } = await freshMeeting(db, w);
      const expo = await expoOf(db, w);
      await db
        .insertInto('b2b_meetings')
        .values({
          request_id: request,
          event_id: expo.id,
          slot_start: '09:00',
          table_number: table,
          pinned: 1,
          updated_at: new Date().toISOString(),
        })
        .execute();
      return {
        method: 'DELETE',
        url: await url(db, w, `/requests/${request}/placement?version=${await version(db, w)}`),
      };
    },
  },
];
