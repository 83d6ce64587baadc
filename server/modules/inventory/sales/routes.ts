import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, requireUser } from '../../../platform/http.ts';
import { readUpload } from '../../imports/upload.ts';
import { inventoryBusiness } from '../access.ts';
import { SlugParams } from '../schema.ts';
import './messages.ts';
import {
  SalesImportPage,
  SalesImportQuery,
  SalesPreview,
  SalesReport,
  salesMultipartDescription,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['inventory'];
const base = '/businesses/:slug/inventory/sales-imports';

/**
 * Smart Store: sales brought in from a point-of-sale export. The file is read and checked before any
 * transaction; the import itself is one transaction (service.ts → apply.ts).
 */
export const salesImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    `${base}/preview`,
    {
      schema: {
        tags,
        summary:
          "Read a till's export: detected layout, encoding, the saved or suggested mapping, sample rows",
        description: salesMultipartDescription,
        consumes: ['multipart/form-data'],
        params: SlugParams,
        response: { 200: SalesPreview, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      const { file } = await readUpload(request);
      return service.previewSales(app.db, business.id, file);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          'Bring sales in (or dry run): each line a sale movement once, all or nothing; refused on a bad line, or on stock going below zero unless allowed',
        description: salesMultipartDescription,
        consumes: ['multipart/form-data'],
        params: SlugParams,
        response: {
          200: SalesReport,
          201: SalesReport,
          ...errorResponses(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      const upload = await readUpload(request);
      const report = await service.importSales(
        app.db,
        business.id,
        requireUser(request).userId,
        upload,
        request.locale,
        new Date(),
      );
      return reply.status(report.dryRun ? 200 : 201).send(report);
    },
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Sales files brought in, newest first (paged)',
        params: SlugParams,
        querystring: SalesImportQuery,
        response: { 200: SalesImportPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return service.listSalesImports(app.db, business.id, request.query);
    },
  );
};
