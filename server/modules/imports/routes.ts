import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DbOrTrx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize, errorResponses } from '../../platform/http.ts';
import { exportMembers } from './export.ts';
import { findImportJob, presentJob, startImportJob } from './jobs.ts';
import { fieldList, resolveMapping, suggestMapping } from './mapping.ts';
import './messages.ts';
import { parseTableFile } from './parse.ts';
import { parseDryRun, readUpload } from './upload.ts';
import {
  ExportQuery,
  JobParams,
  JobResponse,
  multipartDescription,
  OrgParams,
  PreviewResponse,
  StartResponse,
} from './schema.ts';

async function organizationBySlug(db: DbOrTrx, slug: string): Promise<{ id: string; slug: string }> {
  const organization = await db
    .selectFrom('organizations')
    .select(['id', 'slug'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!organization) {
    throw new AppError('not_found');
  }
  return organization;
}

export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/organizations/:slug/imports/members/preview',
    {
      schema: {
        tags: ['imports'],
        summary: 'Read a member file: encoding, headers, suggested mapping and sample rows',
        description: multipartDescription,
        consumes: ['multipart/form-data'],
        params: OrgParams,
        response: { 200: PreviewResponse, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      authorize(request, 'imports.manage', { organizationId: organization.id });
      const { file } = await readUpload(request);
      const table = await parseTableFile(file);
      return {
        encoding: table.encoding,
        headers: table.headers,
        suggestedMapping: suggestMapping(table.headers),
        fields: fieldList,
        sampleRows: table.rows.slice(0, 5).map((r) => r.cells),
        rowCount: table.rows.length,
      };
    },
  );

  app.post(
    '/organizations/:slug/imports/members',
    {
      schema: {
        tags: ['imports'],
        summary: 'Start a member import (or dry run); poll the job for progress and the result',
        description: multipartDescription,
        consumes: ['multipart/form-data'],
        params: OrgParams,
        response: { 202: StartResponse, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      authorize(request, 'imports.manage', { organizationId: organization.id });
      const { file, fields } = await readUpload(request);
      const dryRun = parseDryRun(fields.dryRun);
      const table = await parseTableFile(file);
      const mapping = resolveMapping(fields.mapping, table.headers);
      const job = startImportJob(app.db, {
        organizationId: organization.id,
        table,
        mapping,
        dryRun,
        onError: (error) => request.log.error(error),
      });
      return reply.status(202).send({ jobId: job.id });
    },
  );

  app.get(
    '/organizations/:slug/imports/:jobId',
    {
      schema: {
        tags: ['imports'],
        summary: 'Progress and result of an import job (errors in the caller’s language)',
        params: JobParams,
        response: { 200: JobResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      authorize(request, 'imports.manage', { organizationId: organization.id });
      const job = findImportJob(organization.id, request.params.jobId);
      if (!job) {
        throw new AppError('not_found');
      }
      return presentJob(job, request.locale);
    },
  );

  app.get(
    '/organizations/:slug/exports/members',
    {
      schema: {
        tags: ['imports'],
        summary:
          'Download the organization’s members as CSV (UTF-8 with BOM) or XLSX, headers in the caller’s language',
        params: OrgParams,
        querystring: ExportQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      authorize(request, 'imports.manage', { organizationId: organization.id });
      const file = await exportMembers(app.db, organization, request.locale, request.query.format ?? 'csv');
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
