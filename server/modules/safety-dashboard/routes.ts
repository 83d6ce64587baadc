import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { can } from '../../platform/auth/policies.ts';
import { errorResponses } from '../../platform/http.ts';
import { organizationFor } from '../organizations/access.ts';
import { dashboardCsv } from './csv.ts';
import * as queries from './queries.ts';
import { Dashboard, DashboardQuery, OrgParams, RetentionBody, RetentionResponse } from './schema.ts';
import { safetyDashboard } from './service.ts';

const tags = ['safety-dashboard'];

export const safetyDashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/organizations/:slug/safety-dashboard',
    {
      schema: {
        tags,
        summary:
          'An organization’s safety picture: incidents by type and month, alert reach, checklist scores (admins, liaisons)',
        params: OrgParams,
        querystring: DashboardQuery,
        response: { 200: Dashboard, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'safety.dashboard');
      const canManage = can(request.caller, 'organization.manage', { organizationId: organization.id });
      return safetyDashboard(app.db, organization, request.locale, new Date(), canManage);
    },
  );

  app.get(
    '/organizations/:slug/safety-dashboard/export',
    {
      schema: {
        tags,
        summary: 'The safety dashboard as CSV (UTF-8 with BOM), headers and labels in the caller’s language',
        params: OrgParams,
        querystring: DashboardQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'safety.dashboard');
      const canManage = can(request.caller, 'organization.manage', { organizationId: organization.id });
      const dashboard = await safetyDashboard(app.db, organization, request.locale, new Date(), canManage);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${organization.slug}-safety-dashboard.csv"`)
        .header('cache-control', 'no-store')
        .send(dashboardCsv(dashboard, request.locale));
    },
  );

  app.patch(
    '/organizations/:slug/safety-retention',
    {
      schema: {
        tags,
        summary:
          'Set how many months (1–120) incident reports keep their personal details before the purge (org admins)',
        params: OrgParams,
        body: RetentionBody,
        response: { 200: RetentionResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, 'organization.manage');
        await queries.setRetention(trx, organization.id, request.body.retentionMonths);
        return { retentionMonths: request.body.retentionMonths };
      }),
  );
};
