import type { RouteCase } from '../../../../test/world.ts';

/**
 * The cost-reduction report: the store's own people only (inventory.manage), like the rest of its books;
 * tried on the caller's store and on a store in another organization.
 */
const storePeople = ['owner', 'staff'] as const;

type Target = 'business' | 'otherBusiness';

const cases = (target: Target): RouteCase[] => {
  const allowed = target === 'business' ? storePeople : [];
  const label = target === 'business' ? 'own store' : 'other store';
  const base = (w: Parameters<RouteCase['request']>[1]) => `/api/v1/businesses/${w[target].slug}/inventory`;
  return [
    {
      route: 'GET /businesses/:slug/inventory/report',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/report?weeks=26` }),
    },
    {
      route: 'GET /businesses/:slug/inventory/report.csv',
      target: label,
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${base(w)}/report.csv` }),
    },
  ];
};

export const costReportRouteCases: RouteCase[] = [...cases('business'), ...cases('otherBusiness')];
