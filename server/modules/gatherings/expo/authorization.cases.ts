import { newId } from '../../../platform/auth/secrets.ts';
import type { Db } from '../../../platform/db/database.ts';
import { everyone, type MatrixWorld, type RoleName, type RouteCase } from '../../../../test/world.ts';
import { logoUpload } from '../../businesses/authorization.cases.ts';
import { freshEvent, freshRegistration } from '../scene.ts';
import { freshExhibitor } from './scene.ts';

/**
 * The expo: who may call each route. Its public face and the interest form: anyone who can read the event
 * (a public expo: everyone). Exhibitors, sessions, logos, all the badges and the interest list: the
 * organization's admins (events.manage: platform admins and its API tokens too). Capturing a lead: the
 * exhibitor's business's own people (expo.leads); reading the leads: they and the organizers. One's own
 * badge: any signed-in person registered.
 */
const admins = ['admin', 'platformAdmin', 'token'] as const;
const exhibitorPeople = ['owner', 'staff'] as const;
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

type World = MatrixWorld;
const expo = (w: World, eventId: string) => `/api/v1/organizations/${w.org.slug}/events/${eventId}/expo`;

async function freshExpo(db: Db, w: World): Promise<string> {
  return expo(w, await freshEvent(db, w.org.id));
}

/** An exhibitor of a fresh expo, run by `business` (the callers' business, or one elsewhere). */
async function exhibitorUrl(db: Db, w: World, business: 'business' | 'otherBusiness') {
  const eventId = await freshEvent(db, w.org.id);
  const exhibitorId = await freshExhibitor(db, eventId, { business_id: w[business].id });
  return { eventId, url: `${expo(w, eventId)}/exhibitors/${exhibitorId}` };
}

function leadCases(business: 'business' | 'otherBusiness'): RouteCase[] {
  const target = business === 'business' ? "the callers' business's booth" : 'a booth of another business';
  return [
    {
      route: 'POST /organizations/:slug/events/:id/expo/exhibitors/:exhibitorId/leads',
      target,
      allowed: business === 'business' ? exhibitorPeople : [],
      request: async (db, w) => {
        const { eventId, url } = await exhibitorUrl(db, w, business);
        const { ticketCode } = await freshRegistration(db, eventId);
        return { method: 'POST', url: `${url}/leads`, payload: { code: ticketCode, consent: true } };
      },
    },
    {
      route: 'GET /organizations/:slug/events/:id/expo/exhibitors/:exhibitorId/leads',
      target,
      allowed: business === 'business' ? [...exhibitorPeople, ...admins] : admins,
      request: async (db, w) => ({
        method: 'GET',
        url: `${(await exhibitorUrl(db, w, business)).url}/leads`,
      }),
    },
  ];
}

/** The matrix setup uploads one logo to an exhibitor of an expo of the organization under test. */
async function exhibitorWithLogo(db: Db, w: World): Promise<string> {
  const row = await db
    .selectFrom('expo_exhibitors as x')
    .innerJoin('events as e', 'e.id', 'x.event_id')
    .select(['x.id', 'x.event_id'])
    .where('e.organization_id', '=', w.org.id)
    .where('x.logo_path', 'is not', null)
    .executeTakeFirstOrThrow();
  return `${expo(w, row.event_id)}/exhibitors/${row.id}`;
}

export async function uploadExpoLogo(
  inject: (options: object) => Promise<{ statusCode: number; body: string }>,
  db: Db,
  w: World,
): Promise<number> {
  const { url } = await exhibitorUrl(db, w, 'business');
  const upload = await logoUpload();
  const res = await inject({
    method: 'POST',
    url: `${url}/logo`,
    payload: upload.payload,
    headers: { ...w.headers.platformAdmin, ...upload.headers },
  });
  return res.statusCode;
}

const session = { titleKo: '개회', titleEn: 'Opening', room: 'Hall A', startTime: '09:00', endTime: '09:30' };

export const expoRouteCases: RouteCase[] = [
  {
    route: 'GET /organizations/:slug/events/:id/expo',
    allowed: everyone,
    request: async (db, w) => ({ method: 'GET', url: await freshExpo(db, w) }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/expo/exhibitors',
    allowed: admins,
    request: async (db, w) => ({
      method: 'POST',
      url: `${await freshExpo(db, w)}/exhibitors`,
      payload: {
        nameKo: '한마트',
        nameEn: 'Han Mart',
        tier: 'silver',
        booth: 'B1',
        businessSlug: w.business.slug,
      },
    }),
  },
  {
    route: 'PATCH /organizations/:slug/events/:id/expo/exhibitors/:exhibitorId',
    allowed: admins,
    request: async (db, w) => ({
      method: 'PATCH',
      url: (await exhibitorUrl(db, w, 'business')).url,
      payload: { tier: 'platinum', booth: 'A1' },
    }),
  },
  {
    route: 'DELETE /organizations/:slug/events/:id/expo/exhibitors/:exhibitorId',
    allowed: admins,
    request: async (db, w) => ({ method: 'DELETE', url: (await exhibitorUrl(db, w, 'business')).url }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/expo/exhibitors/:exhibitorId/logo',
    allowed: admins,
    request: async (db, w) => ({
      method: 'POST',
      url: `${(await exhibitorUrl(db, w, 'business')).url}/logo`,
      ...(await logoUpload()),
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/expo/exhibitors/:exhibitorId/logo',
    allowed: everyone,
    request: async (db, w) => ({ method: 'GET', url: `${await exhibitorWithLogo(db, w)}/logo` }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/expo/sessions',
    allowed: admins,
    request: async (db, w) => ({
      method: 'POST',
      url: `${await freshExpo(db, w)}/sessions`,
      payload: session,
    }),
  },
  {
    route: 'PATCH /organizations/:slug/events/:id/expo/sessions/:sessionId',
    allowed: admins,
    request: async (db, w) => ({
      method: 'PATCH',
      url: await freshSessionUrl(db, w),
      payload: { room: 'Hall B' },
    }),
  },
  {
    route: 'DELETE /organizations/:slug/events/:id/expo/sessions/:sessionId',
    allowed: admins,
    request: async (db, w) => ({ method: 'DELETE', url: await freshSessionUrl(db, w) }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/expo/badges.pdf',
    allowed: admins,
    request: async (db, w) => {
      const eventId = await freshEvent(db, w.org.id);
      await freshRegistration(db, eventId, { name: '김민지' });
      return { method: 'GET', url: `${expo(w, eventId)}/badges.pdf` };
    },
  },
  {
    route: 'GET /organizations/:slug/events/:id/expo/badges/mine.pdf',
    allowed: people,
    request: async (db, w, role) => {
      const eventId = await freshEvent(db, w.org.id);
      if (isPerson(role)) {
        await freshRegistration(db, eventId, { user_id: w.users[role].id });
      }
      return { method: 'GET', url: `${expo(w, eventId)}/badges/mine.pdf` };
    },
  },
  ...leadCases('business'),
  ...leadCases('otherBusiness'),
  {
    route: 'POST /organizations/:slug/events/:id/expo/interests',
    allowed: everyone,
    request: async (db, w) => ({
      method: 'POST',
      url: `${await freshExpo(db, w)}/interests`,
      payload: {
        kind: 'exhibit',
        name: 'Mina Park',
        email: 'mina@example.com',
        venueIdea: 'Irving Convention Center',
      },
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/expo/interests',
    allowed: admins,
    request: async (db, w) => ({ method: 'GET', url: `${await freshExpo(db, w)}/interests` }),
  },
  {
    route: 'PATCH /organizations/:slug/events/:id/expo/interests/:interestId',
    allowed: admins,
    request: async (db, w) => {
      const eventId = await freshEvent(db, w.org.id);
      const id = newId();
      await db
        .insertInto('expo_interests')
        .values({
          id,
          event_id: eventId,
          kind: 'sponsor',
          name: 'Joon Lee',
          email: 'joon@example.com',
          locale: 'ko',
          created_at: new Date().toISOString(),
        })
        .execute();
      return {
        method: 'PATCH',
        url: `${expo(w, eventId)}/interests/${id}`,
        payload: { status: 'contacted' },
      };
    },
  },
];

function isPerson(role: RoleName): role is (typeof people)[number] {
  return (people as readonly RoleName[]).includes(role);
}

async function freshSessionUrl(db: Db, w: World): Promise<string> {
  const eventId = await freshEvent(db, w.org.id);
  const id = newId();
  await db
    .insertInto('expo_sessions')
    .values({
      id,
      event_id: eventId,
      title_ko: '개회',
      title_en: 'Opening',
      room: 'Hall A',
      start_time: '09:00',
      end_time: '09:30',
      created_at: new Date().toISOString(),
    })
    .execute();
  return `${expo(w, eventId)}/sessions/${id}`;
}
