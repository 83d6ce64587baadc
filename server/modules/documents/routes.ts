import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { readStoredFile, removeStoredFile, storeFile } from '../../platform/stored-files.ts';
import { newId } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses, OkResponse, requireUser, uploadedFile } from '../../platform/http.ts';
import { checkFile, downloadName, filePath, MAX_FILE_BYTES, MAX_FILE_LABEL } from './files.ts';
import { fieldMessages } from './messages.ts';
import { presentShared } from './presenter.ts';
import * as queries from './queries.ts';
import {
  DocumentCreateBody,
  DocumentDetail,
  DocumentList,
  DocumentParams,
  DocumentUpdateBody,
  ListQuery,
  Share,
  ShareCreateBody,
  ShareParams,
  SharedDocument,
  SharedList,
  SharedParams,
  SlugParams,
} from './schema.ts';
import * as service from './service.ts';
import { activeShare, createShare, revokeShare, sharedWith } from './sharing.ts';
import { pdfText } from './text.ts';

const tags = ['documents'];
const base = '/businesses/:slug/documents';
const shared = '/businesses/:slug/shared-documents';

interface StoredFile {
  path: string | null;
  type: string | null;
  name: string | null;
}

/** The document vault: a business's licences, permits, insurance and leases, and shares with partners. */
export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  async function sendFile(reply: FastifyReply, file: StoredFile) {
    if (file.path === null || file.type === null) {
      throw new AppError('not_found');
    }
    const data = await readStoredFile(app.config.uploadDir, file.path);
    return reply
      .type(file.type)
      .header('content-disposition', `inline; filename="${downloadName(file.name ?? '', file.type)}"`)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(data);
  }

  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          "The business's documents (searched with `q`: typed fields and PDF text) and those expiring soon",
        params: SlugParams,
        querystring: ListQuery,
        response: { 200: DocumentList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await service.ownBusiness(app.db, request, request.params.slug, 'documents.manage');
      return service.listDocuments(app.db, business, request.query.q, new Date());
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Record a document: type, title, number, issuing body, issue and expiry dates, notes',
        params: SlugParams,
        body: DocumentCreateBody,
        response: { 201: DocumentDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await app.db.transaction().execute(async (trx) => {
        const business = await service.ownBusiness(trx, request, request.params.slug, 'documents.manage');
        return service.createDocument(trx, business, requireUser(request).userId, request.body, new Date());
      });
      return reply.code(201).send(detail);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'A document with its file and its shares',
        params: DocumentParams,
        response: { 200: DocumentDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await service.ownBusiness(app.db, request, request.params.slug, 'documents.manage');
      const row = await service.documentOf(app.db, business, request.params.id);
      return service.documentDetail(app.db, business, row, new Date());
    },
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: "Change a document's fields (a new expiry date starts its reminders afresh)",
        params: DocumentParams,
        body: DocumentUpdateBody,
        response: { 200: DocumentDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await service.ownBusiness(trx, request, request.params.slug, 'documents.manage');
        const row = await service.documentOf(trx, business, request.params.id);
        return service.updateDocument(trx, business, row, request.body, new Date());
      }),
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Delete a document, its file and its shares',
        params: DocumentParams,
        response: { 200: OkResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const removed = await app.db.transaction().execute(async (trx) => {
        const business = await service.ownBusiness(trx, request, request.params.slug, 'documents.manage');
        const row = await service.documentOf(trx, business, request.params.id);
        await queries.deleteDocument(trx, business.id, row.id);
        return row.file_path;
      });
      if (removed) {
        await removeStoredFile(app.config.uploadDir, removed);
      }
      return { ok: true as const };
    },
  );

  app.put(
    `${base}/:id/file`,
    {
      schema: {
        tags,
        summary: `Upload the document's file (multipart field \`file\`: a PDF, or a JPEG, PNG or WebP photo; at most ${MAX_FILE_LABEL}); a PDF's text becomes searchable, a photo loses its metadata`,
        consumes: ['multipart/form-data'],
        params: DocumentParams,
        response: { 200: DocumentDetail, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      // Checked before reading the upload, so strangers cannot make the server read files.
      const business = await service.ownBusiness(app.db, request, request.params.slug, 'documents.manage');
      await service.documentOf(app.db, business, request.params.id);
      const upload = await uploadedFile(request, {
        maxBytes: MAX_FILE_BYTES,
        missing: fieldMessages.error('fileMissing'),
      });
      const file = await checkFile(upload.data, upload.fileName, upload.mimeType);
      const text = file.kind === 'pdf' ? await pdfText(file.data) : '';
      const relativePath = filePath(business.id, request.params.id, newId(), file.kind);
      await storeFile(app.config.uploadDir, relativePath, file.data);
      try {
        const { detail, replaced } = await app.db.transaction().execute(async (trx) => {
          const row = await service.documentOf(trx, business, request.params.id);
          await queries.updateDocument(trx, business.id, row.id, {
            file_path: relativePath,
            file_type: file.contentType,
            file_name: upload.fileName.slice(0, 200),
            file_size: file.data.length,
            extracted_text: text,
            updated_at: new Date().toISOString(),
          });
          const updated = await service.documentOf(trx, business, row.id);
          await service.reindex(trx, updated);
          return {
            detail: await service.documentDetail(trx, business, updated, new Date()),
            replaced: row.file_path,
          };
        });
        if (replaced) {
          await removeStoredFile(app.config.uploadDir, replaced);
        }
        return detail;
      } catch (error) {
        await removeStoredFile(app.config.uploadDir, relativePath);
        throw error;
      }
    },
  );

  app.get(
    `${base}/:id/file`,
    {
      schema: {
        tags,
        summary: "The document's file (PDF or photo), to view or download",
        params: DocumentParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const business = await service.ownBusiness(app.db, request, request.params.slug, 'documents.manage');
      const row = await service.documentOf(app.db, business, request.params.id);
      return sendFile(reply, { path: row.file_path, type: row.file_type, name: row.file_name });
    },
  );

  app.post(
    `${base}/:id/shares`,
    {
      schema: {
        tags,
        summary: `Share the document with a partner business for a number of days (default 7, at most 30)`,
        params: DocumentParams,
        body: ShareCreateBody,
        response: { 201: Share, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const share = await app.db.transaction().execute(async (trx) => {
        const business = await service.ownBusiness(trx, request, request.params.slug, 'documents.manage');
        const row = await service.documentOf(trx, business, request.params.id);
        return createShare(trx, business, row, requireUser(request).userId, request.body, new Date());
      });
      return reply.code(201).send(share);
    },
  );

  app.delete(
    `${base}/:id/shares/:shareId`,
    {
      schema: {
        tags,
        summary: 'Revoke a share now',
        params: ShareParams,
        response: { 200: Share, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await service.ownBusiness(trx, request, request.params.slug, 'documents.manage');
        const row = await service.documentOf(trx, business, request.params.id);
        return revokeShare(trx, row.id, request.params.shareId, new Date());
      }),
  );

  app.get(
    shared,
    {
      schema: {
        tags,
        summary: 'Documents other businesses share with this one, while their shares last',
        params: SlugParams,
        response: { 200: SharedList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const partner = await service.ownBusiness(app.db, request, request.params.slug, 'documents.shared');
      return sharedWith(app.db, partner, new Date());
    },
  );

  app.get(
    `${shared}/:shareId`,
    {
      schema: {
        tags,
        summary: 'A document shared with this business (410 once the share expired or was revoked)',
        params: SharedParams,
        response: { 200: SharedDocument, ...errorResponses(401, 403, 404, 410) },
      },
    },
    async (request) => {
      const partner = await service.ownBusiness(app.db, request, request.params.slug, 'documents.shared');
      const row = await activeShare(app.db, partner, request.params.shareId, new Date());
      return presentShared(row, partner.slug);
    },
  );

  app.get(
    `${shared}/:shareId/file`,
    {
      schema: {
        tags,
        summary: "A shared document's file (410 once the share expired or was revoked)",
        params: SharedParams,
        response: errorResponses(401, 403, 404, 410),
      },
    },
    async (request, reply) => {
      const partner = await service.ownBusiness(app.db, request, request.params.slug, 'documents.shared');
      const row = await activeShare(app.db, partner, request.params.shareId, new Date());
      return sendFile(reply, { path: row.file_path, type: row.file_type, name: row.file_name });
    },
  );
};
