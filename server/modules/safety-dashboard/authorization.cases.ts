import type { MatrixWorld, RoleName, RouteCase } from '../../../test/world.ts';

/**
 * The authorization matrix of the safety dashboard, its CSV export and the retention setting (run by
 * authorization.test.ts), against the organization under test and against the other organization.
 */

const watchers: readonly RoleName[] = ['admin', 'liaison', 'platformAdmin', 'token'];
const otherWatchers: readonly RoleName[] = ['otherAdmin', 'platformAdmin', 'otherToken'];
const managers: readonly RoleName[] = ['admin', 'platformAdmin', 'token'];

const slugOf = (w: MatrixWorld, target: 'org' | 'other') => (target === 'org' ? w.org.slug : w.other.slug);

function cases(target: 'org' | 'other'): RouteCase[] {
  const label = target === 'org' ? 'own org' : 'other org';
  return [
    {
      route: 'GET /organizations/:slug/safety-dashboard',
      target: label,
      allowed: target === 'org' ? watchers : otherWatchers,
      request: async (_db, w) => ({
        method: 'GET',
        url: `/api/v1/organizations/${slugOf(w, target)}/safety-dashboard`,
      }),
    },
    {
      route: 'GET /organizations/:slug/safety-dashboard/export',
      target: label,
      allowed: target === 'org' ? watchers : otherWatchers,
      request: async (_db, w) => ({
        method: 'GET',
        url: `/api/v1/organizations/${slugOf(w, target)}/safety-dashboard/export`,
      }),
    },
    {
      route: 'PATCH /organizations/:slug/safety-retention',
      target: label,
      allowed: target === 'org' ? managers : otherWatchers,
      request: async (_db, w) => ({
        method: 'PATCH',
        url: `/api/v1/organizations/${slugOf(w, target)}/safety-retention`,
        payload: { retentionMonths: 24 },
      }),
    },
  ];
}

export const safetyDashboardRoutes: RouteCase[] = [...cases('org'), ...cases('other')];
