import type { RouteCase } from '../../../test/world.ts';
import { freshProduct, freshSupplier } from './scene.ts';

/**
 * Smart Store's authorization matrix: the store's own people (inventory.manage) — not organization
 * admins, platform admins or API tokens, as these are the store's books. Each route is also tried
 * against a store in another organization, where nobody under test may act.
 */
const storePeople = ['owner', 'staff'] as const;

type Target = 'business' | 'otherBusiness';
const targets: Target[] = ['business', 'otherBusiness'];

const cases = (target: Target): RouteCase[] => {
  const allowed = target === 'business' ? storePeople : [];
  const label = target === 'business' ? 'own store' : 'other store';
  const base = (w: Parameters<RouteCase['request']>[1]) => `/api/v1/businesses/${w[target].slug}/inventory`;
  return [
    {
      route: 'GET /businesses/:slug/inventory/locations',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/locations` }),
    },
    {
      route: 'POST /businesses/:slug/inventory/locations',
      target: label,
      allowed,
      request: async (_db, w, role) => ({
        method: 'POST',
        url: `${base(w)}/locations`,
        payload: { name: `Back room ${role} ${Math.random().toString(36).slice(2, 8)}` },
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/suppliers',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/suppliers` }),
    },
    {
      route: 'POST /businesses/:slug/inventory/suppliers',
      target: label,
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: `${base(w)}/suppliers`,
        payload: { name: 'Hanmi Foods', locale: 'ko', leadTimeDays: 5 },
      }),
    },
    {
      route: 'PATCH /businesses/:slug/inventory/suppliers/:id',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'PATCH',
        url: `${base(w)}/suppliers/${await freshSupplier(db, w[target].id)}`,
        payload: { leadTimeDays: 3 },
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/products',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/products?q=shin` }),
    },
    {
      route: 'POST /businesses/:slug/inventory/products',
      target: label,
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: `${base(w)}/products`,
        payload: {
          sku: `NEW-${Math.random().toString(36).slice(2, 10)}`,
          nameKo: '짜파게티',
          nameEn: 'Chapagetti',
          unitCostCents: 95,
          priceCents: 160,
        },
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/products/:id',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'GET',
        url: `${base(w)}/products/${(await freshProduct(db, w[target].id)).id}`,
      }),
    },
    {
      route: 'PATCH /businesses/:slug/inventory/products/:id',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'PATCH',
        url: `${base(w)}/products/${(await freshProduct(db, w[target].id)).id}`,
        payload: { priceCents: 175 },
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/barcodes/:barcode',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'GET',
        url: `${base(w)}/barcodes/${(await freshProduct(db, w[target].id)).barcode}`,
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/products/:id/movements',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'GET',
        url: `${base(w)}/products/${(await freshProduct(db, w[target].id)).id}/movements`,
      }),
    },
    {
      route: 'POST /businesses/:slug/inventory/movements',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${base(w)}/movements`,
        payload: { kind: 'receipt', sku: (await freshProduct(db, w[target].id)).sku, quantity: 12 },
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/stock',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/stock` }),
    },
  ];
};

export const inventoryRoutes: RouteCase[] = targets.flatMap(cases);
