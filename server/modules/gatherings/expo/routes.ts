import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../../platform/errors.ts';
import { errorResponses, OkResponse, uploadedFile } from '../../../platform/http.ts';
import { readStoredFile, storeFile } from '../../../platform/stored-files.ts';
import { logoImage, MAX_LOGO_BYTES } from '../../businesses/logo.ts';
import { callerUserId } from './access.ts';
import { attendeeRoutes } from './attendee.routes.ts';
import {
  base,
  Exhibitor,
  ExhibitorCreateBody,
  ExhibitorParams,
  ExhibitorPatchBody,
  Expo,
  ExpoParams,
  LogoResponse,
  Session,
  SessionCreateBody,
  SessionParams,
  SessionPatchBody,
  tags,
} from './schema.ts';
import * as service from './service.ts';
import * as queries from './queries.ts';

/** Where an exhibitor's uploaded logo lives, relative to the upload directory. */
const exhibitorLogoPath = (exhibitorId: string) => `expo-logos/${exhibitorId}.webp`;

/** The expo: exhibitors and sponsors with booths and logos, sessions, badges, lead capture, next year's interest list. */
export const expoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'The expo: sponsors and exhibitors by tier, the floor plan by booth, sessions, and the caller’s booths',
        params: ExpoParams,
        response: { 200: Expo, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { slug, id } = request.params;
      const access = await service.expoFor(app.db, request, slug, id);
      return service.overview(app.db, access, callerUserId(request), new Date());
    },
  );

  app.post(
    `${base}/exhibitors`,
    {
      schema: {
        tags,
        summary: 'Add an exhibitor or sponsor: tier, booth (one exhibitor each), optional link to a business',
        params: ExpoParams,
        body: ExhibitorCreateBody,
        response: { 201: Exhibitor, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const exhibitor = await app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params.slug, request.params.id, 'manage');
        return service.createExhibitor(trx, access, request.body, new Date());
      });
      return reply.status(201).send(exhibitor);
    },
  );

  app.patch(
    `${base}/exhibitors/:exhibitorId`,
    {
      schema: {
        tags,
        summary: 'Change an exhibitor (tier, booth, names, business link)',
        params: ExhibitorParams,
        body: ExhibitorPatchBody,
        response: { 200: Exhibitor, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, exhibitorId } = request.params;
        const access = await service.expoFor(trx, request, slug, id, 'manage');
        return service.updateExhibitor(trx, access, exhibitorId, request.body, new Date());
      }),
  );

  app.delete(
    `${base}/exhibitors/:exhibitorId`,
    {
      schema: {
        tags,
        summary: 'Remove an exhibitor (and the leads it captured)',
        params: ExhibitorParams,
        response: { 200: OkResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, exhibitorId } = request.params;
        const access = await service.expoFor(trx, request, slug, id, 'manage');
        await service.deleteExhibitor(trx, access, exhibitorId);
        return { ok: true as const };
      }),
  );

  app.post(
    `${base}/exhibitors/:exhibitorId/logo`,
    {
      schema: {
        tags,
        summary:
          'Upload the exhibitor’s logo (multipart field `file`: PNG, JPEG or WebP, at most 5 MB; stored as 256×256 WebP)',
        consumes: ['multipart/form-data'],
        params: ExhibitorParams,
        response: { 200: LogoResponse, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const { slug, id, exhibitorId } = request.params;
      // Checked before reading the upload, so strangers cannot make the server process images.
      const access = await service.expoFor(app.db, request, slug, id, 'manage');
      await service.exhibitorView(app.db, access, exhibitorId);
      const image = await logoImage(
        (
          await uploadedFile(request, {
            maxBytes: MAX_LOGO_BYTES,
            missing: { key: 'expo:errors.fileMissing' },
          })
        ).data,
      );
      const relativePath = exhibitorLogoPath(exhibitorId);
      return app.db.transaction().execute(async (trx) => {
        const exhibitor = await service.setExhibitorLogo(trx, access, exhibitorId, relativePath, new Date());
        await storeFile(app.config.uploadDir, relativePath, image);
        return { logoUrl: exhibitor.logoUrl ?? '' };
      });
    },
  );

  app.get(
    `${base}/exhibitors/:exhibitorId/logo`,
    {
      schema: {
        tags,
        summary: 'The exhibitor’s uploaded logo as image/webp',
        params: ExhibitorParams,
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const { slug, id, exhibitorId } = request.params;
      const access = await service.expoFor(app.db, request, slug, id);
      const exhibitor = await queries.exhibitorById(app.db, access.event.id, exhibitorId);
      if (!exhibitor?.logo_path) {
        throw new AppError('not_found');
      }
      const image = await readStoredFile(app.config.uploadDir, exhibitor.logo_path);
      return reply
        .type('image/webp')
        .header('cache-control', 'public, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(image);
    },
  );

  app.post(
    `${base}/sessions`,
    {
      schema: {
        tags,
        summary: 'Add a session: bilingual title, room, HH:mm within the expo’s hours, speakers',
        params: ExpoParams,
        body: SessionCreateBody,
        response: { 201: Session, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const session = await app.db.transaction().execute(async (trx) => {
        const access = await service.expoFor(trx, request, request.params.slug, request.params.id, 'manage');
        return service.createSession(trx, access, request.body, new Date());
      });
      return reply.status(201).send(session);
    },
  );

  app.patch(
    `${base}/sessions/:sessionId`,
    {
      schema: {
        tags,
        summary: 'Change a session (no overlap with another in the same room)',
        params: SessionParams,
        body: SessionPatchBody,
        response: { 200: Session, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, sessionId } = request.params;
        const access = await service.expoFor(trx, request, slug, id, 'manage');
        return service.updateSession(trx, access, sessionId, request.body, new Date());
      }),
  );

  app.delete(
    `${base}/sessions/:sessionId`,
    {
      schema: {
        tags,
        summary: 'Remove a session',
        params: SessionParams,
        response: { 200: OkResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { slug, id, sessionId } = request.params;
        const access = await service.expoFor(trx, request, slug, id, 'manage');
        await service.deleteSession(trx, access, sessionId);
        return { ok: true as const };
      }),
  );

  await app.register(attendeeRoutes);
};
