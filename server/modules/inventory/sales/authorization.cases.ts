import type { MatrixWorld, RouteCase } from '../../../../test/world.ts';
import type { Db } from '../../../platform/db/database.ts';
import { multipart } from '../../imports/fixtures/files.ts';
import { localDay } from '../days.ts';
import { freshProduct } from '../scene.ts';
import { addDays, dailyCsv } from './fixtures.ts';

/**
 * Smart Store: sales brought in from a point-of-sale export: who may call each route — the store's own
 * people (inventory.manage), tried against the store and against a store in another organization.
 */
type Target = 'business' | 'otherBusiness';
const targets: Target[] = ['business', 'otherBusiness'];

/** A day's sales of a product made for the request, so each allowed import adds its own movement. */
async function salesFile(db: Db, w: MatrixWorld, target: Target): Promise<Buffer> {
  const { sku } = await freshProduct(db, w[target].id);
  return dailyCsv([[addDays(localDay(new Date(), 'America/Chicago'), -1), sku, 2]]);
}

const cases = (target: Target): RouteCase[] => {
  const allowed = target === 'business' ? (['owner', 'staff'] as const) : [];
  const label = target === 'business' ? 'own store' : 'other store';
  const base = (w: MatrixWorld) => `/api/v1/businesses/${w[target].slug}/inventory/sales-imports`;
  return [
    {
      route: 'POST /businesses/:slug/inventory/sales-imports/preview',
      target: label,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: `${base(w)}/preview`,
        ...multipart({ content: await salesFile(db, w, target), filename: 'sales.csv' }),
      }),
    },
    {
      route: 'POST /businesses/:slug/inventory/sales-imports',
      target: `${label}, dry run`,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: base(w),
        ...multipart({ content: await salesFile(db, w, target), filename: 'sales.csv' }, { dryRun: 'true' }),
      }),
    },
    {
      route: 'POST /businesses/:slug/inventory/sales-imports',
      target: `${label}, import`,
      allowed,
      request: async (db, w) => ({
        method: 'POST',
        url: base(w),
        ...multipart(
          { content: await salesFile(db, w, target), filename: 'sales.csv' },
          { allowNegative: 'true' },
        ),
      }),
    },
    {
      route: 'GET /businesses/:slug/inventory/sales-imports',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: base(w) }),
    },
  ];
};

export const salesImportRouteCases: RouteCase[] = targets.flatMap(cases);
