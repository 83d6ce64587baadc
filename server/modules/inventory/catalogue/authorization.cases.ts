import type { MatrixWorld, RouteCase } from '../../../../test/world.ts';
import { multipart } from '../../imports/fixtures/files.ts';

/**
 * Smart Store: catalogue import from CSV/XLSX (mapping, dry run, encodings): who may call each route. The
 * store's own people only (inventory.manage), tried against the store under test and a store elsewhere.
 */

type Target = 'business' | 'otherBusiness';

/** A one-product catalogue with Korean headers and a SKU of its own, so repeated calls never clash. */
function catalogueFile(): Buffer {
  const sku = `AUTH-${Math.random().toString(36).slice(2, 10)}`;
  return Buffer.from(`상품코드,상품명,원가,판매가,재고\r\n${sku},새우깡,0.95,1.49,12\r\n`, 'utf8');
}

function cases(target: Target): RouteCase[] {
  const allowed = target === 'business' ? (['owner', 'staff'] as const) : [];
  const label = target === 'business' ? 'own store' : 'other store';
  const base = (w: MatrixWorld) => `/api/v1/businesses/${w[target].slug}/inventory/catalogue-import`;
  return [
    {
      route: 'POST /businesses/:slug/inventory/catalogue-import/preview',
      target: label,
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: `${base(w)}/preview`,
        ...multipart({ content: catalogueFile(), filename: 'catalogue.csv' }),
      }),
    },
    {
      route: 'POST /businesses/:slug/inventory/catalogue-import',
      target: `${label}, dry run`,
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: base(w),
        ...multipart({ content: catalogueFile(), filename: 'catalogue.csv' }, { dryRun: 'true' }),
      }),
    },
    {
      route: 'POST /businesses/:slug/inventory/catalogue-import',
      target: `${label}, import`,
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: base(w),
        ...multipart({ content: catalogueFile(), filename: 'catalogue.csv' }, { dryRun: 'false' }),
      }),
      check: (res) => {
        if ((res.json() as { summary: { created: number } }).summary.created !== 1) {
          throw new Error(`expected one product created: ${res.body}`);
        }
      },
    },
  ];
}

export const catalogueImportRouteCases: RouteCase[] = [...cases('business'), ...cases('otherBusiness')];
