import type { RouteCase } from '../../../../test/world.ts';
import { freshProduct } from '../scene.ts';
import { freshOrder, suppliedProduct } from './scene.ts';

/**
 * Ordering settings, suggestions and purchase orders: the store's own people (inventory.manage) only —
 * not organization admins, platform admins or API tokens. Each route is also tried against a store in
 * another organization, where nobody under test may act.
 */
const storePeople = ['owner', 'staff'] as const;

type Target = 'business' | 'otherBusiness';
const targets: Target[] = ['business', 'otherBusiness'];

const cases = (target: Target): RouteCase[] => {
  const allowed = target === 'business' ? storePeople : [];
  const label = target === 'business' ? 'own store' : 'other store';
  const base = (w: Parameters<RouteCase['request']>[1]) => `/api/v1/businesses/${w[target].slug}/inventory`;
  const orders = (w: Parameters<RouteCase['request']>[1]) => `${base(w)}/purchase-orders`;
  return [
    {
      route: 'GET /businesses/:slug/inventory/settings',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/settings` }),
    },
    {
      route: 'PUT /businesses/:slug/inventory/settings',
      target: label,
      allowed,
      request: async (_db, w) => ({
        method: 'PUT',
        url: `${base(w)}/settings`,
        payload: { reviewDays: 7, serviceLevel: 0.95 },
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/suggestions',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/suggestions` }),
    },
    {
      route: 'GET /businesses/:slug/inventory/products/:id/accuracy',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'GET',
        url: `${base(w)}/products/${(await freshProduct(db, w[target].id)).id}/accuracy`,
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/purchase-orders',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${orders(w)}?status=draft` }),
    },
    {
      route: 'POST /businesses/:slug/inventory/purchase-orders',
      target: label,
      allowed,
      request: async (db, w) => {
        const { supplierId, productId } = await suppliedProduct(db, w[target].id);
        return {
          method: 'POST',
          url: orders(w),
          payload: { supplierId, lines: [{ productId, quantity: 12 }] },
        };
      },
    },
    {
      route: 'GET /businesses/:slug/inventory/purchase-orders/:id',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'GET',
        url: `${orders(w)}/${(await freshOrder(db, w[target].id)).id}`,
      }),
    },
    {
      route: 'PATCH /businesses/:slug/inventory/purchase-orders/:id',
      target: label,
      allowed,
      request: async (db, w) => {
        const order = await freshOrder(db, w[target].id);
        return {
          method: 'PATCH',
          url: `${orders(w)}/${order.id}`,
          payload: { version: order.version, note: 'Deliver before 10 am' },
        };
      },
    },
    {
      route: 'POST /businesses/:slug/inventory/purchase-orders/:id/send',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${orders(w)}/${(await freshOrder(db, w[target].id)).id}/send`,
        payload: {},
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/purchase-orders/:id/pdf',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'GET',
        url: `${orders(w)}/${(await freshOrder(db, w[target].id)).id}/pdf`,
      }),
    },
    {
      route: 'POST /businesses/:slug/inventory/purchase-orders/:id/receive',
      target: label,
      allowed,
      request: async (db, w) => {
        const order = await freshOrder(db, w[target].id, 'sent');
        return {
          method: 'POST',
          url: `${orders(w)}/${order.id}/receive`,
          payload: { lines: [{ productId: order.productId, quantity: 6 }] },
        };
      },
    },
    {
      route: 'POST /businesses/:slug/inventory/purchase-orders/:id/cancel',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${orders(w)}/${(await freshOrder(db, w[target].id)).id}/cancel`,
        payload: {},
      }),
    },
  ];
};

export const purchasingRouteCases: RouteCase[] = targets.flatMap(cases);
