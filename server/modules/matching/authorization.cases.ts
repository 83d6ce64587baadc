import type { MatrixWorld, RouteCase } from '../../../test/world.ts';
import { editors } from '../businesses/authorization.cases.ts';

/**
 * The authorization matrix of the matching routes (run by authorization.test.ts): matches, leads,
 * "not relevant" and capacity are for the business's editors, tried on the business in the organization
 * under test and on the one in the other organization.
 */

type Target = 'business' | 'otherBusiness';

function matchingCases(target: Target): RouteCase[] {
  const url = (w: MatrixWorld) => `/api/v1/businesses/${w[target].slug}`;
  // Each business hides the other one.
  const other = (w: MatrixWorld) => w[target === 'business' ? 'otherBusiness' : 'business'].slug;
  const allowed = editors[target];
  const cases: Omit<RouteCase, 'target'>[] = [
    {
      route: 'GET /businesses/:slug/matches',
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${url(w)}/matches` }),
    },
    {
      route: 'GET /businesses/:slug/leads',
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${url(w)}/leads` }),
    },
    {
      route: 'POST /businesses/:slug/matches/hidden',
      allowed,
      request: async (_db, w) => ({
        method: 'POST',
        url: `${url(w)}/matches/hidden`,
        payload: { targetSlug: other(w) },
      }),
    },
    {
      route: 'DELETE /businesses/:slug/matches/hidden/:targetSlug',
      allowed,
      request: async (_db, w) => ({ method: 'DELETE', url: `${url(w)}/matches/hidden/${other(w)}` }),
    },
    {
      route: 'GET /businesses/:slug/capacity',
      allowed,
      request: async (_db, w) => ({ method: 'GET', url: `${url(w)}/capacity` }),
    },
    {
      route: 'PUT /businesses/:slug/capacity',
      allowed,
      request: async (_db, w) => ({
        method: 'PUT',
        url: `${url(w)}/capacity`,
        payload: { weeklyIntroCapacity: 5 },
      }),
    },
  ];
  const label = target === 'business' ? 'own org' : 'other org';
  return cases.map((c) => ({ ...c, target: label }));
}

export const matchingRoutes: RouteCase[] = [...matchingCases('business'), ...matchingCases('otherBusiness')];
