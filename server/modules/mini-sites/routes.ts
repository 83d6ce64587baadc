import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, OkResponse, requireUser, uploadedFile } from '../../platform/http.ts';
import { siteAccess } from './access.ts';
import { inviteEditor, listEditors, revokeEditor } from './editors.ts';
import { fieldMessages } from './messages.ts';
import { MAX_PHOTO_BYTES, sitePhoto } from './photos.ts';
import { photoUrl } from './presenter.ts';
import {
  EditorInviteBody,
  EditorListResponse,
  EditorResponse,
  ItemParams,
  PhotoResponse,
  SiteResponse,
  SiteUpdateBody,
  SlugParams,
} from './schema.ts';
import { addPhoto, loadSite, removePhoto, updateSite } from './service.ts';

/** The mini-site's editor API: texts, hours, theme and photos, and the web designers the business invites. */
export const miniSiteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/businesses/:slug/site',
    {
      schema: {
        tags: ['mini-sites'],
        summary: "The mini-site's texts, hours, theme and photos, for its editors",
        params: SlugParams,
        response: { 200: SiteResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { business, canInvite } = await siteAccess(app.db, request, request.params.slug, 'miniSite.edit');
      return loadSite(app.db, business, canInvite);
    },
  );

  app.put(
    '/businesses/:slug/site',
    {
      schema: {
        tags: ['mini-sites'],
        summary: "Change the mini-site's texts, hours or theme (not contacts: those are the profile's)",
        params: SlugParams,
        body: SiteUpdateBody,
        response: { 200: SiteResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { business, canInvite } = await siteAccess(trx, request, request.params.slug, 'miniSite.edit');
        await updateSite(trx, business.id, request.body);
        return loadSite(trx, business, canInvite);
      }),
  );

  app.post(
    '/businesses/:slug/site/photos',
    {
      schema: {
        tags: ['mini-sites'],
        summary: 'Add a photo (multipart field `file`: PNG, JPEG or WebP, at most 8 MB; stored as WebP)',
        consumes: ['multipart/form-data'],
        params: SlugParams,
        response: { 201: PhotoResponse, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      // Checked before reading the upload, so strangers cannot make the server process images.
      const { business } = await siteAccess(app.db, request, request.params.slug, 'miniSite.edit');
      const image = await sitePhoto(
        (await uploadedFile(request, { maxBytes: MAX_PHOTO_BYTES, missing: fieldMessages.fileMissing })).data,
      );
      const id = await app.db
        .transaction()
        .execute((trx) => addPhoto(trx, app.config.uploadDir, business.id, image));
      return reply.status(201).send({ id, url: photoUrl(business.slug, id) });
    },
  );

  app.delete(
    '/businesses/:slug/site/photos/:id',
    {
      schema: {
        tags: ['mini-sites'],
        summary: 'Remove a photo',
        params: ItemParams,
        response: { 200: OkResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { business } = await siteAccess(trx, request, request.params.slug, 'miniSite.edit');
        await removePhoto(trx, app.config.uploadDir, business.id, request.params.id);
        return { ok: true as const };
      }),
  );

  app.get(
    '/businesses/:slug/site/editors',
    {
      schema: {
        tags: ['mini-sites'],
        summary: 'The web designers invited to edit the mini-site (not revoked; expired ones marked)',
        params: SlugParams,
        response: { 200: EditorListResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { business } = await siteAccess(app.db, request, request.params.slug, 'miniSite.invite');
      return { editors: await listEditors(app.db, business.id) };
    },
  );

  app.post(
    '/businesses/:slug/site/editors',
    {
      schema: {
        tags: ['mini-sites'],
        summary: 'Invite a web designer (by e-mail) to edit texts, photos and theme for a number of days',
        params: SlugParams,
        body: EditorInviteBody,
        response: { 201: EditorResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const editor = await app.db.transaction().execute(async (trx) => {
        const { business } = await siteAccess(trx, request, request.params.slug, 'miniSite.invite');
        const caller = requireUser(request);
        return inviteEditor(trx, business, caller.userId, request.body, {
          inviterName: caller.name,
          locale: request.locale,
          publicUrl: app.config.publicUrl,
          smtpConfigured: app.mail.smtpConfigured,
        });
      });
      return reply.status(201).send(editor);
    },
  );

  app.delete(
    '/businesses/:slug/site/editors/:id',
    {
      schema: {
        tags: ['mini-sites'],
        summary: "Revoke a web designer's invitation",
        params: ItemParams,
        response: { 200: OkResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { business } = await siteAccess(trx, request, request.params.slug, 'miniSite.invite');
        await revokeEditor(trx, business.id, request.params.id);
        return { ok: true as const };
      }),
  );
};
