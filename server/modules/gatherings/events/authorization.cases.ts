import { expect } from 'vitest';
import type { Db } from '../../../platform/db/database.ts';
import type { MatrixWorld, RoleName, RouteCase } from '../../../../test/world.ts';
import { everyone } from '../../../../test/world.ts';
import { freshEvent } from '../scene.ts';

/**
 * Events: who may call each route. A public event, its .ics file, the list and the feed are open to anyone;
 * a members-only event is invisible (404) to everyone but the organization's people (tested in
 * events.test.ts). Creating, changing, cancelling and writing minutes: the organization's admins (and
 * platform admins, and its API tokens). Reading minutes: the organization's people and its managers.
 */
const managers = ['admin', 'platformAdmin', 'token'] as const;
const people = ['member', 'partner', 'liaison', 'owner', ...managers] as const;

const events = (w: MatrixWorld) => `/api/v1/organizations/${w.org.slug}/events`;
const publicEvent = (db: Db, w: MatrixWorld) =>
  freshEvent(db, w.org.id, { rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=12', starts_on: '2027-01-21' });

const newEvent = {
  kind: 'roundtable',
  titleKo: '월례 라운드테이블',
  titleEn: 'Monthly roundtable',
  startsOn: '2027-01-21',
  startTime: '07:30',
  endTime: '09:00',
  rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=12',
};

/** Only the organization's managers see "manage" on the event. */
const managesOnlyForManagers = (res: { json: () => unknown }, role: RoleName) => {
  const body = res.json() as { canManage: boolean; canAttend: boolean };
  expect(body.canManage).toBe((managers as readonly RoleName[]).includes(role));
  expect(body.canAttend).toBe(true);
};

const minutes = { minutesKo: '회의록', minutesEn: 'Minutes', followUps: [] };

export const eventRouteCases: RouteCase[] = [
  {
    route: 'GET /organizations/:slug/events',
    allowed: everyone,
    request: async (_db, w) => ({ method: 'GET', url: events(w) }),
  },
  {
    route: 'POST /organizations/:slug/events',
    allowed: managers,
    request: async (_db, w) => ({ method: 'POST', url: events(w), payload: newEvent }),
  },
  {
    route: 'GET /organizations/:slug/events/:id',
    allowed: everyone,
    request: async (db, w) => ({ method: 'GET', url: `${events(w)}/${await publicEvent(db, w)}` }),
    check: managesOnlyForManagers,
  },
  {
    route: 'PATCH /organizations/:slug/events/:id',
    allowed: managers,
    request: async (db, w) => ({
      method: 'PATCH',
      url: `${events(w)}/${await publicEvent(db, w)}`,
      payload: { version: 1, venueName: 'Hall B' },
    }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/cancel',
    target: 'one occurrence',
    allowed: managers,
    request: async (db, w) => ({
      method: 'POST',
      url: `${events(w)}/${await publicEvent(db, w)}/cancel`,
      payload: { date: '2027-02-18', version: 1 },
    }),
  },
  {
    route: 'POST /organizations/:slug/events/:id/cancel',
    target: 'the whole event',
    allowed: managers,
    request: async (db, w) => ({
      method: 'POST',
      url: `${events(w)}/${await publicEvent(db, w)}/cancel`,
      payload: { version: 1 },
    }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/event.ics',
    allowed: everyone,
    request: async (db, w) => ({ method: 'GET', url: `${events(w)}/${await publicEvent(db, w)}/event.ics` }),
  },
  {
    route: 'GET /organizations/:slug/calendar.ics',
    allowed: everyone,
    request: async (_db, w) => ({ method: 'GET', url: `/api/v1/organizations/${w.org.slug}/calendar.ics` }),
  },
  {
    route: 'GET /organizations/:slug/events/:id/occurrences/:date/minutes',
    allowed: people,
    request: async (db, w) => ({
      method: 'GET',
      url: `${events(w)}/${await publicEvent(db, w)}/occurrences/2027-01-21/minutes`,
    }),
  },
  {
    route: 'PUT /organizations/:slug/events/:id/occurrences/:date/minutes',
    allowed: managers,
    request: async (db, w) => ({
      method: 'PUT',
      url: `${events(w)}/${await publicEvent(db, w)}/occurrences/2027-01-21/minutes`,
      payload: minutes,
    }),
  },
];
