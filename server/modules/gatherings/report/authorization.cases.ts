import type { Db } from '../../../platform/db/database.ts';
import type { MatrixWorld, RoleName, RouteCase } from '../../../../test/world.ts';
import { freshEvent, freshRegistration } from '../scene.ts';

/**
 * After the event: who may call each route. The report and its exports: the organization's admins (and
 * platform admins, and its API tokens). The survey: a registrant — signed in with their own registration,
 * or anyone holding the ticket code — answers it and sees whether they did; organizers read the results.
 * A public event, so that callers outside the organization are refused (403), not shown a 404.
 */
const managers = ['admin', 'platformAdmin', 'token'] as const;
const people = [
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
const anyone = [...people, 'anonymous', 'token', 'otherToken'] as const;

/** Yesterday: the occurrence has started and ended, so the survey is open. */
const DATE = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const isPerson = (role: RoleName): role is (typeof people)[number] =>
  (people as readonly RoleName[]).includes(role);

async function occurrence(db: Db, w: MatrixWorld): Promise<string> {
  const id = await freshEvent(db, w.org.id, { kind: 'roundtable', audience: 'public', starts_on: DATE });
  return `/api/v1/organizations/${w.org.slug}/events/${id}/occurrences/${DATE}`;
}

/** A fresh occurrence; `who` registers for it: the calling role's own user, a guest (for the code), or nobody. */
async function scene(db: Db, w: MatrixWorld, role: RoleName, who: 'self' | 'guest' | 'nobody') {
  const url = await occurrence(db, w);
  const eventId = url.split('/')[6] ?? '';
  if (who === 'nobody' || (who === 'self' && !isPerson(role))) {
    return { url, code: undefined };
  }
  const userId = who === 'self' && isPerson(role) ? w.users[role].id : null;
  const { ticketCode } = await freshRegistration(db, eventId, {
    occurrence: DATE,
    user_id: userId,
    checked_in_at: new Date().toISOString(),
  });
  return { url, code: who === 'guest' ? ticketCode : undefined };
}

const answer = { rating: 4, wouldReturn: true, comment: 'Good coffee' };

export const eventReportRouteCases: RouteCase[] = [
  ...(['report', 'report.csv', 'report.xlsx'] as const).map((file) => ({
    route: `GET /organizations/:slug/events/:id/occurrences/:date/${file}`,
    allowed: managers,
    request: async (db: Db, w: MatrixWorld) => ({
      method: 'GET' as const,
      url: `${await occurrence(db, w)}/${file}`,
    }),
  })),
  {
    route: 'GET /organizations/:slug/events/:id/occurrences/:date/survey',
    target: 'own registration',
    allowed: [...people, 'token'],
    request: async (db, w, role) => ({
      method: 'GET',
      url: `${(await scene(db, w, role, 'self')).url}/survey`,
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/occurrences/:date/survey',
    target: 'not registered',
    allowed: managers,
    request: async (db, w, role) => ({
      method: 'GET',
      url: `${(await scene(db, w, role, 'nobody')).url}/survey`,
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/occurrences/:date/survey',
    target: 'ticket code',
    allowed: anyone,
    request: async (db, w, role) => {
      const { url, code } = await scene(db, w, role, 'guest');
      return { method: 'GET', url: `${url}/survey`, query: { code: code ?? '' } };
    },
  },
  {
    route: 'POST /organizations/:slug/events/:id/occurrences/:date/survey',
    target: 'own registration',
    allowed: people,
    request: async (db, w, role) => ({
      method: 'POST',
      url: `${(await scene(db, w, role, 'self')).url}/survey`,
      payload: answer,
    }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/occurrences/:date/survey',
    target: 'not registered',
    allowed: [],
    request: async (db, w, role) => ({
      method: 'POST',
      url: `${(await scene(db, w, role, 'nobody')).url}/survey`,
      payload: answer,
    }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/occurrences/:date/survey',
    target: 'ticket code',
    allowed: anyone,
    request: async (db, w, role) => {
      const { url, code } = await scene(db, w, role, 'guest');
      return { method: 'POST', url: `${url}/survey`, payload: { ...answer, code } };
    },
  },
];
