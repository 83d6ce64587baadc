import { expect } from 'vitest';
import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';
import { daysFromToday, freshGroupOrder } from './scene.ts';

/**
 * Group buying: who may call each route. Reading: the organization's admins and members (and platform
 * admins, and its API tokens as admins). Starting one: admins and members — for a store, only that
 * store's own people. Joining, changing and withdrawing, and the prefill: a store's own people
 * (inventory.manage), for their store in the organization. Closing and cancelling: the organizer (the
 * person who started it, or the people of the store it was started for) and the organization's admins.
 */
const readers = ['member', 'owner', 'admin', 'platformAdmin', 'token'] as const;
const organizers = ['member', 'owner', 'admin', 'token'] as const;
const storePeople = ['owner', 'staff'] as const;
const admins = ['admin', 'platformAdmin', 'token'] as const;

type World = MatrixWorld;
const orders = (w: World) => `/api/v1/organizations/${w.org.slug}/group-orders`;

const newOrder = {
  supplierName: 'Hanmi Foods',
  supplierSku: 'HM-SHIN-40',
  titleKo: '신라면 박스',
  titleEn: 'Shin Ramyun case',
  unitCostCents: 2400,
  breakQuantity: 100,
  breakCostCents: 2000,
  closesOn: daysFromToday(14),
};

/** Only whoever may manage the order sees every store's commitment. */
const pooledViewOnlyForAdmins = (res: { json: () => unknown }, role: RoleName) => {
  const body = res.json() as { canManage: boolean; commitments: unknown[] | null };
  const manages = (admins as readonly RoleName[]).includes(role);
  expect(body.canManage).toBe(manages);
  expect(body.commitments === null).toBe(!manages);
};

type Store = 'business' | 'otherBusiness';
const storeCases = (store: Store): RouteCase[] => {
  const allowed = store === 'business' ? storePeople : [];
  const target = store === 'business' ? 'own store' : 'store of another organization';
  const commitment = async (db: Parameters<RouteCase['request']>[0], w: World) =>
    `${orders(w)}/${await freshGroupOrder(db, w.org.id)}/commitments/${w[store].slug}`;
  return [
    {
      route: 'POST /organizations/:slug/group-orders',
      target,
      allowed: store === 'business' ? ['owner'] : [],
      request: async (_db, w) => ({
        method: 'POST',
        url: orders(w),
        payload: { ...newOrder, businessSlug: w[store].slug },
      }),
    },
    {
      route: 'PUT /organizations/:slug/group-orders/:id/commitments/:businessSlug',
      target,
      allowed,
      request: async (db, w) => ({ method: 'PUT', url: await commitment(db, w), payload: { quantity: 12 } }),
    },
    {
      route: 'DELETE /organizations/:slug/group-orders/:id/commitments/:businessSlug',
      target,
      allowed,
      request: async (db, w) => ({ method: 'DELETE', url: await commitment(db, w) }),
    },
    {
      route: 'GET /organizations/:slug/group-orders/:id/commitments/:businessSlug/suggestion',
      target,
      allowed,
      request: async (db, w) => ({ method: 'GET', url: `${await commitment(db, w)}/suggestion` }),
    },
  ];
};

type Organizer = 'person' | 'store';
const managerCases = (organizer: Organizer): RouteCase[] => {
  const allowed: RoleName[] = [organizer === 'person' ? 'member' : 'owner', ...admins];
  const target = organizer === 'person' ? 'started by the member' : "started for the owner's store";
  const order = (db: Parameters<RouteCase['request']>[0], w: World) =>
    freshGroupOrder(
      db,
      w.org.id,
      organizer === 'person' ? { userId: w.users.member.id } : { businessId: w.business.id },
    );
  return (['close', 'cancel'] as const).map((action) => ({
    route: `POST /organizations/:slug/group-orders/:id/${action}`,
    target,
    allowed,
    request: async (db, w) => ({ method: 'POST', url: `${orders(w)}/${await order(db, w)}/${action}` }),
  }));
};

export const groupBuyingRouteCases: RouteCase[] = [
  {
    route: 'GET /organizations/:slug/group-orders',
    allowed: readers,
    request: async (_db, w) => ({ method: 'GET', url: orders(w) }),
  },
  {
    route: 'POST /organizations/:slug/group-orders',
    allowed: organizers,
    request: async (_db, w) => ({ method: 'POST', url: orders(w), payload: newOrder }),
  },
  {
    route: 'GET /organizations/:slug/group-orders/:id',
    allowed: readers,
    request: async (db, w) => ({ method: 'GET', url: `${orders(w)}/${await freshGroupOrder(db, w.org.id)}` }),
    check: pooledViewOnlyForAdmins,
  },
  ...storeCases('business'),
  ...storeCases('otherBusiness'),
  ...managerCases('person'),
  ...managerCases('store'),
];
