import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRoutes } from '../server/modules/accounts/authorization.cases.ts';
import { alertRoutes } from '../server/modules/alerts/authorization.cases.ts';
import { assessmentRoutes } from '../server/modules/assessments/authorization.cases.ts';
import { businessRoutes } from '../server/modules/businesses/authorization.cases.ts';
import { cameraRoutes } from '../server/modules/cameras/authorization.cases.ts';
import { importRoutes } from '../server/modules/imports/authorization.cases.ts';
import { incidentRoutes } from '../server/modules/incidents/authorization.cases.ts';
import { introductionRoutes } from '../server/modules/introductions/authorization.cases.ts';
import { inventoryRoutes } from '../server/modules/inventory/authorization.cases.ts';
import { matchingRoutes } from '../server/modules/matching/authorization.cases.ts';
import {
  notificationRoutes,
  notificationStreamRoutes,
} from '../server/modules/notifications/authorization.cases.ts';
import { organizationRoutes } from '../server/modules/organizations/authorization.cases.ts';
import { safetyDashboardRoutes } from '../server/modules/safety-dashboard/authorization.cases.ts';
import { searchRoutes } from '../server/modules/search/authorization.cases.ts';
import { catalogueImportRouteCases } from '../server/modules/inventory/catalogue/authorization.cases.ts';
import { costReportRouteCases } from '../server/modules/inventory/report/authorization.cases.ts';
import { purchasingRouteCases } from '../server/modules/inventory/purchasing/authorization.cases.ts';
import { salesImportRouteCases } from '../server/modules/inventory/sales/authorization.cases.ts';
import { groupBuyingRouteCases } from '../server/modules/group-buying/authorization.cases.ts';
import { eventRouteCases } from '../server/modules/gatherings/events/authorization.cases.ts';
import { registrationRouteCases } from '../server/modules/gatherings/registrations/authorization.cases.ts';
import { expoRouteCases } from '../server/modules/gatherings/expo/authorization.cases.ts';
import { b2bRouteCases } from '../server/modules/gatherings/b2b/authorization.cases.ts';
import { eventReportRouteCases } from '../server/modules/gatherings/report/authorization.cases.ts';
import { actionTeamRouteCases } from '../server/modules/action-teams/authorization.cases.ts';
import { marketEntryRouteCases } from '../server/modules/market-entry/authorization.cases.ts';
import { miniSiteRouteCases } from '../server/modules/mini-sites/authorization.cases.ts';
import { servicesDeskRouteCases } from '../server/modules/services-desk/authorization.cases.ts';
import { documentRouteCases } from '../server/modules/documents/authorization.cases.ts';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * Every route the API registers under /api/v1 must be in some authorization matrix, or be listed here
 * as public on purpose. Routes come from Fastify's own route tree (hidden ones included), not from a
 * hand-written list.
 */

const PREFIX = '/api/v1';

/** Open to anyone by design. (The Swagger UI under /api/docs is outside /api/v1.) */
const intentionallyPublic = ['GET /health', 'GET /openapi.json'];

const matrices = {
  accountRoutes,
  businessRoutes,
  importRoutes,
  organizationRoutes,
  searchRoutes,
  introductionRoutes,
  matchingRoutes,
  notificationRoutes,
  notificationStreamRoutes,
  alertRoutes,
  incidentRoutes,
  cameraRoutes,
  assessmentRoutes,
  safetyDashboardRoutes,
  inventoryRoutes,
  catalogueImportRouteCases,
  salesImportRouteCases,
  purchasingRouteCases,
  costReportRouteCases,
  groupBuyingRouteCases,
  eventRouteCases,
  registrationRouteCases,
  expoRouteCases,
  b2bRouteCases,
  eventReportRouteCases,
  actionTeamRouteCases,
  documentRouteCases,
  miniSiteRouteCases,
  marketEntryRouteCases,
  servicesDeskRouteCases,
};

/** 'GET /a/:slug/b/:id' and 'GET /a/:x/b/:y' name the same route. */
const normalize = (route: string) => route.replace(/:[^/]+/g, ':param');

/** Reads the tree printed by `app.printRoutes({ commonPrefix: false })` into 'METHOD /path' entries. */
function registeredRoutes(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line.trimEnd());
    if (!match) {
      continue;
    }
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    const path = stack.join('');
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      routes.push(`${method} ${path}`);
    }
  }
  return routes;
}

describe('route coverage of the authorization matrices', () => {
  let t: TestApp;
  let registered: string[];
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    registered = registeredRoutes(t.app.printRoutes({ commonPrefix: false }))
      .filter((r) => !r.startsWith('HEAD ') && r.split(' ')[1]?.startsWith(`${PREFIX}/`))
      .map((r) => r.replace(` ${PREFIX}/`, ' /'));
  });
  afterAll(() => t.close());

  it('reads the route tree completely (every OpenAPI operation is in it)', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${PREFIX}/openapi.json` });
    const paths = (res.json() as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((m) => m !== 'head')
        .map((m) => normalize(`${m.toUpperCase()} ${path.replace(PREFIX, '').replace(/\{(\w+)\}/g, ':$1')}`)),
    );
    expect(documented.length).toBeGreaterThan(40);
    expect(registered.map(normalize)).toEqual(expect.arrayContaining(documented));
  });

  it('has every /api/v1 route in an authorization matrix or in the public list', () => {
    const covered = new Set(
      [...Object.values(matrices).flatMap((cases) => cases.map((c) => c.route)), ...intentionallyPublic].map(
        normalize,
      ),
    );
    const missing = registered.filter((r) => !covered.has(normalize(r)));
    expect(missing, 'routes missing from every authorization matrix').toEqual([]);
  });

  it('has no matrix row for a route that does not exist', () => {
    const known = new Set(registered.map(normalize));
    const stale = Object.entries(matrices).flatMap(([name, cases]) =>
      cases.filter((c) => !known.has(normalize(c.route))).map((c) => `${name}: ${c.route}`),
    );
    expect(stale).toEqual([]);
  });

  it.each(intentionallyPublic)('%s answers anyone', async (route) => {
    const [method, path] = route.split(' ');
    const res = await t.app.inject({ method: method as 'GET', url: `${PREFIX}${path}` });
    expect(res.statusCode).toBe(200);
  });
});
