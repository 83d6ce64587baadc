import type { Db } from '../../../platform/db/database.ts';
import type { MatrixWorld, RouteCase } from '../../../../test/world.ts';
import { everyone } from '../../../../test/world.ts';
import { freshEvent, freshRegistration } from '../scene.ts';

/**
 * Registrations: who may call each route, on a public event (a members-only event is invisible — 404 — to
 * anyone but the organization's people; registrations.test.ts covers that). Registering: anyone (visitors
 * and API tokens give name and e-mail). One's own registration: signed-in people. A ticket: whoever holds
 * its code. Cancelling a registration: its registrant and the organizers. The list and the door: organizers
 * (the organization's admins, platform admins, the organization's API tokens).
 */
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
const organizers = ['admin', 'platformAdmin', 'token'] as const;

const DATE = '2027-05-13';
const occurrence = async (db: Db, w: MatrixWorld) =>
  `/api/v1/organizations/${w.org.slug}/events/${await freshEvent(db, w.org.id)}/occurrences/${DATE}`;

async function ticket(db: Db, w: MatrixWorld, userId: string | null = null) {
  const eventId = await freshEvent(db, w.org.id);
  const registration = await freshRegistration(db, eventId, { occurrence: DATE, user_id: userId });
  return { eventId, ...registration, base: `/api/v1/organizations/${w.org.slug}/events/${eventId}` };
}

export const registrationRouteCases: RouteCase[] = [
  {
    route: 'POST /organizations/:slug/events/:id/occurrences/:date/registrations',
    allowed: everyone,
    request: async (db, w) => ({
      method: 'POST',
      url: `${await occurrence(db, w)}/registrations`,
      payload: { name: 'Visitor', email: 'visitor@example.com' },
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/occurrences/:date/registrations/mine',
    allowed: signedIn,
    request: async (db, w) => ({ method: 'GET', url: `${await occurrence(db, w)}/registrations/mine` }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/occurrences/:date/registrations',
    allowed: organizers,
    request: async (db, w) => ({ method: 'GET', url: `${await occurrence(db, w)}/registrations` }),
  },
  {
    route: 'DELETE /organizations/:slug/events/:id/occurrences/:date/registrations/:registrationId',
    target: "the member's registration",
    allowed: ['member', ...organizers],
    request: async (db, w) => {
      const { base, id } = await ticket(db, w, w.users.member.id);
      return { method: 'DELETE', url: `${base}/occurrences/${DATE}/registrations/${id}` };
    },
  },
  {
    route: 'GET /organizations/:slug/events/:id/tickets/:code',
    allowed: everyone,
    request: async (db, w) => {
      const { base, ticketCode } = await ticket(db, w);
      return { method: 'GET', url: `${base}/tickets/${ticketCode}` };
    },
  },
  {
    route: 'DELETE /organizations/:slug/events/:id/tickets/:code',
    allowed: everyone,
    request: async (db, w) => {
      const { base, ticketCode } = await ticket(db, w);
      return { method: 'DELETE', url: `${base}/tickets/${ticketCode}` };
    },
  },
  {
    route: 'POST /organizations/:slug/events/:id/occurrences/:date/check-ins',
    allowed: organizers,
    request: async (db, w) => {
      const { base, ticketCode } = await ticket(db, w);
      return { method: 'POST', url: `${base}/occurrences/${DATE}/check-ins`, payload: { code: ticketCode } };
    },
  },
];
