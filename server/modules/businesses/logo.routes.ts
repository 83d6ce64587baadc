import { reindexBusiness } from '../search/indexing.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../platform/errors.ts';
import { errorResponses, uploadedFile } from '../../platform/http.ts';
import { editableBusiness } from './access.ts';
import { readStoredFile, storeFile } from '../../platform/stored-files.ts';
import { logoImage, logoPath, MAX_LOGO_BYTES } from './logo.ts';
import { fieldMessages } from './messages.ts';
import { logoUrl } from './presenter.ts';
import * as queries from './queries.ts';
import { LogoResponse, SlugParams } from './schema.ts';

export const logoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/businesses/:slug/logo',
    {
      schema: {
        tags: ['businesses'],
        summary:
          'Upload the logo (multipart field `file`: PNG, JPEG or WebP, at most 5 MB; stored as 256×256 WebP)',
        consumes: ['multipart/form-data'],
        params: SlugParams,
        response: { 200: LogoResponse, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      // Checked before reading the upload, so strangers cannot make the server process images.
      const { business } = await editableBusiness(app.db, request, request.params.slug);
      const image = await logoImage(
        (await uploadedFile(request, { maxBytes: MAX_LOGO_BYTES, missing: fieldMessages.fileMissing })).data,
      );
      const relativePath = logoPath(business.id);
      return app.db.transaction().execute(async (trx) => {
        await queries.updateBusiness(trx, business.id, { logo_path: relativePath });
        // Announces the change to the in-memory copies (search result cards show the logo).
        await reindexBusiness(trx, business.id);
        await storeFile(app.config.uploadDir, relativePath, image);
        const updated = await queries.findBusinessBySlug(trx, business.slug);
        return { logoUrl: logoUrl(updated ?? business) ?? '' };
      });
    },
  );

  app.get(
    '/businesses/:slug/logo',
    {
      schema: {
        tags: ['businesses'],
        summary: 'The logo as image/webp',
        params: SlugParams,
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const business = await queries.findBusinessBySlug(app.db, request.params.slug);
      if (!business?.logo_path) {
        throw new AppError('not_found');
      }
      const image = await readStoredFile(app.config.uploadDir, business.logo_path);
      return reply
        .type('image/webp')
        .header('cache-control', 'public, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(image);
    },
  );
};
