import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../platform/http.ts';
import { inventoryBusiness } from '../access.ts';
import { SlugParams } from '../schema.ts';
import { costReportCsv } from './csv.ts';
import { presentCostReport } from './presenter.ts';
import { CostReport, ReportQuery } from './schema.ts';
import { buildCostReport } from './report.ts';
import { DEFAULT_REPORT, loadReportInput, reportOptions } from './service.ts';

const tags = ['inventory'];
const base = '/businesses/:slug/inventory';

/** Smart Store: the cost-reduction report — the store's own history replayed under its habit and under Dari. */
export const costReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    `${base}/report`,
    {
      schema: {
        tags,
        summary:
          "The cost-reduction report: the store's history replayed under its habit and under Dari's policy — holding cost, lost sales, cash tied up, yearly saving, dead stock, overstock",
        params: SlugParams,
        querystring: ReportQuery,
        response: { 200: CostReport, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const options = reportOptions(request.query);
      const input = await app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return loadReportInput(trx, business.id, options, new Date());
      });
      const report = await buildCostReport(input, options);
      return presentCostReport(report, request.query.limit ?? DEFAULT_REPORT.limit);
    },
  );

  app.get(
    `${base}/report.csv`,
    {
      schema: {
        tags,
        summary:
          "The cost-reduction report per product as CSV (UTF-8 with BOM), headers in the caller's language",
        params: SlugParams,
        querystring: ReportQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const options = reportOptions(request.query);
      const { business, input } = await app.db.transaction().execute(async (trx) => {
        const found = await inventoryBusiness(trx, request, request.params.slug);
        return { business: found, input: await loadReportInput(trx, found.id, options, new Date()) };
      });
      const report = await buildCostReport(input, options);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${business.slug}-cost-report.csv"`)
        .header('cache-control', 'no-store')
        .send(costReportCsv(report, request.locale));
    },
  );
};
