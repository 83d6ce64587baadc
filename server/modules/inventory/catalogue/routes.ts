import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../../platform/errors.ts';
import { errorResponses, requireUser } from '../../../platform/http.ts';
import '../../imports/messages.ts';
import { parseTableFile } from '../../imports/parse.ts';
import { parseDryRun, readUpload } from '../../imports/upload.ts';
import { inventoryBusiness } from '../access.ts';
import { catalogueFieldList, resolveCatalogueMapping, suggestCatalogueMapping } from './columns.ts';
import './messages.ts';
import { ImportResponse, multipartDescription, PreviewResponse, SlugParams } from './schema.ts';
import { importCatalogue, presentResult } from './service.ts';

const tags = ['inventory'];
const base = '/businesses/:slug/inventory/catalogue-import';

/** A file's table, refused when it has headers but no product rows. */
async function readTable(file: Buffer) {
  const table = await parseTableFile(file);
  if (table.rows.length === 0) {
    throw new AppError('bad_request', { fields: { file: { key: 'catalogue:file.noData' } } });
  }
  return table;
}

/** Smart Store: catalogue import from CSV/XLSX (mapping, dry run, encodings). */
export const catalogueImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    `${base}/preview`,
    {
      schema: {
        tags,
        summary: 'Read a catalogue file: encoding, headers, suggested mapping, the fields and the first rows',
        description: multipartDescription,
        consumes: ['multipart/form-data'],
        params: SlugParams,
        response: { 200: PreviewResponse, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      await inventoryBusiness(app.db, request, request.params.slug);
      const table = await readTable((await readUpload(request)).file);
      return {
        encoding: table.encoding,
        headers: table.headers,
        suggestedMapping: suggestCatalogueMapping(table.headers),
        fields: catalogueFieldList,
        sampleRows: table.rows.slice(0, 5).map((r) => r.cells),
        rowCount: table.rows.length,
      };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          'Import products by SKU (created or updated; opening counts recorded), or dry-run it: every row is checked first and any bad row means nothing is changed',
        description: multipartDescription,
        consumes: ['multipart/form-data'],
        params: SlugParams,
        response: { 200: ImportResponse, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      const { file, fields } = await readUpload(request);
      const dryRun = parseDryRun(fields.dryRun);
      const table = await readTable(file);
      const result = await importCatalogue(app.db, {
        businessId: business.id,
        userId: requireUser(request).userId,
        locale: request.locale,
        table,
        mapping: resolveCatalogueMapping(fields.mapping, table.headers),
        dryRun,
        now: new Date(),
      });
      return presentResult(result, request.locale);
    },
  );
};
